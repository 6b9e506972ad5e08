"""What the report shows beyond the answers, as plain data (no reportlab): the workshop, the evolution, the actions.

For each assessment of the report, :func:`gather_extras` reads

- the **workshop** (:mod:`bodiag.services.workshop`): the respondents and the
  questions whose answers spread over 2 levels or more, largest spread first;
- the **evolution** (:mod:`bodiag.services.reassessment`): the comparison with
  an earlier assessment of the same questionnaire in the document, the one it
  was started from if any, else the most recent earlier one;
- the **actions** of the plan recorded for it (:mod:`bodiag.services.action_plan`).

Figures are those of the services' ``as_dict`` forms. :func:`people` and
:func:`anonymised` / :func:`without_notes` let :mod:`bodiag.report.data` apply
the report's options to these too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bodiag.domain.results import AssessmentResult
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL, ROLES, label

if TYPE_CHECKING:
    from bodiag.services.diagnostic import Diagnostic
    from bodiag.storage.assessments import AssessmentRecord

Scrub = Callable[[str], str]


# -- the workshop -------------------------------------------------------------------


@dataclass(frozen=True)
class Respondent:
    name: str
    role: str  # the role's label in the report's language
    answers: int  # how many questions they answered


@dataclass(frozen=True)
class RespondentAnswer:
    name: str
    role: str
    answer: str  # as a person reads it
    level: int | None  # None: N/A, don't know, no level
    note: str


@dataclass(frozen=True)
class DivergentQuestion:
    question_id: str
    text: str
    section: str  # the title of its section
    spread: int
    answers: list[RespondentAnswer]
    suggestion: str | None  # the consensus the answers suggest (None: nothing to suggest)
    basis: str  # median | majority | none
    kept: str | None  # the assessment's own answer, the facilitator's choice (None: not settled yet)


@dataclass(frozen=True)
class Workshop:
    respondents: list[Respondent]
    compared: int  # questions answered by 2 respondents or more
    divergent: list[DivergentQuestion]  # largest spread first


def _workshop(diagnostic: Diagnostic, record: AssessmentRecord, lang: str) -> Workshop | None:
    from bodiag.services import workshop

    people = workshop.respondents(diagnostic, record)
    if not people:
        return None
    given = workshop.respondent_answers(diagnostic, record)
    roles = {p.id: label(ROLES, p.role, lang) for p in people}
    respondents = [
        Respondent(p.name, roles[p.id], sum(value is not None for value, _ in given.get(p.id, {}).values()))
        for p in people
    ]
    items = workshop.divergence(diagnostic, record)
    divergent = []
    for item in items:
        if not item.divergent:
            continue
        shown = item.as_dict(lang)
        divergent.append(DivergentQuestion(
            question_id=item.question.id,
            text=shown["text"],
            section=item.questionnaire.section_of[item.question.id].title.get(lang),
            spread=item.spread,
            answers=[
                RespondentAnswer(a.respondent.name, roles.get(a.respondent.id, ""), d["display"] or "—", a.level, a.note)
                for a, d in zip(item.answers, shown["answers"])
            ],
            suggestion=shown["suggestion"]["display"],
            basis=item.suggestion.basis,
            kept=shown["consensus"]["display"],
        ))
    return Workshop(respondents, len(items), divergent)


# -- the evolution ---------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """A figure then and now, and the change (the figures of ``Comparison.as_dict``)."""

    before: float | None
    after: float | None
    delta: float | None

    @classmethod
    def of(cls, data: dict) -> Figure:
        return cls(data["before"], data["after"], data["delta"])


@dataclass(frozen=True)
class SectionFigure:
    title: str
    depth: int
    score: Figure


@dataclass(frozen=True)
class RadarFigure:
    title: str
    before: float | None
    after: float | None
    color: str | None  # the current band's colour


@dataclass(frozen=True)
class MovedAnswer:
    question_id: str
    text: str
    before: str | None  # None: no answer then
    after: str | None
    level_before: int | None
    level_after: int | None
    score: Figure
    free_text: bool  # the answers are user text


@dataclass(frozen=True)
class CompletedAction:
    title: str
    owner: str
    completed: dt.date | None


@dataclass(frozen=True)
class Evolution:
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


def day(stamp: str | None) -> dt.date | None:
    """The calendar day a stored time names (as written: no conversion to the local zone)."""
    if not stamp:
        return None
    try:
        return dt.datetime.fromisoformat(stamp).date()
    except ValueError:
        return None


def _band(result: AssessmentResult, colors: dict[str, str], lang: str) -> tuple[str, str | None] | None:
    if result.score is None:
        return None
    band = result.questionnaire.band_for(result.score)
    return band.label.get(lang), colors.get(band.id)


def _evolution(diagnostic: Diagnostic, record: AssessmentRecord, lang: str) -> Evolution | None:
    from bodiag.report.data import band_colors
    from bodiag.services import reassessment

    before = reassessment.earlier_assessment(diagnostic, record)
    if before is None:
        return None
    comparison = reassessment.compare(diagnostic, before, record)
    data = comparison.as_dict(lang)
    now = comparison.after_result
    colors = band_colors(now.questionnaire)
    bands = {s.id: s.band_id for s in now.sections}
    sections = [
        SectionFigure(shown["title"], shown["depth"], Figure.of(shown["score"]))
        for change, shown in zip(comparison.sections, data["sections"])
        if change.scored
    ]
    radar = [RadarFigure(r["title"], r["before"], r["after"], colors.get(bands.get(r["id"]) or "")) for r in data["radar"]]
    kinds = {**{q.id: q.kind for q in comparison.before_result.questionnaire.questions},
             **{q.id: q.kind for q in now.questionnaire.questions}}
    moves = [
        MovedAnswer(m["question"], m["text"], m["before"]["display"], m["after"]["display"], m["before"]["level"],
                    m["after"]["level"], Figure.of(m["score"]), kinds.get(m["question"]) == "text")
        for m in data["moves"]
    ]
    actions = [CompletedAction(row["title"] or "", row["owner"] or "", day(row["completed_at"])) for row in data["actions"]]
    return Evolution(
        before_title=before.title,
        before_date=day(before.created_at),
        after_date=day(record.created_at),
        levels=now.questionnaire.levels,
        score=Figure.of(data["score"]),
        level=Figure.of(data["level"]),
        coverage=Figure.of(data["coverage"]),
        band_before=_band(comparison.before_result, band_colors(comparison.before_result.questionnaire), lang),
        band_after=_band(now, colors, lang),
        sections=sections,
        radar=radar,
        moves=moves,
        actions=actions,
    )


# -- the action plan ----------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
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


def _actions(diagnostic: Diagnostic, record: AssessmentRecord | None, lang: str) -> list[Action]:
    """The actions recorded for ``record``; for None, those recorded for no assessment."""
    from bodiag.services import action_plan

    records = action_plan.list_actions(diagnostic, record)
    if record is None:
        records = [a for a in records if a.assessment_id is None]
    return [
        Action(
            title=a.title,
            owner=a.owner,
            deadline=dt.date.fromisoformat(a.deadline) if a.deadline else None,
            status=a.status,
            status_label=label(ACTION_STATUS, a.status, lang),
            cost=a.cost,
            effort=label(LEVEL, a.effort, lang) if a.effort else None,
            question_ids=tuple(a.question_ids),
            recommendation_id=a.recommendation_id,
            notes=a.notes,
        )
        for a in records
    ]


# -- all of it, and the report's options ------------------------------------------------------


@dataclass(frozen=True)
class Extras:
    workshop: Workshop | None = None
    evolution: Evolution | None = None
    actions: list[Action] = field(default_factory=list)


def gather_extras(diagnostic: Diagnostic, record: AssessmentRecord, lang: str) -> Extras:
    return Extras(_workshop(diagnostic, record, lang), _evolution(diagnostic, record, lang), _actions(diagnostic, record, lang))


def gather_document_extras(diagnostic: Diagnostic, lang: str) -> Extras:
    """What the document holds for no assessment in particular: the actions recorded without one."""
    return Extras(actions=_actions(diagnostic, None, lang))


def people(extras: Extras) -> list[str]:
    """Every person's name in ``extras``, in reading order: respondents, then owners of actions."""
    names = [r.name for r in extras.workshop.respondents] if extras.workshop else []
    names += [a.owner for a in extras.actions]
    if extras.evolution:
        names += [a.owner for a in extras.evolution.actions]
    return names


