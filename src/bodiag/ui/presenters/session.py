"""The document open in a window: opening it safely, and its current assessment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bodiag.services.diagnostic import Diagnostic
from bodiag.storage.assessments import AssessmentRecord
from bodiag.storage.errors import DocumentReadOnly


@dataclass
class OpenOutcome:
    session: DocumentSession
    read_only_reason: str | None  # why it opened read-only, or None


class DocumentSession:
    """An open document and the assessment being worked on."""

    def __init__(self, diagnostic: Diagnostic, read_only_reason: str | None = None):
        self.diagnostic = diagnostic
        self.read_only_reason = read_only_reason
        records = diagnostic.assessments()
        self.assessment: AssessmentRecord | None = records[0] if records else None

    @classmethod
    def open(cls, path: str | Path) -> DocumentSession:
        """Open for writing; if the file or folder is read-only, open it read-only instead.

        Any other refusal (missing, foreign, damaged, newer, locked) propagates as
        the core's :class:`~bodiag.storage.errors.DocumentError`.
        """
        try:
            return cls(Diagnostic.open(path))
        except DocumentReadOnly as exc:
            return cls(Diagnostic.open(path, readonly=True), read_only_reason=str(exc))

    @property
    def path(self) -> Path:
        return self.diagnostic.document.path

    @property
    def read_only(self) -> bool:
        return self.diagnostic.document.readonly

    def assessments(self) -> list[AssessmentRecord]:
        return self.diagnostic.assessments()

    def select(self, assessment_id: int) -> AssessmentRecord:
        self.assessment = self.diagnostic.assessment(assessment_id)
        return self.assessment

    def close(self) -> None:
        self.diagnostic.close()
