"""The plan directeur's synthesis of an open document: its latest assessments and its action plan, merged and ranked.

The rules are :mod:`bodiag.domain.synthesis`'s; this module only reads what they
need from the document (the latest assessment of each questionnaire, scored; every
action but the change-management ones; the organisation's headcount).
"""

from __future__ import annotations

from collections.abc import Sequence

from bodiag.domain.answers import Answer
from bodiag.domain.synthesis import Part, Synthesis, synthesise
from bodiag.services import action_plan
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.reassessment import latest_assessments
from bodiag.storage import governance as governance_store
from bodiag.storage import plan as plan_store


def parts(diagnostic: Diagnostic) -> list[Part]:
    """The latest assessment of each questionnaire, scored, with its answers."""
    out = []
    for record in latest_assessments(diagnostic):
        answers: dict[str, Answer] = {qid: a.value for qid, a in diagnostic.answers(record).items() if a.value is not None}
        out.append(Part(assessment_id=record.id, title=record.title, questionnaire=diagnostic.questionnaire(record),
                        result=diagnostic.score(record), answers=answers))
    return out


def synthesis(diagnostic: Diagnostic, lang: str = "fr", capacity: float | None = None,
              scored: Sequence[Part] | None = None) -> Synthesis:
    """The synthesis in ``lang``; ``capacity`` (person-days for the quarter) overrides the plan's, which overrides
    the one the headcount gives; ``scored``: :func:`parts`, when the caller has them already."""
    questionnaire_of = {r.id: r.questionnaire_id for r in diagnostic.assessments()}
    settings = plan_store.settings(diagnostic.document)
    if capacity is None:
        capacity = settings["capacity_days"]
    chosen = next((s for s in plan_store.scenarios(diagnostic.document) if s.uuid == settings["chosen_scenario"]), None)
    change = {a.id for a in governance_store.change_actions(diagnostic.document)}  # they accompany items, unranked
    actions = [a for a in action_plan.list_actions(diagnostic) if a.id not in change]
    return synthesise(parts(diagnostic) if scored is None else scored, actions, questionnaire_of,
                      diagnostic.organisation.headcount, lang, capacity, chosen.kind if chosen else None)
