"""Which questions are visible, given earlier answers and the organisation profile."""

from __future__ import annotations

from collections.abc import Mapping

from bodiag.domain.answers import Answer, status_of
from bodiag.domain.model import ChecklistQuestion, Condition, NumericQuestion, Questionnaire
from bodiag.domain.profile import OrganisationProfile
from bodiag.domain.thresholds import level_option


def visible_questions(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], profile: OrganisationProfile
) -> set[str]:
    """Ids of the visible questions. A condition on a hidden or unanswered question is false."""
    visible: set[str] = set()
    for question in questionnaire.questions:  # document order: conditions only look back
        cond = question.visible_if
        if cond is None or holds(questionnaire, cond, answers, profile, visible):
            visible.add(question.id)
    return visible


def holds(
    questionnaire: Questionnaire,
    cond: Condition,
    answers: Mapping[str, Answer],
    profile: OrganisationProfile,
    visible: set[str],
) -> bool:
    if cond.all is not None:
        return all(holds(questionnaire, c, answers, profile, visible) for c in cond.all)
    if cond.any is not None:
        return any(holds(questionnaire, c, answers, profile, visible) for c in cond.any)
    if cond.not_ is not None:
        return not holds(questionnaire, cond.not_, answers, profile, visible)
    if cond.profile is not None:
        return profile.value(cond.profile) in (cond.in_ or [])
    answer = answers.get(cond.question) if cond.question in visible else None
    if answer is None:
        return False
    if cond.answered is not None:
        return cond.answered
    return bool(_answer_ids(questionnaire, cond.question, answer) & set(cond.in_ or []))


def _answer_ids(questionnaire: Questionnaire, question_id: str, answer: Answer) -> set[str]:
    question = questionnaire.questions_by_id[question_id]
    if isinstance(question, ChecklistQuestion):
        return set(answer.items or ())
    if isinstance(question, NumericQuestion):
        if answer.number is None:
            return set()
        return {level_option(questionnaire, question, answer.number).id}
    if answer.option is not None:
        return {answer.option}
    status = status_of(questionnaire, question, answer)
    return {status} if status != "answered" else set()
