"""What the dashboard shows, taken from the same result data as ``bodiag score --json``."""

from __future__ import annotations

from typing import Any

import msgspec

from bodiag.domain.results import AssessmentResult, QuestionCount, question_count
from bodiag.ui.i18n import tr


FALLBACK_BAND_COLORS = ["#d55e00", "#e69f00", "#f0e442", "#56b4e9", "#009e73"]


class SectionRow(msgspec.Struct, frozen=True):
    id: str
    title: str
    score: float | None
    band: str
    color: str | None
    coverage: float | None
    target: float
    gap: float | None
    provisional: bool = False  # drawn from too few answers, as the report marks it


class DashboardData(msgspec.Struct, frozen=True):
    title: str
    score: float | None
    level: float | None
    levels: int | None
    band: str
    band_color: str | None
    coverage: float | None
    scored: int
    applicable: int
    target: float
    sections: list[SectionRow]
    provisional: bool  # the overall score is drawn from too few answers (the report's rule)
    verdict: dict[str, Any] | None
    priorities: list[dict[str, Any]] = msgspec.field(default_factory=list)
    priority_count: int = 0
    kpis: list[dict[str, Any]] = msgspec.field(default_factory=list)
    questions: QuestionCount | None = None  # the one count the answer pane and the wizard show too


def band_colors(result: AssessmentResult) -> dict[str, str]:
    bands = result.questionnaire.bands
    return {
        band.id: band.color or FALLBACK_BAND_COLORS[min(i * len(FALLBACK_BAND_COLORS) // len(bands), 4)]
        for i, band in enumerate(bands)
    }


def dashboard_data(result: AssessmentResult, lang: str, top: int = 5) -> DashboardData:
    data = result.as_dict(lang)
    colors = band_colors(result)
    band_labels = {b.id: b.label.get(lang) for b in result.questionnaire.bands}
    rows = [
        SectionRow(
            id=s["id"],
            title=s["title"],
            score=s["score"],
            band=band_labels.get(s["band"], "") if s["band"] else "",
            color=colors.get(s["band"]) if s["band"] else None,
            coverage=s["coverage"],
            target=s["target"],
            gap=s["gap"],
            provisional=s["score"] is not None and section.counts.provisional,
        )
        for section, s in zip(result.sections, data["sections"])
        if section.parent_id is None and section.counts.any_scored_question
    ]
    band = data["band"]
    return DashboardData(
        title=data["questionnaire"]["title"],
        score=data["score"],
        level=data["level"],
        levels=data["levels"],
        band=band["label"] if band else "",
        band_color=colors.get(band["id"]) if band else None,
        coverage=data["coverage"],
        scored=data["counts"]["scored"],
        applicable=data["counts"]["applicable"],
        target=data["target"],
        sections=rows,
        provisional=data["score"] is not None and result.counts.provisional,
        verdict=data["verdict"],
        priorities=data["recommendations"][:top],
        priority_count=len(data["recommendations"]),
        kpis=data["kpis"],
        questions=question_count(result),
    )


def questions_line(count: QuestionCount) -> str:
    """How the coverage's figures relate to the answer pane's « of N »: the same count, explained."""
    return (tr("%1 questions asked, %2 answered (of which not applicable: %3, don't know: %4); the coverage is "
               "over the %5 that apply and are scored")
            .replace("%1", str(count.asked)).replace("%2", str(count.answered)).replace("%3", str(count.na))
            .replace("%4", str(count.dk)).replace("%5", str(count.applicable)))
