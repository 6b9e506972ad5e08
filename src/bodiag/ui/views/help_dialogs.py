"""The Help menu's dialogs: the keyboard shortcuts (F1) and About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodiag.ui import defs, theme
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.help import AboutInfo


def _closing_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    return buttons


class ShortcutsDialog(QDialog):
    """Every key of the app in a two-column table, readable by a screen reader row by row."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("What it does")])
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for index, (keys, what) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(index, 0, key_item)
            self.table.setItem(index, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        layout.addWidget(_closing_buttons(self))
        self.resize(560, min(720, 90 + 30 * len(rows)))


class AboutDialog(QDialog):
    """The version, the licence, and the questionnaires' versions (bundled, and in the open document)."""

    def __init__(self, info: AboutInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("About bodiag"))
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SPACING)
        heading = QLabel(f"bodiag {escape(info.version)}", self)
        theme.title(heading, 18)
        layout.addWidget(heading)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        parts = [
            escape(tr("Diagnose the back office of a small or mid-sized company, offline.")),
            escape(tr("Licence: %1. Free software: you may share and change it under its terms.")
                   .replace("%1", info.licence)),
            "<b>" + escape(tr("Bundled questionnaires")) + "</b>" + _list(info.bundled),
        ]
        if info.in_document:
            parts.append("<b>" + escape(tr("In the open document")) + "</b>" + _list(info.in_document))
        self.text.setText("".join(f"<p>{part}</p>" for part in parts))
        self.text.setMinimumWidth(480)
        layout.addWidget(self.text)
        layout.addWidget(_closing_buttons(self))


def _list(rows) -> str:  # noqa: ANN001 - QuestionnaireVersion rows
    version = tr("version %1")
    items = "".join(
        f"<li>{escape(r.title)} — <code>{escape(r.id)}</code>, {escape(version.replace('%1', r.version))}</li>"
        for r in rows
    )
    return f"<ul>{items}</ul>"
