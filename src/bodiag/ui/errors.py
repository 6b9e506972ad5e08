"""Why a document could not be opened, in the interface language.

The core's messages are precise but English; the app leads with a translated
summary and keeps the core's message as the details.
"""

from __future__ import annotations

from pathlib import Path

from bodiag.storage.errors import (
    DamagedDocument,
    DocumentError,
    DocumentLocked,
    DocumentNotFound,
    DocumentReadOnly,
    NewerDocument,
    NotADocument,
)
from bodiag.storage.lock import describe_holder
from bodiag.ui.i18n import tr



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
