"""The answering behaviour, without a window."""

from __future__ import annotations

import sqlite3

import pytest

from bodiag.domain.answers import Answer
from bodiag.errors import InputError
from bodiag.services.documents import open_document
from bodiag.ui.presenters.answering import AnsweringPresenter, SaveState
from bodiag.ui.presenters.session import DocumentSession


@pytest.fixture
def presenter(mini_doc):
    session = DocumentSession.open(mini_doc)
    yield AnsweringPresenter(session, session.assessment)
    session.close()


def stored(path, question_id):
    with open_document(path, readonly=True) as diagnostic:
        record = diagnostic.answers(diagnostic.assessments()[0]).get(question_id)
        return (record.value, record.note) if record else None


def test_starts_on_the_first_visible_question_and_conditions_reveal_more(presenter):
    assert presenter.current_id == "q1"
    assert [q.id for q in presenter.questions()] == ["q1"]  # q2 waits for q1 ≥ decided
    presenter.answer("decided")
    assert [q.id for q in presenter.questions()] == ["q1", "q2"]
    assert presenter.go_next() and presenter.current_id == "q2"
    assert not presenter.go_next()
    assert presenter.position() == (2, 2)


def test_each_change_is_saved_at_once(presenter, mini_doc):
    presenter.choose_level(3)
    assert presenter.save_state is SaveState.SAVED
    presenter.set_note("Vu avec <b>Julien</b> & co")
    assert stored(mini_doc, "q1") == (Answer(option="decided"), "Vu avec <b>Julien</b> & co")


def test_undo_and_redo_cover_answers_and_notes(presenter, mini_doc):
    presenter.answer("identified")
    presenter.set_note("première note")
    presenter.answer("applied")
    presenter.undo()
    assert stored(mini_doc, "q1") == (Answer(option="identified"), "première note")
    presenter.undo()
    assert stored(mini_doc, "q1") == (Answer(option="identified"), "")
    presenter.undo()
    assert stored(mini_doc, "q1") is None and not presenter.can_undo
    presenter.redo()
    presenter.redo()
    presenter.redo()
    assert stored(mini_doc, "q1") == (Answer(option="applied"), "première note")
    assert not presenter.can_redo


def test_a_new_change_clears_redo(presenter):
    presenter.answer("identified")
    presenter.undo()
    presenter.answer("none")
    assert not presenter.can_redo


def test_na_dk_and_clear(presenter):
    presenter.answer("na")
    assert presenter.result.questions["q1"].status == "na"
    presenter.answer("dk")
    assert presenter.result.questions["q1"].status == "dk"
    presenter.clear()
    assert presenter.result.questions["q1"].status == "unanswered"


def test_filters_keep_the_current_question_and_search_both_languages(presenter):
    presenter.answer("applied")
    presenter.set_filter(unanswered_only=True)
    assert [q.id for q in presenter.questions()] == ["q1", "q2"]  # q1 stays: it is the current one
    presenter.go_next()
    assert [q.id for q in presenter.questions()] == ["q2"]
    presenter.set_filter(unanswered_only=False, search="critère")
    assert [q.id for q in presenter.questions()] == ["q2"]
    presenter.set_filter(search="nothing like this")
    assert presenter.questions() == [] and presenter.current is not None


def test_a_refused_value_changes_nothing(presenter, mini_doc):
    with pytest.raises(InputError):
        presenter.answer("later")
    assert stored(mini_doc, "q1") is None and not presenter.can_undo


def test_a_failed_save_keeps_the_answer_visible_and_unsaved_then_retries(presenter, mini_doc):
    presenter.answer("identified")
    conn = presenter.session.diagnostic.document.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    presenter.set_note("x" * 20_000)
    assert presenter.save_state is SaveState.FAILED
    assert "disk is full" in presenter.save_error
    assert presenter.entry("q1").note == "x" * 20_000 and presenter.is_unsaved("q1")
    assert stored_note_length(conn) == 0
    conn.execute("PRAGMA max_page_count = 1073741823")
    presenter.retry()
    assert presenter.save_state is SaveState.SAVED and not presenter.is_unsaved("q1")
    assert stored_note_length(conn) == 20_000


