"""What a report shows, as typed records: services build them, the report only renders them.

:func:`bodiag.services.report_content.gather` reads an open document into a
:class:`ReportData` (each assessment's questionnaire, answers and result, and
its :class:`Extras`: the workshop, the evolution since an earlier assessment,
the actions of the plan, the KPIs' measures) and applies the options that change content (notes
left out, people and the organisation anonymised). Texts are in the report's
language; figures are rounded as the command line's JSON rounds them, so that
the numbers a reader sees add up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from bodiag import __version__
from bodiag.domain import i18n
from bodiag.domain.governance import GovernanceReport
from bodiag.domain.deliverable import Attendee, Commentary, Session, SignOff
from bodiag.domain.model import Questionnaire
from bodiag.domain.records import AnswerRecord, AssessmentRecord, Organisation
from bodiag.domain.results import AssessmentResult
from bodiag.domain.roadmap import Roadmap
from bodiag.domain.scenarios import RankedScenario, ScenarioView
from bodiag.domain.synthesis import Synthesis
from bodiag.domain.vision import QuestionnaireVision


class ReportOptions(msgspec.Struct, frozen=True):
    lang: str = "fr"
    logo: Path | None = None
    without_notes: bool = False
    anonymise: bool = False
    deterministic: bool = False
    today: dt.date | None = None  # the report's date; default today (a fixed date in deterministic mode)
    plan_only: bool = False  # the board note and the plan directeur, without the questionnaires' parts (audience "plan")
    audience: str = "full"  # full | board (the board note alone) | plan (as plan_only)
    accent: str | None = None  # "#rrggbb": the consultant's accent colour (None: bodiag's own)
    firm: str = ""  # the consultant's firm, named on the cover

    @property
    def shows(self) -> str:
        """What the report is made of: ``full``, ``board`` or ``plan``."""
        return "plan" if self.plan_only else self.audience


# -- the workshop -------------------------------------------------------------------


class Respondent(msgspec.Struct, frozen=True):
    name: str
    role: str  # the role's label in the report's language
    answers: int  # how many questions they answered


class RespondentAnswer(msgspec.Struct, frozen=True):
    name: str
    role: str
    answer: str  # as a person reads it
    level: int | None  # None: N/A, don't know, no level
    note: str


class DivergentQuestion(msgspec.Struct, frozen=True):
    question_id: str
    text: str
    section: str  # the title of its section
    spread: int
    answers: list[RespondentAnswer]
    suggestion: str | None  # the consensus the answers suggest (None: nothing to suggest)
    basis: str  # median | majority | none
    kept: str | None  # the assessment's own answer, the facilitator's choice (None: not settled yet)


class Workshop(msgspec.Struct, frozen=True):
    respondents: list[Respondent]
    compared: int  # questions answered by 2 respondents or more
    divergent: list[DivergentQuestion]  # largest spread first


# -- the evolution ---------------------------------------------------------------------


class Figure(msgspec.Struct, frozen=True):
    """A figure then and now, rounded to 2 decimals, and the change between the rounded figures."""

    before: float | None
    after: float | None
    delta: float | None


class SectionFigure(msgspec.Struct, frozen=True):
    title: str
    depth: int
    score: Figure


class RadarFigure(msgspec.Struct, frozen=True):
    title: str
    before: float | None
    after: float | None
    color: str | None  # the current band's colour


class MovedAnswer(msgspec.Struct, frozen=True):
    question_id: str
    text: str
    before: str | None  # None: no answer then
    after: str | None
    level_before: int | None
    level_after: int | None
    score: Figure
    free_text: bool  # the answers are user text


class CompletedAction(msgspec.Struct, frozen=True):
    title: str
    owner: str
    completed: dt.date | None


class Evolution(msgspec.Struct, frozen=True):
    before_title: str
    before_date: dt.date | None
    after_date: dt.date | None
    levels: int | None  # the questionnaire's scale of levels, if any
    score: Figure
    level: Figure
    coverage: Figure
    band_before: tuple[str, str | None] | None  # (label, colour)
    band_after: tuple[str, str | None] | None
    sections: list[SectionFigure]  # sections with scored questions, the later one's order
    radar: list[RadarFigure]  # the top sections with scored questions
    moves: list[MovedAnswer]  # questionnaire order
    actions: list[CompletedAction]  # completed between the two, by completion time


# -- the action plan ----------------------------------------------------------------------


class Action(msgspec.Struct, frozen=True):
    title: str
    owner: str
    deadline: dt.date | None
    status: str  # todo | in_progress | done | dropped
    status_label: str
    cost: float | None  # euros
    effort: str | None  # its label
    question_ids: tuple[str, ...]
    recommendation_id: str | None
    notes: str = ""
    number: int | None = None  # its own number, as the roadmap names it (« 3. Cartographier… »)


# -- the KPIs' baselines and goals ----------------------------------------------------------


class KpiMeasure(msgspec.Struct, frozen=True):
    """What the document holds about a KPI: the numeric question that measures it (``measured_by``), its latest
    answer (the starting value) and the value at which it reaches its section's target (the goal)."""

    question_id: str
    assessment: str  # the title of the assessment the figures come from
    value: float | None  # None: not measured (unanswered, don't know, not applicable)
    unit: str  # the question's unit, in the report's language
    direction: str  # higher_is_better | lower_is_better
    goal: float | None  # None: any value reaches the target


