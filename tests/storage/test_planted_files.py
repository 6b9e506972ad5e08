"""Files planted beside or instead of a document change nothing: links where the lock goes, pipes, foreign logs."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bodiag.services.demo import build_demo
from bodiag.storage.document import Document
from bodiag.storage.errors import DocumentError, DocumentLocked, NotADocument
from bodiag.storage.lock import lock_path


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "acme.bodiag"
    build_demo(path, story=False).close()
    return path


def notes(path: Path) -> set[str]:
    with Document.open(path, readonly=True) as doc:
        return {row["note"] for row in doc.query("SELECT note FROM answers")}


def test_a_link_where_the_lock_goes_is_refused_and_its_target_untouched(document, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("do not truncate me", encoding="utf-8")
    lock_path(document).symlink_to(target)
    before = document.read_bytes()
    with pytest.raises(DocumentLocked, match="a link stands where its lock file"):
        Document.open(document)
    assert target.read_text(encoding="utf-8") == "do not truncate me"
    assert document.read_bytes() == before


def test_a_dangling_link_where_the_lock_goes_creates_nothing(document, tmp_path):
    target = tmp_path / "created-by-nobody"
    lock_path(document).symlink_to(target)
    with pytest.raises(DocumentLocked, match="link"):
        Document.open(document)
    assert not target.exists()


def test_a_hard_link_where_the_lock_goes_is_refused(document, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("someone else's file", encoding="utf-8")
    os.link(other, lock_path(document))
    with pytest.raises(DocumentLocked, match="not a plain file"):
        Document.open(document)
    assert other.read_text(encoding="utf-8") == "someone else's file"


def test_the_lock_still_works_once_the_link_is_gone(document, tmp_path):
    lock_path(document).symlink_to(tmp_path / "x")
    with pytest.raises(DocumentLocked):
        Document.open(document)
    lock_path(document).unlink()
    with Document.open(document) as doc:
        assert not doc.readonly


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("command", [["score"], ["report", "-o", "out.pdf"], ["take-over"], ["questions", "1"]])
def test_a_named_pipe_with_a_document_name_is_refused_at_once(tmp_path, command):
    fifo = tmp_path / "x.bodiag"
    os.mkfifo(fifo)
    args = [command[0], str(fifo), *command[1:]]
    done = subprocess.run([sys.executable, "-m", "bodiag", *args], cwd=tmp_path, capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 3, done.stderr
    assert "named pipe (FIFO), not a bodiag document" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_read_header_refuses_a_fifo_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe.bodiag"
    os.mkfifo(fifo)
    with pytest.raises(NotADocument, match="named pipe"):
        Document.open(fifo, readonly=True)


def plant_wal(document: Path, tmp_path: Path) -> bytes:
    """A write-ahead log made from a copy of ``document`` whose notes say PLANTED, put beside it."""
    evil = tmp_path / "evil.bodiag"
    shutil.copy(document, evil)
    conn = sqlite3.connect(evil)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE answers SET note = 'PLANTED'")
    conn.commit()
    log = evil.with_name(evil.name + "-wal").read_bytes()
    conn.close()
    document.with_name(document.name + "-wal").write_bytes(log)
    return log


@pytest.mark.parametrize("readonly", [True, False])
def test_a_stray_write_ahead_log_is_set_aside_never_applied(document, tmp_path, readonly):
    before = document.read_bytes()
    log = plant_wal(document, tmp_path)
    with Document.open(document, readonly=readonly) as doc:
        assert "PLANTED" not in {row["note"] for row in doc.query("SELECT note FROM answers")}
        assert any("acme.bodiag-wal lay beside the document" in n and "not applied" in n for n in doc.notices)
    assert document.read_bytes() == before
    assert not document.with_name("acme.bodiag-wal").exists()
    (aside,) = document.parent.glob("acme.bodiag-wal.set-aside-*")
    assert aside.read_bytes() == log
    assert "PLANTED" not in notes(document)


def test_a_stray_log_that_cannot_be_set_aside_stops_the_open(document, tmp_path, monkeypatch):
    before = document.read_bytes()
    plant_wal(document, tmp_path)

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    with pytest.raises(DocumentError, match="cannot set it aside"):
        Document.open(document, readonly=True)
    assert document.read_bytes() == before
    assert document.with_name("acme.bodiag-wal").exists()


def test_a_command_never_applies_a_stray_log_and_says_so(document, tmp_path):
    plant_wal(document, tmp_path)
    done = subprocess.run([sys.executable, "-m", "bodiag", "export-answers", str(document), "1", "out.json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "bodiag: note: acme.bodiag-wal lay beside the document" in done.stderr
    assert "PLANTED" not in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_a_document_deleted_while_open_is_not_called_read_only(document):
    from bodiag.storage.errors import SaveFailed

    with Document.open(document) as doc:
        document.unlink()
        with pytest.raises(SaveFailed) as info:
            with doc.transaction() as conn:
                conn.execute("UPDATE organisation SET name = 'X'")
    assert "moved, renamed or deleted while it was open" in str(info.value)
    assert "read-only" not in str(info.value)
