"""Why a document cannot be opened or written, in words a user understands."""

from __future__ import annotations

from bodiag.errors import BodiagError, ExitCode, WriteError


class DocumentError(BodiagError):
    """The file cannot be used as a bodiag document; it was left untouched."""

    exit_code = ExitCode.DOCUMENT


class DocumentNotFound(DocumentError):
    pass


class NotADocument(DocumentError):
    """Empty, text, another application's database."""


class DamagedDocument(DocumentError):
    pass


class NewerDocument(DocumentError):
    pass


class DocumentLocked(DocumentError):
    def __init__(self, message: str, holder: dict | None = None):
        super().__init__(message)
        self.holder = holder or {}


class DocumentReadOnly(DocumentError):
    """The file or its folder cannot be written; it can still be opened read-only."""


class SaveFailed(WriteError):
    """A change could not be saved (disk full, file gone…); nothing was half-written."""


__all__ = [
    "DocumentError",
    "DocumentNotFound",
    "NotADocument",
    "DamagedDocument",
    "NewerDocument",
    "DocumentLocked",
    "DocumentReadOnly",
    "SaveFailed",
    "ExitCode",
]
