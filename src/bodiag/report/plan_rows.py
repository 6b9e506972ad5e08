"""The recommendations table's rows, each drawn as one flowable: a line of columns, then why and how across them.

A recommendation reads as two rows of a seven-column table — rank, title and
where, effort, impact, horizon, then the blank owner and deadline to fill in;
below, why and how across all but the rank — kept together. Laid out by
reportlab's table, that needs a row span and a column span per recommendation,
which the table sizes and resolves again at every page the list runs over. Here
a one-column table holds one :class:`RecommendationRow` per recommendation
(and :class:`ColumnHeads` as its repeated heading row): each row places its
cells itself, with the same paddings, alignment and drawing order as the seven
columns, so the page reads (and its text extracts) the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class Grid:
    """The columns' widths, the cells' paddings and the face of the plain-string cells."""

    widths: Sequence[float]
    font: str
    size: float
    leading: float
    colour: Color
    side: float = 3  # left and right padding
    top: float = 4
    bottom: float = 4

    def x(self, column: int) -> float:
        return sum(self.widths[:column])


def _canvas(flowable: Flowable) -> Canvas | None:
    """The canvas reportlab sets on a flowable while it wraps or draws it; a split is asked without one."""
    return getattr(flowable, "canv", None)


def _stack_height(flowables: Sequence[Flowable], canvas: Canvas | None, width: float) -> float:
    """The height of ``flowables`` one above the other in a cell ``width`` wide, as a table cell sums it."""
    total, first_before, after = 0.0, None, 0.0
    for f in flowables:
        _, h = f.wrapOn(canvas, width, 72000)
        before, after = f.getSpaceBefore(), f.getSpaceAfter()
        total += h + before + after
        if first_before is None:
            first_before = before
    return total - (first_before or 0) - after if flowables else 0.0


def _draw_stack(flowables: Sequence[Flowable], canvas: Canvas, x: float, top: float, width: float) -> None:
    """``flowables`` from ``top`` down at ``x``, as a table cell aligned at its top draws them."""
    y = top + (flowables[0].getSpaceBefore() if flowables else 0)
    for f in flowables:
        _, h = f.wrapOn(canvas, width, 72000)
        y -= f.getSpaceBefore() + h
        f.drawOn(canvas, x, y)
        y -= f.getSpaceAfter()


class ColumnHeads(Flowable):
    """The heading row: one paragraph per column, at the columns' places."""

    def __init__(self, heads: Sequence[Flowable], grid: Grid):
        super().__init__()
        self.heads, self.grid = list(heads), grid

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        g = self.grid
        tallest = max(_stack_height([h], _canvas(self), w - 2 * g.side) for h, w in zip(self.heads, g.widths))
        self.width, self.height = sum(g.widths), tallest + g.top + g.bottom
        return self.width, self.height

    def draw(self) -> None:
        g = self.grid
        for column, (head, w) in enumerate(zip(self.heads, g.widths)):
            _draw_stack([head], self.canv, g.x(column) + g.side, self.height - g.top, w - 2 * g.side)


class RecommendationRow(Flowable):
    """One recommendation: its columns on a first line (``cells``: flowables or plain strings), ``blank`` columns
    at the end on a ``panel``, parted by ``rule`` lines; then ``below`` across every column but the first.

    ``below_top`` and ``below_bottom`` are the paddings of that second part. A row is kept whole on a page, as
    the two table rows it stands for were; only one taller than ``page`` (texts of a questionnaire far longer
    than ours) is cut, its first line and what a page holds of ``below`` first, the rest continued below the
    next page's heading row (``cells`` None: no first line).
    """

    def __init__(self, cells: Sequence[Sequence[Flowable] | str] | None, below: Sequence[Flowable], grid: Grid, *,
                 blank: int, panel: Color, rule: Color, below_top: float = 0, below_bottom: float = 7,
                 page: float = float("inf")):
        super().__init__()
        self.cells, self.below, self.grid = (list(cells) if cells is not None else None), list(below), grid
        self.blank, self.panel, self.rule = blank, panel, rule
        self.below_top, self.below_bottom, self.page = below_top, below_bottom, page
        self._first = 0.0

    def _below_width(self) -> float:
        return sum(self.grid.widths[1:]) - 2 * self.grid.side

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        g = self.grid
        first = 0.0
        for cell, w in zip(self.cells or (), g.widths):
            if isinstance(cell, str):
                content = g.leading * len(cell.split("\n"))
            else:
                content = _stack_height(cell, _canvas(self), w - 2 * g.side)
            first = max(first, content + g.top + g.bottom)
        below = _stack_height(self.below, _canvas(self), self._below_width()) + self.below_top + self.below_bottom
        self._first = first
        self.width, self.height = sum(g.widths), first + below
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        room = availHeight - self._first - self.below_top
        if self.height <= self.page or room <= 0:
            return []  # kept whole: on the next page
        width, head, rest = self._below_width(), [], list(self.below)
        while rest:
            f = rest[0]
            _, h = f.wrapOn(_canvas(self), width, 72000)
            before = f.getSpaceBefore() if head else 0
            if before + h <= room:
                head.append(rest.pop(0))
                room -= before + h + f.getSpaceAfter()
                continue
            pieces = f.split(width, room - before)
            if len(pieces) == 2:
                head.append(pieces[0])
                rest[0] = pieces[1]
            break
        if not head or not rest:
            return []
        options = {"blank": self.blank, "panel": self.panel, "rule": self.rule}
        return [RecommendationRow(self.cells, head, self.grid, **options, below_top=self.below_top, below_bottom=0),
                RecommendationRow(None, rest, self.grid, **options, below_top=self.grid.top, below_bottom=self.below_bottom,
                                  page=self.page)]

    def draw(self) -> None:
        g, c = self.grid, self.canv
        top, bottom = self.height, self.height - self._first
        c.saveState()
        if self.cells is not None:
            c.setFillColor(self.panel)
            left = g.x(len(g.widths) - self.blank)
            c.rect(left, bottom, self.width - left, self._first, stroke=0, fill=1)
            c.setFillColor(g.colour)
            c.setFont(g.font, g.size, g.leading)
            for column, (cell, w) in enumerate(zip(self.cells, g.widths)):
                x = g.x(column) + g.side
                if isinstance(cell, str):
                    y = top - g.top - g.size
                    for line in cell.split("\n") if cell else ():
                        c.drawString(x, y, line)
                        y -= g.leading
                else:
                    _draw_stack(cell, c, x, top - g.top, w - 2 * g.side)
        _draw_stack(self.below, c, g.x(1) + g.side, bottom - self.below_top, self._below_width())
        if self.cells is not None:
            c.setStrokeColor(self.rule)
            c.setLineWidth(0.3)
            c.setLineCap(1)
            for column in range(len(g.widths) - self.blank, len(g.widths)):
                c.line(g.x(column), bottom, g.x(column), top)
        c.restoreState()
