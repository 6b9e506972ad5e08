"""Small helpers for the dialogs' forms and the plan directeur's pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from bodiag.ui.i18n import tr

# a table cell shown, selectable, never edited in place
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A form label whose ``&`` shortcut moves to ``buddy``.

    A QFormLayout row whose field is a layout (an edit and its Browse button) has no
    widget to give the label as buddy, so Qt shows the ``&`` as typed: « &Fichier : ».
    """
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def add_file_row(form: QFormLayout, label: str, edit: QLineEdit, browse: Callable[[], None], parent: QWidget) -> QPushButton:
    """A form row for a file's path: ``edit``, then a Browse… button that calls ``browse``; the button."""
    button = QPushButton(tr("Browse…"), parent)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    form.addRow(buddy_label(label, edit, parent), row)
    return button


def plain_label(text: str, parent: QWidget, *, bold: bool = False) -> QLabel:
    """A wrapping label that shows ``text`` as typed: names, titles, risks and notes come from users, never markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label
