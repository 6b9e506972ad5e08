"""What the report shows, gathered from an open document as plain data (no reportlab).

:func:`gather` reads the organisation and each assessment (its record, the
exact questionnaire it was made with, its answers and its result from
:meth:`Diagnostic.score`) and applies the options that change content:
``without_notes`` drops every note, ``anonymise`` replaces the organisation's
name and sector and the people's names with neutral words, everywhere they
occur in the texts. The drawing modules only read a :class:`ReportData`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from bodiag import __version__
from bodiag.domain.model import ChecklistQuestion, GridQuestion, NumericQuestion, Option, Question, Questionnaire
from bodiag.domain.results import AssessmentResult, QuestionResult, SectionResult
from bodiag.report import i18n
from bodiag.report import extras as more
from bodiag.report.extras import Extras
from bodiag.storage.answers import AnswerRecord
from bodiag.storage.assessments import AssessmentRecord
from bodiag.storage.organisation import Organisation

if TYPE_CHECKING:
    from bodiag.services.diagnostic import Diagnostic

FIXED_DATE = dt.date(2026, 11, 30)  # the report date in deterministic mode
FALLBACK_BAND_COLORS = ["#d55e00", "#e69f00", "#f0e442", "#56b4e9", "#009e73"]
ANONYMOUS_MIN_LENGTH = 3  # shorter names are not searched for in texts


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "fr"
    logo: Path | None = None
    without_notes: bool = False
    anonymise: bool = False
    deterministic: bool = False
    today: dt.date | None = None  # the report's date; default today (a fixed date in deterministic mode)


@dataclass(frozen=True)
class AssessmentData:
    record: AssessmentRecord
    questionnaire: Questionnaire
    result: AssessmentResult
    answers: dict[str, AnswerRecord]
    extras: Extras = field(default_factory=Extras)  # workshop, evolution, actions (see :mod:`bodiag.report.extras`)

    @property
    def key(self) -> str:
        return f"a{self.record.id}"


@dataclass(frozen=True)
class ReportData:
    organisation: Organisation
    assessments: list[AssessmentData]
    options: ReportOptions
    date: dt.date
    version: str = __version__
    people: dict[str, str] = field(default_factory=dict)  # real name -> neutral word, when anonymised
    document_extras: Extras = field(default_factory=Extras)  # the actions recorded for no assessment

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


# -- gathering --------------------------------------------------------------------


def gather(diagnostic: Diagnostic, assessment_ids: Sequence[int | str] | None = None, options: ReportOptions | None = None) -> ReportData:
    """Read what the report needs from ``diagnostic``: every assessment, or those of ``assessment_ids`` in that order."""
    options = options or ReportOptions()
    i18n.check_lang(options.lang)
    if assessment_ids is None:
        records = diagnostic.assessments()
    else:
        records = []
        for reference in assessment_ids:
            record = diagnostic.assessment(reference)
            if record.id not in {r.id for r in records}:
                records.append(record)
    assessments = [
        AssessmentData(
            record=record,
            questionnaire=diagnostic.questionnaire(record),
            result=diagnostic.score(record),
            answers=diagnostic.answers(record),
            extras=more.gather_extras(diagnostic, record, options.lang),
        )
        for record in records
    ]
    return build(diagnostic.organisation, assessments, options, more.gather_document_extras(diagnostic, options.lang))


def build(
    organisation: Organisation, assessments: list[AssessmentData], options: ReportOptions, document_extras: Extras | None = None
) -> ReportData:
    """Apply the content options (notes, anonymisation, date) to gathered data."""
    today = options.today or (FIXED_DATE if options.deterministic else dt.date.today())
    document_extras = document_extras or Extras()
    if options.without_notes:
        assessments = [
            dataclasses.replace(a, answers={k: msgspec.structs.replace(r, note="") for k, r in a.answers.items()},
                                extras=more.without_notes(a.extras))
            for a in assessments
        ]
        document_extras = more.without_notes(document_extras)
    people: dict[str, str] = {}
    if options.anonymise:
        organisation, assessments, document_extras, people = _anonymise(organisation, assessments, document_extras, options.lang)
    return ReportData(organisation=organisation, assessments=assessments, options=options, date=today, people=people,
                      document_extras=document_extras)


def _anonymise(
    organisation: Organisation, assessments: list[AssessmentData], document_extras: Extras, lang: str
) -> tuple[Organisation, list[AssessmentData], Extras, dict[str, str]]:
    people: dict[str, str] = {}

    def person(name: str) -> str:
        name = name.strip()
        if not name:
            return ""
        if name not in people:
            people[name] = i18n.tr("anon_person", lang, n=len(people) + 1)
        return people[name]

    for a in assessments:
        person(a.record.assessor)
        for record in a.answers.values():
            person(record.respondent)
    for a in assessments:  # after the people of the answers: their neutral names stay as they were
        for name in more.people(a.extras):
            person(name)
    for name in more.people(document_extras):
        person(name)
    replacements = {organisation.name: i18n.tr("anon_org", lang), **people}
    if organisation.sector.strip():
        replacements[organisation.sector] = i18n.tr("anon_sector", lang)
    scrub = _scrubber(replacements, _name_parts(people, lang))
    organisation = msgspec.structs.replace(organisation, name=i18n.tr("anon_org", lang), sector=i18n.tr("anon_sector", lang))
    out = []
    for a in assessments:
        record = msgspec.structs.replace(a.record, title=scrub(a.record.title), assessor=person(a.record.assessor))
        answers = {
            k: msgspec.structs.replace(
                r,
                note=scrub(r.note),
                respondent=person(r.respondent),
                value=msgspec.structs.replace(r.value, text=scrub(r.value.text)) if r.value and r.value.text else r.value,
            )
            for k, r in a.answers.items()
        }
        out.append(dataclasses.replace(a, record=record, answers=answers, extras=more.anonymised(a.extras, person, scrub)))
    return organisation, out, more.anonymised(document_extras, person, scrub), people


def _name_parts(people: dict[str, str], lang: str) -> dict[str, str]:
    """Each word of a person's name, for the texts that name them by it alone ("Nadine" for "Nadine Lefèvre").

    A word two people share ("Vasseur") names neither of them for sure: it becomes
    "Une personne" (Someone) rather than either's pseudonym.
    """
    parts: dict[str, str] = {}
    for name, pseudonym in people.items():
        words = [w for w in re.split(r"[\s,]+", name.strip()) if len(w) >= ANONYMOUS_MIN_LENGTH]
        if len(words) < 2:
            continue  # a one-word name is replaced as a whole already
        for word in words:
            if word in people:
                continue
            parts[word] = pseudonym if parts.get(word, pseudonym) == pseudonym else i18n.tr("anon_someone", lang)
    return parts


def _scrubber(replacements: dict[str, str], parts: dict[str, str] | None = None):
    """Replace every full name, whatever its case, then each word of a person's name, as a whole word and as written."""
    names = sorted((n for n in replacements if len(n.strip()) >= ANONYMOUS_MIN_LENGTH), key=len, reverse=True)
    if not names:
        return lambda text: text
    folded = {n.casefold(): replacements[n] for n in names}
    pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    words = sorted(parts or {}, key=len, reverse=True)
    word_pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else None

    def scrub(text: str) -> str:
        if not text:
            return text
        text = pattern.sub(lambda m: folded.get(m.group(0).casefold(), replacements.get(m.group(0), "")), text)
        return word_pattern.sub(lambda m: parts[m.group(0)], text) if word_pattern else text

    return scrub


