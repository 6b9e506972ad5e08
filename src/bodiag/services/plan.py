"""The plan directeur of an open document: its settings and its target vision.

Every value is checked before anything is written; a bad one raises
:class:`~bodiag.errors.InputError` saying what is wrong. The rules that derive
figures (suggested targets, gaps) are :mod:`bodiag.domain.vision`'s.
"""

from __future__ import annotations

import math

from bodiag.domain.vision import MAX_AMBITION, QuestionnaireVision, TargetChoice, level_score, visions
from bodiag.errors import InputError
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.reassessment import latest_assessments
from bodiag.storage import plan as store

HORIZONS = (36, 60)
MAX_CAPACITY = 10_000.0


def settings(diagnostic: Diagnostic) -> dict[str, object]:
    return store.settings(diagnostic.document)


def set_capacity(diagnostic: Diagnostic, days: float | None) -> dict[str, object]:
    """The person-days available each quarter for the plan's actions; ``None``: from the headcount."""
    if days is not None and (isinstance(days, bool) or not math.isfinite(days) or not 0 < days <= MAX_CAPACITY):
        raise InputError(f"the capacity is more than 0 and at most {MAX_CAPACITY:.0f} person-days (got {days})")
    return store.update_settings(diagnostic.document, {"capacity_days": days})


def set_horizon(diagnostic: Diagnostic, months: int) -> dict[str, object]:
    if months not in HORIZONS:
        raise InputError(f"the plan's horizon is 36 or 60 months (got {months})")
    return store.update_settings(diagnostic.document, {"horizon_months": months})


def vision(diagnostic: Diagnostic, lang: str = "fr") -> list[QuestionnaireVision]:
    """Each questionnaire's parts as its latest assessment scores them, with their targets and ambitions."""
    parts = [(diagnostic.questionnaire(r), diagnostic.score(r)) for r in latest_assessments(diagnostic)]
    return visions(parts, store.targets(diagnostic.document), lang)


def _part(diagnostic: Diagnostic, questionnaire_id: str, section_id: str):
    latest = {r.questionnaire_id: r for r in latest_assessments(diagnostic)}
    record = latest.get(questionnaire_id)
    if record is None:
        known = ", ".join(sorted(latest)) or "none"
        raise InputError(f"no assessment of questionnaire '{questionnaire_id}' in this document (assessed: {known})")
    questionnaire = diagnostic.questionnaire(record)
    tops = [s.id for s in questionnaire.sections]
    if section_id not in tops:
        raise InputError(f"'{section_id}' is not a part of questionnaire '{questionnaire_id}' (parts: {', '.join(tops)})")
    return questionnaire


def set_target(diagnostic: Diagnostic, questionnaire_id: str, section_id: str, *, level: float | None = None,
               score: float | None = None, ambition: str | None = None) -> TargetChoice:
    """Aim a part at a ``level`` (questionnaires with levels) or a ``score`` (0–100), with a one-line ambition;
    what is not given keeps its value (a new target starts from the suggestion)."""
    questionnaire = _part(diagnostic, questionnaire_id, section_id)
    if level is not None and score is not None:
        raise InputError("give a level or a score, not both")
    if level is not None:
        if questionnaire.levels is None:
            raise InputError(f"questionnaire '{questionnaire_id}' has no levels: give a score from 0 to 100")
        if not math.isfinite(level) or not 1 <= level <= questionnaire.levels:
            raise InputError(f"the level is from 1 to {questionnaire.levels} (got {level})")
        score = level_score(questionnaire, level)
    if score is not None and (not math.isfinite(score) or not 0 <= score <= 100):
        raise InputError(f"the target score is from 0 to 100 (got {score})")
    if ambition is not None:
        ambition = " ".join(ambition.split())
        if len(ambition) > MAX_AMBITION:
            raise InputError(f"the ambition is longer than {MAX_AMBITION} characters")
    current = next(p for v in vision(diagnostic) if v.questionnaire_id == questionnaire_id
                   for p in v.parts if p.section_id == section_id)
    choice = TargetChoice(questionnaire_id=questionnaire_id, section_id=section_id,
                          score=round(current.target if score is None else score, 2),
                          ambition=current.ambition if ambition is None else ambition)
    store.set_target(diagnostic.document, choice)
    return choice


def clear_target(diagnostic: Diagnostic, questionnaire_id: str, section_id: str) -> bool:
    """Back to the suggestion; whether there was a choice to clear."""
    _part(diagnostic, questionnaire_id, section_id)
    return store.clear_target(diagnostic.document, questionnaire_id, section_id)
