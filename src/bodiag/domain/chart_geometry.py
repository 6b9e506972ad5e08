"""Radar ("spider") chart geometry, shared by the PDF report and the desktop app.

Pure Python: no reportlab, no Qt. Both renderers draw the same shape from the
same numbers; only the y axis differs (``y_down`` for screens, up for PDF pages).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import msgspec


class Point(msgspec.Struct, frozen=True):
    x: float
    y: float


class RadarAxis(msgspec.Struct, frozen=True):
    index: int
    angle: float  # radians, clockwise from straight up as seen by the reader
    end: Point  # where the axis meets the outer ring (value 100)
    label_anchor: Point  # where its label goes, just outside the ring
    align: str  # how the label sits on its anchor: 'left', 'right' or 'center'
    valign: str = "middle"  # where the label block lies from its anchor, as the reader sees it: 'above', 'below', 'middle'


class RadarGeometry:
    """Axes, rings and polygons of a radar with ``axes`` axes, values from 0 to 100."""

    def __init__(self, axes: int, center: Point, radius: float, *, y_down: bool = True, label_gap: float = 8.0):
        """``axes`` axes around ``center``; ``y_down`` for screen coordinates (Qt), False for PDF pages.

        Fewer than three axes make no polygon: the geometry still answers (one
        axis points up, two point up and down) but renderers show bars instead.
        """
        if axes < 0:
            raise ValueError("a radar cannot have a negative number of axes")
        if radius < 0:
            raise ValueError("a radar cannot have a negative radius")
        self.count = axes
        self.center = center
        self.radius = radius
        self.y_down = y_down
        self.label_gap = label_gap
        self.axes = [self._axis(i) for i in range(axes)]

    def _angle(self, index: int) -> float:
        return 2 * math.pi * index / self.count if self.count else 0.0

    def _at(self, angle: float, distance: float) -> Point:
        dx = math.sin(angle) * distance
        dy = math.cos(angle) * distance  # towards the top of the page or screen
        return Point(self.center.x + dx, self.center.y - dy if self.y_down else self.center.y + dy)

    def _axis(self, index: int) -> RadarAxis:
        angle = self._angle(index)
        sine, cosine = math.sin(angle), math.cos(angle)
        align = "center" if abs(sine) < 0.2 else ("left" if sine > 0 else "right")
        valign = "above" if cosine > 0.5 else ("below" if cosine < -0.5 else "middle")
        return RadarAxis(
            index=index,
            angle=angle,
            end=self._at(angle, self.radius),
            label_anchor=self._at(angle, self.radius + self.label_gap),
            align=align,
            valign=valign,
        )

    def point(self, axis: int, value: float) -> Point:
        """Where ``value`` (clamped to 0–100; NaN counts as 0) lies on axis ``axis``."""
        if not 0 <= axis < max(self.count, 1):
            raise IndexError(f"axis {axis} out of range (the radar has {self.count})")
        value = 0.0 if math.isnan(value) else min(100.0, max(0.0, value))
        return self._at(self._angle(axis), self.radius * value / 100.0)

    def polygon(self, values: Sequence[float | None]) -> list[Point]:
        """The shape of ``values`` in axis order; an axis without a value (None) is skipped, not drawn at 0."""
        return [self.point(i, v) for i, v in enumerate(values[: self.count]) if v is not None]

    def rings(self, steps: Sequence[float] = (25, 50, 75, 100)) -> list[list[Point]]:
        """The reference rings, one polygon per step."""
        return [[self.point(i, step) for i in range(self.count)] for step in steps]
