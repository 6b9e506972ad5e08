"""Small helpers for the dialogs' forms."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A form label whose ``&`` shortcut moves to ``buddy``.

    A QFormLayout row whose field is a layout (an edit and its Browse button) has no
    widget to give the label as buddy, so Qt shows the ``&`` as typed: « &Fichier : ».
    """
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label
