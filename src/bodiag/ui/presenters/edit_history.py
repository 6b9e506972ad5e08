"""Undo and redo for the plan's edits: one history per open document, shared by the plan directeur's pages and the
action plan tab.

Plain Python, no widget. A page presenter records a :class:`Step` as it changes
the document (see :meth:`DocumentPagePresenter.change`): the step reads back,
through the same service, what the change replaced, and undoing replays that
through the same service call. A row added is undone by deleting it, a row deleted
by adding it back with its fields; rows are known by a :class:`Row` handle, so a row
added back under a new number keeps the steps recorded on it.

Undo never silently does something else: before replaying, a step checks that the
document still holds what the change left (the value it wrote, the row it added);
if not (changed elsewhere, row gone), the prompter says so and the step is dropped.
A change of many rows at once is one step (:func:`rows_step`, and
:mod:`bodiag.ui.presenters.action_steps` for the actions).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from bodiag.errors import InputError
from bodiag.ui.errors import reporting_failure
from bodiag.ui.i18n import tr

if TYPE_CHECKING:
    from bodiag.ui.prompter import Prompter

LIMIT = 200  # steps kept; the oldest go first


class Changed(InputError):
    """The document no longer holds what a step left: replaying it would do something else."""


class Row:
    """A row of the plan (a scenario, a committee member, a risk, a KPI) as the steps name it: its current key,
    updated when undo or redo adds it back under a new one."""

    def __init__(self, key: int | str):
        self.key = key


class Rows(NamedTuple):
    """One kind of plan row as undo sees it, each through its service: whether a key is there, a row's fields
    (as ``add`` takes them back), adding one (its new key) and deleting one."""

    kind: str
    exists: Callable[[int | str], bool]
    fields: Callable[[int | str], dict[str, object]]
    add: Callable[[dict[str, object]], int | str]
    delete: Callable[[int | str], object]


class Step:
    """One recorded change: ``undo`` puts back what it replaced, ``redo`` makes it again; each raises
    :class:`Changed` (or the service's error) when the document moved underneath."""

    def __init__(self, undo: Callable[[], object], redo: Callable[[], object]):
        self.undo = undo
        self.redo = redo


def _same(stored: object, expected: object) -> bool:
    if isinstance(stored, float) or isinstance(expected, float):
        try:
            return abs(float(stored) - float(expected)) < 1e-9  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
    return stored == expected


def field_step(read: Callable[[], object], write: Callable[[object], object], before: object, after: object) -> Step:
    """A value changed from ``before`` to ``after``: undo writes ``before`` back if ``after`` is still stored."""

    def put(expected: object, value: object) -> None:
        if not _same(read(), expected):
            raise Changed(tr("It was changed since, elsewhere: the step was dropped."))
        write(value)

    return Step(undo=lambda: put(after, before), redo=lambda: put(before, after))


def row_step(row: Row, exists: Callable[[int | str], bool], add: Callable[[], int | str],
             delete: Callable[[int | str], object], added: bool) -> Step:
    """A row ``added`` (else deleted): undo deletes it (else adds it back with its fields, ``add`` returning its
    new key), redo does the other."""

    def remove() -> None:
        if not exists(row.key):
            raise Changed(tr("The row is no longer there: the step was dropped."))
        delete(row.key)

    def restore() -> None:
        row.key = add()

    return Step(undo=remove, redo=restore) if added else Step(undo=restore, redo=remove)


def rows_step(handles: list[Row], rows: Rows, fields: list[dict[str, object]]) -> Step:
    """Rows added at once (the suggested risks, the method's scenarios), with the ``fields`` each was added with: undo
    deletes them all, but only if every one is still there as added; redo adds them all back."""

    def remove() -> None:
        for handle, values in zip(handles, fields):
            if not rows.exists(handle.key):
                raise Changed(tr("A row it added is no longer there: the step was dropped."))
            stored = rows.fields(handle.key)
            if stored.keys() != values.keys() or not all(_same(stored[k], values[k]) for k in values):
                raise Changed(tr("A row it added was changed since, elsewhere: the step was dropped."))
        for handle in handles:
            rows.delete(handle.key)

    def restore() -> None:
        for handle, values in zip(handles, fields):
            handle.key = rows.add(values)

    return Step(undo=remove, redo=restore)


class EditHistory:
    """The undo and redo stacks of one open document's plan directeur; its listeners read their pages again after a
    step is replayed (held weakly: a page closed with its tab is not kept alive)."""

    def __init__(self) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._rows: dict[tuple[str, int | str], Row] = {}
        self._listeners: list[weakref.WeakMethod] = []
        self._observers: list[weakref.WeakMethod] = []

    def row(self, kind: str, key: int | str) -> Row:
        """The handle of the row of ``kind`` stored under ``key`` now (the same handle for every step on it)."""
        for (k, _), handle in list(self._rows.items()):
            if k == kind and handle.key == key:
                return handle
        handle = Row(key)
        self._rows[(kind, id(handle))] = handle
        return handle

    def subscribe(self, listener: Callable[[], None]) -> None:
        """``listener``, a bound method, is called after undo or redo."""
        self._listeners.append(weakref.WeakMethod(listener))  # type: ignore[arg-type]

    def observe(self, observer: Callable[[], None]) -> None:
        """``observer``, a bound method, is called whenever what can be undone or redone changes (the Edit menu)."""
        self._observers.append(weakref.WeakMethod(observer))  # type: ignore[arg-type]

    def record(self, step: Step) -> None:
        self._undo.append(step)
        del self._undo[:-LIMIT]
        self._redo.clear()
        self._tell(self._observers)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self, prompter: Prompter) -> bool:
        """Undo the latest step; whether it was undone (a refusal is told and the step dropped)."""
        return bool(self._undo) and self._replay_latest(prompter, self._undo, self._redo, undoing=True)

    def redo(self, prompter: Prompter) -> bool:
        """Make the latest undone step again; whether it was made (a refusal is told and the step dropped)."""
        return bool(self._redo) and self._replay_latest(prompter, self._redo, self._undo, undoing=False)

    def _replay_latest(self, prompter: Prompter, source: list, target: list, *, undoing: bool) -> bool:
        """Replay the latest step of ``source`` backwards (``undoing``) or forwards; done, it moves to ``target``."""
        step = source.pop()
        if undoing:
            done = self._replay(prompter, step.undo, tr("The change was not undone"))
        else:
            done = self._replay(prompter, step.redo, tr("The change was not redone"))
        if done:
            target.append(step)
        self._tell(self._observers)
        return done

    def _replay(self, prompter: Prompter, action: Callable[[], object], failure: str) -> bool:
        with reporting_failure(prompter, failure) as attempt:
            action()
        self._tell(self._listeners)  # read the pages again, whether the step was replayed or refused
        return not attempt.failed

    @staticmethod
    def _tell(listeners: list[weakref.WeakMethod]) -> None:
        listeners[:] = [ref for ref in listeners if ref() is not None]
        for ref in list(listeners):
            listener = ref()
            if listener is not None:
                listener()
