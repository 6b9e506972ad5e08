"""The target vision as a radar: each part's level today (filled) beside its target (dashed), for the PDF and the DOCX.

Both renderers draw the chart from the same items and describe it with the same
alternative text, naming today and the target of every part; the table below the
chart gives the same figures (and the gap and ambition) for readers who cannot see it.
"""

from __future__ import annotations

from bodiag.domain import i18n
from bodiag.domain.vision import QuestionnaireVision
from bodiag.report.charts import ChartItem
from bodiag.report.texts import vision_figures

MIN_AXES = 3  # below three parts a radar has no shape: the table says it alone


def vision_items(vision: QuestionnaireVision, lang: str) -> list[ChartItem]:
    """One axis per part: the score today and the target score, labelled « today → target » on the
    questionnaire's scale (levels where it has levels, else out of 100)."""
    items = []
    for part in vision.parts:
        today, target, _ = vision_figures(part, vision.levels)
        figure = f"{i18n.number(today, lang)} → {i18n.number(target, lang)}"
        items.append(ChartItem(label=part.title, score=part.score, target=part.target, color=None, figure=figure))
    return items


def legend(lang: str) -> tuple[str, str]:
    """« Aujourd’hui / Cible »: the names of the chart's two outlines."""
    return i18n.tr("vis_today", lang), i18n.tr("vis_target", lang)


def vision_alt(vision: QuestionnaireVision, lang: str) -> str:
    """The chart in words: for each part, today and the target, on the questionnaire's scale."""
    scale = i18n.tr("vis_of_levels", lang, levels=vision.levels) if vision.levels else i18n.tr("vis_of_100", lang)
    parts = []
    for part in vision.parts:
        today, target, _ = vision_figures(part, vision.levels)
        parts.append(i18n.tr("alt_vision_item", lang, title=part.title,
                             current=i18n.number(today, lang), target=i18n.number(target, lang)))
    return i18n.tr("alt_vision", lang, title=vision.title, label=scale, items=i18n.list_separator(lang).join(parts))
