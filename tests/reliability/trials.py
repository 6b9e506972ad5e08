"""What the kill and fault trials share: a document to write, children that write it, and the count of what was lost.

A trial's child saves answers and prints ``ack QUESTION K`` once each save has
returned (an answer the user saw saved, note ``K``). After the child is killed
or fails, the document is opened again and every acknowledged answer checked:
a question's stored note is the last one acknowledged for it, or one written
after it (saved, but killed before it could say so): a note is ``nK``, maybe
followed by a space and padding. Anything else is lost.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document

QUESTIONNAIRE = "back-office-maturity"
VALUE = "m3"  # an option of its maturity scale
CHILD_TIMEOUT = 60


def new_document(path: Path) -> list[str]:
    """A document with one assessment of the maturity questionnaire; the ids of the questions the trials answer."""
    with Diagnostic.create(path, "ACME") as diagnostic:
        assessment = diagnostic.start(QUESTIONNAIRE, assessor="alice")
        questionnaire = diagnostic.questionnaire(assessment)
        return [q.id for q in questionnaire.questions
                if q.kind == "grid" and q.scale_id == "maturity" and q.visible_if is None]


class Acks:
    """Acknowledged saves, question by question: the highest note number each one was seen saved with."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}
        self.count = 0

    def add(self, line: str) -> None:
        word, question, number = line.split()
        assert word == "ack", line
        self.last[question] = max(self.last.get(question, -1), int(number))
        self.count += 1

    def lost(self, path: Path) -> list[str]:
        """The acknowledged answers the document no longer holds, read through the one door (which recovers it)."""
        with open_document(path) as diagnostic:
            answers = diagnostic.answers(diagnostic.assessment(1))
        missing = []
        for question, number in self.last.items():
            note = answers[question].note if question in answers else ""
            if not note.startswith("n") or int(note[1:].split()[0]) < number:
                missing.append(f"{question}: n{number} acknowledged, '{note}' found")
        return missing


# A long-lived session like the desktop app's: one open document, answers saved one after another.
SESSION = r"""
import sys
from bodiag.services.documents import open_document
path, first, questions = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
diagnostic = open_document(path)
assessment = diagnostic.assessment(1)
print("open " + " | ".join(diagnostic.document.notices).replace("\n", " "), flush=True)
k = first
while True:
    question = questions[k % len(questions)]
    diagnostic.answer(assessment, question, "m3", note=f"n{k}", respondent="trial")
    print(f"ack {question} {k}", flush=True)
    k += 1
"""


def session(path: Path, first: int, questions: list[str], code: str = SESSION) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, str(path), str(first), ",".join(questions)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def read_for(child: subprocess.Popen, seconds: float) -> list[str]:
    """The lines ``child`` prints during ``seconds`` (or until it ends)."""
    lines, end = [], time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        ready, _, _ = select.select([child.stdout], [], [], left)
        if not ready:
            break
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    return lines


def first_line(child: subprocess.Popen, seconds: float = CHILD_TIMEOUT) -> str:
    """The next line ``child`` prints, waited for ``seconds`` at most (``""`` if none came)."""
    ready, _, _ = select.select([child.stdout], [], [], seconds)
    return child.stdout.readline().strip() if ready else ""


def kill(child: subprocess.Popen) -> list[str]:
    """SIGKILL ``child``; the lines it printed before dying that were not read yet."""
    try:
        os.kill(child.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    out, _ = child.communicate(timeout=CHILD_TIMEOUT)
    return [line.strip() for line in out.splitlines() if line.strip()]


def moment(rng: random.Random, longest: float) -> float:
    return rng.uniform(0.0, longest)
