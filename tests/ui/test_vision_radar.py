"""The Plan directeur's target vision draws a radar per questionnaire: each part today and its target, with a legend."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from bodiag.services import plan


def test_the_vision_radar_receives_today_and_the_targets_and_follows_a_target_changed(window, demo_path, qtbot):
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    view = workspace.plan
    view.pages.setCurrentWidget(view.vision)
    page = view.vision
    diagnostic = window.session.diagnostic
    stored = {v.questionnaire_id: v for v in plan.vision(diagnostic)}
    assert set(page.radars) == {qid for qid, v in stored.items() if len(v.parts) >= 3}

    radar = page.radars["back-office-maturity"]
    grid = stored["back-office-maturity"]
    assert radar.isVisible() and radar.legend == ("Aujourd’hui", "Cible")
    assert [(i.label, i.score, i.target) for i in radar.items] == [(p.title, p.score, p.target) for p in grid.parts]
    first = grid.parts[0]
    assert radar.items[0].figure == f"{first.level:.1f}\u00a0→\u00a0{first.target_level:.1f}".replace(".", ",")
    assert "Aujourd’hui" not in radar.accessibleDescription()  # the legend is drawn; the description gives figures
    assert f"{first.title}: {radar.items[0].figure}" in radar.accessibleDescription()
    geometry = radar.geometry_for(radar.width(), radar.height())
    today, target = radar.outlines(geometry)
    assert target[0] == geometry.point(0, first.target) and today[0] == geometry.point(0, first.score)

    spin = page.tables["back-office-maturity"].cellWidget(0, 2)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # one level up: the radar's target moves out on that axis
    raised = next(p for p in plan.vision(diagnostic)[0].parts if p.section_id == first.section_id)
    assert raised.target > first.target
    assert page.radars["back-office-maturity"].items[0].target == raised.target
    if os.environ.get("BODIAG_SHOTS"):
        page.radars["back-office-maturity"].grab().save(os.environ["BODIAG_SHOTS"])


def test_the_legend_speaks_english_when_the_interface_does(window, demo_path):
    window.open_document(demo_path)
    window.set_language("en")
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    radar = workspace.plan.vision.radars["back-office-maturity"]
    assert radar.legend == ("Today", "Target")
    assert radar.accessibleDescription().startswith("Radar of each part today and its target.")
