"""The options of a report: where, for whom, in which format, which assessments, language, notes, anonymity and the
words it hides, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from bodiag.ui.i18n import tr
from bodiag.ui.presenters.branding import applying_text
from bodiag.ui.presenters.report_options import ReportOptions, formats_for, output_path, parse_terms, report_options_apply, terms_text
from bodiag.ui.views.elided_label import ElidedLabel
from bodiag.ui.views.forms import add_file_row, buddy_label


class ReportDialog(QDialog):
    def __init__(self, suggested: Path, current_id: int | None, lang: str, parent: QWidget | None = None,
                 terms: list[str] | None = None):
        super().__init__(parent)
        self.current_id = current_id
        self.setWindowTitle(tr("Export the report"))
        form = QFormLayout(self)
        self.output = QLineEdit(str(suggested), self)
        self.output.setAccessibleName(tr("Report file"))
        add_file_row(form, tr("&File:"), self.output, self._browse_output, self)
        self.current_only = QRadioButton(tr("This assessment"), self)
        self.every = QRadioButton(tr("Every assessment of the document, with the plan directeur"), self)
        self.board = QRadioButton(tr("The board note alone (one or two pages, for the board)"), self)
        self.plan_only = QRadioButton(tr("The board note and the plan directeur alone"), self)
        self.actions = QRadioButton(tr("The action list (spreadsheet, for whoever does the work)"), self)
        self.audiences = QButtonGroup(self)
        for index, button in enumerate((self.current_only, self.every, self.board, self.plan_only, self.actions)):
            self.audiences.addButton(button, index)
        (self.current_only if current_id is not None else self.every).setChecked(True)
        self.current_only.setEnabled(current_id is not None)
        form.addRow(tr("Content:"), self.current_only)
        for button in (self.every, self.board, self.plan_only, self.actions):
            form.addRow("", button)
        self.format = QComboBox(self)
        self.format.setAccessibleName(tr("Report format"))
        form.addRow(tr("Fo&rmat:"), self.format)
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
        self.terms = QLineEdit(terms_text(terms or []), self)
        self.terms.setPlaceholderText(tr("A product, a site, a client… separated by commas"))
        self.terms.setAccessibleName(tr("Other words to hide"))
        self.terms.setToolTip(tr("Anonymising hides the organisation's name, its sector, its city and people's names; "
                                 "these words are hidden too, wherever they were typed. The list is kept in the document."))
        form.addRow(buddy_label(tr("&Hide too:"), self.terms, self), self.terms)
        self.anonymise.toggled.connect(self.terms.setEnabled)
        self.terms.setEnabled(False)
        self.logo = QLineEdit(self)
        self.logo.setPlaceholderText(tr("Optional: PNG or JPEG"))
        self.logo.setAccessibleName(tr("Logo"))
        self.logo_browse = add_file_row(form, tr("L&ogo:"), self.logo, self._browse_logo, self)
        self.branding = ElidedLabel(self)  # the firm's branding every report takes (Settings), whole in its tooltip
        self.branding.setText(applying_text())
        form.addRow("", self.branding)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.audiences.idToggled.connect(lambda _id, checked: checked and self._audience_changed())
        self.format.currentIndexChanged.connect(self._format_changed)
        self._audience_changed()
        self.resize(640, 0)

    # -- what the choices imply ----------------------------------------------------------

    def audience(self) -> str:
        if self.board.isChecked():
            return "board"
        if self.plan_only.isChecked():
            return "plan"
        if self.actions.isChecked():
            return "actions"
        return "full"

    def _audience_changed(self) -> None:
        audience = self.audience()
        current = self.format.currentData()
        labels = {"pdf": tr("PDF (to read and print)"), "docx": tr("Word DOCX (to edit)"), "xlsx": tr("Excel XLSX spreadsheet")}
        self.format.blockSignals(True)
        self.format.clear()
        for name in formats_for(audience):
            self.format.addItem(labels[name], name)
        index = self.format.findData(current)
        self.format.setCurrentIndex(max(index, 0))
        self.format.blockSignals(False)
        self.format.setEnabled(self.format.count() > 1)
        for widget in (self.logo, self.logo_browse):
            widget.setEnabled(report_options_apply(audience))
        self._format_changed()

    def _format_changed(self) -> None:
        text = self.output.text().strip()
        if text and self.format.currentData():
            self.output.setText(str(output_path(Path(text), self.format.currentData())))

    def _browse_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Export the report"), self.output.text(), self.format.currentText())
        if name:
            self.output.setText(str(output_path(Path(name), self.format.currentData())))

    def _browse_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Logo"), str(Path.home()), tr("Images") + " (*.png *.jpg *.jpeg)")
        if name:
            self.logo.setText(name)

    def options(self) -> ReportOptions:
        audience = self.audience()
        applies = report_options_apply(audience)
        return ReportOptions(
            output=Path(self.output.text().strip()),
            lang=self.language.currentData(),
            hidden_terms=parse_terms(self.terms.text()) if self.anonymise.isChecked() else None,
            assessment_ids=[self.current_id] if self.current_only.isChecked() and self.current_id is not None else None,
            without_notes=self.without_notes.isChecked(),
            anonymise=self.anonymise.isChecked(),
            logo=Path(self.logo.text().strip()) if applies and self.logo.text().strip() else None,
            audience=audience,
            format=self.format.currentData(),
        )
