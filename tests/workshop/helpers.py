"""Helpers of the workshop and re-assessment tests."""

from __future__ import annotations

from bodiag.services.diagnostic import Diagnostic


def set_created_at(diagnostic: Diagnostic, assessment_id: int, stamp: str) -> None:
    """Date an assessment (tests only: the application never rewrites it)."""
    with diagnostic.document.transaction() as db:
        db.execute("UPDATE assessments SET created_at = ? WHERE id = ?", [stamp, assessment_id])


def add_action(diagnostic: Diagnostic, title: str, completed_at: str | None, status: str = "done") -> None:
    """A row of the action plan, written directly (its service belongs to another module)."""
    with diagnostic.document.transaction() as db:
        db.execute(
            "INSERT INTO actions (uuid, title, status, created_at, updated_at, completed_at)"
            " VALUES (lower(hex(randomblob(16))), ?, ?, '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', ?)",
            [title, status, completed_at],
        )
