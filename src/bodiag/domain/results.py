"""Scoring results: plain data, printable as JSON in either language."""

from __future__ import annotations

from typing import Any, Protocol

import msgspec

from bodiag.domain import i18n
from bodiag.domain.model import Criterion, Kpi, Questionnaire, Recommendation, VerdictRule
from bodiag.domain.text import LocalText


def _r(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


PROVISIONAL_COUNTED = 2  # a figure counting this many questions or fewer, with answers missing, is provisional
PROVISIONAL_COVERAGE = 75.0  # and so is one whose coverage is below this, in %


class Counts(msgspec.Struct):
    """How the questions of a part were answered (visible, scored questions only)."""

    applicable: int = 0  # visible and not N/A
    scored: int = 0  # contribute to the score
    answered: int = 0  # have an answer other than N/A (don't know included)
    na: int = 0
    dk: int = 0
    unanswered: int = 0
    hidden: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__struct_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def any_scored_question(self) -> bool:
        """Whether the part holds scored questions at all (a context-only section does not)."""
        return bool(self.applicable or self.na or self.hidden)

    @property
    def coverage(self) -> float | None:
        """Share of applicable questions whose answer counts in the score, in %."""
        return None if self.applicable == 0 else self.scored / self.applicable * 100.0

    @property
    def provisional(self) -> bool:
        """Whether a figure drawn from these answers is provisional: answers are missing from it and what
        counts is thin (at most :data:`PROVISIONAL_COUNTED` questions, or a coverage under
        :data:`PROVISIONAL_COVERAGE`). A part whose every applicable question counts is never provisional,
        however small: more answers cannot change it."""
        if self.applicable == 0 or self.scored >= self.applicable:
            return False
        return self.scored <= PROVISIONAL_COUNTED or self.coverage < PROVISIONAL_COVERAGE

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__struct_fields__}


class QuestionResult(msgspec.Struct):
    id: str
    section_id: str
    kind: str
    scored: bool  # counts in scores (free text and context checklists do not)
    status: str  # hidden | unanswered | answered | na | dk
    score: float | None
    option: str | None  # scale option or level reached
    weight: float  # base weight × profile factor
    profile_factor: float
    counted: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "section": self.section_id,
            "kind": self.kind,
            "scored": self.scored,
            "status": self.status,
            "score": _r(self.score),
            "option": self.option,
            "weight": _r(self.weight, 4),
        }


class _Figures:
    """Coverage and gap, derived from a part's counts, score and target."""

    counts: Counts
    score: float | None
    target: float

    @property
    def coverage(self) -> float | None:
        return self.counts.coverage

    @property
    def gap(self) -> float | None:
        return None if self.score is None else max(0.0, self.target - self.score)


class NamedSection(Protocol):
    id: str
    title: LocalText
    parent_id: str | None
    depth: int


def section_keys(section: NamedSection, lang: str) -> dict[str, Any]:
    """What names a section in a command's JSON (a result's, a comparison's): its id, title, parent and depth."""
    return {"id": section.id, "title": section.title.get(lang), "parent": section.parent_id, "depth": section.depth}


class SectionResult(_Figures, msgspec.Struct):
    id: str
    title: LocalText
    parent_id: str | None
    depth: int
    weight: float
    score: float | None
    level: float | None
    band_id: str | None
    target: float
    counts: Counts
    children: list[str] = msgspec.field(default_factory=list)

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            **section_keys(self, lang),
            "weight": _r(self.weight, 4),
            "score": _r(self.score),
            "level": _r(self.level),
            "band": self.band_id,
            "coverage": _r(self.coverage),
            "target": _r(self.target),
            "gap": _r(self.gap),
            "counts": self.counts.as_dict(),
        }


class TagResult(msgspec.Struct):
    """The score of the questions that carry one tag, across sections (a second dimension of the model).

    ``label`` is the tag's declared label, or ``None`` for a tag the
    questionnaire uses without declaring it (then shown by its id).
    """

    id: str
    label: LocalText | None
    declared: bool
    score: float | None
    level: float | None
    counts: Counts

    def title(self, lang: str) -> str:
        return self.label.get(lang) if self.label else self.id

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.title(lang),
            "declared": self.declared,
            "score": _r(self.score),
            "level": _r(self.level),
            "coverage": _r(self.counts.coverage),
            "counts": self.counts.as_dict(),
        }


class RecommendationResult(msgspec.Struct):
    id: str
    question_id: str
    section_id: str
    recommendation: Recommendation
    weight: float
    profile_factor: float
    gap: float
    order: int  # document order, breaks ties

    @property
    def priority(self) -> float:
        return self.weight * self.gap * self.profile_factor

    def as_dict(self, lang: str) -> dict[str, Any]:
        rec = self.recommendation
        return {
            "id": self.id,
            "question": self.question_id,
            "section": self.section_id,
            "priority": _r(self.priority),
            "gap": _r(self.gap),
            "title": rec.title.get(lang),
            "why": rec.why.get(lang),
            "how": rec.how.get(lang),
            "effort": rec.effort.value,
            "impact": rec.impact.value,
            "horizon": rec.horizon.value,
        }


