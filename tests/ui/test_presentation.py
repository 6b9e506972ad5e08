"""Presentation mode readable at 5 m (issue 17, item 3): large type, contrast, the workshop's answers on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from bodiag.domain.answers import Answer
from bodiag.services import workshop
from tests.ui.test_accessibility import contrast


@pytest.mark.parametrize("fore, back", [("TEXT", "BACKGROUND"), ("HINT", "BACKGROUND"), ("TEXT", "SELECTED"),
                                        ("DIVERGENT", "BACKGROUND")])
def test_every_text_contrasts_at_least_4_5_to_1(fore, back):
    from bodiag.ui.views import presentation

    assert contrast(QColor(getattr(presentation, fore)), QColor(getattr(presentation, back))) >= 4.5


def present(window):
    window.present()
    view = window.presentation
    view.resize(1920, 1080)
    view.refresh()
    return view


def test_large_type_everywhere_and_the_radar_in_light_ink(window, demo_path, qtbot):
    window.open_document(demo_path)
    view = present(window)
    for label in (view.position, view.section, view.keys):
        assert label.font().pointSize() >= 18
    assert view.text.font().pointSize() >= 36
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert view.radar.isVisible()
    assert view.radar.palette().color(QPalette.ColorRole.WindowText) == QColor("#f4f7fa")
    assert view.radar.font().pointSize() >= 18
    view.close()


def test_the_workshops_answers_and_their_spread_are_projected(window, workshop_doc, qtbot):
    window.open_document(workshop_doc)
    diagnostic, record = window.session.diagnostic, window.presenter.assessment
    for name, option in (("Claire", "none"), ("Julien", "decided"), ("Nadine", "applied")):
        person = workshop.add_respondent(diagnostic, record, name, "director")
        workshop.respondent_answer(diagnostic, record, person, "q1", Answer(option=option))
    window.presenter.reload()
    view = present(window)
    assert view.answers.isVisible()
    assert view.answers.text().startswith("Claire\u00a0: Non traité")
    assert "Nadine\u00a0: Formalisé et appliqué" in view.answers.text()
    assert view.spread.text() == "Écart\u00a0: 3 niveaux — divergent"
    assert view.spread.property("role") == "divergent"
    view.close()


def test_without_respondents_nothing_is_said_of_a_workshop(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    view = present(window)
    assert not view.answers.isVisible() and not view.spread.isVisible()
    view.close()
