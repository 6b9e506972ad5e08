"""The look without an application style sheet: states a user sees are painted, not styled."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from bodiag.ui import theme
from bodiag.ui.views.answer_widgets import LevelCard


def test_the_app_runs_without_a_style_sheet_in_fusion(qapp):
    # Qt styles every widget of an application that has one through a much slower path.
    theme.apply(qapp)
    assert qapp.styleSheet() == ""
    assert qapp.style().name().lower() == "fusion"  # chosen by theme.APPLICATION_ARGUMENTS


def test_a_chosen_level_card_shows_it_and_gives_its_text_back_when_unchosen(qtbot):
    card = LevelCard(2, "Reproductible", "Un tableau recense les dossiers.", selected=False)
    qtbot.addWidget(card)
    plain = card.palette().color(QPalette.ColorRole.WindowText)
    card.set_selected(True)
    assert card.is_selected() and card.property("selected") is True
    assert card.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.SELECTED_TEXT)
    card.set_selected(False)
    assert not card.is_selected()
    assert card.palette().color(QPalette.ColorRole.WindowText) == plain


def test_an_error_text_turns_red_and_back(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    plain = label.palette().color(QPalette.ColorRole.WindowText)
    theme.error_text(label, True, bold=True)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.ERROR) and label.font().bold()
    theme.error_text(label, False, bold=True)
    assert label.palette().color(QPalette.ColorRole.WindowText) == plain and not label.font().bold()
