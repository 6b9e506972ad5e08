"""What is being typed is saved for the question it was typed under, whatever the user does next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bodiag.services.documents import open_document


def stored(path, question_id, questionnaire_id):
    with open_document(path, readonly=True) as diagnostic:
        return diagnostic.answers(diagnostic.assessment(questionnaire_id)).get(question_id)


def go_to_kind(window, kind):
    question = next(q for q in window.presenter.questions() if q.kind == kind)
    window.presenter.go_to(question.id)
    return question


@pytest.fixture
def maturity(window, demo_path):
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.assessments.setCurrentIndex(workspace.assessments.findText("Maturité", Qt.MatchFlag.MatchContains))
    workspace.show_answers()
    return demo_path


def test_a_number_typed_then_next_is_saved_in_its_own_question(window, maturity, qtbot):
    question = go_to_kind(window, "numeric")
    following = window.presenter.questions()[[q.id for q in window.presenter.questions()].index(question.id) + 1]
    before_following = window.presenter.entry(following.id).value
    edit = window.workspace.answer_view.pane.answer_widget.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2")
    window.act_next.trigger()
    assert window.presenter.entry(question.id).value.number == 2
    assert window.presenter.entry(following.id).value == before_following
    window.close_document()
    assert stored(maturity, question.id, "back-office-maturity").value.number == 2


def test_free_text_typed_then_previous_is_saved(window, maturity, qtbot):
    question = go_to_kind(window, "text")
    edit = window.workspace.answer_view.pane.answer_widget.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " PLUS UN")
    window.act_previous.trigger()
    assert window.presenter.entry(question.id).value.text.endswith(" PLUS UN")


def test_a_note_being_typed_survives_clicking_an_answer(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    pane = window.workspace.answer_view.pane
    pane.note.setFocus()
    qtbot.keyClicks(pane.note, "tape")
    qtbot.mouseClick(pane.na_button, Qt.MouseButton.LeftButton)
    assert window.presenter.entry("q1").note == "tape"
    assert pane.note.toPlainText() == "tape"
    assert window.presenter.result.questions["q1"].status == "na"


def test_leaving_an_assessment_with_a_failed_save_asks_first(window, demo_path, prompter):
    window.open_document(demo_path)
    conn = window.session.diagnostic.document.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    window.presenter.set_note("x" * 30_000)
    first = window.presenter.assessment.id
    prompter.script("confirm", False)
    window.workspace.assessments.setCurrentIndex(1)
    assert window.presenter.assessment.id == first and window.presenter.is_unsaved(window.presenter.current_id)
    assert prompter.calls("confirm")
    assert not window.close_document() and window.session is not None  # declined again
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert window.close_document()  # the retry succeeds: nothing to ask
    assert len(prompter.calls("confirm")) == 2


def test_undo_after_an_import_does_not_bring_back_what_the_import_replaced(window, mini_doc, prompter, tmp_path):
    window.open_document(mini_doc)
    window.presenter.answer("identified")
    source = tmp_path / "in.csv"
    source.write_text("question;value;note\nq1;applied;importé\n", encoding="utf-8")
    prompter.script("choose_spreadsheet_to_open", source)
    window.act_import_answers.trigger()
    assert not window.presenter.can_undo
    window.act_undo.trigger()
    assert window.presenter.entry("q1").value.option == "applied"
