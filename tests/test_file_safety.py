"""bodiag.file_safety: a file is complete or absent, the old one intact, no temporary left, whatever happens."""

from __future__ import annotations

import errno
import os

import pytest

from bodiag import file_safety
from bodiag.errors import WriteError


def test_writes_bytes_and_text_and_syncs_the_folder(tmp_path, monkeypatch):
    synced = []
    real = file_safety.fsync_dir
    monkeypatch.setattr(file_safety, "fsync_dir", lambda path: (synced.append(path), real(path)))
    file_safety.write_atomically(tmp_path / "a.bin", b"\x00\x01")
    file_safety.write_atomically(tmp_path / "b.txt", "é\r\n")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.txt").read_bytes() == "é\r\n".encode()
    assert synced == [tmp_path, tmp_path]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.txt"]


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(errno.ENOSPC, "No space left on device")],
                         ids=["interrupted", "disk-full"])
def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, failure):
    target = tmp_path / "plan.csv"
    target.write_bytes(b"the old file")

    def broken(fd, data):  # noqa: ANN001, ANN202
        raise failure

    monkeypatch.setattr(file_safety.os, "write", broken)
    with pytest.raises(type(failure) if isinstance(failure, KeyboardInterrupt) else WriteError) as info:
        file_safety.write_atomically(target, b"new content")
    monkeypatch.undo()
    if not isinstance(failure, KeyboardInterrupt):
        assert str(info.value) == f"{target}: cannot be written: the disk is full"
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]


def test_the_caller_words_the_message(tmp_path):
    missing = tmp_path / "no" / "r.pdf"
    with pytest.raises(WriteError, match=r"^report r\.pdf: No such file"):
        file_safety.write_atomically(missing, b"x", refused=lambda reason: WriteError(f"report r.pdf: {reason}"))


def test_an_interrupted_copy_leaves_nothing(tmp_path, monkeypatch):
    source, target = tmp_path / "doc.bodiag", tmp_path / "doc.v1-backup.bodiag"
    source.write_bytes(b"document")

    def interrupted(path):  # noqa: ANN001, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr(file_safety, "fsync_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        file_safety.copy_atomically(source, target)
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["doc.bodiag"]
    file_safety.copy_atomically(source, target)
    assert target.read_bytes() == b"document"


def test_publish_never_replaces_a_file_without_overwrite(tmp_path, monkeypatch):
    taken = tmp_path / "taken"
    taken.write_bytes(b"someone's")
    for links in (True, False):
        tmp = file_safety.temporary_beside(taken)
        if not links:  # a FAT USB stick: no hard links
            monkeypatch.setattr(file_safety.os, "link", lambda a, b: (_ for _ in ()).throw(OSError(errno.EPERM, "no")))
        with pytest.raises(FileExistsError):
            file_safety.publish(tmp, taken)
        assert taken.read_bytes() == b"someone's"
        tmp.unlink()
    new = file_safety.temporary_beside(tmp_path / "new")
    file_safety.publish(new, tmp_path / "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new", "taken"]


def test_a_temporary_has_a_normal_files_permissions(tmp_path):
    mask = os.umask(0o022)
    try:
        tmp = file_safety.temporary_beside(tmp_path / "x")
    finally:
        os.umask(mask)
    assert tmp.parent == tmp_path and tmp.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("text", ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "'=x", "''-x", "plain", "'plain"])
def test_the_formula_guard_round_trips(text):
    guarded = file_safety.guard(text)
    assert not guarded.startswith(file_safety.RISKY)
    assert file_safety.unguard(guarded) == text
