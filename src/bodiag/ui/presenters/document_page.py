"""What every page presenter over the open document shares: its session, language and listeners, and how a change
is attempted.

A page (the plan directeur's, the roadmap's, the governance's, the report's) reads
its read models in :meth:`reload` and tells its listeners; a change runs through
:meth:`attempt`, which tells a refusal through the prompter and reads the page
again either way, so the screen shows what is stored. A change that records a step
(:meth:`set_value`, :meth:`add_row`, :meth:`delete_row`, and those of many rows at
once: :meth:`add_rows`, :meth:`change_actions`) can be undone and redone, each as
one step, from the document's shared :class:`~bodiag.ui.presenters.edit_history.EditHistory`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bodiag.ui.errors import reporting_failure
from bodiag.ui.i18n import tr
from bodiag.ui.presenters import action_steps
from bodiag.ui.presenters.edit_history import Changed, Rows, Step, field_step, row_step, rows_step

if TYPE_CHECKING:
    from bodiag.ui.presenters.session import DocumentSession
    from bodiag.ui.prompter import Prompter


class DocumentPagePresenter:
    """A page's state over one open document; subclasses read it in :meth:`reload` and end it with :meth:`notify`."""

    def __init__(self, prompter: Prompter, session: DocumentSession, lang: str):
        self.prompter = prompter
        self.session = session
        self.diagnostic = session.diagnostic
        self.lang = lang
        self._listeners: list[Callable[[], None]] = []
        self.history = session.plan_edits
        self.history.subscribe(self.reload)  # a step undone on another page may move this one's figures
        self.reload()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def reload(self) -> None:
        raise NotImplementedError

    def notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def can_edit(self) -> bool:
        return not self.read_only

    def attempt(self, action: Callable[[], object], failure: str,
                record: Callable[[], Callable[[object], Step | None]] | None = None) -> bool:
        """Do ``action``; say why it failed under ``failure``; read the page again either way.

        ``record``, called just before ``action``, reads what the change replaces and returns what makes the
        undo step from ``action``'s result (``None``: nothing changed, no step). A read-only document (a shared
        copy) is never asked: its view offers no change.
        """
        if self.read_only:
            return False
        with reporting_failure(self.prompter, failure) as attempt:
            finish = record() if record is not None else None
            result = action()
            step = finish(result) if finish is not None else None
            if step is not None:
                self.history.record(step)
        self.reload()
        return not attempt.failed

    def set_value(self, read: Callable[[], object], write: Callable[[object], object], value: object,
                  failure: str, change: Callable[[], object] | None = None) -> bool:
        """Write ``value`` through ``write`` (or make ``change``), undoably: ``read`` gives the stored value, before
        and after, and undo writes the one before back."""

        def record() -> Callable[[object], Step]:
            before = read()
            return lambda _result: field_step(read, write, before, read())

        return self.attempt(change or (lambda: write(value)), failure, record)

    def add_row(self, rows: Rows, add: Callable[[], int | str], failure: str) -> bool:
        """Add a row through ``add`` (its key returned), undoably: undo deletes it, redo adds it back as it was."""

        def finish(key: object) -> Step:
            handle = self.history.row(rows.kind, key)  # type: ignore[arg-type]
            fields = rows.fields(handle.key)
            return row_step(handle, rows.exists, lambda: rows.add(fields), rows.delete, added=True)

        return self.attempt(add, failure, lambda: finish)

    def add_rows(self, rows: Rows, add: Callable[[], Sequence[int | str]], failure: str) -> bool:
        """Add rows at once through ``add`` (their keys returned), as one step: undo deletes them all, redo adds them
        all back as they were; nothing added, nothing recorded."""

        def finish(keys: object) -> Step | None:
            handles = [self.history.row(rows.kind, key) for key in keys]  # type: ignore[attr-defined]
            return rows_step(handles, rows, [rows.fields(h.key) for h in handles]) if handles else None

        return self.attempt(add, failure, lambda: finish)

    def change_actions(self, change: Callable[[], object], failure: str) -> bool:
        """Make a change of the plan's actions, however many it touches (created, changed, deleted), as one step:
        undo puts every action it touched back as it was, redo makes it again."""
        return self.attempt(change, failure, lambda: action_steps.recorder(self.diagnostic))

    def delete_row(self, rows: Rows, key: int | str, failure: str) -> bool:
        """Delete a row, undoably: undo adds it back with the fields it had, redo deletes it again."""
        handle = self.history.row(rows.kind, key)

        def record() -> Callable[[object], Step]:
            fields = rows.fields(handle.key)
            return lambda _result: row_step(handle, rows.exists, lambda: rows.add(fields), rows.delete, added=False)

        return self.attempt(lambda: rows.delete(handle.key), failure, record)

    def row_values(self, rows: Rows, key: int | str, changes: dict[str, object],
                   update: Callable[[int | str, dict[str, object]], object], failure: str) -> bool:
        """Change fields of a row, undoably; the steps follow the row if undo adds it back under a new key."""
        handle = self.history.row(rows.kind, key)

        def read() -> object:
            if not rows.exists(handle.key):
                raise Changed(tr("The row is no longer there: the step was dropped."))
            stored = rows.fields(handle.key)
            return {name: stored.get(name) for name in changes}  # a field unknown: the service says so

        return self.set_value(read, lambda values: update(handle.key, values), changes, failure)  # type: ignore[arg-type]
