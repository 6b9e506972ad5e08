"""Undo and redo of changes to the action plan's rows, however many actions they touch: one step for the actions
created from the recommendations, a file of actions imported, the suggested waves applied, the accompanying actions
added, or one action's field changed.

The actions are read as stored just before and just after the change
(:mod:`bodiag.services.action_states`); the step puts the actions that differ back
exactly as they were (an action deleted comes back under its own number) and
makes the change again the same way. Either is refused, and the step dropped, when
those actions were changed since.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bodiag.services import action_states
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.edit_history import Changed, Step

if TYPE_CHECKING:
    from bodiag.services.diagnostic import Diagnostic


def recorder(diagnostic: Diagnostic) -> Callable[[object], Step | None]:
    """Read the actions now; what it returns, called once the change is made, gives its step (``None``: nothing
    changed, nothing to undo)."""
    before = action_states.read(diagnostic)

    def finish(_result: object) -> Step | None:
        difference = action_states.change(before, action_states.read(diagnostic))
        return actions_step(diagnostic, difference) if difference else None

    return finish


def actions_step(diagnostic: Diagnostic, difference: action_states.Difference) -> Step:
    def put(write: Callable[[Diagnostic, action_states.Difference], None]) -> None:
        try:
            write(diagnostic, difference)
        except action_states.RowsMoved:
            raise Changed(tr("The actions it changed were changed since, elsewhere: the step was dropped.")) from None

    return Step(undo=lambda: put(action_states.put_back), redo=lambda: put(action_states.put_again))
