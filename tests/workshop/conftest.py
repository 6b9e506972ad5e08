"""Fixtures of the workshop and re-assessment tests (the shared ones come from tests/conftest.py)."""

from __future__ import annotations

import shutil

import pytest

from bodiag.services import workshop
from bodiag.services.documents import open_document


@pytest.fixture
def mini_assessment(diagnostic, mini_path):
    """Assessment 1 of ACME on the mini questionnaire (q1: readiness scale, q2: 5-level grid)."""
    return diagnostic.start(str(mini_path), assessor="Claire", mode="workshop")


@pytest.fixture
def trio(diagnostic, mini_assessment):
    """Three respondents of the mini assessment: Alice (director), Bob (accounting), Chloé (HR)."""
    return [
        workshop.add_respondent(diagnostic, mini_assessment, name, role)
        for name, role in (("Alice", "director"), ("Bob", "accounting"), ("Chloé", "hr"))
    ]



@pytest.fixture
def copy_path(diagnostic, mini_assessment, trio, doc_path, tmp_path):
    """A byte copy of the document handed to Bob, who answered q1 and q2 in it."""
    target = tmp_path / "copie-bob.bodiag"
    shutil.copyfile(doc_path, target)
    with open_document(target) as theirs:
        a = theirs.assessment(mini_assessment.id)
        theirs.answer(a, "q1", "applied", note="d'après moi", respondent="Bob")
        theirs.answer(a, "q2", "l4")
    return target
