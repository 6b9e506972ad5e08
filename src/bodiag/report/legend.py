"""The band legend: each questionnaire's bands, their colour and score range, printed once where bands first appear.

Every part of the report colours a band the same way — the level figures, the
radar's points, the bars, the tables' chips and the verdicts all take the colour
from :func:`bodiag.report.data.band_colors` — so one legend, in the overview,
serves the whole report; the method appendix refers back to it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from bodiag.domain import i18n
from bodiag.report.data import ReportData, band_colors
from bodiag.report.markup import esc
from bodiag.report.styles import FRAME_WIDTH, Styles, rich, styled_table

TITLE_SHARE = 0.32  # of the frame's width: the questionnaire's name, the rest its bands


def band_legend(data: ReportData, styles: Styles) -> list[Flowable]:
    """The legend's heading, its note and one row per questionnaire (once each): a chip, the band's name, its range."""
    lang = data.lang
    rows: list[list] = []
    seen: set[str] = set()
    for a in data.assessments:
        q = a.questionnaire
        if q.id in seen or not q.bands:
            continue
        seen.add(q.id)
        colours = band_colors(q)
        bands = "   ".join(
            f"<font color='{colours[b.id]}'>■</font>\u00a0<b>{esc(b.label.get(lang))}</b>\u00a0"
            f"{esc(i18n.tr('band_range', lang, min=i18n.plain(b.min, lang), max=i18n.plain(b.max, lang)))}"
            for b in q.bands
        )
        rows.append([rich(esc(q.title.get(lang)), styles.cell_muted), rich(bands, styles.cell)])
    if not rows:
        return []
    table = styled_table(rows, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)], colWidths=[FRAME_WIDTH * TITLE_SHARE, FRAME_WIDTH * (1 - TITLE_SHARE)])
    return [rich(f"<b>{esc(i18n.tr('band_legend', lang))}</b>", styles.h3),
            rich(esc(i18n.tr("band_legend_note", lang)), styles.body_muted), table]
