"""Accessibility (issue 17, item 7), checked through Qt's accessibility interface, as assistive technology reads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from bodiag.services import action_plan
from bodiag.services.diagnostic import Diagnostic


def name_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def stops(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets under ``root`` that Tab stops at."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


@pytest.fixture
def maturity(window, tmp_path, qtbot):
    path = tmp_path / "grille.bodiag"
    with Diagnostic.create(path, "ACME") as diagnostic:
        diagnostic.start("back-office-maturity")
    window.open_document(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workspace.show_answers()
    return window.workspace.answer_view


def test_the_level_cards_are_a_radio_group_that_says_which_is_chosen(maturity, window, qtbot):
    cards = list(maturity.pane.answer_widget.cards.values())
    interfaces = [QAccessible.queryAccessibleInterface(card) for card in cards]
    assert {i.role() for i in interfaces} == {QAccessible.Role.RadioButton}
    assert name_of(cards[1]).startswith("2. ")
    assert not any(i.state().checked for i in interfaces)
    qtbot.mouseClick(cards[1], Qt.MouseButton.LeftButton)
    assert [i.state().checked for i in interfaces] == [False, True, False, False, False]
    qtbot.keyClick(cards[1], Qt.Key.Key_Right)  # the arrows look along the levels, without choosing
    assert QApplication.focusWidget() is cards[2] and window.presenter.entry(window.presenter.current_id).value.option
    qtbot.keyClick(cards[2], Qt.Key.Key_Space)
    assert [i.state().checked for i in interfaces] == [False, False, True, False, False]


def test_tab_follows_the_reading_order(maturity, qtbot):
    pane = maturity.pane
    maturity.search.setFocus()
    seen = [QApplication.focusWidget()]
    while seen[-1] is not pane.next_button and len(seen) < 40:
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    first_card = next(iter(pane.answer_widget.cards.values()))  # a radio group: one Tab stop, arrows within
    order = [maturity.search, maturity.unanswered_only, maturity.tree, *([pane.help_toggle] if pane.help_toggle.isVisible()
             else []), first_card, pane.na_button, pane.dk_button, pane.note, pane.next_button]
    assert [w for w in seen if w in order] == order, [type(w).__name__ + ":" + w.objectName() for w in seen]
    assert pane not in seen  # the scrolling frame is no stop


def test_every_control_of_the_answering_pane_and_the_results_is_named(maturity, window):
    unnamed = [w for w in stops(maturity) if not name_of(w).strip()]
    assert unnamed == []
    window.workspace.show_results()
    assert [w for w in stops(window.workspace.dashboard) if not name_of(w).strip()] == []


def test_every_editor_of_the_action_plan_is_named(window, mini_doc):
    window.open_document(mini_doc)
    for title in ("Cartographier", "Sauvegarder"):
        action_plan.add(window.session.diagnostic, title, assessment=window.presenter.assessment)
    view = window.workspace.action_plan
    view.plan.reload()
    window.workspace.show_view(view)
    editors = [view.table.cellWidget(r, c) for r in range(view.table.rowCount()) for c in range(view.table.columnCount())
               if view.table.cellWidget(r, c) is not None]
    assert len(editors) == 6
    assert all(name_of(e) for e in editors)
    names = [e.accessibleName() for e in editors]  # a combo box's own name (on Linux, Qt reads its value as Name)
    assert len(set(names)) == 6 and "Statut de Cartographier" in names  # each says whose it is


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_the_high_contrast_palette_contrasts(dark):
    from bodiag.ui.theme import high_contrast_palette

    palette = high_contrast_palette(dark)
    R = QPalette.ColorRole
    for fore, back in ((R.WindowText, R.Window), (R.Text, R.Base), (R.PlaceholderText, R.Base),
                       (R.HighlightedText, R.Highlight), (R.ButtonText, R.Button)):
        assert contrast(palette.color(fore), palette.color(back)) >= 7, (fore, back)
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.Text)
    assert contrast(disabled, palette.color(R.Base)) >= 4.5


def test_the_app_follows_the_systems_high_contrast(qapp, monkeypatch):
    from bodiag.ui import theme

    before = qapp.palette()
    monkeypatch.setenv("BODIAG_HIGH_CONTRAST", "1")
    try:
        theme.apply(qapp)
        palette = qapp.palette()
        assert contrast(palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base)) >= 7
    finally:
        qapp.setPalette(before)
