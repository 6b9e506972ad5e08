"""A document a crash left mid-change that bodiag may not undo in place (a copy received, a read-only file):
the offer to undo it on a private copy, with the user's consent.

Plain Python, no widget. The file itself is never written: the change is undone on
a copy in the user's data folder (:func:`bodiag.services.documents.recover_on_private_copy`),
which the window then opens, saying so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bodiag.errors import BodiagError, InterruptedDocument
from bodiag.services.documents import left_mid_change, recover_on_private_copy
from bodiag.ui.i18n import tr

if TYPE_CHECKING:
    from bodiag.ui.prompter import Prompter


def can_offer(error: Exception, path: Path) -> bool:
    """Whether the refusal to open ``path`` is an unfinished change bodiag would not undo on it."""
    return isinstance(error, InterruptedDocument) and left_mid_change(path)


def offer(prompter: Prompter, path: Path) -> Path | None:
    """Ask; on yes, make the private copy and return its path. None when the user said no or it failed (told)."""
    question = tr("“%1” was left in the middle of a change when bodiag (or the computer) stopped. Undoing that "
                  "change writes to the file, which is not done on a copy you received. Undo it on a private copy "
                  "instead? The file you received stays exactly as it is.").replace("%1", path.name)
    if not prompter.confirm(tr("Recover on a private copy"), question):
        return None
    try:
        return recover_on_private_copy(path)
    except BodiagError as exc:
        prompter.show_error(tr("The private copy was not made"), str(exc))
        return None


def recovered_text(received: Path, copy: Path) -> str:
    """What the user is told once the private copy is open."""
    return (tr("The last, unfinished change of “%1” was undone on a private copy, %2: every answer saved before it "
               "is there. The file you received is unchanged.").replace("%1", received.name).replace("%2", str(copy)))
