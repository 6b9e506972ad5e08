"""Read-only files and folders: refused for writing with a clear message, readable with ``readonly=True``.

The tests run as root, who may write anything: the code checks the mode bits too,
so a file its user marked read-only is treated as such even then.
"""

from __future__ import annotations

import sqlite3

import pytest

from bodiag.services.documents import open_document
from bodiag.storage.document import Document
from bodiag.storage.errors import DocumentReadOnly
from tests.storage.storage_helpers import FileState, listing


def test_a_file_without_write_permission_is_refused_for_writing(closed_doc, chmod):
    chmod(closed_doc, 0o444)
    before = FileState.of(closed_doc)

    with pytest.raises(DocumentReadOnly) as info:
        Document.open(closed_doc)

    assert str(info.value) == f"{closed_doc}: the file is read-only: it can be opened read-only"
    assert FileState.of(closed_doc) == before
    assert listing(closed_doc.parent) == [closed_doc.name]  # not even a lock file


@pytest.mark.parametrize("mode", [0o444, 0o644], ids=["read-only-file", "writable-file"])
def test_a_document_opened_read_only_refuses_every_save(closed_doc, chmod, mini_path, mode):
    chmod(closed_doc, mode)
    before = FileState.of(closed_doc)

    with open_document(closed_doc, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(1)
        assert diagnostic.answers(assessment)["q1"].note == "first note"
        assert diagnostic.organisation.name == "ACME"
        attempts = {
            "answer": lambda: diagnostic.answer(assessment, "q1", "applied"),
            "note": lambda: diagnostic.answer(assessment, "q2", note="a note"),
            "clear": lambda: diagnostic.answer(assessment, "q1", None, note=None),
            "organisation": lambda: diagnostic.update_organisation(sector="Industrie"),
            "start": lambda: diagnostic.start(str(mini_path)),
        }
        for name, attempt in attempts.items():
            with pytest.raises(DocumentReadOnly) as info:
                attempt()
            assert str(info.value) == f"{closed_doc}: the document is open read-only", name
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            diagnostic.document.conn.execute("DELETE FROM answers")  # even behind bodiag's back

    assert FileState.of(closed_doc) == before
    assert listing(closed_doc.parent) == [closed_doc.name]


def test_a_document_in_a_read_only_folder_is_refused_for_writing(closed_doc, chmod):
    chmod(closed_doc.parent, 0o555)
    before = FileState.of(closed_doc)

    with pytest.raises(DocumentReadOnly) as info:
        Document.open(closed_doc)

    message = str(info.value)
    assert message.startswith(f"{closed_doc}: the folder {closed_doc.parent} is read-only")
    assert "open the document read-only" in message and "copy it to a folder you can write to" in message
    assert FileState.of(closed_doc) == before

    with open_document(closed_doc, readonly=True) as diagnostic:
        assert diagnostic.answers(diagnostic.assessment(1))["q1"].note == "first note"
    assert FileState.of(closed_doc) == before
    assert listing(closed_doc.parent) == [closed_doc.name]