def stored_note_length(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT length(note) FROM answers WHERE question_id = 'q1'").fetchone()
    return row[0] if row else 0


def test_read_only_session_refuses_changes(mini_doc):
    import os

    os.chmod(mini_doc, 0o444)
    session = DocumentSession.open(mini_doc)
    try:
        assert session.read_only and "read-only" in session.read_only_reason
        presenter = AnsweringPresenter(session, session.assessment)
        assert presenter.save_state is SaveState.READ_ONLY
        with pytest.raises(InputError):
            presenter.answer("none")
    finally:
        session.close()
        os.chmod(mini_doc, 0o644)


def test_the_na_and_dont_know_buttons_follow_what_the_scale_offers(tmp_path, mini_path):
    """A scale without a not-applicable option hides the N/A button, and the answer is refused with the reason."""
    from bodiag.services.diagnostic import Diagnostic

    text = mini_path.read_text(encoding="utf-8")
    strict = "\n".join(line for line in text.splitlines() if "not_applicable: true" not in line)
    assert strict != text
    path = tmp_path / "strict.yaml"
    path.write_text(strict, encoding="utf-8")
    doc = tmp_path / "strict.bodiag"
    with Diagnostic.create(doc, "ACME") as diagnostic:
        diagnostic.start(str(path))
    session = DocumentSession.open(doc)
    try:
        presenter = AnsweringPresenter(session, session.assessment)
        scaled = next(q for q in presenter.questionnaire.questions if q.kind in ("scale", "grid"))
        assert not presenter.offers(scaled.id, "na")
        assert presenter.offers(scaled.id, "dk") == (presenter.questionnaire.scale_of(scaled).dk_option is not None)
        with pytest.raises(InputError, match="has no 'not applicable' option"):
            presenter.answer("na", scaled.id)
    finally:
        session.close()
    with Diagnostic.create(tmp_path / "mini.bodiag", "ACME") as diagnostic:
        diagnostic.start(str(mini_path))
    session = DocumentSession.open(tmp_path / "mini.bodiag")
    try:
        presenter = AnsweringPresenter(session, session.assessment)
        assert presenter.offers(scaled.id, "na")  # the original scale offers it
    finally:
        session.close()


def test_a_move_changes_only_the_position_what_follows_the_answers_changes_with_them(presenter):
    """Views redraw their lists and counts when ``shown_key`` changes: never on a move alone, always on a change."""
    presenter.answer("decided")  # q2 shown
    key, revision = presenter.shown_key(), presenter.revision
    assert presenter.go_next() and presenter.current_id == "q2"
    assert presenter.go_previous() and presenter.current_id == "q1"
    presenter.go_to("q2")
    assert (presenter.shown_key(), presenter.revision) == (key, revision)
    presenter.set_note("why", "q1")
    assert presenter.revision > revision
    key = presenter.shown_key()
    presenter.answer("none", "q1")  # q2 hidden again: the list follows at once
    assert presenter.shown_key() != key
    assert [q.id for q in presenter.questions()] == ["q1"]
    key = presenter.shown_key()
    presenter.set_filter(search="Première")
    assert presenter.shown_key() != key


def test_with_unanswered_only_a_move_drops_the_answered_question_left(presenter):
    presenter.answer("decided")
    presenter.set_filter(unanswered_only=True)
    assert [q.id for q in presenter.questions()] == ["q1", "q2"]  # q1 answered, but current
    key = presenter.shown_key()
    assert presenter.go_next()
    assert presenter.shown_key() != key
    assert [q.id for q in presenter.questions()] == ["q2"]
    assert presenter.position() == (1, 1)