class Extras(msgspec.Struct, frozen=True):
    """What the report shows of an assessment beyond its answers."""

    workshop: Workshop | None = None
    evolution: Evolution | None = None
    actions: list[Action] = msgspec.field(default_factory=list)
    kpis: dict[str, KpiMeasure] = msgspec.field(default_factory=dict)  # by KPI id, for the KPIs the document measures
    attendees: list[Attendee] = msgspec.field(default_factory=list)  # a workshop's, as recorded
    sessions: list[Session] = msgspec.field(default_factory=list)


# -- the plan directeur ----------------------------------------------------------------------


class PlanReport(msgspec.Struct, frozen=True):
    """What the report shows of the plan directeur: the synthesis, the vision and the scenarios compared."""

    synthesis: Synthesis
    visions: list[QuestionnaireVision]
    scenarios: ScenarioView
    sensitivity: list[str]  # the sentences of the scenarios' sensitivity
    roadmap: Roadmap | None = None  # every open action in its wave, the waves' totals and warnings
    governance: GovernanceReport | None = None  # committee, change management, risks, KPIs, progress

    @property
    def chosen(self) -> RankedScenario | None:
        c = self.scenarios.comparison
        return next((s for s in c.scenarios if s.scenario.uuid == c.chosen), None)


# -- the whole report ---------------------------------------------------------------------


class AssessmentData(msgspec.Struct, frozen=True):
    record: AssessmentRecord
    questionnaire: Questionnaire
    result: AssessmentResult
    answers: dict[str, AnswerRecord]
    extras: Extras = msgspec.field(default_factory=Extras)

    @property
    def key(self) -> str:
        return f"a{self.record.id}"


class Hidden(msgspec.Struct, frozen=True):
    """What anonymising hid in the texts users typed, for the report to say so."""

    passages: int = 0  # how many passages were replaced
    organisation: bool = False  # the organisation's name was met
    people: int = 0  # how many people were given a neutral name
    sector: bool = False
    city: bool = False
    terms: int = 0  # how many of the document's terms to hide were met

    def sentence(self, lang: str) -> str:
        """« 12 passages masqués dans les textes saisis : nom de l’organisation, 3 noms de personnes, secteur… »."""
        what = [i18n.tr("hidden_organisation", lang)] if self.organisation else []
        if self.people:
            what.append(i18n.tr_count("hidden_people", lang, self.people))
        what += [i18n.tr(key, lang) for key, met in (("hidden_sector", self.sector), ("hidden_city", self.city)) if met]
        if self.terms:
            what.append(i18n.tr_count("hidden_terms", lang, self.terms))
        if not self.passages:
            return i18n.tr("hidden_none", lang)
        return i18n.tr_count("hidden_summary", lang, self.passages, items=", ".join(what))


class ReportData(msgspec.Struct, frozen=True):
    organisation: Organisation
    assessments: list[AssessmentData]
    options: ReportOptions
    date: dt.date
    version: str = __version__
    people: dict[str, str] = msgspec.field(default_factory=dict)  # real name -> neutral word, when anonymised
    document_extras: Extras = msgspec.field(default_factory=Extras)  # the actions recorded for no assessment
    plan: PlanReport | None = None  # None: a report of some assessments only, or a document with none
    fingerprint: str = ""  # the SHA-256 of the document's content the report was made from ("" for content made up)
    sign_off: SignOff = msgspec.field(default_factory=SignOff)  # draft or final, its version, who signs
    commentary: list[Commentary] = msgspec.field(default_factory=list)  # the assessor's, by place
    hidden: Hidden | None = None  # what anonymising hid (None: not anonymised)

    def commentary_at(self, assessment_id: int | None = None, part: str = "") -> str:
        """The assessor's commentary on a place ("" when there is none)."""
        return next((c.text for c in self.commentary if (c.assessment_id, c.part) == (assessment_id, part)), "")

    @property
    def lang(self) -> str:
        return self.options.lang

    @property
    def assessors(self) -> list[str]:
        seen: list[str] = []
        for a in self.assessments:
            if a.record.assessor and a.record.assessor not in seen:
                seen.append(a.record.assessor)
        return seen
