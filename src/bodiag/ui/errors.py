"""Failures told to the user, in the interface language.

The core's messages are precise but English; the app leads with a translated
summary and keeps the core's message as the message or the details.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bodiag.errors import (
    BodiagError,
    DamagedDocument,
    DocumentError,
    DocumentLocked,
    DocumentNotFound,
    DocumentReadOnly,
    NewerDocument,
    NotADocument,
    Notice,
    describe_holder,
)
from bodiag.ui.i18n import tr

if TYPE_CHECKING:
    from bodiag.ui.prompter import Prompter


class Attempt:
    """What :func:`reporting_failure` saw: the error it reported, if any."""

    def __init__(self) -> None:
        self.error: BodiagError | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


def problem_details(error: BodiagError) -> str | None:
    """An import's or a conversion's every problem, one a line, for the dialog's details."""
    return "\n".join(str(problem) for problem in getattr(error, "problems", ())) or None


@contextmanager
def reporting_failure(prompter: Prompter, title: str) -> Iterator[Attempt]:
    """Run the block; a :class:`BodiagError` becomes the prompter's error under ``title``, never a traceback.

    The caller looks at ``attempt.failed`` to know whether to go on.
    """
    attempt = Attempt()
    try:
        yield attempt
    except BodiagError as exc:
        attempt.error = exc
        prompter.show_error(title, str(exc), problem_details(exc))


def describe_open_error(error: DocumentError, path: Path) -> tuple[str, str]:
    """(title, message) for a dialog."""
    name = path.name
    title = tr("Cannot open “%1”").replace("%1", name)
    if isinstance(error, DocumentNotFound):
        message = tr("The file no longer exists. It may have been moved, renamed or deleted.")
    elif isinstance(error, DocumentLocked):
        message = tr("This document is already open in bodiag by %1. Close it there first, "
                      "or open a copy.").replace("%1", describe_holder(error.holder))
    elif isinstance(error, NewerDocument):
        message = tr("This document was saved by a newer version of bodiag. Update bodiag to open it; "
                      "the file has not been changed.")
    elif isinstance(error, DamagedDocument):
        message = tr("This document is damaged and cannot be read safely. It has been left untouched: "
                      "restore it from a backup, or send it to whoever supports you.")
    elif isinstance(error, NotADocument):
        message = tr("This file is not a bodiag document. It has been left untouched.")
    elif isinstance(error, DocumentReadOnly):
        message = tr("This document cannot be opened for writing.")
    else:
        message = tr("This document cannot be opened.")
    return title, message


def describe_notice(notice: Notice) -> str:
    """What opening a document did, in the interface language."""
    if getattr(notice, "kind", "") == "rolled_back":
        return tr("bodiag (or the computer) stopped while a change was being saved: that last, unfinished change "
                  "was undone. Every answer saved before it is there.")
    if getattr(notice, "kind", "") == "set_aside":
        stray, aside = notice.names
        return tr("%1 lay beside the document: bodiag never writes such a file, so it was not applied; it was "
                  "renamed %2. The document itself is unchanged.").replace("%1", stray).replace("%2", aside)
    return str(notice)
