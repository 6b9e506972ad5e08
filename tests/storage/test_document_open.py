"""Opening a document: how its connection is set up, and how files that are not sound documents are refused."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.storage.document import Document
from bodiag.storage.errors import (
    DamagedDocument,
    DocumentError,
    DocumentNotFound,
    NewerDocument,
    NotADocument,
    SaveFailed,
)
from bodiag.storage.header import APPLICATION_ID
from bodiag.storage.migrations import SCHEMA_VERSION
from tests.storage.storage_helpers import FileState, listing, quick_check, raw_query, raw_write

# -- how an open document is set up -------------------------------------------------------


def _pragmas(doc: Document) -> dict[str, object]:
    names = ("journal_mode", "synchronous", "foreign_keys", "secure_delete", "application_id", "user_version")
    return {name: doc.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


EXPECTED_PRAGMAS = {
    "journal_mode": "delete",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
    "application_id": APPLICATION_ID,
    "user_version": SCHEMA_VERSION,
}


def test_a_created_document_is_set_up_safely(doc_path):
    with Document.create(doc_path, "ACME") as doc:
        assert _pragmas(doc) == EXPECTED_PRAGMAS


def test_a_reopened_document_is_set_up_safely(closed_doc):
    with Document.open(closed_doc) as doc:
        assert _pragmas(doc) == EXPECTED_PRAGMAS
    assert APPLICATION_ID == 0x42444947


def test_foreign_keys_are_enforced_on_save(closed_doc):
    with Document.open(closed_doc) as doc:
        with pytest.raises(SaveFailed, match="not saved: FOREIGN KEY constraint failed"):
            with doc.transaction() as db:
                db.execute("INSERT INTO answers (assessment_id, question_id, updated_at) VALUES (999, 'q1', 'now')")
        assert doc.query("SELECT count(*) AS n FROM answers WHERE assessment_id = 999") == [{"n": 0}]


def test_no_write_ahead_log_ever_appears(doc_path, mini_path):
    folder = doc_path.parent

    def no_wal() -> None:
        assert not [name for name in listing(folder) if name.endswith(("-wal", "-shm"))]
        raw = doc_path.read_bytes()
        assert (raw[18], raw[19]) == (1, 1)  # rollback journal, never WAL

    with Diagnostic.create(doc_path, "ACME") as diagnostic:
        no_wal()
        assessment = diagnostic.start(str(mini_path))
        no_wal()
        diagnostic.answer(assessment, "q1", "decided", note="n" * 20_000)
        no_wal()
    with open_document(doc_path) as diagnostic:
        diagnostic.answer(diagnostic.assessment(1), "q2", "l5")
        no_wal()
    with open_document(doc_path, readonly=True) as diagnostic:
        assert diagnostic.answers(diagnostic.assessment(1))["q2"].value.option == "l5"
        no_wal()
    no_wal()
    assert listing(folder) == [doc_path.name]
    assert quick_check(doc_path) == ["ok"]


# -- bad files: refused, with a clear message, and left exactly as they were ----------------


def _copy(doc: Path, target: Path) -> Path:
    shutil.copyfile(doc, target)
    return target


def missing(doc: Path, target: Path) -> Path:
    return target


def directory(doc: Path, target: Path) -> Path:
    target.mkdir()
    return target


def empty(doc: Path, target: Path) -> Path:
    target.write_bytes(b"")
    return target


def text(doc: Path, target: Path) -> Path:
    target.write_text("Réunion du 12 mars\nOrdre du jour : back-office.\n", encoding="utf-8")
    return target


def random_binary(doc: Path, target: Path) -> Path:
    target.write_bytes(random.Random(42).randbytes(8192))
    return target


def other_application(doc: Path, target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Alice')")
    conn.commit()
    conn.close()
    return target


def other_application_id(doc: Path, target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA application_id = 0x12345678")
    conn.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return target


def truncated(doc: Path, target: Path) -> Path:
    raw = doc.read_bytes()
    target.write_bytes(raw[: len(raw) // 2])
    return target


def corrupted(doc: Path, target: Path) -> Path:
    _copy(doc, target)
    [(root,)] = raw_query(target, "SELECT rootpage FROM sqlite_master WHERE name = 'answers'")
    [(page_size,)] = raw_query(target, "PRAGMA page_size")
    assert root > 1
    with target.open("r+b") as handle:
        handle.seek((root - 1) * page_size)  # the b-tree page header of the answers table
        handle.write(b"\xff" * 16)
    try:
        assert quick_check(target) != ["ok"]
    except sqlite3.DatabaseError:
        pass  # "malformed": damaged all the same
    return target


def newer(doc: Path, target: Path) -> Path:
    raw_write(_copy(doc, target), f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return target


def extra_trigger(doc: Path, target: Path) -> Path:
    raw_write(_copy(doc, target), "CREATE TRIGGER wipe AFTER INSERT ON answers BEGIN DELETE FROM organisation; END")
    return target


def extra_view(doc: Path, target: Path) -> Path:
    raw_write(_copy(doc, target), "CREATE VIEW peek AS SELECT note FROM answers")
    return target


def extra_table(doc: Path, target: Path) -> Path:
    raw_write(_copy(doc, target), "CREATE TABLE stash (x)")
    return target


def unknown_step(doc: Path, target: Path) -> Path:
    raw_write(
        _copy(doc, target),
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('bodiag', 'm999_from_the_future', '2030-01-01 00:00:00+00:00')",
    )
    return target


def write_ahead_log(doc: Path, target: Path) -> Path:
    conn = sqlite3.connect(_copy(doc, target))
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    conn.close()
    return target


BAD_FILES = [
    (missing, DocumentNotFound, ["no such file"]),
    (directory, NotADocument, ["is a folder", "not a bodiag document"]),
    (empty, NotADocument, ["empty (0 bytes)", "not a bodiag document"]),
    (text, NotADocument, ["not a bodiag document", "text file"]),
    (random_binary, NotADocument, ["not a bodiag document", "not a database"]),
    (other_application, NotADocument, ["not a bodiag document", "another application", "application id 0x0"]),
    (other_application_id, NotADocument, ["not a bodiag document", "another application", "0x12345678"]),
    (truncated, DamagedDocument, ["damaged", "truncated"]),
    (corrupted, DamagedDocument, ["damaged"]),
    (newer, NewerDocument, ["newer version of bodiag", f"document version {SCHEMA_VERSION + 1}", "update bodiag"]),
    (extra_trigger, NotADocument, ["not a bodiag document", "trigger 'wipe'", "never creates"]),
    (extra_view, NotADocument, ["not a bodiag document", "view 'peek'", "never creates"]),
    (extra_table, NotADocument, ["not a bodiag document", "table 'stash'", "never creates"]),
    (unknown_step, NewerDocument, ["newer version of bodiag", "m999_from_the_future", "update bodiag"]),
    (write_ahead_log, NotADocument, ["not a bodiag document", "write-ahead log"]),
]


@pytest.mark.parametrize("readonly", [False, True], ids=["for-writing", "read-only"])
@pytest.mark.parametrize(("build", "error", "words"), BAD_FILES, ids=[case[0].__name__ for case in BAD_FILES])
def test_a_bad_file_is_refused_and_left_untouched(closed_doc, tmp_path, build, error, words, readonly):
    folder = tmp_path / "case"
    folder.mkdir()
    path = build(closed_doc, folder / "file.bodiag")
    before = FileState.of(path) if path.exists() else None
    files_before = listing(folder)

    with pytest.raises(DocumentError) as info:
        Document.open(path, readonly=readonly)

    assert type(info.value) is error
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    for word in words:
        assert word in message
    if before is None:
        assert not path.exists()
    else:
        assert FileState.of(path) == before
    assert listing(folder) == files_before  # no lock file, journal or backup left behind


def test_the_corrupted_case_really_is_corrupted_only_past_page_one(closed_doc, tmp_path):
    path = corrupted(closed_doc, tmp_path / "c.bodiag")
    original, damaged = closed_doc.read_bytes(), path.read_bytes()
    [(page_size,)] = raw_query(closed_doc, "PRAGMA page_size")
    assert len(original) == len(damaged)
    assert original[:page_size] == damaged[:page_size]
    assert original != damaged
