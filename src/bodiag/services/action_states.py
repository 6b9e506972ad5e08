"""The action plan's rows as stored (each action with its linked questions and its dependencies), before and after a
change of the plan, so that the change can be undone and made again exactly: what the desktop app's undo needs for
the changes that touch many actions at once, and for those of the action plan tab.

An action put back keeps its number (the roadmap's and ``bodiag plan depend``'s),
its identifier and its times; putting a change back is refused with
:class:`~bodiag.storage.row_states.RowsMoved` when the actions it touched were
changed since.
"""

from __future__ import annotations

from bodiag.services.diagnostic import Diagnostic
from bodiag.storage import row_states
from bodiag.storage.row_states import Difference, Rows, RowsMoved

TABLES = ("actions", "action_questions", "action_dependencies")  # parents first

__all__ = ["Difference", "Rows", "RowsMoved", "change", "put_back", "put_again", "read"]


def read(diagnostic: Diagnostic) -> Rows:
    """Every action, link and dependency as stored now."""
    return row_states.read(diagnostic.document, TABLES)


def change(before: Rows, after: Rows) -> Difference:
    """What changed between two readings (false when nothing did)."""
    return row_states.difference(TABLES, before, after)


def put_back(diagnostic: Diagnostic, difference: Difference) -> None:
    """Undo ``difference``: the actions it touched as they were before it."""
    row_states.put(diagnostic.document, difference, back=True)


def put_again(diagnostic: Diagnostic, difference: Difference) -> None:
    """Make ``difference`` again, once undone."""
    row_states.put(diagnostic.document, difference, back=False)
