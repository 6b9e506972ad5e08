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

from bodiag.domain import i18n
from bodiag.domain.chart_geometry import Point, RadarGeometry
from bodiag.report.document import fit
from bodiag.report.fonts import FONTS
from bodiag.report.markup import esc, one_line
from bodiag.report.styles import ACCENT, FAINT, FURNITURE_SIZE, INK, MUTED, NO_SCORE, PANEL, RULE, TARGET, color, rich

LABEL_SIZE = 7.6
LABEL_LEADING = 9.2


@dataclass(frozen=True)
class ChartItem:
    label: str
    score: float | None
    target: float | None  # None: no target drawn
    color: str | None  # band colour
    before: float | None = None  # the score then (evolution charts)
    figure: str | None = None  # what the label says under the name; None: the score


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
    """Section scores (filled) against the target (dashed red) on a radar, with a small legend.

    ``legend`` names the two series (« Score / Cible » by default; the target vision says
    « Aujourd’hui / Cible »).
    """

    LABEL_WIDTH = 116
    LEGEND_HEIGHT = 18

    def __init__(self, items: list[ChartItem], width: float, height: float, lang: str, *,
                 legend: tuple[str, str] | None = None):
        super().__init__()
        self.items = items
        self.width = width
        self.height = height
        self.lang = lang
        self.legend = legend or (i18n.tr("legend_score", lang), i18n.tr("legend_target", lang))

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def geometry(self) -> RadarGeometry:
        label_h = 4 * LABEL_LEADING
        chart_h = self.height - self.LEGEND_HEIGHT
        radius = max(30.0, min(self.width / 2 - self.LABEL_WIDTH - 8, chart_h / 2 - label_h - 6))
        center = Point(self.width / 2, self.LEGEND_HEIGHT + chart_h / 2)
        return RadarGeometry(len(self.items), center, radius, y_down=False, label_gap=7)

    def outlines(self, g: RadarGeometry) -> tuple[list[Point], list[Point]]:
        """The two shapes the chart draws: the scores (filled) and the targets (dashed)."""
        return g.polygon([i.score for i in self.items]), g.polygon([i.target for i in self.items])

    def draw(self) -> None:
        c = self.canv
        g = self.geometry()
        scores, targets = self.outlines(g)
        c.saveState()
        self._grid(c, g)

        c.setStrokeColor(TARGET)
        c.setLineWidth(1.1)
        c.setDash(3.5, 2.5)
        _polygon(c, targets, stroke=True)
        c.setDash()

        _scores(c, scores, ACCENT, ACCENT, 0.18, 1.6)
        c.setLineWidth(0.8)
        for item, axis in zip(self.items, g.axes):
            if item.score is not None:
                self._score_dot(c, g, axis, item)
        self._labels(c, g)
        c.restoreState()

    @staticmethod
    def _score_dot(c, g: RadarGeometry, axis, item: ChartItem) -> None:  # noqa: ANN001
        """An item's score on its axis, a dot in the item's colour."""
        p = g.point(axis.index, item.score)
        c.setFillColor(color(item.color))
        c.circle(p.x, p.y, 2.9, stroke=1, fill=1)

    def _labels(self, c, g: RadarGeometry) -> None:  # noqa: ANN001
        """Each axis's label, then the legend."""
        for item, axis in zip(self.items, g.axes):
            self._label(c, axis, item)
        self._legend(c)

    def _grid(self, c, g: RadarGeometry) -> None:  # noqa: ANN001
        c.setLineWidth(0.5)
        c.setStrokeColor(RULE)
        for ring in g.rings():
            _polygon(c, ring, stroke=True)
        for axis in g.axes:
            c.line(g.center.x, g.center.y, axis.end.x, axis.end.y)
        c.setFont(FONTS.condensed, FURNITURE_SIZE)
        c.setFillColor(FAINT)
        for step in (25, 50, 75):
            p = g.point(0, step)
            c.drawString(p.x + 2.5, p.y + 1.5, i18n.plain(step, self.lang))

    def _figure(self, item: ChartItem) -> str:
        return item.figure if item.figure is not None else i18n.score(item.score, self.lang)

    def label_width(self, axis) -> float:  # noqa: ANN001
        """How wide ``axis``'s label may be: a label centred on the top or bottom axis stays between its
        neighbours' labels, which end (or start) at their own anchors; the others have the full width."""
        axes = self.geometry().axes
        if axis.align != "center" or len(axes) < 3:
            return self.LABEL_WIDTH
        neighbours = (axes[axis.index - 1].label_anchor.x, axes[(axis.index + 1) % len(axes)].label_anchor.x)
        room = 2 * min(abs(axis.label_anchor.x - x) for x in neighbours) - 8
        return max(48.0, min(self.LABEL_WIDTH, room))

    def _label(self, c, axis, item: ChartItem) -> None:  # noqa: ANN001
        lines = wrap_words(item.label, FONTS.condensed, LABEL_SIZE, self.label_width(axis), max_lines=3)
        score = self._figure(item)
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
        c.setFillColor(MUTED if item.score is None else INK)
        draw(a.x, y, score)

    def _legend(self, c) -> None:  # noqa: ANN001
        c.setFont(FONTS.condensed, FURNITURE_SIZE)
        score, target = self.legend
        total = 14 + stringWidth(score, FONTS.condensed, FURNITURE_SIZE) + 24 + 18 + stringWidth(target, FONTS.condensed, FURNITURE_SIZE)
        x = (self.width - total) / 2
        y = 4
        x = _legend_swatch(c, x, y, score, ACCENT, ACCENT, 0.25)
        c.setStrokeColor(TARGET)
        c.setLineWidth(1.1)
        c.setDash(3.5, 2.5)
        c.line(x, y + 2.5, x + 14, y + 2.5)
        c.setDash()
        c.drawString(x + 18, y, target)


