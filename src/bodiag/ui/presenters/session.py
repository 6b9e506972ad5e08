"""The document open in a window: opening it as an untrusted file, and its current assessment."""

from __future__ import annotations

import re
from pathlib import Path

from bodiag.domain.records import AssessmentRecord
from bodiag.errors import DocumentReadOnly
from bodiag.paths import default_document_path
from bodiag.services.documents import ReceivedDiagnostic, open_document
from bodiag.ui.presenters.edit_history import EditHistory


class DocumentSession:
    """An open document and the assessment being worked on."""

    def __init__(self, diagnostic: ReceivedDiagnostic, read_only_reason: str | None = None):
        self.diagnostic = diagnostic
        self.read_only_reason = read_only_reason
        records = diagnostic.assessments()
        self.assessment: AssessmentRecord | None = records[0] if records else None
        self.plan_edits = EditHistory()  # the plan directeur's undo and redo, shared by its pages

    @classmethod
    def open(cls, path: str | Path, *, own: bool = False) -> DocumentSession:
        """Open with every check made on a file received from someone else.

        A copy saved to be shared opens read-only until it is taken over; a
        read-only file or folder opens read-only. Any other refusal (missing,
        foreign, damaged, newer, locked) propagates as the core's
        :class:`~bodiag.storage.errors.DocumentError`. ``own`` is for the
        document bodiag made itself in its data folder (the demo): the door
        then skips the scan of a received file (see :mod:`bodiag.services.documents`).
        """
        try:
            return cls(open_document(path, own=own))
        except DocumentReadOnly as exc:
            return cls(open_document(path, readonly=True, own=own), read_only_reason=str(exc))

    @property
    def path(self) -> Path:
        return self.diagnostic.document.path

    @property
    def is_demo(self) -> bool:
        """Whether this is the demo bodiag made in its data folder (the app's first start opens it)."""
        try:
            return self.path.resolve() == default_document_path().resolve()
        except OSError:
            return False

    @property
    def read_only(self) -> bool:
        return self.diagnostic.document.readonly

    @property
    def shared(self):  # noqa: ANN201 - the shared copy's mark, or None
        return self.diagnostic.shared

    def take_over(self) -> None:
        """Make a shared copy one's own: it becomes writable (raises the core's errors otherwise)."""
        self.diagnostic.take_over()
        self.read_only_reason = None

    def assessments(self) -> list[AssessmentRecord]:
        return self.diagnostic.assessments()

    def select(self, assessment_id: int) -> AssessmentRecord:
        self.assessment = self.diagnostic.assessment(assessment_id)
        return self.assessment

    def close(self) -> None:
        self.diagnostic.close()


def assessment_label(title: str, questionnaire_title: str, created: str) -> str:
    """How an assessment is named in the list: its title, then the questionnaire's and the date unless the
    title says them already (« Maturité du back-office — novembre 2026 » needs neither)."""
    parts = [title]
    if questionnaire_title.casefold() not in title.casefold():
        parts.append(questionnaire_title)
    label = " — ".join(parts)
    return label if re.search(r"\b(19|20)\d\d\b", title) else f"{label} ({created})"
