"""Ctrl+Z and Ctrl+Shift+Z on the plan directeur's fields: the plan's undo unless the field has typing to undo.

A spin box or a line edit takes the undo keys for its own text, even when it has
none to undo; on the plan directeur each value is saved at once, so a field with
nothing typed to undo lets the keys through to the window's Undo and Redo, which
undo the plan's edits. Watched only while the tab is shown (an application-wide
filter costs every event).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget


def _is_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination().toCombined() == \
        QKeySequence("Ctrl+Shift+Z")[0].toCombined()


class UndoKeysToTheWindow(QObject):
    """An event filter over ``area``'s fields, installed with :meth:`watch` and removed with :meth:`stop`."""

    def __init__(self, area: QWidget):
        super().__init__(area)
        self.area = area

    def watch(self) -> None:
        QApplication.instance().installEventFilter(self)

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = not undo and _is_redo(event)
        if not (undo or redo) or not self.area.isAncestorOf(watched):
            return False
        if isinstance(watched, QAbstractSpinBox) or isinstance(watched.parent(), QAbstractSpinBox):
            return True  # a spin box's value is saved at each step: nothing of its own to undo
        if isinstance(watched, QLineEdit):
            typed = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
            return not typed  # nothing typed to undo: not overridden, the window's action runs
        return False