def _legend_swatch(c, x: float, y: float, text: str, stroke, fill, alpha: float) -> float:  # noqa: ANN001
    """One entry of a radar's legend at ``x``: a small box in the series' colours, then its name; the ``x`` of the
    next entry."""
    c.setFillColor(fill, alpha=alpha)
    c.setStrokeColor(stroke)
    c.setLineWidth(1)
    c.rect(x, y - 1, 9, 7, stroke=1, fill=1)
    c.setFillAlpha(1)
    c.setFillColor(MUTED)
    c.drawString(x + 14, y, text)
    return x + 14 + stringWidth(text, FONTS.condensed, FURNITURE_SIZE) + 24


def _scores(c, shape: list[Point], stroke, fill, alpha: float, width: float) -> None:  # noqa: ANN001
    """A series of scores on a radar: a filled outline, or a line when only two axes have a score."""
    c.setStrokeColor(stroke)
    c.setLineWidth(width)
    c.setFillColor(fill, alpha=alpha)
    if len(shape) >= 3:
        _polygon(c, shape, stroke=True, fill=True)
    elif len(shape) == 2:
        c.line(shape[0].x, shape[0].y, shape[1].x, shape[1].y)
    c.setFillAlpha(1)


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
        # made once: a paragraph remembers its lines for the width it was last wrapped at (wrapped again to draw)
        self._labels = [rich(esc(item.label), label_style) for item in items]
        self._rows: list[tuple[Paragraph, float]] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        label_w = availWidth * self.label_share
        self._rows = []
        for p, depth in zip(self._labels, self.indent):
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
        head = type(self)(self.items[:count], self.lang, label_style=self.label_style, row=self.row, label_share=self.label_share, indent=self.indent[:count])
        tail = type(self)(self.items[count:], self.lang, label_style=self.label_style, row=self.row, label_share=self.label_share, indent=self.indent[count:])
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
            c.setFillColor(MUTED if item.score is None else INK)
            c.drawRightString(self.width, by + bar_h / 2 - 2.8, i18n.score(item.score, self.lang))


