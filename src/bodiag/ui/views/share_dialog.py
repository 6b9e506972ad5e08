"""Save a copy to share: where, and whether to leave notes and people's names out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from bodiag.ui.i18n import tr
from bodiag.ui.presenters.report_options import ShareOptions


class ShareDialog(QDialog):
    def __init__(self, suggested: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Save a copy to share"))
        form = QFormLayout(self)
        intro = QLabel(tr("The copy is a complete document. It opens read-only for whoever receives it, "
                          "until they choose to take it over. Your document is not changed."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.output = QLineEdit(str(suggested), self)
        self.output.setAccessibleName(tr("Copy file"))
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        form.addRow(tr("&File:"), row)
        self.strip_notes = QCheckBox(tr("Leave the notes out"), self)
        self.strip_names = QCheckBox(tr("Replace people's names (respondents, assessors, owners)"), self)
        form.addRow("", self.strip_notes)
        form.addRow("", self.strip_names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(600, 0)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save a copy to share"), self.output.text(),
                                              tr("bodiag documents") + " (*.bodiag)")
        if name:
            self.output.setText(name if name.endswith(".bodiag") else name + ".bodiag")

    def options(self) -> ShareOptions:
        return ShareOptions(Path(self.output.text().strip()), self.strip_notes.isChecked(), self.strip_names.isChecked())
