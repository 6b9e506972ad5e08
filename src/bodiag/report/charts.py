"""Vector charts drawn straight on the PDF canvas: the radar of sections and the bars per section.

The radar's shape comes from :mod:`bodiag.report.geometry`, the module the
desktop app's painted radar uses, so both show the same figure. Below three
sections there is no radar: the bars say the same.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from bodiag.report import i18n
from bodiag.report.document import fit
from bodiag.report.fonts import FONTS
from bodiag.report.geometry import Point, RadarGeometry
from bodiag.report.markup import esc, one_line
from bodiag.report.styles import ACCENT, FAINT, INK, MUTED, NO_SCORE, PANEL, RULE, TARGET, color

LABEL_SIZE = 7.6
LABEL_LEADING = 9.2


@dataclass(frozen=True)
class ChartItem:
    label: str
    score: float | None
    target: float
    color: str | None  # band colour


def wrap_words(text: str, font: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    """``text`` in lines of at most ``width`` points; the last line ends with … if it had to be cut."""
    words = one_line(text).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    lines = [fit(line, font, size, width) for line in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit(lines[-1] + " …", font, size, width) if not lines[-1].endswith("…") else lines[-1]
        if not lines[-1].endswith("…"):
            lines[-1] = fit(lines[-1] + "…", font, size, width)
    return lines


class RadarChart(Flowable):
    """Section scores (filled) against the target (dashed red) on a radar, with a small legend."""

    LABEL_WIDTH = 116
    LEGEND_HEIGHT = 18

    def __init__(self, items: list[ChartItem], width: float, height: float, lang: str):
        super().__init__()
        self.items = items
        self.width = width
        self.height = height
        self.lang = lang

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def geometry(self) -> RadarGeometry:
        label_h = 4 * LABEL_LEADING
        chart_h = self.height - self.LEGEND_HEIGHT
        radius = max(30.0, min(self.width / 2 - self.LABEL_WIDTH - 8, chart_h / 2 - label_h - 6))
        center = Point(self.width / 2, self.LEGEND_HEIGHT + chart_h / 2)
        return RadarGeometry(len(self.items), center, radius, y_down=False, label_gap=7)

    def draw(self) -> None:
        c = self.canv
        g = self.geometry()
        c.saveState()
        c.setLineWidth(0.5)
        c.setStrokeColor(RULE)
        for ring in g.rings():
            _polygon(c, ring, stroke=True)
        for axis in g.axes:
            c.line(g.center.x, g.center.y, axis.end.x, axis.end.y)
        c.setFont(FONTS.condensed, 6.2)
        c.setFillColor(FAINT)
        for step in (25, 50, 75):
            p = g.point(0, step)
            c.drawString(p.x + 2.5, p.y + 1.5, i18n.plain(step, self.lang))

        c.setStrokeColor(TARGET)
        c.setLineWidth(1.1)
        c.setDash(3.5, 2.5)
        _polygon(c, g.polygon([i.target for i in self.items]), stroke=True)
        c.setDash()

        values = g.polygon([i.score for i in self.items])
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.6)
        c.setFillColor(ACCENT, alpha=0.18)
        if len(values) >= 3:
            _polygon(c, values, stroke=True, fill=True)
        elif len(values) == 2:
            c.line(values[0].x, values[0].y, values[1].x, values[1].y)
        c.setFillAlpha(1)
        c.setLineWidth(0.8)
        for item, axis in zip(self.items, g.axes):
            if item.score is None:
                continue
            p = g.point(axis.index, item.score)
            c.setFillColor(color(item.color))
            c.circle(p.x, p.y, 2.9, stroke=1, fill=1)

        for item, axis in zip(self.items, g.axes):
            self._label(c, axis, item)
        self._legend(c)
        c.restoreState()

    def _label(self, c, axis, item: ChartItem) -> None:  # noqa: ANN001
        lines = wrap_words(item.label, FONTS.condensed, LABEL_SIZE, self.LABEL_WIDTH, max_lines=3)
        score = i18n.score(item.score, self.lang)
        block = len(lines) + 1
        height = block * LABEL_LEADING
        a = axis.label_anchor
        # the block sits above the anchor on the top axis, below it on the bottom one, centred between
        top = a.y + (height - 4) * (1 + math.cos(axis.angle)) / 2 + (-1 if axis.valign == "below" else 0)
        draw = {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[axis.align]
        c.setFillColor(INK)
        c.setFont(FONTS.condensed, LABEL_SIZE)
        y = top - LABEL_SIZE
        for line in lines:
            draw(a.x, y, line)
            y -= LABEL_LEADING
        c.setFont(FONTS.condensed_bold, LABEL_SIZE + 0.4)
        c.setFillColor(NO_SCORE if item.score is None else INK)
        draw(a.x, y, score)

    def _legend(self, c) -> None:  # noqa: ANN001
        c.setFont(FONTS.condensed, 7.4)
        score, target = i18n.tr("legend_score", self.lang), i18n.tr("legend_target", self.lang)
        total = 14 + stringWidth(score, FONTS.condensed, 7.4) + 24 + 18 + stringWidth(target, FONTS.condensed, 7.4)
        x = (self.width - total) / 2
        y = 4
        c.setFillColor(ACCENT, alpha=0.25)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1)
        c.rect(x, y - 1, 9, 7, stroke=1, fill=1)
        c.setFillAlpha(1)
        c.setFillColor(MUTED)
        c.drawString(x + 14, y, score)
        x += 14 + stringWidth(score, FONTS.condensed, 7.4) + 24
        c.setStrokeColor(TARGET)
        c.setLineWidth(1.1)
        c.setDash(3.5, 2.5)
        c.line(x, y + 2.5, x + 14, y + 2.5)
        c.setDash()
        c.drawString(x + 18, y, target)


def _polygon(c, points: list[Point], *, stroke: bool = False, fill: bool = False) -> None:  # noqa: ANN001
    if len(points) < 2:
        return
    path = c.beginPath()
    path.moveTo(points[0].x, points[0].y)
    for p in points[1:]:
        path.lineTo(p.x, p.y)
    path.close()
    c.drawPath(path, stroke=1 if stroke else 0, fill=1 if fill else 0)


class SectionBars(Flowable):
    """One horizontal bar per section in its band colour, the target as a red tick, the score at the end.

    Splits between rows, so any number of sections fits.
    """

    def __init__(self, items: list[ChartItem], lang: str, *, label_style, row: float = 19, label_share: float = 0.38, indent: list[int] | None = None):  # noqa: ANN001
        super().__init__()
        self.items = items
        self.lang = lang
        self.label_style = label_style
        self.row = row
        self.label_share = label_share
        self.indent = indent or [0] * len(items)
        self._rows: list[tuple[Paragraph, float]] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        label_w = availWidth * self.label_share
        self._rows = []
        for item, depth in zip(self.items, self.indent):
            p = Paragraph(esc(item.label), self.label_style)
            _, h = p.wrap(label_w - 10 * depth, 1000)
            self._rows.append((p, max(self.row, h + 6)))
        self.height = sum(h for _, h in self._rows) + 2
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        used, count = 0.0, 0
        for _, h in self._rows:
            if used + h > availHeight:
                break
            used += h
            count += 1
        if count == 0:
            return []
        head = SectionBars(self.items[:count], self.lang, label_style=self.label_style, row=self.row, label_share=self.label_share, indent=self.indent[:count])
        tail = SectionBars(self.items[count:], self.lang, label_style=self.label_style, row=self.row, label_share=self.label_share, indent=self.indent[count:])
        return [head, tail]

    def draw(self) -> None:
        c = self.canv
        label_w = self.width * self.label_share
        bar_x = label_w + 6
        score_w = 34
        bar_w = self.width - bar_x - score_w
        y = self.height
        for (p, h), item, depth in zip(self._rows, self.items, self.indent):
            y -= h
            _, ph = p.wrap(label_w - 10 * depth, 1000)
            p.drawOn(c, 10 * depth, y + (h - ph) / 2)
            bar_h = min(9.0, h - 8)
            by = y + (h - bar_h) / 2
            c.setFillColor(PANEL)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.roundRect(bar_x, by, bar_w, bar_h, 1.5, stroke=1, fill=1)
            if item.score is not None and item.score > 0:
                fill: Color = color(item.color)
                c.setFillColor(fill)
                c.setStrokeColor(fill.clone(alpha=1))
                c.roundRect(bar_x, by, max(2.0, bar_w * min(item.score, 100) / 100), bar_h, 1.5, stroke=0, fill=1)
            tx = bar_x + bar_w * min(max(item.target, 0), 100) / 100
            c.setStrokeColor(TARGET)
            c.setLineWidth(1.4)
            c.line(tx, by - 2.5, tx, by + bar_h + 2.5)
            c.setFont(FONTS.condensed_bold, 8.2)
            c.setFillColor(NO_SCORE if item.score is None else INK)
            c.drawRightString(self.width, by + bar_h / 2 - 2.8, i18n.score(item.score, self.lang))
