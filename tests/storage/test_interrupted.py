"""A document left mid-change by a crash opens with every saved answer, and the user is told."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bodiag.services.demo import build_demo
from bodiag.services.documents import open_document, take_over
from bodiag.services.sharing import save_copy_to_share
from bodiag.storage.document import ROLLED_BACK, Document, journal_of
from bodiag.storage.errors import InterruptedDocument

# A writer killed in the middle of a large change: its pages already spilled into the
# file, the undo log beside it (what `kill -9` during a save leaves).
CRASH = r"""
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE answers SET note = 'HALF-WRITTEN ' || hex(randomblob(64))")
conn.execute("UPDATE answer_history SET respondent = 'HALF-WRITTEN'")
os._exit(9)
"""


def notes(path: Path) -> list[str]:
    with Document.open(path, readonly=True, recover=True) as doc:
        return sorted(row["note"] for row in doc.query("SELECT note FROM answers"))


def crash_mid_change(path: Path) -> bytes:
    subprocess.run([sys.executable, "-c", CRASH, str(path)], check=False, timeout=60)
    assert journal_of(path).stat().st_size > 0, "the crash left no undo log"
    return path.read_bytes()


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "acme.bodiag"
    build_demo(path, story=False).close()
    return path


@pytest.fixture
def saved(document) -> list[str]:
    return notes(document)


def test_read_only_without_leave_says_what_happened_and_writes_nothing(document, saved):
    left = crash_mid_change(document)
    with pytest.raises(InterruptedDocument, match="a change was being written"):
        Document.open(document, readonly=True)
    assert document.read_bytes() == left and journal_of(document).exists()


@pytest.mark.parametrize("how", [{"readonly": True, "recover": True}, {}])
def test_the_unfinished_change_is_undone_and_the_user_told(document, saved, how):
    crash_mid_change(document)
    with Document.open(document, **how) as doc:
        assert ROLLED_BACK in doc.notices
        assert sorted(r["note"] for r in doc.query("SELECT note FROM answers")) == saved
    assert not journal_of(document).exists()
    assert notes(document) == saved


def test_opening_ones_own_document_recovers_it(document, saved):
    crash_mid_change(document)
    received = open_document(document)
    try:
        assert ROLLED_BACK in received.document.notices
        assert not received.document.readonly
    finally:
        received.close()
    assert notes(document) == saved


def test_a_received_copy_is_not_recovered_without_the_users_consent(document, tmp_path):
    copy = tmp_path / "copy.bodiag"
    with open_document(document) as diagnostic:
        save_copy_to_share(diagnostic, copy)
    with Document.open(copy, readonly=True) as doc:
        kept = sorted(r["note"] for r in doc.query("SELECT note FROM answers"))
    left = crash_mid_change(copy)
    with pytest.raises(InterruptedDocument, match="take it over"):
        open_document(copy)
    assert copy.read_bytes() == left, "nothing is written to a received copy"
    take_over(copy)  # the receiver's consent: the change is undone
    assert notes(copy) == kept


def test_every_command_opens_a_crashed_document(document, saved, tmp_path):
    crash_mid_change(document)
    done = subprocess.run([sys.executable, "-m", "bodiag", "export-answers", str(document), "1", "out.json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"bodiag: note: {ROLLED_BACK}" in done.stderr, "the user is told"
    assert "HALF-WRITTEN" not in (tmp_path / "out.json").read_text(encoding="utf-8")
    assert notes(document) == saved
