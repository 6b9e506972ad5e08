"""Creating a document: it appears complete or not at all, never clobbers a file, and follows the umask."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from bodiag.storage.document import Document
from bodiag.storage.errors import DocumentError, SaveFailed
from bodiag.storage.migrations import migration_set
from bodiag.storage.organisation import get_organisation
from tests.storage.storage_helpers import FileState, listing, make_document, quick_check


def _fail_first_step(monkeypatch) -> None:
    (step,) = [m for m in migration_set()._migrations if m.name == "m001_initial"]

    def disk_full(db):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(step, "fn", disk_full)


def test_create_leaves_exactly_one_file(doc_path):
    with Document.create(doc_path, "ACME") as doc:
        assert get_organisation(doc).name == "ACME"
        assert listing(doc_path.parent) == sorted([doc_path.name, f".~lock.{doc_path.name}#"])
    assert listing(doc_path.parent) == [doc_path.name]
    assert quick_check(doc_path) == ["ok"]


@pytest.mark.parametrize("existing", ["document", "text-file"])
def test_create_refuses_an_existing_file_and_leaves_it_untouched(doc_path, mini_path, existing):
    if existing == "document":
        make_document(doc_path, mini_path)
    else:
        doc_path.write_text("Mes notes, pas un document.\n", encoding="utf-8")
    before = FileState.of(doc_path)

    with pytest.raises(DocumentError) as info:
        Document.create(doc_path, "Someone else")

    assert type(info.value) is DocumentError
    assert str(info.value) == f"{doc_path}: a file with this name already exists"
    assert FileState.of(doc_path) == before
    assert listing(doc_path.parent) == [doc_path.name]


def test_create_with_overwrite_replaces_the_file(doc_path):
    doc_path.write_text("an old file", encoding="utf-8")

    with Document.create(doc_path, "New SA", overwrite=True) as doc:
        assert get_organisation(doc).name == "New SA"
    assert doc_path.read_bytes().startswith(b"SQLite format 3\x00")
    assert listing(doc_path.parent) == [doc_path.name]


def test_create_in_a_missing_folder_is_refused_clearly(tmp_path):
    path = tmp_path / "nowhere" / "acme.bodiag"

    with pytest.raises(DocumentError) as info:
        Document.create(path, "ACME")

    assert type(info.value) is DocumentError
    assert str(info.value) == f"{path.parent}: no such folder"
    assert not path.parent.exists()
    assert listing(tmp_path) == []


def test_a_failed_create_leaves_nothing_behind(doc_path, monkeypatch):
    _fail_first_step(monkeypatch)

    with pytest.raises(SaveFailed) as info:
        Document.create(doc_path, "ACME")

    assert str(info.value) == f"{doc_path}: cannot create the document: the disk is full"
    assert listing(doc_path.parent) == []  # no temporary file, no journal


def test_a_failed_overwrite_keeps_the_existing_file(doc_path, monkeypatch):
    doc_path.write_text("still here", encoding="utf-8")
    before = FileState.of(doc_path)
    _fail_first_step(monkeypatch)

    with pytest.raises(SaveFailed, match="cannot create the document: the disk is full"):
        Document.create(doc_path, "ACME", overwrite=True)

    assert FileState.of(doc_path) == before
    assert listing(doc_path.parent) == [doc_path.name]


def test_a_name_taken_while_creating_is_not_clobbered(doc_path, monkeypatch):
    real = Document._initialise

    def initialise_while_someone_else_saves(path, organisation):
        real(path, organisation)
        doc_path.write_text("someone else's file", encoding="utf-8")

    monkeypatch.setattr(Document, "_initialise", staticmethod(initialise_while_someone_else_saves))

    with pytest.raises(DocumentError) as info:
        Document.create(doc_path, "ACME")

    assert str(info.value) == f"{doc_path}: a file with this name already exists"
    assert doc_path.read_text(encoding="utf-8") == "someone else's file"
    assert listing(doc_path.parent) == [doc_path.name]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o027, 0o640)])
@pytest.mark.parametrize("overwrite", [False, True])
def test_a_created_file_follows_the_umask(doc_path, umask, mode, overwrite):
    if overwrite:
        doc_path.write_text("old", encoding="utf-8")
        os.chmod(doc_path, 0o600)
    old = os.umask(umask)
    try:
        Document.create(doc_path, "ACME", overwrite=overwrite).close()
    finally:
        os.umask(old)
    created = stat.S_IMODE(doc_path.stat().st_mode)
    assert created == mode
    assert created != 0o600


def test_overwrite_never_replaces_a_document_that_is_open(doc_path, mini_path):
    from bodiag.storage.errors import DocumentLocked

    make_document(doc_path, mini_path)
    before = FileState.of(doc_path)
    with Document.open(doc_path):
        with pytest.raises(DocumentLocked, match="already open in bodiag"):
            Document.create(doc_path, "Other", overwrite=True)
    assert FileState.of(doc_path) == before


def test_create_works_where_hard_links_do_not(doc_path, monkeypatch):
    import errno as errno_

    def no_links(_source, _target):
        raise PermissionError(errno_.EPERM, "Operation not permitted")  # what FAT and exFAT answer

    monkeypatch.setattr(os, "link", no_links)
    with Document.create(doc_path, "ACME") as doc:
        assert get_organisation(doc).name == "ACME"
    assert listing(doc_path.parent) == [doc_path.name]
