"""A received copy a crash left mid-change is recovered on a private copy, with the user's consent, never in place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bodiag.errors import InputError
from bodiag.services.documents import open_document, recover_on_private_copy, recovered_copy_path
from bodiag.services.sharing import save_copy_to_share
from bodiag.storage.document import Document, interrupted, journal_of
from bodiag.storage.errors import InterruptedDocument
from tests.storage.test_interrupted import crash_mid_change


def _notes(path: Path) -> list[str]:
    with Document.open(path, readonly=True) as doc:
        return sorted(row["note"] for row in doc.query("SELECT note FROM answers"))


@pytest.fixture
def received(demo_path, tmp_path) -> tuple[Path, list[str], bytes, bytes]:
    """A shared copy left mid-change: its path, the notes saved in it, its bytes and its undo log's."""
    copy = tmp_path / "received" / "copy.bodiag"
    copy.parent.mkdir()
    with open_document(demo_path) as diagnostic:
        save_copy_to_share(diagnostic, copy)
    kept = _notes(copy)
    left = crash_mid_change(copy)
    return copy, kept, left, journal_of(copy).read_bytes()


def test_the_door_names_the_private_recovery(received):
    copy, _kept, left, _journal = received
    with pytest.raises(InterruptedDocument, match="private copy") as caught:
        open_document(copy)
    assert f"bodiag recover {copy}" in str(caught.value)
    assert copy.read_bytes() == left


def test_the_private_copy_holds_every_saved_answer_and_the_received_file_stays_byte_identical(received):
    copy, kept, left, journal = received
    private = recover_on_private_copy(copy)
    assert private == recovered_copy_path(copy).with_name("copy-recovered.bodiag") and private.parent.name == "recovered"
    assert copy.read_bytes() == left and journal_of(copy).read_bytes() == journal, "the received file is untouched"
    assert interrupted(copy)
    assert not interrupted(private) and _notes(private) == kept
    assert not any("HALF-WRITTEN" in note for note in _notes(private))
    with open_document(private) as opened:  # still the shared copy: read-only until taken over
        assert opened.is_shared_copy and opened.readonly
    again = recover_on_private_copy(copy)  # never over the first copy
    assert again.name == "copy-recovered-2.bodiag" and _notes(again) == kept


def test_refusals_say_what_and_leave_nothing(received, tmp_path):
    copy, _kept, left, _journal = received
    target = tmp_path / "mine.bodiag"
    target.write_bytes(b"already here")
    with pytest.raises(InputError, match="already exists"):
        recover_on_private_copy(copy, target)
    assert target.read_bytes() == b"already here"
    sound = tmp_path / "sound.bodiag"
    sound.write_bytes(copy.read_bytes())
    with pytest.raises(InputError, match="nothing to recover"):
        recover_on_private_copy(sound)
    assert copy.read_bytes() == left
    assert not list(target.parent.glob(".bodiag-recover-*")), "no half-made copy left behind"


def test_the_command_line_recovers_on_a_private_copy(received, tmp_path):
    copy, kept, left, _journal = received
    target = tmp_path / "out" / "private.bodiag"
    done = subprocess.run([sys.executable, "-m", "bodiag", "recover", str(copy), "--to", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert str(target) in done.stdout and "unchanged" in done.stdout and "take-over" in done.stdout
    assert _notes(target) == kept and copy.read_bytes() == left
    refused = subprocess.run([sys.executable, "-m", "bodiag", "export-answers", str(copy), "1", str(tmp_path / "a.json")],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0 and "bodiag recover" in refused.stderr
