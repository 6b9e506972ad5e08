"""The one way bodiag reads a file handed to it refuses, at once and by name, whatever is not a regular file."""

from __future__ import annotations

import os

import pytest

from bodiag.file_safety import NotARegularFile, open_for_reading, read_at_most
from tests.reliability import hostile_files as h


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes, sockets and devices: POSIX")
@pytest.mark.parametrize("kind", h.NOT_FILES)
def test_what_is_not_a_regular_file_is_refused_by_name(tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)  # socket names are short
    plant, words = h.NOT_FILES[kind]
    target = tmp_path / "in.csv"
    plant(target)
    with pytest.raises(NotARegularFile) as info:
        open_for_reading(target)
    assert words in str(info.value) and str(target) in str(info.value)


def test_a_regular_file_is_read_up_to_one_byte_past_the_limit(tmp_path):
    target = tmp_path / "in.csv"
    target.write_bytes(b"x" * 100)
    assert read_at_most(target, 10) == b"x" * 11
    assert read_at_most(target, 1000) == b"x" * 100
    with open_for_reading(target) as handle:
        assert handle.read() == b"x" * 100  # reads block as usual once it is known to be a file


def test_a_missing_file_is_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        open_for_reading(tmp_path / "absent.csv")
