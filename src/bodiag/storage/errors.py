"""The document's errors, as storage raises them; they are defined in :mod:`bodiag.errors` for every layer."""

from __future__ import annotations

from bodiag.errors import (
    DamagedDocument,
    DocumentError,
    DocumentLocked,
    DocumentNotFound,
    DocumentReadOnly,
    ExitCode,
    InterruptedDocument,
    NewerDocument,
    NotADocument,
    SaveFailed,
)

__all__ = [
    "DocumentError",
    "DocumentNotFound",
    "NotADocument",
    "DamagedDocument",
    "NewerDocument",
    "DocumentLocked",
    "DocumentReadOnly",
    "InterruptedDocument",
    "SaveFailed",
    "ExitCode",
]
