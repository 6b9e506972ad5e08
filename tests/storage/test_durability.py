"""An acknowledged save survives the process being killed; a failed save (disk full) loses nothing."""

from __future__ import annotations

import pytest

from bodiag.domain.answers import Answer
from bodiag.services.documents import open_document
from bodiag.storage.errors import SaveFailed
from tests.storage.storage_helpers import BlockedChild, listing, quick_check

SAVE_THEN_WAIT = r"""
import sys
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
diagnostic = open_document(sys.argv[1])
assessment = diagnostic.assessment(1)
diagnostic.answer(assessment, "q2", "l4", note=sys.argv[2], respondent="child")
print("saved", flush=True)
sys.stdin.readline()
"""

WRITE_WITHOUT_COMMITTING = r"""
import sys
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
diagnostic = open_document(sys.argv[1])
with diagnostic.document.transaction() as db:
    db.execute("UPDATE answers SET note = 'half-written'")
    db.execute("DELETE FROM answer_history")
    print("writing", flush=True)
    sys.stdin.readline()
"""


def _kill_after(code: str, line: str, *args: str, meanwhile=lambda: None) -> None:
    child = BlockedChild(code, *args)
    try:
        assert child.read_line() == line
        meanwhile()
        child.kill()
    finally:
        child.close()


def test_a_saved_answer_survives_sigkill(closed_doc):
    note = "sauvé avant le kill 🧾 " * 50
    _kill_after(SAVE_THEN_WAIT, "saved", closed_doc, note)

    assert quick_check(closed_doc) == ["ok"]
    assert not [name for name in listing(closed_doc.parent) if name.endswith("-journal")]
    with open_document(closed_doc) as diagnostic:
        assessment = diagnostic.assessment(1)
        answers = diagnostic.answers(assessment)
        assert (answers["q2"].value, answers["q2"].note, answers["q2"].respondent) == (Answer(option="l4"), note, "child")
        assert answers["q1"].value == Answer(option="decided")
        assert [h.question_id for h in diagnostic.history(assessment)] == ["q1", "q2"]
    assert quick_check(closed_doc) == ["ok"]


def test_a_half_written_change_is_lost_whole_after_sigkill(closed_doc):
    journal = closed_doc.with_name(closed_doc.name + "-journal")
    before = closed_doc.read_bytes()

    def in_progress() -> None:
        assert journal.exists()  # the transaction has started writing

    _kill_after(WRITE_WITHOUT_COMMITTING, "writing", closed_doc, meanwhile=in_progress)

    assert closed_doc.read_bytes() == before  # nothing uncommitted reached the document
    assert quick_check(closed_doc) == ["ok"]
    with open_document(closed_doc) as diagnostic:
        assessment = diagnostic.assessment(1)
        assert diagnostic.answers(assessment)["q1"].note == "first note"
        assert len(diagnostic.history(assessment)) == 1
        diagnostic.answer(assessment, "q2", "l1")
    assert not journal.exists()  # the next save cleared what the killed process left
    assert quick_check(closed_doc) == ["ok"]


def test_a_full_disk_refuses_the_save_and_loses_nothing(closed_doc):
    diagnostic = open_document(closed_doc)
    try:
        assessment = diagnostic.assessment(1)
        before = diagnostic.answers(assessment)
        conn = diagnostic.document.conn
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        assert conn.execute(f"PRAGMA max_page_count = {pages}").fetchone() == (pages,)

        with pytest.raises(SaveFailed) as info:
            diagnostic.answer(assessment, "q1", "applied", note="a large note " * 7_000)

        assert "disk is full" in str(info.value)
        assert str(info.value) == f"{closed_doc}: not saved: the disk is full"
        assert not conn.in_transaction  # nothing half-done is pending
        assert diagnostic.answers(assessment) == before
        assert conn.execute("PRAGMA page_count").fetchone() == (pages,)
    finally:
        diagnostic.close()

    with open_document(closed_doc) as reopened:
        assessment = reopened.assessment(1)
        assert reopened.answers(assessment) == before
        assert before["q1"].value == Answer(option="decided") and before["q1"].note == "first note"
        assert len(reopened.history(assessment)) == 1
    assert quick_check(closed_doc) == ["ok"]
