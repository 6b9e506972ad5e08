"""Scores per question, section and questionnaire. The method is ``docs/scoring.md``.

In short: a question scores 0–100 (its option's place on its scale, the level a
measured value reaches, or the weighted share of a checklist in good state).
A section's score is the weighted mean of the scores of its questions and of its
subsections that have a score; the questionnaire's is the same over its top
sections. N/A, hidden questions, unanswered ones (unless the questionnaire says
``unanswered: lowest``) and "don't know" (unless it says ``dont_know: lowest``)
leave both numerator and denominator; under a ``lowest`` policy they count as 0.
A part with nothing to count has no score (``None``), never 0. Tag views score
the questions that carry a tag together, whatever their section: the weighted
mean of their scores.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from bodiag.domain.answers import Answer, status_of
from bodiag.domain.conditions import visible_questions
from bodiag.domain.model import (
    ChecklistQuestion,
    DontKnowPolicy,
    NumericQuestion,
    Question,
    Questionnaire,
    Section,
    UnansweredPolicy,
)
from bodiag.domain.profile import OrganisationProfile
from bodiag.domain.results import AssessmentResult, Counts, KpiResult, QuestionResult, SectionResult, TagResult
from bodiag.domain.recommendations import rank_recommendations
from bodiag.domain.thresholds import level_option
from bodiag.domain.verdict import evaluate_verdict


def profile_factor(weights: Mapping[str, Mapping[str, float]], profile: OrganisationProfile) -> float:
    """Product of the factors that the organisation's profile selects (1 where none applies)."""
    factor = 1.0
    for field_id, by_value in weights.items():
        factor *= by_value.get(profile.value(field_id) or "", 1.0)
    return factor


def question_score(questionnaire: Questionnaire, question: Question, answer: Answer) -> tuple[float | None, str | None]:
    """The 0–100 score of an answered question and the option or level it reached."""
    if isinstance(question, ChecklistQuestion):
        ticked = set(answer.items or ())
        total = sum(item.weight for item in question.items)
        good = sum(item.weight for item in question.items if (item.id in ticked) == (question.polarity == "positive"))
        return good / total * 100.0, None
    scale = questionnaire.scale_of(question)
    if scale is None:
        return None, None
    if isinstance(question, NumericQuestion):
        if answer.number is None:
            return None, None
        option = level_option(questionnaire, question, answer.number)
        return scale.percent(option), option.id
    option = scale.by_id.get(answer.option or "")
    if option is None or not option.scored:
        return None, None
    return scale.percent(option), option.id


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    total = sum(w for w, _ in pairs)
    if total <= 0:
        return None
    return math.fsum(w * s for w, s in pairs) / total


