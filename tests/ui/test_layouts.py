"""Layouts hold on small and large screens (issue 17, item 2): nothing cut off, nothing scrolled sideways,
export always reachable. Checked by geometry, at 1024×640, 1920×1080 and (in a child process) 1280×720 at 125 %."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from tests.ui.layout_check import cut_off

SIZES = [(1024, 640), (1920, 1080)]


def settle(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size))
    for _ in range(5):  # the layouts' own requests, each of which may post another
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def screens(window, qtbot, size):
    """Every screen of the app that is ours, each after it is shown: (name, problems)."""
    workspace = window.workspace
    out = []
    workspace.show_results()
    settle(qtbot, window, size)
    out.append(("results", cut_off(window)))
    workspace.show_answers()
    p = window.presenter
    for kind in ("grid", "scale", "checklist", "numeric"):
        question = next((q for q in p.questions() if q.kind == kind), None)
        if question is not None:
            p.go_to(question.id)
            settle(qtbot, window, size)
            out.append((f"answer {kind}", cut_off(window)))
    for view in (workspace.evolution, workspace.action_plan):
        workspace.show_view(view)
        settle(qtbot, window, size)
        out.append((type(view).__name__, cut_off(window)))
    return out


def export_reachable(window) -> bool:
    button = window.toolbar.widgetForAction(window.act_export)
    return button is not None and button.isVisible() and window.toolbar.rect().contains(button.geometry())


@pytest.mark.parametrize("size", SIZES)
def test_nothing_is_cut_off(window, demo_path, qtbot, size):
    window.open_document(demo_path)
    for index in range(window.workspace.assessments.count()):
        window.workspace.assessments.setCurrentIndex(index)
        for name, problems in screens(window, qtbot, size):
            assert problems == [], (index, name)
    assert export_reachable(window)


def test_level_cards_wrap_rather_than_scroll(window, demo_path, qtbot):
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.assessments.setCurrentIndex(workspace.assessments.findData(
        next(r.id for r in window.session.assessments() if r.questionnaire_id == "back-office-maturity")))
    workspace = window.workspace
    workspace.show_answers()
    settle(qtbot, window, (1024, 640))
    grid = workspace.answer_view.pane.answer_widget
    assert grid.columns < len(grid.cards)
    rows = {card.y() for card in grid.cards.values()}
    assert len(rows) == 2
    settle(qtbot, window, (1920, 1080))
    assert grid.columns == len(grid.cards)


def test_the_window_opens_at_a_size_that_fits_the_screen(context, qtbot):
    from bodiag.ui.main_window import MainWindow, fitting_size

    assert fitting_size(QSize(1920, 1040)) == QSize(1280, 820)
    assert fitting_size(QSize(1024, 600)) == QSize(942, 552)
    window = MainWindow(context)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()
    assert window.width() <= available.width() and window.height() <= available.height()


def test_at_125_percent_on_1280_by_720_nothing_is_cut_off(tmp_path):
    """A child process: the scale factor is set before Qt starts."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.25",
           "BODIAG_DATA_DIR": str(tmp_path / "data"), "BODIAG_DOCUMENTS_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "tests.ui.layout_at_scale", "1280", "720"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 1.25 and report["logical"] == [1024, 576]
    assert report["problems"] == {}, report["problems"]
    assert report["export_reachable"]