class CriterionHit(msgspec.Struct):
    criterion: Criterion
    value: float
    items: list[LocalText] = msgspec.field(default_factory=list)

    def reason(self, lang: str) -> str:
        crit = self.criterion
        threshold = crit.below if crit.below is not None else crit.at_least
        values = {
            "value": _plain(self.value, lang),
            "threshold": _plain(threshold, lang),
            "items": ", ".join(i.get(lang) for i in self.items),
        }
        return crit.reason.get(lang).format_map(values)


def _plain(value: float | None, lang: str) -> str:
    if value is None:
        return ""
    digits = 0 if abs(value - round(value)) < 0.05 or abs(value) >= 10 else 1
    return i18n.number(value, lang, digits)


class VerdictResult(msgspec.Struct):
    title: LocalText
    rule: VerdictRule | None
    hits: list[CriterionHit]
    undetermined: LocalText | None

    def reasons(self, lang: str) -> list[str]:
        return [hit.reason(lang) for hit in self.hits]

    def as_dict(self, lang: str) -> dict[str, Any]:
        if self.rule is None:
            fallback = "Verdict indéterminé" if lang == "fr" else "No verdict"
            label = self.undetermined.get(lang) if self.undetermined else fallback
            return {"title": self.title.get(lang), "id": None, "label": label, "meaning": None, "reasons": []}
        return {
            "title": self.title.get(lang),
            "id": self.rule.id,
            "label": self.rule.label.get(lang),
            "meaning": self.rule.meaning.get(lang) if self.rule.meaning else None,
            "reasons": self.reasons(lang),
        }


class KpiResult(msgspec.Struct):
    kpi: Kpi
    priority: bool

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "id": self.kpi.id,
            "label": self.kpi.label.get(lang),
            "why": self.kpi.why.get(lang) if self.kpi.why else None,
            "unit": self.kpi.unit.get(lang) if self.kpi.unit else None,
            "priority": self.priority,
        }


class AssessmentResult(_Figures, msgspec.Struct):
    questionnaire: Questionnaire
    score: float | None
    level: float | None
    band_id: str | None
    target: float
    counts: Counts
    sections: list[SectionResult]  # pre-order: parents before children
    questions: dict[str, QuestionResult]
    recommendations: list[RecommendationResult]  # highest priority first
    verdict: VerdictResult | None
    kpis: list[KpiResult]
    tags: list[TagResult] = msgspec.field(default_factory=list)  # every tag questions carry, declared ones first

    def section(self, section_id: str) -> SectionResult:
        return next(s for s in self.sections if s.id == section_id)

    @property
    def top_sections(self) -> list[SectionResult]:
        return [s for s in self.sections if s.parent_id is None]

    def as_dict(self, lang: str = "fr") -> dict[str, Any]:
        q = self.questionnaire
        band = q.band_for(self.score) if self.score is not None else None
        return {
            "questionnaire": {"id": q.id, "version": q.version, "title": q.title.get(lang)},
            "score": _r(self.score),
            "level": _r(self.level),
            "levels": q.top_level,  # the highest level's number: "level 3.4 of 5"
            "lowest_level": q.lowest_level if q.levels else None,
            "band": None if band is None else {"id": band.id, "label": band.label.get(lang)},
            "coverage": _r(self.coverage),
            "target": _r(self.target),
            "gap": _r(self.gap),
            "counts": self.counts.as_dict(),
            "sections": [s.as_dict(lang) for s in self.sections],
            "questions": [r.as_dict() for r in self.questions.values()],
            "recommendations": [r.as_dict(lang) for r in self.recommendations],
            "verdict": self.verdict.as_dict(lang) if self.verdict else None,
            "kpis": [k.as_dict(lang) for k in self.kpis],
            "tags": [t.as_dict(lang) for t in self.tags],
        }


class QuestionCount(msgspec.Struct, frozen=True):
    """The one count of an assessment's questions, which every face shows (issue 17): the wizard, the answer
    pane's « Question 3 of N » and progress bar, the Results tab, the command line and the report.

    *Asked* are the questions shown to this organisation: every question, of any kind, that its profile and
    earlier answers make visible. *Answered* are those with an answer, N/A and « don't know » included (the
    progress). The coverage is over the *applicable* ones, asked, scored and not N/A, and counts those whose
    answer enters the score: a « don't know » lowers it, an N/A takes the question out of it.
    """

    asked: int
    answered: int
    na: int
    dk: int
    applicable: int
    counted: int

    @property
    def unanswered(self) -> int:
        return self.asked - self.answered

    @property
    def unscored(self) -> int:
        """Asked questions no score reads (context questions: free text, figures kept for the report)."""
        return self.asked - self.applicable - self.na

    @property
    def coverage(self) -> float | None:
        """Share of the applicable questions whose answer counts in the score, in % (as :attr:`Counts.coverage`)."""
        return None if self.applicable == 0 else self.counted / self.applicable * 100.0


def question_count(result: AssessmentResult) -> QuestionCount:
    """How many questions this assessment asks, and how they were answered: :class:`QuestionCount`."""
    asked = [q for q in result.questions.values() if q.status != "hidden"]
    return QuestionCount(
        asked=len(asked),
        answered=sum(q.status != "unanswered" for q in asked),
        na=result.counts.na,
        dk=result.counts.dk,
        applicable=result.counts.applicable,
        counted=result.counts.scored,
    )
