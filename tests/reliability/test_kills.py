"""Killed at any moment, a writer loses no acknowledged answer, and the next open says what it undid.

Three kinds of trial, each :data:`~tests.reliability.figures.TRIALS` times:
a command (``bodiag answer``) killed at a random moment; a long-lived session
like the desktop app's, killed at a random moment in a loop of saves; and a
session forced to die inside a large write (SQLite's progress handler ends the
process after a random number of steps, its page cache so small that pages
reach the file before the commit), which leaves the undo log a crash leaves.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time

import pytest

from bodiag.storage.document import ROLLED_BACK, interrupted
from tests.reliability import trials as t
from tests.reliability.figures import FIGURES, TRIALS

SEED = 16  # the number: the same moments on every run, unless BODIAG_RELIABILITY_SEED says otherwise


@pytest.fixture
def rng() -> random.Random:
    return random.Random(int(os.environ.get("BODIAG_RELIABILITY_SEED", SEED)))


@pytest.fixture
def document(trial_document):
    return trial_document


def command(path, question, k) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bodiag", "answer", str(path), "1", question, t.VALUE,
                             "--note", f"n{k}", "--respondent", "trial"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_commands_killed_at_random_moments_lose_nothing(document, rng):
    path, questions = document
    acks = t.Acks()
    started = time.monotonic()  # how long a command takes on this machine now: kills fall within it
    assert command(path, questions[0], 0).wait(timeout=t.CHILD_TIMEOUT) == 0
    acks.add(f"ack {questions[0]} 0")
    longest = 1.2 * (time.monotonic() - started)
    for k in range(1, TRIALS * 2):
        question = questions[k % len(questions)]
        child = command(path, question, k)
        try:
            child.wait(timeout=t.moment(rng, longest))
        except subprocess.TimeoutExpired:
            t.kill(child)
            FIGURES.undone += interrupted(path)
        else:
            out, err = child.communicate(timeout=t.CHILD_TIMEOUT)
            assert child.returncode == 0, err
            assert "damaged" not in err
            acks.add(f"ack {question} {k}")
        FIGURES.trials += 1
    lost = acks.lost(path)
    FIGURES.acknowledged += acks.count
    FIGURES.lost += len(lost)
    assert lost == []


def test_a_session_killed_at_random_moments_loses_nothing(document, rng):
    path, questions = document
    acks, k = t.Acks(), 0
    for _trial in range(TRIALS):
        child = t.session(path, k, questions)
        lines = [t.first_line(child)]  # "open …", once the document is open
        assert lines and lines[0].startswith("open"), child.communicate(timeout=t.CHILD_TIMEOUT)[1]
        lines += t.read_for(child, t.moment(rng, 1.0))
        lines += t.kill(child)
        for line in lines[1:]:
            acks.add(line)
        k = max([k, *(int(line.split()[2]) + 1 for line in lines[1:])])
        FIGURES.trials += 1
        FIGURES.undone += interrupted(path)
        lost = acks.lost(path)
        FIGURES.lost += len(lost)
        assert lost == []
    FIGURES.acknowledged += acks.count
    assert acks.count > 0, "the sessions saved answers before they were killed"


# Dies inside a large save (every question answered at once, with long notes, as an import does):
# pages spill into the file before the commit (a one-page cache), and the process ends after a
# random number of SQLite steps, as a kill -9 or a power cut would end it.
CRASH_MID_WRITE = r"""
import os, sys
from bodiag.services.documents import open_document
path, first, questions, steps = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(","), int(sys.argv[4])
diagnostic = open_document(path)
assessment = diagnostic.assessment(1)
print("open " + " | ".join(diagnostic.document.notices).replace("\n", " "), flush=True)
for k, question in enumerate(questions[:3], start=first):
    diagnostic.answer(assessment, question, "m3", note=f"n{k}", respondent="trial")
    print(f"ack {question} {k}", flush=True)
k = first + 3  # never acknowledged: saved whole, or not at all
pending = [diagnostic.prepare(assessment, q, "m3", f"n{k} " + "x" * 3_000, "trial") for q in questions]
conn = diagnostic.document.conn
conn.execute("PRAGMA cache_size = 1")
calls = [0]
def step():
    calls[0] += 1
    if calls[0] >= steps:
        os._exit(9)
conn.set_progress_handler(step, 100)
diagnostic.save(assessment, pending)
os._exit(0)
"""


def test_a_crash_in_the_middle_of_a_write_is_undone_and_the_user_told(document, rng):
    path, questions = document
    acks, k, journals = t.Acks(), 0, 0
    for _trial in range(TRIALS):
        steps = rng.randint(1, 45)  # up to about 35, the process dies inside the save (measured)
        child = subprocess.Popen([sys.executable, "-c", CRASH_MID_WRITE, str(path), str(k), ",".join(questions),
                                  str(steps)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = child.communicate(timeout=t.CHILD_TIMEOUT)
        assert child.returncode in (0, 9), err  # 0: the save ended before the chosen step
        lines = out.split("\n")
        assert lines[0].startswith("open"), err
        for line in filter(None, lines[1:]):
            acks.add(line)
        k += 4
        left = interrupted(path)
        journals += left
        FIGURES.undone += left
        # every face opens it the same way: the command line first, then a session like the app's
        done = subprocess.run([sys.executable, "-m", "bodiag", "score", str(path)], capture_output=True, text=True,
                              timeout=t.CHILD_TIMEOUT)
        assert done.returncode == 0, done.stderr
        assert (f"bodiag: note: {ROLLED_BACK}" in done.stderr) == left, done.stderr
        assert not interrupted(path)
        FIGURES.trials += 1
        lost = acks.lost(path)
        FIGURES.lost += len(lost)
        assert lost == []
    FIGURES.acknowledged += acks.count
    assert journals > 0, "some crashes left the undo log a crash mid-write leaves"


def test_a_session_opening_a_crashed_document_says_what_was_undone(document, rng):
    path, questions = document
    child = subprocess.Popen([sys.executable, "-c", CRASH_MID_WRITE, str(path), "0", ",".join(questions), "20"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    child.communicate(timeout=t.CHILD_TIMEOUT)
    assert interrupted(path), "the crash left its undo log"
    reopened = t.session(path, 100, questions)
    try:
        opened = t.first_line(reopened)
    finally:
        t.kill(reopened)
    assert opened == f"open {ROLLED_BACK}"
    FIGURES.trials += 1