# -- evolution: the scores then under the scores now ---------------------------------------


class EvolutionRadar(RadarChart):
    """The section scores then (grey) under the scores now (filled), each axis labelled "then → now"."""

    def __init__(self, items: list[ChartItem], width: float, height: float, lang: str, *, then_label: str, now_label: str):
        super().__init__(items, width, height, lang)
        self.then_label = then_label
        self.now_label = now_label

    def _figure(self, item: ChartItem) -> str:
        return f"{i18n.score(item.before, self.lang)} → {i18n.score(item.score, self.lang)}"

    def draw(self) -> None:
        c = self.canv
        g = self.geometry()
        c.saveState()
        self._grid(c, g)
        for values, stroke, fill, alpha, width in (
            ([i.before for i in self.items], FAINT, NO_SCORE, 0.22, 1.2),
            ([i.score for i in self.items], ACCENT, ACCENT, 0.18, 1.6),
        ):
            _scores(c, g.polygon(values), stroke, fill, alpha, width)
        c.setLineWidth(0.8)
        for item, axis in zip(self.items, g.axes):
            if item.before is not None:
                p = g.point(axis.index, item.before)
                c.setFillColor(FAINT)
                c.circle(p.x, p.y, 2.0, stroke=0, fill=1)
            if item.score is not None:
                c.setStrokeColor(ACCENT)
                self._score_dot(c, g, axis, item)
        self._labels(c, g)
        c.restoreState()

    def _legend(self, c) -> None:  # noqa: ANN001
        size = FURNITURE_SIZE
        c.setFont(FONTS.condensed, size)
        then, now = fit(self.then_label, FONTS.condensed, size, self.width * 0.4), fit(self.now_label, FONTS.condensed, size, self.width * 0.4)
        total = 14 + stringWidth(then, FONTS.condensed, size) + 24 + 14 + stringWidth(now, FONTS.condensed, size)
        x = (self.width - total) / 2
        y = 4
        for text, stroke, fill, alpha in ((then, FAINT, NO_SCORE, 0.3), (now, ACCENT, ACCENT, 0.25)):
            x = _legend_swatch(c, x, y, text, stroke, fill, alpha)


class EvolutionBars(SectionBars):
    """Below three sections: per section, the score now (band colour) above the score then (grey)."""

    FIGURES_WIDTH = 64

    def draw(self) -> None:
        c = self.canv
        label_w = self.width * self.label_share
        bar_x = label_w + 6
        bar_w = self.width - bar_x - self.FIGURES_WIDTH
        y = self.height
        for (p, h), item, depth in zip(self._rows, self.items, self.indent):
            y -= h
            _, ph = p.wrap(label_w - 10 * depth, 1000)
            p.drawOn(c, 10 * depth, y + (h - ph) / 2)
            now_h, then_h, gap = 7.0, 4.0, 1.5
            now_y = y + (h + now_h + gap + then_h) / 2 - now_h
            then_y = now_y - gap - then_h
            c.setFillColor(PANEL)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.roundRect(bar_x, now_y, bar_w, now_h, 1.5, stroke=1, fill=1)
            if item.score is not None and item.score > 0:
                c.setFillColor(color(item.color))
                c.roundRect(bar_x, now_y, max(2.0, bar_w * min(item.score, 100) / 100), now_h, 1.5, stroke=0, fill=1)
            if item.before is not None and item.before > 0:
                c.setFillColor(NO_SCORE)
                c.rect(bar_x, then_y, max(2.0, bar_w * min(item.before, 100) / 100), then_h, stroke=0, fill=1)
            c.setFont(FONTS.condensed_bold, 8.2)
            c.setFillColor(INK)
            c.drawRightString(self.width, now_y + now_h / 2 - 2.8,
                              f"{i18n.score(item.before, self.lang)} → {i18n.score(item.score, self.lang)}")
