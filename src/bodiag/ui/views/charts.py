"""The dashboard's painted charts: the radar of sections and the bars per section.

The radar's geometry comes from :mod:`bodiag.report.geometry`, the module the PDF
report draws its radar with, so both show the same shape. No QtCharts.
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodiag.domain.chart_geometry import Point, RadarGeometry
from bodiag.ui import defs, formats, theme


ACCENT = QColor(theme.ACCENT)
TARGET = QColor("#c0392b")
NO_SCORE = QColor("#9aa0a6")
BEFORE = QColor("#8a8f98")


class ChartItem(msgspec.Struct, frozen=True):
    label: str
    score: float | None
    target: float | None
    color: str | None  # band colour
    before: float | None = None  # an earlier assessment's score, drawn under this one
    figure: str | None = None  # what the label says after the name; None: the score


def _qpoint(p: Point) -> QPointF:
    return QPointF(p.x, p.y)


class RadarWidget(QWidget):
    """Scores of the top sections on a radar, with the target as a dashed outline.

    With a ``legend`` (the names of the scores and of the target, « Aujourd’hui / Cible »
    on the target vision) a line below the chart names both outlines.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[ChartItem] = []
        self.legend: tuple[str, str] | None = None
        self.setMinimumSize(defs.RADAR_MIN_SIZE, defs.RADAR_MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_items(self, items: list[ChartItem], description: str, legend: tuple[str, str] | None = None) -> None:
        self.items = items
        self.legend = legend
        self.setAccessibleDescription(description)
        self.update()

    def outlines(self, geometry: RadarGeometry) -> tuple[list[Point], list[Point]]:
        """The two shapes the widget draws: the scores (filled) and the targets (dashed)."""
        return (geometry.polygon([item.score for item in self.items]),
                geometry.polygon([item.target for item in self.items]))

    def _legend_height(self) -> int:
        return self.fontMetrics().lineSpacing() + 8 if self.legend else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(460, 400)

    def geometry_for(self, width: float, height: float) -> RadarGeometry:
        metrics = self.fontMetrics()  # room for the labels around the radar, in the type they are drawn in
        margin = max(120, 14 * metrics.averageCharWidth())
        above_below = 2 * (2 * metrics.lineSpacing() + 10)  # two lines of label at the top and at the bottom
        height -= self._legend_height()
        radius = max(20.0, min(width - 2 * margin, height - above_below) / 2)
        return RadarGeometry(len(self.items), Point(width / 2, height / 2), radius, y_down=True, label_gap=10)

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        if len(self.items) < 3:
            return  # a radar needs three axes; the bars say the same
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        geometry = self.geometry_for(self.width(), self.height())
        text = self.palette().windowText().color()
        grid = QColor(text)
        grid.setAlphaF(0.18)
        painter.setPen(QPen(grid, 1))
        for ring in geometry.rings():
            painter.drawPolygon(QPolygonF([_qpoint(p) for p in ring]))
        center = _qpoint(geometry.center)
        for axis in geometry.axes:
            painter.drawLine(center, _qpoint(axis.end))

        values, target = self.outlines(geometry)
        painter.setPen(QPen(TARGET, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(target) >= 3:
            painter.drawPolygon(QPolygonF([_qpoint(p) for p in target]))

        before = geometry.polygon([item.before for item in self.items])
        if len(before) >= 3:
            shade = QColor(BEFORE)
            shade.setAlphaF(0.15)
            painter.setPen(QPen(BEFORE, 1.5))
            painter.setBrush(shade)
            painter.drawPolygon(QPolygonF([_qpoint(p) for p in before]))

        fill = QColor(ACCENT)
        fill.setAlphaF(0.22)
        painter.setPen(QPen(ACCENT, 2))
        painter.setBrush(fill)
        if len(values) >= 3:
            painter.drawPolygon(QPolygonF([_qpoint(p) for p in values]))
        elif len(values) == 2:
            painter.drawLine(_qpoint(values[0]), _qpoint(values[1]))
        for item, axis in zip(self.items, geometry.axes):
            if item.score is None:
                continue
            point = geometry.point(axis.index, item.score)
            painter.setBrush(QColor(item.color or ACCENT.name()))
            painter.setPen(QPen(ACCENT, 1))
            painter.drawEllipse(_qpoint(point), 4, 4)

        painter.setPen(text)
        axes = geometry.axes
        for index, (item, axis) in enumerate(zip(self.items, axes)):
            score = item.figure if item.figure is not None else formats.score(item.score)
            # a label centred on its axis (top, bottom) stays between its neighbours' labels, which end at
            # their own anchors
            neighbours = (axes[index - 1].label_anchor.x, axes[(index + 1) % len(axes)].label_anchor.x)
            room = 2 * min(abs(axis.label_anchor.x - x) for x in neighbours) - 12
            self._label(painter, axis.label_anchor, axis.align, item.label, score, room, geometry.center.y)
        if self.legend:
            self._draw_legend(painter, text)
        painter.end()

    def _draw_legend(self, painter: QPainter, text: QColor) -> None:
        """A filled square and the scores' name, a dashed stroke and the target's, centred at the bottom."""
        metrics = QFontMetrics(painter.font())
        score, target = self.legend
        total = 16 + metrics.horizontalAdvance(score) + 24 + 26 + metrics.horizontalAdvance(target)
        x = (self.width() - total) / 2
        middle = self.height() - self._legend_height() / 2
        fill = QColor(ACCENT)
        fill.setAlphaF(0.22)
        painter.setPen(QPen(ACCENT, 1.5))
        painter.setBrush(fill)
        painter.drawRect(QRectF(x, middle - 5, 10, 10))
        painter.setPen(text)
        painter.drawText(QPointF(x + 16, middle + metrics.ascent() / 2 - 1), score)
        x += 16 + metrics.horizontalAdvance(score) + 24
        painter.setPen(QPen(TARGET, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, middle), QPointF(x + 20, middle))
        painter.setPen(text)
        painter.drawText(QPointF(x + 26, middle + metrics.ascent() / 2 - 1), target)

    def _label(self, painter: QPainter, anchor: Point, align: str, label: str, score: str,
               room: float | None = None, middle: float | None = None) -> None:
        """The section's name on up to two lines and its score, kept inside the widget."""
        metrics = QFontMetrics(painter.font())
        edge = 4.0
        if align == "right":
            width = anchor.x - edge
            left = edge
            flags = Qt.AlignmentFlag.AlignRight
        elif align == "left":
            width = self.width() - anchor.x - edge
            left = anchor.x
            flags = Qt.AlignmentFlag.AlignLeft
        else:
            width = min(self.width() - 2 * edge, max(220.0, 16.0 * metrics.averageCharWidth()))
            if room is not None and room > 0:
                width = min(width, room)
            left = anchor.x - width / 2
            flags = Qt.AlignmentFlag.AlignHCenter
        width = max(40.0, width)
        text, lines = fit_label(metrics, label, score, int(width), flags)
        height = metrics.lineSpacing() * lines
        top = anchor.y - height / 2
        middle = self.height() / 2 if middle is None else middle
        if abs(anchor.y - middle) > middle - 40:  # top or bottom label: grow outwards
            top = anchor.y - height if anchor.y < middle else anchor.y
        rect = QRectF(left, top, width, height)
        painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter), text)


def fit_label(metrics: QFontMetrics, label: str, score: str, width: int, flags: Qt.AlignmentFlag) -> tuple[str, int]:
    """The label and its score on at most two lines of ``width``: the name shortened with « … » until it fits
    (word wrapping can need a third line where the widths alone say two), the score always whole."""
    wrap = int(flags | Qt.TextFlag.TextWordWrap)
    spacing = metrics.lineSpacing()
    text = f"{label}  {score}"
    budget = width * 2 - metrics.horizontalAdvance(score) - 20
    while metrics.boundingRect(0, 0, width, 10_000, wrap, text).height() > 2 * spacing and budget > 0:
        text = f"{metrics.elidedText(label, Qt.TextElideMode.ElideRight, budget)}  {score}"
        budget -= max(8, metrics.averageCharWidth())
    lines = 1 if metrics.boundingRect(0, 0, width, 10_000, wrap, text).height() <= spacing else 2
    return text, lines


class BarsWidget(QWidget):
    """One horizontal bar per section in its band colour, with the target as a tick."""

    ROW = 30
    LABEL_WIDTH = 230

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[ChartItem] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: list[ChartItem], description: str) -> None:
        self.items = items
        self.setAccessibleDescription(description)
        self.setFixedHeight(max(self.ROW, self.ROW * len(items)) + 8)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        metrics = QFontMetrics(painter.font())
        label_width = min(self.LABEL_WIDTH, self.width() // 3)
        bar_left = label_width + 12
        bar_width = max(40, self.width() - bar_left - 60)
        track = QColor(text)
        track.setAlphaF(0.08)
        for row, item in enumerate(self.items):
            top = 4 + row * self.ROW
            painter.setPen(text)
            label = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRectF(0, top, label_width, self.ROW - 8), Qt.AlignmentFlag.AlignVCenter, label)
            bar = QRectF(bar_left, top + 6, bar_width, self.ROW - 14)
            path = QPainterPath()
            path.addRoundedRect(bar, 3, 3)
            painter.fillPath(path, track)
            if item.score is not None:
                filled = QRectF(bar.left(), bar.top(), bar.width() * item.score / 100, bar.height())
                path = QPainterPath()
                path.addRoundedRect(filled, 3, 3)
                painter.fillPath(path, QColor(item.color or ACCENT.name()))
            if item.target is not None:
                x = bar.left() + bar.width() * item.target / 100
                painter.setPen(QPen(TARGET, 2))
                painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
            painter.setPen(text if item.score is not None else NO_SCORE)
            score = formats.score(item.score)
            painter.drawText(QRectF(bar.right() + 8, top, 50, self.ROW - 8), Qt.AlignmentFlag.AlignVCenter, score)
        painter.end()