# -- facts the report derives from the results -------------------------------------


def band_colors(questionnaire: Questionnaire) -> dict[str, str]:
    bands = questionnaire.bands
    return {
        band.id: band.color or FALLBACK_BAND_COLORS[min(i * len(FALLBACK_BAND_COLORS) // len(bands), 4)]
        for i, band in enumerate(bands)
    }


def chart_sections(result: AssessmentResult) -> list[SectionResult]:
    """The top sections that hold scored questions: the radar's axes and the bars (as in the app)."""
    return [s for s in result.top_sections if s.counts.any_scored_question]


def strengths_and_weaknesses(result: AssessmentResult, count: int = 3) -> tuple[list[SectionResult], list[SectionResult]]:
    """The ``count`` strongest and weakest scored top sections, never the same section in both."""
    scored = [s for s in chart_sections(result) if s.score is not None]
    strong_n = min(count, (len(scored) + 1) // 2)
    weak_n = min(count, len(scored) - strong_n)
    by_score = sorted(scored, key=lambda s: -s.score)  # stable: ties keep questionnaire order
    strong = by_score[:strong_n]
    weak = sorted([s for s in scored if s not in strong], key=lambda s: s.score)[:weak_n]
    return strong, weak


@dataclass(frozen=True)
class Finding:
    """An item found on an unscored checklist (a weak signal, a pitfall) and what to do about it."""

    label: str
    actions: list[str]


@dataclass(frozen=True)
class Findings:
    question_id: str
    title: str
    items: list[Finding]


def checklist_findings(assessment: AssessmentData, lang: str) -> list[Findings]:
    """The ticked items of every unscored negative checklist (weak signals, pitfalls, warning signs)."""
    q = assessment.questionnaire
    out = []
    for question in q.questions:
        if not isinstance(question, ChecklistQuestion) or question.scored or question.polarity != "negative":
            continue
        qr = assessment.result.questions[question.id]
        if qr.status == "hidden":
            continue
        record = assessment.answers.get(question.id)
        ticked = set(record.value.items or ()) if record and record.value else set()
        items = [
            Finding(
                label=item.label.get(lang),
                actions=[r.title.get(lang) for r in question.recommendations if item.id in r.items],
            )
            for item in question.items
            if item.id in ticked
        ]
        out.append(Findings(question.id, _findings_title(q, question, lang), items))
    return out


def _findings_title(questionnaire: Questionnaire, question: Question, lang: str) -> str:
    if question.id in ("weak_signals", "pitfalls"):
        return i18n.tr(question.id, lang)
    section = questionnaire.section_of[question.id]
    return section.title.get(lang) if len(section.questions) == 1 else question.text.get(lang)


# -- one answer as the report shows it ------------------------------------------------


@dataclass(frozen=True)
class AnswerView:
    """An answer in words: what was answered, the level it reaches and the next one."""

    status: str  # answered | na | dk | unanswered | hidden
    answer: str  # the answer's label, or a checklist's / free text's content ("" when none)
    free_text: bool  # the answer is user text (a free-text question)
    checklist: bool
    ticked: list[str]  # a checklist's ticked items
    unticked: list[str]
    negative: bool  # a ticked item is a problem (weak signals, pitfalls)
    reached: str | None  # label — descriptor of the level reached
    next_label: str | None  # the next level's label
    next_text: str | None  # its descriptor (and, for an indicator, the value needed)
    top: bool  # the highest level is reached
    score: float | None
    note: str
    respondent: str


def answer_view(assessment: AssessmentData, question: Question, lang: str) -> AnswerView:
    q = assessment.questionnaire
    qr: QuestionResult = assessment.result.questions[question.id]
    record = assessment.answers.get(question.id)
    value = record.value if record else None
    note = record.note if record else ""
    respondent = record.respondent if record else ""
    base = dict(note=note, respondent=respondent, score=qr.score if question.scored else None, free_text=False, checklist=False, ticked=[], unticked=[],
                negative=False, reached=None, next_label=None, next_text=None, top=False)
    if qr.status in ("hidden", "unanswered") or value is None:
        return AnswerView(status=qr.status if qr.status == "hidden" else "unanswered", answer="", **base)
    shown = value.display(q, question, lang)
    if qr.status in ("na", "dk"):
        return AnswerView(status=qr.status, answer=shown, **base)
    if question.kind == "text":
        return AnswerView(status="answered", answer=value.text or "", **{**base, "free_text": True})
    if isinstance(question, ChecklistQuestion):
        ticked = set(value.items or ())
        return AnswerView(
            status="answered",
            answer=shown,
            **{
                **base,
                "checklist": True,
                "ticked": [i.label.get(lang) for i in question.items if i.id in ticked],
                "unticked": [i.label.get(lang) for i in question.items if i.id not in ticked],
                "negative": question.polarity == "negative",
            },
        )
    scale = q.scale_of(question)
    option = scale.by_id.get(qr.option or "") if scale else None
    if option is None:
        return AnswerView(status="answered", answer=shown, **base)
    scored = scale.scored_options
    index = scored.index(option)
    nxt = scored[index + 1] if index + 1 < len(scored) else None
    reached = _descriptor(question, option, lang)
    next_text = _descriptor(question, nxt, lang) if nxt else None
    if nxt is not None and isinstance(question, NumericQuestion):
        bound = _numeric_bound(question, index, len(scored), lang)
        next_text = " — ".join(t for t in (next_text, bound) if t)
    return AnswerView(
        status="answered",
        answer=shown,
        **{
            **base,
            "reached": f"{option.label.get(lang)}" + (f" — {reached}" if reached else ""),
            "next_label": nxt.label.get(lang) if nxt else None,
            "next_text": next_text,
            "top": nxt is None,
        },
    )


def _descriptor(question: Question, option: Option, lang: str) -> str | None:
    if isinstance(question, GridQuestion) and option.id in question.levels:
        return question.levels[option.id].get(lang)
    return option.description.get(lang) if option.description else None


def _numeric_bound(question: NumericQuestion, index: int, count: int, lang: str) -> str:
    """What value reaches the level above ``index`` (see :func:`bodiag.domain.thresholds.level_option`)."""
    t = question.thresholds
    unit = question.unit.get(lang)
    if question.direction == "higher_is_better":
        bound = i18n.tr("at_least", lang, value=f"{i18n.plain(t[index], lang)} {unit}")
    else:
        bound = i18n.tr("at_most", lang, value=f"{i18n.plain(t[count - 2 - index], lang)} {unit}")
    return i18n.tr("to_reach_next", lang, bound=bound)


def questions_in(section_id: str, questionnaire: Questionnaire) -> list[Question]:
    return list(questionnaire.sections_by_id[section_id].questions)


def descendants(result: AssessmentResult, section_id: str) -> Iterable[SectionResult]:
    """The subsections of ``section_id`` in document order (pre-order), at any depth."""
    by_id = {s.id: s for s in result.sections}
    stack = list(reversed(by_id[section_id].children))
    while stack:
        current = by_id[stack.pop()]
        yield current
        stack.extend(reversed(current.children))