class Scorer:
    """Scores one questionnaire's answers for one organisation profile."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        profile: OrganisationProfile | None = None,
        target: float | None = None,
    ):
        self.questionnaire = questionnaire
        self.profile = profile or OrganisationProfile()
        self.target = questionnaire.target if target is None else target

    def score(self, answers: Mapping[str, Answer]) -> AssessmentResult:
        q = self.questionnaire
        visible = visible_questions(q, answers, self.profile)
        questions = {question.id: self._question(question, answers.get(question.id), visible) for question in q.questions}
        sections: list[SectionResult] = []
        top_pairs: list[tuple[float, float]] = []
        counts = Counts()
        for section in q.sections:
            result = self._section(section, None, 0, self.target, questions, sections)
            counts.add(result.counts)
            if result.score is not None:
                top_pairs.append((result.weight, result.score))
        score = _weighted_mean(top_pairs)
        partial = AssessmentResult(
            questionnaire=q,
            score=score,
            level=q.level_for(score) if score is not None else None,
            band_id=q.band_for(score).id if score is not None else None,
            target=self.target,
            counts=counts,
            sections=sections,
            questions=questions,
            recommendations=[],
            verdict=None,
            kpis=self._kpis(),
            tags=self._tags(questions),
        )
        partial.recommendations = rank_recommendations(q, answers, partial)
        partial.verdict = evaluate_verdict(q, answers, partial)
        return partial

    def _question(self, question: Question, answer: Answer | None, visible: set[str]) -> QuestionResult:
        section = self.questionnaire.section_of[question.id]
        factor = profile_factor(question.weight_by_profile, self.profile)
        score, option, counted = None, None, False
        if question.id not in visible:
            status = "hidden"
        elif answer is None:
            status = "unanswered"
            if question.scored and question.kind != "text" and self.questionnaire.unanswered == UnansweredPolicy.LOWEST:
                score, counted = 0.0, True
        else:
            status = status_of(self.questionnaire, question, answer)
            if status == "answered":
                score, option = question_score(self.questionnaire, question, answer)
                if score is None and question.kind != "text":
                    status = "unanswered"  # a stored value this question cannot read
                counted = score is not None and question.scored
            elif status == "dk" and question.scored and self.questionnaire.dont_know == DontKnowPolicy.LOWEST:
                score, counted = 0.0, True
        return QuestionResult(
            id=question.id,
            section_id=section.id,
            kind=question.kind,
            scored=question.scored,
            status=status,
            score=score,
            option=option,
            weight=question.weight * factor,
            profile_factor=factor,
            counted=counted,
        )

    def _section(
        self,
        section: Section,
        parent_id: str | None,
        depth: int,
        inherited_target: float,
        questions: dict[str, QuestionResult],
        out: list[SectionResult],
    ) -> SectionResult:
        target = section.target if section.target is not None else inherited_target
        result = SectionResult(
            id=section.id,
            title=section.title,
            parent_id=parent_id,
            depth=depth,
            weight=section.weight * profile_factor(section.weight_by_profile, self.profile),
            score=None,
            level=None,
            band_id=None,
            target=target,
            counts=Counts(),
        )
        out.append(result)
        pairs: list[tuple[float, float]] = []
        for question in section.questions:
            qr = questions[question.id]
            _count(result.counts, qr)
            if qr.counted:
                pairs.append((qr.weight, qr.score))
        for child in section.sections:
            sub = self._section(child, section.id, depth + 1, target, questions, out)
            result.children.append(sub.id)
            result.counts.add(sub.counts)
            if sub.score is not None:
                pairs.append((sub.weight, sub.score))
        result.score = _weighted_mean(pairs)
        if result.score is not None:
            result.level = self.questionnaire.level_for(result.score)
            result.band_id = self.questionnaire.band_for(result.score).id
        return result

    def _tags(self, questions: dict[str, QuestionResult]) -> list[TagResult]:
        q = self.questionnaire
        declared = {t.id: t for t in q.tags}
        order = list(declared) + [t for question in q.questions for t in question.tags if t not in declared]
        out = []
        for tag in dict.fromkeys(order):
            counts = Counts()
            pairs = []
            for question in q.questions:
                if tag in question.tags:
                    qr = questions[question.id]
                    _count(counts, qr)
                    if qr.counted:
                        pairs.append((qr.weight, qr.score))
            score = _weighted_mean(pairs)
            view = declared.get(tag)
            out.append(TagResult(
                id=tag, label=view.label if view else None, declared=view is not None, score=score,
                level=q.level_for(score) if score is not None else None, counts=counts,
            ))
        return out

    def _kpis(self) -> list[KpiResult]:
        out = []
        for kpi in self.questionnaire.kpis:
            priority = all(self.profile.value(f) in values for f, values in kpi.profiles.items())
            out.append(KpiResult(kpi=kpi, priority=priority))
        return out


def _count(counts: Counts, qr: QuestionResult) -> None:
    if not qr.scored:
        return
    if qr.status == "hidden":
        counts.hidden += 1
        return
    if qr.status == "na":
        counts.na += 1
        return
    counts.applicable += 1
    if qr.status == "unanswered":
        counts.unanswered += 1
        return
    counts.answered += 1
    if qr.status == "dk":
        counts.dk += 1
    if qr.counted:
        counts.scored += 1


def score(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    profile: OrganisationProfile | None = None,
    target: float | None = None,
) -> AssessmentResult:
    return Scorer(questionnaire, profile, target).score(answers)
