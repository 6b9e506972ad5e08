"""The Report tab: the assessor's commentary, place by place, and the report's status and signatories.

Layout only: :class:`~bodiag.ui.presenters.deliverable.DeliverablePresenter` holds
the state and the commands. A commentary is saved with its button (or Ctrl+S)
and when another place is chosen; signatories when a field is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bodiag.ui import defs
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.deliverable import DeliverablePresenter

if TYPE_CHECKING:
    from bodiag.ui.context import AppContext
    from bodiag.ui.presenters.session import DocumentSession


class DeliverableView(QWidget):
    def __init__(self, context: AppContext, session: DocumentSession, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = DeliverablePresenter(context.prompter, session, lang)
        self._current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter)

        self.places = QListWidget(splitter)
        self.places.setAccessibleName(tr("Where the commentary goes"))
        self.places.currentRowChanged.connect(self._place_chosen)

        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(defs.MARGIN, 0, 0, 0)
        column.setSpacing(defs.SPACING)
        self.commentary_box = QGroupBox(tr("Assessor’s commentary"), right)
        box = QVBoxLayout(self.commentary_box)
        self.place_label = QLabel(self.commentary_box)
        self.place_label.setWordWrap(True)
        hint = QLabel(tr("Plain text: a blank line between paragraphs, « - » at the start of a line for a bullet."),
                      self.commentary_box)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.editor = QPlainTextEdit(self.commentary_box)
        self.editor.setAccessibleName(tr("Commentary"))
        self.editor.setTabChangesFocus(True)
        self.save = QPushButton(tr("&Save the commentary"), self.commentary_box)
        self.save.clicked.connect(self._save_text)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.editor, self._save_text)  # Ctrl+S
        box.addWidget(self.place_label)
        box.addWidget(hint)
        box.addWidget(self.editor, 1)
        box.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.commentary_box, 1)

        self.sign_box = QGroupBox(tr("Status and signatures"), right)
        form = QFormLayout(self.sign_box)
        self.status = QLabel(self.sign_box)
        form.addRow(tr("Status:"), self.status)
        self.fields: dict[str, QLineEdit] = {}
        for field, label in (("assessor", tr("&Assessor:")), ("assessor_role", tr("Assessor’s &function:")),
                             ("director", tr("&Director:")), ("director_role", tr("Director’s f&unction:"))):
            edit = QLineEdit(self.sign_box)
            edit.setAccessibleName(label.replace("&", "").rstrip(":").strip())
            edit.editingFinished.connect(lambda field=field, edit=edit: self.presenter.set_signatory(field, edit.text()))
            self.fields[field] = edit
            form.addRow(label, edit)
        buttons = QHBoxLayout()
        self.finalise = QPushButton(tr("Issue as &final…"), self.sign_box)
        self.finalise.clicked.connect(self.presenter.finalise)
        self.reopen = QPushButton(tr("&Re-open…"), self.sign_box)
        self.reopen.clicked.connect(self.presenter.reopen)
        buttons.addWidget(self.finalise)
        buttons.addWidget(self.reopen)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.events = QLabel(self.sign_box)
        self.events.setWordWrap(True)
        form.addRow(self.events)
        column.addWidget(self.sign_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 680])

        self.presenter.subscribe(self.refresh)
        self.refresh()
        self.places.setCurrentRow(0)
        self._show(0)  # the whole report's commentary, there from the start

    def refresh(self) -> None:
        p = self.presenter
        row = max(0, self.places.currentRow())
        self.places.blockSignals(True)
        self.places.clear()
        for place in p.places:
            item = QListWidgetItem(("    " * place.depth) + place.label + ("  ✎" if place.written else ""))
            item.setToolTip(tr("A commentary is written here") if place.written else "")
            if place.depth == 0:  # the report, each assessment, the plan: the list's headings
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.places.addItem(item)
        self.places.setCurrentRow(min(row, self.places.count() - 1))
        self.places.blockSignals(False)
        editable = not p.read_only and not p.final
        self.editor.setReadOnly(not editable)
        self.save.setEnabled(editable)
        self.status.setText(p.status_text())
        for field, edit in self.fields.items():
            if not edit.hasFocus():
                edit.setText(getattr(p.sign_off, field))
            edit.setReadOnly(not editable)
        self.finalise.setEnabled(editable)
        self.reopen.setEnabled(not p.read_only and p.final)
        self.events.setText("\n".join(p.events_text()))
        if self._current != -1:
            self._show(self._current)

    def _show(self, index: int) -> None:
        self._current = index
        self.place_label.setText(self.presenter.places[index].label)
        text = self.presenter.text_at(index)
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self.editor.document().setModified(False)

    def _place_chosen(self, index: int) -> None:
        if index < 0:
            return
        if self._current != -1 and self.editor.document().isModified() and not self.editor.isReadOnly():
            self.presenter.save_text(self._current, self.editor.toPlainText())  # keep what was typed before moving on
        self._show(index)

    def _save_text(self) -> None:
        if self._current != -1 and not self.editor.isReadOnly():
            self.presenter.save_text(self._current, self.editor.toPlainText())
