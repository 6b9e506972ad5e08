"""Fixtures of the workshop and re-assessment tests (the shared ones come from tests/conftest.py)."""

from __future__ import annotations

import pytest

from bodiag.services import workshop


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

