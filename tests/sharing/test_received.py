"""Receiving a document: a shared copy opens read-only until taken over; a hostile file is refused, untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bodiag.services import received
from bodiag.services.documents import ReceivedDiagnostic, is_shared_copy, open_document, shared_mark, take_over
from bodiag.services.sharing import save_copy_to_share
from bodiag.storage.answers import MAX_NOTE
from bodiag.storage.errors import (
    DamagedDocument,
    DocumentError,
    DocumentReadOnly,
    NewerDocument,
    NotADocument,
)
from bodiag.storage.migrations import SCHEMA_VERSION
from tests.conftest import TESTS
from tests.sharing.conftest import NOTES
from tests.storage.storage_helpers import FileState, listing, raw_query, raw_write


@pytest.fixture
def shared_copy(rich_doc, out_dir) -> Path:
    with open_document(rich_doc) as diagnostic:
        return save_copy_to_share(diagnostic, out_dir / "received.bodiag", shared_by="Claire")


def test_a_shared_copy_opens_read_only_until_taken_over(shared_copy, mini_path):
    assert is_shared_copy(shared_copy)
    mark = shared_mark(shared_copy)
    assert mark.shared_by == "Claire" and mark.shared_at[:2] == "20"

    with open_document(shared_copy) as diagnostic:
        assert isinstance(diagnostic, ReceivedDiagnostic)
        assert diagnostic.is_shared_copy and diagnostic.readonly and diagnostic.shared == mark
        assessment = diagnostic.assessment(1)
        assert diagnostic.answers(assessment)["q1"].note == NOTES[0]
        assert diagnostic.score(assessment).score is not None
        with pytest.raises(DocumentReadOnly, match="open read-only"):
            diagnostic.answer(assessment, "q1", "applied")

    assert take_over(shared_copy) is True
    assert not is_shared_copy(shared_copy)
    assert take_over(shared_copy) is False  # nothing left to do
    with open_document(shared_copy) as diagnostic:
        assert not diagnostic.is_shared_copy and not diagnostic.readonly
        diagnostic.answer(diagnostic.assessment(1), "q1", "applied")
    with open_document(shared_copy) as diagnostic:  # and as any document
        assert diagnostic.answers(diagnostic.assessment(1))["q1"].value.option == "applied"


def test_taking_over_the_open_copy_makes_it_writable_in_place(shared_copy):
    with open_document(shared_copy) as diagnostic:
        diagnostic.take_over()
        assert not diagnostic.is_shared_copy and not diagnostic.readonly
        diagnostic.answer(diagnostic.assessment(1), "q1", "applied")
    assert raw_query(shared_copy, "SELECT shared_at FROM document") == [(None,)]


def test_a_copy_that_cannot_be_written_stays_open_read_only(shared_copy, chmod):
    chmod(shared_copy, 0o444)
    before = FileState.of(shared_copy)
    with open_document(shared_copy) as diagnostic:
        with pytest.raises(DocumentReadOnly, match="the file is read-only"):
            diagnostic.take_over()
        assert diagnostic.is_shared_copy and diagnostic.readonly
        assert diagnostic.answers(diagnostic.assessment(1))["q1"].note == NOTES[0]
    assert FileState.of(shared_copy) == before


def test_an_ordinary_document_opens_for_writing(rich_doc):
    assert not is_shared_copy(rich_doc)
    with open_document(rich_doc) as diagnostic:
        assert not diagnostic.is_shared_copy and not diagnostic.readonly
    with open_document(rich_doc, readonly=True) as diagnostic:
        assert diagnostic.readonly and not diagnostic.is_shared_copy


def test_an_older_document_is_upgraded_as_usual(tmp_path):
    path = tmp_path / "old.bodiag"
    shutil.copyfile(TESTS / "fixtures" / "documents" / "v2.bodiag", path)
    assert not is_shared_copy(path)
    with open_document(path) as diagnostic:
        assert not diagnostic.is_shared_copy and not diagnostic.readonly
    assert (tmp_path / "old.v2-backup.bodiag").exists()
    assert raw_query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_a_long_note_within_the_limit_opens_safely(shared_copy):
    raw_write(shared_copy, f"UPDATE answers SET note = '{'n' * MAX_NOTE}' WHERE question_id = 'q1'")
    with open_document(shared_copy) as diagnostic:
        assert len(diagnostic.answers(diagnostic.assessment(1))["q1"].note) == MAX_NOTE


# -- hostile received files: refused with a clear message, and left byte for byte as they were ----------


def _sql(*statements: str):
    def build(path: Path) -> None:
        raw_write(path, *statements)

    return build


def truncated(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def write_ahead_log(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


HOSTILE = [
    ("trigger", _sql("CREATE TRIGGER wipe AFTER INSERT ON answers BEGIN DELETE FROM organisation; END"),
     NotADocument, ["not a bodiag document", "trigger 'wipe'", "never creates"]),
    ("view", _sql("CREATE VIEW peek AS SELECT note FROM answers"), NotADocument, ["view 'peek'", "never creates"]),
    ("application-id", _sql("PRAGMA application_id = 0x12345678"), NotADocument, ["another application", "0x12345678"]),
    ("truncated", truncated, DamagedDocument, ["damaged", "truncated"]),
    ("newer-schema", _sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}"), NewerDocument,
     ["newer version of bodiag", "update bodiag"]),
    ("newer-step", _sql("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                        " VALUES ('bodiag', 'm999_future', '2030-01-01')"), NewerDocument, ["m999_future"]),
    ("unexpected-table", _sql("CREATE TABLE stash (x)"), NotADocument, ["table 'stash'", "never creates"]),
    ("write-ahead-log", write_ahead_log, NotADocument, ["write-ahead log"]),
    ("huge-note", _sql("UPDATE answers SET note = printf('%.*c', 5000000, 'x')"), NotADocument,
     ["refused", "a note of 5000000 characters", f"longer than bodiag ever writes ({MAX_NOTE})"]),
    ("note-just-too-long", _sql(f"UPDATE actions SET notes = printf('%.*c', {MAX_NOTE + 1}, 'x')"), NotADocument,
     [f"a note of {MAX_NOTE + 1} characters"]),
    ("huge-name", _sql("UPDATE respondents SET name = printf('%.*c', 1000000, 'x') || id"), NotADocument,
     ["a text in respondents.name of 1000001 characters"]),
    ("binary-note", _sql("UPDATE answers SET note = randomblob(64)"), NotADocument,
     ["answers.note holds binary data", "never writes"]),
    ("text-as-number", _sql("UPDATE assessments SET target = 'soixante'"), NotADocument,
     ["assessments.target holds a value of type text"]),
    ("unreadable-answer", _sql("UPDATE answers SET value = '{\"items\": 5}' WHERE question_id = 'q1'"), DamagedDocument,
     ["damaged", "unreadable answer to question 'q1' in answers"]),
    ("answer-not-json", _sql("UPDATE answer_history SET new_value = 'oops'"), DamagedDocument,
     ["unreadable answer", "in answer_history"]),
    ("unreadable-questionnaire", _sql("UPDATE questionnaire_snapshots SET model = '{\"id\": 1}'"), DamagedDocument,
     ["damaged", "its copy of questionnaire 'mini' cannot be read"]),
    ("inconsistent-questionnaire",
     _sql("UPDATE questionnaire_snapshots SET model = json_set(model, '$.sections[0].questions[0].scale', 'nope')"),
     DamagedDocument, ["its copy of questionnaire 'mini' cannot be read"]),
]

OPENERS = {
    "open_document": lambda path: open_document(path).close(),
    "open_document-read-only": lambda path: open_document(path, readonly=True).close(),
    "is_shared_copy": is_shared_copy,
    "take_over": take_over,
}


CONTENT = {"huge-note", "note-just-too-long", "huge-name", "binary-note", "text-as-number", "unreadable-answer",
           "answer-not-json", "unreadable-questionnaire", "inconsistent-questionnaire"}
  # is_shared_copy only reads the mark: the content is checked when the file is opened
CASES = [
    pytest.param(opener, *case, id=f"{case[0]}-{opener}")
    for case in HOSTILE
    for opener in OPENERS
    if not (opener == "is_shared_copy" and case[0] in CONTENT)
]


@pytest.mark.parametrize(("opener", "name", "build", "error", "words"), CASES)
def test_a_hostile_received_file_is_refused_and_left_untouched(shared_copy, opener, name, build, error, words):
    build(shared_copy)
    before = FileState.of(shared_copy)
    files = listing(shared_copy.parent)

    with pytest.raises(DocumentError) as info:
        OPENERS[opener](shared_copy)

    assert type(info.value) is error
    message = str(info.value)
    assert message.startswith(f"{shared_copy}: ")
    for word in words:
        assert word in message
    assert FileState.of(shared_copy) == before
    assert listing(shared_copy.parent) == files  # no lock file, journal or backup left behind


def test_a_file_far_too_large_is_refused_before_sqlite_reads_it(shared_copy, monkeypatch):
    monkeypatch.setattr(received, "MAX_RECEIVED_BYTES", 4096)
    before = FileState.of(shared_copy)
    with pytest.raises(NotADocument, match="far larger than a bodiag document"):
        open_document(shared_copy)
    assert FileState.of(shared_copy) == before