def without_notes(extras: Extras) -> Extras:
    """The respondents' notes and the actions' notes left out."""
    workshop = extras.workshop
    if workshop is not None:
        workshop = dataclasses.replace(workshop, divergent=[
            dataclasses.replace(q, answers=[dataclasses.replace(a, note="") for a in q.answers]) for q in workshop.divergent
        ])
    return dataclasses.replace(extras, workshop=workshop, actions=[dataclasses.replace(a, notes="") for a in extras.actions])


def anonymised(extras: Extras, person: Callable[[str], str], scrub: Scrub) -> Extras:
    """People's names replaced by ``person`` (their neutral names), and searched for in user texts by ``scrub``."""
    workshop = extras.workshop
    if workshop is not None:
        workshop = Workshop(
            [dataclasses.replace(r, name=person(r.name)) for r in workshop.respondents],
            workshop.compared,
            [
                dataclasses.replace(q, answers=[dataclasses.replace(a, name=person(a.name), note=scrub(a.note)) for a in q.answers])
                for q in workshop.divergent
            ],
        )
    evolution = extras.evolution
    if evolution is not None:
        evolution = dataclasses.replace(
            evolution,
            before_title=scrub(evolution.before_title),
            moves=[
                dataclasses.replace(m, before=m.before and scrub(m.before), after=m.after and scrub(m.after)) if m.free_text else m
                for m in evolution.moves
            ],
            actions=[dataclasses.replace(a, title=scrub(a.title), owner=person(a.owner)) for a in evolution.actions],
        )
    actions = [dataclasses.replace(a, title=scrub(a.title), owner=person(a.owner), notes=scrub(a.notes)) for a in extras.actions]
    return Extras(workshop, evolution, actions)
