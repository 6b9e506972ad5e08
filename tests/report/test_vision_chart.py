"""The target vision's radar: each part today (filled) and its target (dashed), in the PDF and the DOCX picture."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.lib.units import cm

from bodiag.domain.vision import PartVision, QuestionnaireVision
from bodiag.report.charts import RadarChart
from bodiag.report.docx_charts import TARGET, radar_png
from bodiag.report.vision_chart import legend, vision_alt, vision_items


def _part(n: int, score: float | None, target: float, level: float | None, target_level: float | None) -> PartVision:
    return PartVision(questionnaire_id="q", section_id=f"s{n}", title=f"Part {n}", score=score, level=level,
                      suggested=target, target=target, target_level=target_level, target_band="", chosen=True,
                      gap=None if score is None else max(0.0, target - score), ambition="")


@pytest.fixture
def grid() -> QuestionnaireVision:
    """A grid of five levels: scores 25, 50, 0 (level 2, 3, 1), targets 50, 75, 100 (levels 3, 4, 5), and one unscored."""
    parts = [_part(0, 25.0, 50.0, 2.0, 3.0), _part(1, 50.0, 75.0, 3.0, 4.0), _part(2, 0.0, 100.0, 1.0, 5.0),
             _part(3, None, 50.0, None, 3.0)]
    return QuestionnaireVision(questionnaire_id="q", title="Grid", levels=5, parts=parts)


def test_each_axis_carries_today_and_the_target_labelled_on_the_questionnaire_scale(grid):
    items = vision_items(grid, "fr")
    assert [(i.score, i.target) for i in items] == [(25.0, 50.0), (50.0, 75.0), (0.0, 100.0), (None, 50.0)]
    assert [i.figure for i in items] == ["2,0 → 3,0", "3,0 → 4,0", "1,0 → 5,0", "— → 3,0"]
    plain = QuestionnaireVision(questionnaire_id="q", title="Plain", levels=None, parts=grid.parts)
    assert vision_items(plain, "en")[0].figure == "25.0 → 50.0"


def test_the_chart_draws_the_target_outline_apart_from_today(grid):
    chart = RadarChart(vision_items(grid, "fr"), 16 * cm, 11 * cm, "fr", legend=legend("fr"))
    g = chart.geometry()
    today, target = chart.outlines(g)
    assert target == [g.point(0, 50), g.point(1, 75), g.point(2, 100), g.point(3, 50)]
    assert today == [g.point(0, 25), g.point(1, 50), g.point(2, 0)]  # the unscored part has no point today
    assert target[2].y == pytest.approx(g.center.y - g.radius)  # level 5: the outer ring, on the axis at 4 o'clock
    assert chart.legend == ("Aujourd’hui", "Cible")
    assert RadarChart(vision_items(grid, "en"), 400, 300, "en", legend=legend("en")).legend == ("Today", "Target")


def test_the_alternative_text_names_today_and_the_target_of_every_part(grid):
    alt = vision_alt(grid, "fr")
    assert alt.startswith("Radar de la vision cible de «\xa0Grid\xa0», aujourd’hui face à la cible (niveau sur 5)")
    for text in ("Part 0 2,0 → cible 3,0", "Part 1 3,0 → cible 4,0", "Part 2 1,0 → cible 5,0", "Part 3 — → cible 3,0"):
        assert text in alt
    assert "Part 1 3.0 → target 4.0" in vision_alt(grid, "en")


def test_the_word_picture_draws_the_dashed_target_and_the_legend(grid):
    picture = Image.open(io.BytesIO(radar_png(vision_items(grid, "fr"), "fr", legend=legend("fr")))).convert("RGB")
    without = Image.open(io.BytesIO(radar_png(vision_items(grid, "fr"), "fr"))).convert("RGB")
    assert picture.height > without.height  # room for the legend below the chart
    reds = dict((colour, count) for count, colour in picture.getcolors(maxcolors=1 << 24)).get(TARGET, 0)
    assert reds > 500  # the target's dashed outline (and its legend stroke)


def test_a_label_centred_on_the_top_or_bottom_axis_stays_between_its_neighbours_labels():
    from bodiag.report.charts import ChartItem

    items = [ChartItem(label=f"Part {n} with a long name to wrap", score=50.0, target=75.0, color=None) for n in range(14)]
    chart = RadarChart(items, 16 * cm, 11.2 * cm, "fr")
    axes = chart.geometry().axes
    bottom = axes[7]
    assert bottom.align == "center" and chart.label_width(bottom) < chart.LABEL_WIDTH
    for neighbour in (axes[6], axes[8]):  # they end (or start) at their anchors, outside the centred label
        assert abs(neighbour.label_anchor.x - bottom.label_anchor.x) >= chart.label_width(bottom) / 2
    assert chart.label_width(axes[3]) == chart.LABEL_WIDTH


def test_the_word_picture_keeps_a_centred_label_between_its_neighbours():
    from bodiag.domain.chart_geometry import Point, RadarGeometry
    from bodiag.report.docx_charts import SCALE, label_width

    g = RadarGeometry(14, Point(690, 500), 112 * SCALE, label_gap=8 * SCALE)
    bottom = label_width(g, 7)
    assert bottom < 110 * SCALE and label_width(g, 3) == 110 * SCALE
    assert abs(g.axes[6].label_anchor.x - g.axes[7].label_anchor.x) >= bottom / 2
