"""Fixtures of the action-plan tests."""

from __future__ import annotations

import pytest

from tests.conftest import DATA


@pytest.fixture
def assessment(diagnostic):
    """Assessment 1 of the fresh ACME document, on ``tests/data/mini.yaml``, with q1 answered 'none'."""
    record = diagnostic.start(str(DATA / "mini.yaml"), assessor="Alice")
    diagnostic.answer(record, "q1", "none")
    return record


@pytest.fixture
def clock(monkeypatch):
    """Control the time stamps the action store writes: ``clock.set("…")``."""

    class Clock:
        stamp = "2025-01-01T09:00:00+00:00"

        def set(self, stamp: str) -> None:
            self.stamp = stamp

    c = Clock()
    monkeypatch.setattr("bodiag.storage.actions.now", lambda: c.stamp)
    return c
