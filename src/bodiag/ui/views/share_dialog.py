"""Save a copy to share: where, and whether to leave notes and people's names out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bodiag.ui import theme
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.report_options import ShareOptions
from bodiag.ui.views.forms import add_file_row


class ShareDialog(QDialog):
    def __init__(self, suggested: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Save a copy to share"))
        column = QVBoxLayout(self)
        self.intro = QLabel(tr("The copy is a complete document. It opens read-only for whoever receives it, "
                               "until they choose to take it over. Your document is not changed."), self)
        self.intro.setWordWrap(True)  # above the form, not in a row of it: a form row clips wrapped text
        column.addWidget(self.intro)
        form = QFormLayout()
        column.addLayout(form)
        self.output = QLineEdit(str(suggested), self)
        self.output.setAccessibleName(tr("Copy file"))
        add_file_row(form, tr("&File:"), self.output, self._browse, self)
        self.strip_notes = QCheckBox(tr("Leave the notes out"), self)
        self.strip_names = QCheckBox(tr("Replace people's names (respondents, assessors, owners)"), self)
        form.addRow("", self.strip_notes)
        form.addRow("", self.strip_names)
        self.names_in_notes = QLabel(tr("Names typed inside the notes are not replaced: leave the notes out too, "
                                        "or read them first."), self)
        self.names_in_notes.setWordWrap(True)
        theme.notice(self.names_in_notes)
        self.names_in_notes.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.names_in_notes)
        for box in (self.strip_notes, self.strip_names):
            box.toggled.connect(self._warn)
        self._warn()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(600, 0)

    def _warn(self) -> None:
        """Replacing names keeps the notes as typed: say so while they are kept."""
        self.names_in_notes.setVisible(self.strip_names.isChecked() and not self.strip_notes.isChecked())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save a copy to share"), self.output.text(),
                                              tr("bodiag documents") + " (*.bodiag)")
        if name:
            self.output.setText(name if name.endswith(".bodiag") else name + ".bodiag")

    def options(self) -> ShareOptions:
        return ShareOptions(Path(self.output.text().strip()), self.strip_notes.isChecked(), self.strip_names.isChecked())
