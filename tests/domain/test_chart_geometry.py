"""The radar geometry shared by the PDF report and the desktop app (pure Python)."""

from __future__ import annotations

import math
import sys

import pytest

from bodiag.domain.chart_geometry import Point, RadarGeometry

CENTER = Point(200.0, 150.0)


def signed_area(points: list[Point]) -> float:
    """Shoelace formula: positive when the points turn counter-clockwise in x-right, y-up axes."""
    return sum(a.x * b.y - b.x * a.y for a, b in zip(points, points[1:] + points[:1])) / 2


def test_the_geometry_module_imports_neither_reportlab_nor_qt():
    import subprocess

    code = "import sys, bodiag.domain.chart_geometry; print(sorted(m for m in sys.modules if m.split('.')[0] in {'reportlab', 'PySide6'}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("y_down", [True, False])
def test_the_first_axis_points_straight_up_as_the_reader_sees_it(y_down):
    g = RadarGeometry(6, CENTER, 100, y_down=y_down)
    end = g.axes[0].end
    assert end.x == pytest.approx(CENTER.x)
    assert end.y == pytest.approx(CENTER.y - 100 if y_down else CENTER.y + 100)
    assert g.axes[0].align == "center" and g.axes[0].valign == "above"


@pytest.mark.parametrize("axes", [3, 4, 5, 7, 12])
def test_axes_go_clockwise_on_screen_and_on_the_page(axes):
    screen = RadarGeometry(axes, CENTER, 100, y_down=True)
    page = RadarGeometry(axes, CENTER, 100, y_down=False)
    # the second axis is to the right of the first, whatever the y direction
    assert screen.axes[1].end.x > CENTER.x and page.axes[1].end.x > CENTER.x
    # clockwise as seen by the reader: negative area in y-up coordinates; on a screen (y down) the sign flips
    assert signed_area([a.end for a in page.axes]) < 0
    assert signed_area([a.end for a in screen.axes]) > 0
    # the two are mirror images of each other across the centre line
    for s, p in zip(screen.axes, page.axes):
        assert s.end.x == pytest.approx(p.end.x)
        assert s.end.y - CENTER.y == pytest.approx(CENTER.y - p.end.y)
        assert (s.align, s.valign) == (p.align, p.valign)


@pytest.mark.parametrize("axes", [3, 4, 6, 9, 12])
def test_equal_values_make_a_regular_polygon_symmetric_about_the_vertical(axes):
    g = RadarGeometry(axes, CENTER, 80, y_down=False)
    points = g.polygon([60] * axes)
    for p in points:
        assert math.dist((p.x, p.y), (CENTER.x, CENTER.y)) == pytest.approx(48)
    for i in range(1, axes):
        mirror = points[axes - i]
        assert points[i].x - CENTER.x == pytest.approx(CENTER.x - mirror.x)
        assert points[i].y == pytest.approx(mirror.y)
        assert {g.axes[i].align, g.axes[axes - i].align} in ({"left", "right"}, {"center"})


def test_values_are_clamped_to_0_100():
    g = RadarGeometry(5, CENTER, 50)
    assert g.point(2, 150) == g.point(2, 100) == g.axes[2].end
    assert g.point(2, -20) == g.point(2, 0) == CENTER
    assert g.point(2, float("nan")) == CENTER
    assert g.point(2, float("inf")) == g.axes[2].end


def test_a_section_without_score_is_skipped_not_drawn_at_zero():
    g = RadarGeometry(5, CENTER, 50)
    points = g.polygon([10, None, 30, None, 50])
    assert points == [g.point(0, 10), g.point(2, 30), g.point(4, 50)]
    assert CENTER not in points
    assert g.polygon([None] * 5) == []


def test_extra_values_are_ignored_and_missing_ones_shorten_the_polygon():
    g = RadarGeometry(3, CENTER, 50)
    assert len(g.polygon([1, 2, 3, 4, 5])) == 3
    assert len(g.polygon([1])) == 1


def test_rings_one_polygon_per_step_in_axis_order():
    g = RadarGeometry(4, CENTER, 100, y_down=True)
    rings = g.rings()
    assert len(rings) == 4 and all(len(r) == 4 for r in rings)
    assert rings[-1] == [a.end for a in g.axes]
    assert rings[0][1] == Point(CENTER.x + 25, CENTER.y)
    assert g.rings((50,)) == [g.polygon([50] * 4)]


def test_labels_sit_outside_the_ring_on_their_side():
    g = RadarGeometry(8, CENTER, 100, label_gap=10)
    for axis in g.axes:
        assert math.dist((axis.label_anchor.x, axis.label_anchor.y), (CENTER.x, CENTER.y)) == pytest.approx(110)
    assert [a.align for a in g.axes] == ["center", "left", "left", "left", "center", "right", "right", "right"]
    assert g.axes[4].valign == "below" and g.axes[2].valign == "middle"


@pytest.mark.parametrize("axes", [0, 1, 2])
def test_fewer_than_three_axes_do_not_crash(axes):
    g = RadarGeometry(axes, CENTER, 40)
    assert len(g.axes) == axes
    assert len(g.polygon([50] * axes)) == axes
    assert all(len(r) == axes for r in g.rings())
    if axes == 2:  # one up, one down
        assert g.axes[0].end.y < CENTER.y < g.axes[1].end.y
        assert g.axes[1].align == "center" and g.axes[1].valign == "below"


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        RadarGeometry(-1, CENTER, 10)
    with pytest.raises(ValueError):
        RadarGeometry(3, CENTER, -10)
    with pytest.raises(IndexError):
        RadarGeometry(3, CENTER, 10).point(3, 50)

