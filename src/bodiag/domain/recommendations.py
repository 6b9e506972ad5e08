"""Which recommendations apply to an assessment, and in which order to act on them.

A recommendation applies when its question is visible and answered at one of
its ``levels`` (for a checklist: when one of its ``items`` is in a bad state).
Its gap is what the question lacks: target − score for a scale, a grid or an
indicator (only while below target), and the points its bad items cost for a
checklist. Priority = weight × gap × profile factor; ties keep file order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bodiag.domain.answers import Answer
from bodiag.domain.model import ChecklistQuestion, Questionnaire, Recommendation
from bodiag.domain.results import RecommendationResult

if TYPE_CHECKING:
    from bodiag.domain.results import AssessmentResult, QuestionResult


def rank_recommendations(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], result: AssessmentResult
) -> list[RecommendationResult]:
    targets = {s.id: s.target for s in result.sections}
    found: list[RecommendationResult] = []
    order = 0
    for question in questionnaire.questions:
        qr = result.questions[question.id]
        for index, rec in enumerate(question.recommendations):
            order += 1
            if qr.status != "answered" or qr.score is None:
                continue
            gap = _gap(question, rec, answers[question.id], qr, targets[qr.section_id])
            if gap is None or gap <= 0:
                continue
            found.append(
                RecommendationResult(
                    id=questionnaire.recommendation_id(question, index),
                    question_id=question.id,
                    section_id=qr.section_id,
                    recommendation=rec,
                    weight=question.weight,
                    profile_factor=qr.profile_factor,
                    gap=gap,
                    order=order,
                )
            )
    found.sort(key=lambda r: (-r.priority, r.order))
    return found


def _gap(question, rec: Recommendation, answer: Answer, qr: QuestionResult, target: float) -> float | None:
    if isinstance(question, ChecklistQuestion):
        ticked = set(answer.items or ())
        total = sum(item.weight for item in question.items)
        bad = [
            item
            for item in question.items
            if item.id in rec.items and (item.id in ticked) != (question.polarity == "positive")
        ]
        return sum(item.weight for item in bad) / total * 100.0 if bad else None
    if qr.option not in rec.levels:
        return None
    return target - qr.score
