"""A questionnaire's verdict (e.g. ready / to prepare / premature) with its reasons.

Rules are data in the questionnaire file, tried in order; the first that holds
gives the verdict. A rule holds when any (or all, with ``when: all``) of its
criteria hold; the criteria that hold are the reasons shown to the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bodiag.domain.answers import Answer
from bodiag.domain.model import ChecklistQuestion, Criterion, Questionnaire
from bodiag.domain.results import CriterionHit, VerdictResult

if TYPE_CHECKING:
    from bodiag.domain.results import AssessmentResult


def evaluate_verdict(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], result: AssessmentResult
) -> VerdictResult | None:
    verdict = questionnaire.verdict
    if verdict is None:
        return None
    if result.counts.answered == 0:  # no verdict without a single answer
        return VerdictResult(title=verdict.title, rule=None, hits=[], undetermined=verdict.undetermined)
    for rule in verdict.rules:
        hits = [hit for hit in (_test(questionnaire, c, answers, result) for c in rule.criteria) if hit]
        if (rule.when == "all" and len(hits) == len(rule.criteria)) or (rule.when == "any" and hits):
            return VerdictResult(title=verdict.title, rule=rule, hits=hits, undetermined=verdict.undetermined)
    return VerdictResult(title=verdict.title, rule=None, hits=[], undetermined=verdict.undetermined)


def _test(
    questionnaire: Questionnaire, crit: Criterion, answers: Mapping[str, Answer], result: AssessmentResult
) -> CriterionHit | None:
    items = []
    if crit.metric == "score":
        value = result.score
    elif crit.metric == "coverage":
        value = result.coverage
    elif crit.metric == "section_score":
        value = result.section(crit.section).score
    elif crit.metric == "question_score":
        value = result.questions[crit.question].score
    else:  # ticked
        qr = result.questions[crit.question]
        question = questionnaire.questions_by_id[crit.question]
        answer = answers.get(crit.question)
        if qr.status != "answered" or answer is None or not isinstance(question, ChecklistQuestion):
            value = None
        else:
            ticked = set(answer.items or ())
            items = [item.label for item in question.items if item.id in ticked]
            value = float(len(items))
    if value is None:
        return None
    holds = value < crit.below if crit.below is not None else value >= crit.at_least
    return CriterionHit(criterion=crit, value=value, items=items) if holds else None
