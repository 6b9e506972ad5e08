"""Fixtures of the sharing tests: a document with notes and names in every place they can be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bodiag.services.diagnostic import Diagnostic

NOTES = ("NOTE-ALPHA-answer", "NOTE-BRAVO-only-a-note", "NOTE-CHARLIE-respondent", "NOTE-DELTA-action")
NAMES = ("Alice Assessor", "Bob Answerer", "Chloé Workshop", "Denis Owner")


def make_rich_document(path: Path, questionnaire: Path) -> Path:
    """A closed document: assessment 1 on ``questionnaire`` (mini), with a note and a name in every place.

    Respondents and actions are written with plain SQL: their own modules belong to other features.
    """
    with Diagnostic.create(path, "ACME", phase="growth") as diagnostic:
        assessment = diagnostic.start(str(questionnaire), assessor=NAMES[0])
        diagnostic.answer(assessment, "q1", "identified", note="a first note that is later rewritten")
        diagnostic.answer(assessment, "q1", "decided", note=NOTES[0], respondent=NAMES[1])
        diagnostic.answer(assessment, "q2", note=NOTES[1])  # a note without an answer
        with diagnostic.document.transaction() as db:
            stamp = "2025-01-01T00:00:00+00:00"
            for number, name in enumerate((NAMES[2], NAMES[1]), start=1):
                db.execute(
                    "INSERT INTO respondents (id, assessment_id, name, role, created_at) VALUES (?, 1, ?, 'DAF', ?)",
                    [number, name, stamp],
                )
            db.execute(
                "INSERT INTO respondent_answers (respondent_id, question_id, value, note, updated_at)"
                " VALUES (1, 'q1', '{\"option\":\"applied\"}', ?, ?), (2, 'q2', NULL, 'NOTE-ECHO-alone', ?)",
                [NOTES[2], stamp, stamp],
            )
            db.execute(
                "INSERT INTO actions (uuid, assessment_id, title, owner, notes, created_at, updated_at)"
                " VALUES ('a-1', 1, 'Cartographier les processus', ?, ?, ?, ?)",
                [NAMES[3], NOTES[3], stamp, stamp],
            )
    return path


@pytest.fixture
def rich_doc(tmp_path, mini_path) -> Path:
    folder = tmp_path / "source"
    folder.mkdir()
    return make_rich_document(folder / "acme.bodiag", mini_path)


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def chmod():
    """Change a path's mode for the test; every change is undone afterwards."""
    changed: list[tuple[Path, int]] = []

    def change(path: Path, mode: int) -> None:
        changed.append((path, path.stat().st_mode))
        os.chmod(path, mode)

    yield change
    for path, mode in reversed(changed):
        os.chmod(path, mode)
