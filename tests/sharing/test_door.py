"""The door vouches for the app's own demo only: any other file is checked, whatever the caller says."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bodiag.paths import default_document_path
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.storage.errors import NotADocument


def _with_blob_note(path):
    with Diagnostic.create(path, "ACME") as diagnostic:
        diagnostic.update_organisation(sector="x")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE organisation SET sector = X'00'")
    finally:
        conn.close()
    return path


def test_only_the_demo_in_the_data_folder_skips_the_scan(tmp_path):
    default = default_document_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    _with_blob_note(default)  # the scan would refuse it: proof that it was skipped
    with open_document(default, own=True, readonly=True) as opened:
        assert opened.organisation.name == "ACME"
    with pytest.raises(NotADocument, match="organisation.sector holds binary data"):
        open_document(default, readonly=True)  # not said to be the demo: checked
    elsewhere = tmp_path / "demo.bodiag"
    shutil.copyfile(default, elsewhere)
    with pytest.raises(NotADocument, match=f"^{elsewhere}: refused"):
        open_document(elsewhere, own=True, readonly=True)  # said, but not the demo: checked


def test_an_older_file_is_checked_before_its_upgrade_writes_to_it(tmp_path):
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
    old = Path(shutil.copyfile(fixtures / "v1.bodiag", tmp_path / "old.bodiag"))
    conn = sqlite3.connect(old, isolation_level=None)
    try:
        conn.execute("UPDATE answers SET note = X'00FF' WHERE rowid = (SELECT min(rowid) FROM answers)")
    finally:
        conn.close()
    before = old.read_bytes()
    with pytest.raises(NotADocument, match="answers.note holds binary data"):
        open_document(old)
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.bodiag"]  # no backup: nothing was upgraded
    sound = Path(shutil.copyfile(fixtures / "v1.bodiag", tmp_path / "sound.bodiag"))
    with open_document(sound) as opened:
        assert not opened.readonly and len(opened.assessments()) == 2
