"""Faults a user meets are told in one line and leave the document as it was: a full disk, a read-only
file or folder, a document deleted while open, a second writer.

The disk fills in a child whose file-size limit is the document's size
(``RLIMIT_FSIZE``: no tmpfs to mount, no root needed), and in a session whose
document may not grow (``max_page_count``).
"""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys

import pytest

from bodiag.errors import ExitCode
from bodiag.services.documents import open_document
from bodiag.storage.errors import SaveFailed
from tests.reliability import trials as t
from tests.reliability.figures import FIGURES, TRIALS


@pytest.fixture
def document(trial_document):
    path, questions = trial_document
    with open_document(path) as diagnostic:
        diagnostic.answer(diagnostic.assessment(1), questions[0], t.VALUE, note="n0", respondent="trial")
    return path, questions


def answer(path, question, note, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bodiag", "answer", str(path), "1", question, t.VALUE, "--note", note],
                          capture_output=True, text=True, timeout=t.CHILD_TIMEOUT, **options)


def refused_cleanly(done: subprocess.CompletedProcess, code: int, words: str) -> None:
    assert done.returncode == code, done.stderr
    assert words in done.stderr and "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    FIGURES.trials += 1
    FIGURES.refused += 1


def notes(path) -> dict[str, str]:
    with open_document(path, readonly=True) as diagnostic:
        return {q: a.note for q, a in diagnostic.answers(diagnostic.assessment(1)).items()}


def test_a_full_disk_is_told_and_loses_nothing(document):
    path, questions = document
    before, size = notes(path), path.stat().st_size

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    for k in range(TRIALS):
        done = answer(path, questions[k % len(questions)], "x" * 20_000, preexec_fn=small_disk)
        refused_cleanly(done, ExitCode.WRITE, f"{path}: not saved: ")
        assert notes(path) == before
    assert answer(path, questions[1], "n1").returncode == 0, "once there is room, saving works"


def test_a_document_that_may_not_grow_refuses_the_save_and_keeps_working(document):
    path, questions = document
    with open_document(path) as diagnostic:
        assessment = diagnostic.assessment(1)
        before = {q: a.note for q, a in diagnostic.answers(assessment).items()}
        conn = diagnostic.document.conn
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(SaveFailed, match="the disk is full"):
            diagnostic.answer(assessment, questions[1], t.VALUE, note="x" * 60_000)
        assert {q: a.note for q, a in diagnostic.answers(assessment).items()} == before
        conn.execute(f"PRAGMA max_page_count = {pages * 4}")
        diagnostic.answer(assessment, questions[1], t.VALUE, note="n1")  # room again: the session goes on
    FIGURES.trials += 1
    FIGURES.refused += 1
    assert notes(path)[questions[1]] == "n1"


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_document_or_folder_is_told_and_unchanged(document, what):
    path, questions = document
    target = path if what == "file" else path.parent
    mode = stat.S_IMODE(target.stat().st_mode)
    before = path.read_bytes()
    target.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        refused_cleanly(answer(path, questions[1], "n1"), ExitCode.DOCUMENT, "read-only")
        read = subprocess.run([sys.executable, "-m", "bodiag", "score", str(path)], capture_output=True, text=True,
                              timeout=t.CHILD_TIMEOUT)
        assert read.returncode == 0, read.stderr  # it can still be read
    finally:
        target.chmod(mode)
    assert path.read_bytes() == before


def test_a_document_deleted_while_open_is_told_so(document):
    path, questions = document
    with open_document(path) as diagnostic:
        path.unlink()
        with pytest.raises(SaveFailed) as info:
            diagnostic.answer(diagnostic.assessment(1), questions[1], t.VALUE, note="n1")
    assert "moved, renamed or deleted while it was open" in str(info.value)
    assert "read-only" not in str(info.value)
    FIGURES.trials += 1
    FIGURES.refused += 1


HOLD = r"""
import sys
from bodiag.services.documents import open_document
diagnostic = open_document(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
"""


def test_a_second_writer_is_told_who_holds_the_document(document):
    path, questions = document
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert t.first_line(holder) == "holding", holder.stderr
        before = path.read_bytes()
        refused_cleanly(answer(path, questions[1], "n1"), ExitCode.DOCUMENT, "already open in bodiag by")
        assert path.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=t.CHILD_TIMEOUT)


def test_two_writers_at_once_lose_nothing(document):
    """Two command loops on one document: each save is made, or refused because the other holds it; none is lost."""
    path, questions = document
    acks = t.Acks()
    for k in range(1, TRIALS + 1):
        children = [(q, n, subprocess.Popen([sys.executable, "-m", "bodiag", "answer", str(path), "1", q, t.VALUE,
                                             "--note", f"n{n}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                            text=True))
                    for q, n in ((questions[k % len(questions)], 2 * k),
                                 (questions[-1 - k % len(questions)], 2 * k + 1))]
        for question, number, child in children:
            _, err = child.communicate(timeout=t.CHILD_TIMEOUT)
            if child.returncode == 0:
                acks.add(f"ack {question} {number}")
            else:
                assert child.returncode == ExitCode.DOCUMENT and "already open in bodiag by" in err, err
                FIGURES.refused += 1
            FIGURES.trials += 1
    lost = acks.lost(path)
    FIGURES.acknowledged += acks.count
    FIGURES.lost += len(lost)
    assert lost == [] and acks.count > 0
