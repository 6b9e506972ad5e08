"""Errors a user can cause and understand: each says what went wrong and where.

Every error carries the command-line exit code it maps to, so the CLI can turn
any of them into one line on stderr without a traceback. Every layer may raise
and catch them: the faces tell a document that cannot be opened from bad input
without importing the storage that raised it.
"""

from __future__ import annotations

from datetime import datetime


class ExitCode:
    OK = 0
    PROBLEMS = 1  # validation found problems in a questionnaire
    USAGE = 2  # the command line itself is wrong
    DOCUMENT = 3  # a document cannot be opened: missing, foreign, damaged, newer, locked
    INPUT = 4  # bad data: unknown assessment, question or answer, invalid import
    WRITE = 5  # a file could not be written: read-only, disk full


class BodiagError(Exception):
    """Base class of errors meant for the user's eyes."""

    exit_code = ExitCode.INPUT


class InputError(BodiagError):
    exit_code = ExitCode.INPUT


class WriteError(BodiagError):
    exit_code = ExitCode.WRITE


class FrozenAssessment(InputError):
    """A final version of the report froze this assessment's answers: the report must be re-opened first."""


class Notice(str):
    """What opening a document did that the user must be told, in English; a face words it from ``kind`` and ``names``.

    ``kind`` is ``rolled_back`` (an unfinished change undone after a crash) or
    ``set_aside`` (``names``: the stray file, and what it was renamed).
    """

    kind: str
    names: tuple[str, ...]

    def __new__(cls, text: str, kind: str, *names: str) -> Notice:
        notice = super().__new__(cls, text)
        notice.kind, notice.names = kind, names
        return notice


# -- why a document cannot be opened or written, in words a user understands -------


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


def describe_holder(holder: dict) -> str:
    """Who holds a document open, from its lock file's description: "claire on atelier-pc since …"."""
    who = holder.get("user") or "another user"
    host = holder.get("host")
    since = holder.get("since", "")
    where = f" on {host}" if host else ""
    when = ""
    if since:
        try:
            when = " since " + datetime.fromisoformat(since).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
    return f"{who}{where}{when}"


class DocumentLocked(DocumentError):
    def __init__(self, message: str, holder: dict | None = None):
        super().__init__(message)
        self.holder = holder or {}


class InterruptedDocument(DocumentError):
    """A change was being written when its writer stopped; undoing it means writing to the file."""


class DocumentReadOnly(DocumentError):
    """The file or its folder cannot be written; it can still be opened read-only."""


class SaveFailed(WriteError):
    """A change could not be saved (disk full, file gone…); nothing was half-written."""
