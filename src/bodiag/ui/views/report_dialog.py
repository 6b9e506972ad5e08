"""The options of a PDF report: where, which assessments, language, notes, anonymity, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from bodiag.ui.i18n import tr
from bodiag.ui.presenters.report_options import ReportOptions
from bodiag.ui.views.forms import buddy_label


class ReportDialog(QDialog):
    def __init__(self, suggested: Path, current_id: int | None, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.current_id = current_id
        self.setWindowTitle(tr("Export the PDF report"))
        form = QFormLayout(self)
        self.output = QLineEdit(str(suggested), self)
        self.output.setAccessibleName(tr("Report file"))
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self._browse_output)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        form.addRow(buddy_label(tr("&File:"), self.output, self), row)
        self.current_only = QRadioButton(tr("This assessment"), self)
        self.every = QRadioButton(tr("Every assessment of the document, with the plan directeur"), self)
        self.plan_only = QRadioButton(tr("The board note and the plan directeur alone"), self)
        (self.current_only if current_id is not None else self.every).setChecked(True)
        self.current_only.setEnabled(current_id is not None)
        form.addRow(tr("Content:"), self.current_only)
        form.addRow("", self.every)
        form.addRow("", self.plan_only)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "fr" else 1)
        self.language.setAccessibleName(tr("Report language"))
        form.addRow(tr("&Language:"), self.language)
        self.without_notes = QCheckBox(tr("Leave the notes out"), self)
        self.anonymise = QCheckBox(tr("Anonymise (no organisation or people's names)"), self)
        form.addRow("", self.without_notes)
        form.addRow("", self.anonymise)
        self.logo = QLineEdit(self)
        self.logo.setPlaceholderText(tr("Optional: PNG or JPEG"))
        self.logo.setAccessibleName(tr("Logo"))
        logo_browse = QPushButton(tr("Browse…"), self)
        logo_browse.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_browse)
        form.addRow(buddy_label(tr("L&ogo:"), self.logo, self), logo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 0)

    def _browse_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Export the PDF report"), self.output.text(), "PDF (*.pdf)")
        if name:
            self.output.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _browse_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Logo"), str(Path.home()), tr("Images") + " (*.png *.jpg *.jpeg)")
        if name:
            self.logo.setText(name)

    def options(self) -> ReportOptions:
        return ReportOptions(
            output=Path(self.output.text().strip()),
            lang=self.language.currentData(),
            assessment_ids=[self.current_id] if self.current_only.isChecked() and self.current_id is not None else None,
            without_notes=self.without_notes.isChecked(),
            anonymise=self.anonymise.isChecked(),
            plan_only=self.plan_only.isChecked(),
            logo=Path(self.logo.text().strip()) if self.logo.text().strip() else None,
        )
