"""Plain-text renderings of results for the terminal."""

from __future__ import annotations

from bodiag.domain.answers import format_number
from bodiag.domain.results import AssessmentResult
from bodiag.domain.vocabulary import HORIZON, LEVEL, label
from bodiag.storage.assessments import AssessmentRecord
from bodiag.storage.organisation import Organisation

BAR_WIDTH = 20


def _num(value: float | None, lang: str, digits: int = 1) -> str:
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def _bar(score: float | None) -> str:
    if score is None:
        return " " * BAR_WIDTH
    filled = round(score / 100 * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


WORDS = {
    "fr": {
        "assessment": "Évaluation",
        "score": "Score",
        "level": "niveau",
        "band": "palier",
        "coverage": "couverture",
        "target": "cible",
        "sections": "Sections",
        "priorities": "Priorités",
        "none": "aucune",
        "effort": "effort",
        "impact": "impact",
        "horizon": "horizon",
        "kpis": "Indicateurs à suivre",
        "priority": "prioritaire",
    },
    "en": {
        "assessment": "Assessment",
        "score": "Score",
        "level": "level",
        "band": "band",
        "coverage": "coverage",
        "target": "target",
        "sections": "Sections",
        "priorities": "Priorities",
        "none": "none",
        "effort": "effort",
        "impact": "impact",
        "horizon": "horizon",
        "kpis": "Indicators to track",
        "priority": "priority",
    },
}


def render_result(
    organisation: Organisation, assessment: AssessmentRecord, result: AssessmentResult, lang: str, top: int = 5
) -> str:
    w = WORDS[lang]
    q = result.questionnaire
    lines = [
        f"{organisation.name} — {q.title.get(lang)} (v{q.version})",
        f"{w['assessment']} {assessment.id} · {assessment.title}",
    ]
    band = q.band_for(result.score).label.get(lang) if result.score is not None else "—"
    level = f" · {w['level']} {_num(result.level, lang)}/{q.levels}" if q.levels else ""
    c = result.counts
    lines.append(
        f"{w['score']} {_num(result.score, lang)}/100{level} · {w['band']} {band} · "
        f"{w['coverage']} {_num(result.coverage, lang, 0)} % ({c.scored}/{c.applicable}) · "
        f"{w['target']} {format_number(result.target, lang)}"
    )
    if result.verdict is not None:
        verdict = result.verdict.as_dict(lang)
        lines.append(f"{verdict['title']} {verdict['label']}")
        lines += [f"  – {reason}" for reason in verdict["reasons"]]
    lines += ["", w["sections"]]
    sections = [s for s in result.sections if s.counts.any_scored_question]
    titles = [("  " * s.depth + s.title.get(lang)) for s in sections]
    width = min(48, max(len(t) for t in titles))
    for section, title in zip(sections, titles):
        if len(title) > width:
            title = title[: width - 1] + "…"
        band_label = q.band_for(section.score).label.get(lang) if section.score is not None else ""
        counts = f"{section.counts.scored}/{section.counts.applicable}"
        lines.append(
            f"  {title:<{width}}  {_num(section.score, lang):>5}  {_bar(section.score)}  {counts:>5}  {band_label}"
        )
    lines += ["", f"{w['priorities']} ({len(result.recommendations)})"]
    if not result.recommendations:
        lines.append(f"  {w['none']}")
    for rank, rec in enumerate(result.recommendations[:top], start=1):
        r = rec.recommendation
        lines.append(
            f"  {rank}. {r.title.get(lang)} [{rec.question_id}] — {w['effort']} {label(LEVEL, r.effort, lang)}, "
            f"{w['impact']} {label(LEVEL, r.impact, lang)}, {label(HORIZON, r.horizon, lang)}"
        )
    if result.kpis:
        lines += ["", w["kpis"]]
        for kpi in result.kpis:
            mark = f" ({w['priority']})" if kpi.priority else ""
            lines.append(f"  – {kpi.kpi.label.get(lang)}{mark}")
    return "\n".join(lines)
