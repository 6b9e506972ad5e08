"""The keyboard flow of the answering pane: a digit, N or ? answers the current question from any focus
on the pane but a text field, and moving on gives the keyboard back to the answer (issue 17, item 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


@pytest.fixture
def maturity_doc(tmp_path):
    path = tmp_path / "grille.bodiag"
    with Diagnostic.create(path, "ACME", phase="growth") as diagnostic:
        diagnostic.start("back-office-maturity", assessor="Alice")
    return path


def stored(path):
    with open_document(path, readonly=True) as diagnostic:
        assessment = diagnostic.assessments()[0]
        return {qid: (rec.value.option if rec.value else None, rec.note)
                for qid, rec in diagnostic.answers(assessment).items()}


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard went nowhere"
    return widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the user presses it: to whatever has the keyboard."""
    qtbot.keyClick(focused(), key, modifier)


def open_answers(window, path, qtbot):
    assert window.open_document(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the keyboard goes to the active window only (a real X server too)
    window.workspace.show_answers()
    return window.workspace.answer_view


def test_twenty_questions_by_keyboard_alone_from_a_card_and_from_a_note(window, maturity_doc, qtbot):
    view = open_answers(window, maturity_doc, qtbot)
    p = window.presenter
    q = p.questionnaire
    options = {x.id: [o.id for o in q.scale_of(x).scored_options] for x in q.questions if x.kind == "grid"}
    expected: dict[str, tuple[str, str]] = {}

    first = p.current_id
    qtbot.mouseClick(view.pane.answer_widget.cards[options[first][1]], Qt.MouseButton.LeftButton)
    expected[first] = (options[first][1], "")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    for step in range(1, 20):
        question_id = p.current_id
        assert question_id not in expected, "Ctrl+Enter did not move on"
        assert not isinstance(focused(), (QLineEdit, QPlainTextEdit)), "moving on left the keyboard in a text"
        note = ""
        if step % 4 == 0:  # type a note first, then answer from the keyboard
            qtbot.mouseClick(view.pane.note, Qt.MouseButton.LeftButton)
            assert focused() is view.pane.note
            note = f"remarque {step}"
            qtbot.keyClicks(view.pane.note, note)
            press(qtbot, Qt.Key.Key_Return, CTRL)  # from the note, straight on: the next question
            expected[question_id] = (None, note)
            continue
        if step % 5 == 0:  # a click on a card, then a digit: the digit wins
            qtbot.mouseClick(view.pane.answer_widget.cards[options[question_id][0]], Qt.MouseButton.LeftButton)
        level = step % len(options[question_id]) + 1
        press(qtbot, DIGITS[level])
        assert p.entry(question_id).value.option == options[question_id][level - 1]
        expected[question_id] = (options[question_id][level - 1], note)
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert len(expected) == 20
    window.close_document()
    saved = stored(maturity_doc)
    assert {qid: saved.get(qid) for qid in expected} == expected


def test_n_and_question_mark_answer_from_a_level_card(window, maturity_doc, qtbot):
    view = open_answers(window, maturity_doc, qtbot)
    p = window.presenter
    card = next(iter(view.pane.answer_widget.cards.values()))
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_N)
    assert p.result.questions[p.current_id].status == "na"
    press(qtbot, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert p.result.questions[p.current_id].status == "dk"


def test_a_digit_in_the_note_is_typed_not_an_answer(window, maturity_doc, qtbot):
    view = open_answers(window, maturity_doc, qtbot)
    p = window.presenter
    view.pane.note.setFocus()
    press(qtbot, Qt.Key.Key_3)
    assert view.pane.note.toPlainText() == "3"
    assert p.entry(p.current_id).value is None


def test_the_next_button_and_previous_give_the_keyboard_to_the_answer(window, maturity_doc, qtbot):
    view = open_answers(window, maturity_doc, qtbot)
    p = window.presenter
    qtbot.mouseClick(view.pane.next_button, Qt.MouseButton.LeftButton)
    second = p.current_id
    assert focused() is view.pane.answer_widget.focus_target()
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert p.current_id == second
    assert focused() is view.pane.answer_widget.cards[p.entry(second).value.option]  # the chosen level


def test_the_section_tree_opens_on_its_first_heading(window, maturity_doc, qtbot):
    view = open_answers(window, maturity_doc, qtbot)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: view.tree.viewport().height() < 600)
    window.presenter.go_to(window.presenter.questions()[5].id)
    window.presenter.go_to(window.presenter.questions()[0].id)
    first_heading = view.tree.topLevelItem(0)
    assert view.tree.visualItemRect(first_heading).top() >= 0
    assert view.tree.viewport().rect().contains(view.tree.visualItemRect(first_heading))


def test_the_section_tree_shows_its_first_heading_when_opened(window, maturity_doc, qtbot):
    window.resize(1024, 640)
    view = open_answers(window, maturity_doc, qtbot)
    first_heading = view.tree.topLevelItem(0)
    qtbot.waitUntil(lambda: view.tree.viewport().rect().contains(view.tree.visualItemRect(first_heading)))


def test_previous_and_next_stay_in_sight_below_a_question_taller_than_the_window(window, maturity_doc, qtbot):
    view = open_answers(window, maturity_doc, qtbot)
    window.resize(1024, 640)
    view.pane.help_toggle.setChecked(True)  # the open help makes the question taller than the pane
    qtbot.waitUntil(lambda: view.pane.verticalScrollBar().maximum() > 0)
    for button in (view.pane.previous_button, view.pane.next_button):
        assert not view.pane.body.isAncestorOf(button)  # not scrolled away with the question
        assert button.isVisible()
        corner = button.mapTo(view, button.rect().bottomRight())
        assert view.rect().contains(corner), "the button is outside the answering view"
    view.pane.verticalScrollBar().setValue(0)
    qtbot.mouseClick(view.pane.next_button, Qt.MouseButton.LeftButton)
    assert window.presenter.current_id == window.presenter.questions()[1].id
