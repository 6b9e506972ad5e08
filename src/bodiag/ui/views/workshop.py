"""Workshops: the respondents, their answers to the current question, and the divergent questions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodiag.domain.answers import Answer
from bodiag.domain.vocabulary import ROLES
from bodiag.ui import defs
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip
from bodiag.ui.presenters.workshop import RespondentAnswer, WorkshopPresenter
from bodiag.ui.views.page import AssessmentPage, clear_layout
from bodiag.ui.views.panel import Panel

NO_ANSWER = "__none__"


def _bold(widget: QLabel) -> None:
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)


class RespondentsBox(Panel):
    """Under the current question: what each respondent answered, editable, and the suggested consensus."""

    def __init__(self, workshop: WorkshopPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.workshop = workshop
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(defs.MARGIN, defs.SPACING, defs.MARGIN, defs.SPACING)
        self._fields: list[tuple[QLineEdit, Callable[[str, bool], bool]]] = []  # typed into, each with what saves it
        workshop.subscribe(self.refresh)
        self.refresh()

    def commit_pending(self) -> None:
        """Save what is being typed (the question pane asks before anything moves)."""
        for edit, save in self._fields:
            self._save_field(edit, save, redraw=False)

    def _save_field(self, edit: QLineEdit, save: Callable[[str, bool], bool], redraw: bool) -> None:
        text = edit.text()
        if text in (edit.property("saved"), edit.property("refused")):
            return  # saved already, or refused and said so once
        edit.setProperty("saved" if save(text, redraw) else "refused", text)

    def _field(self, text: str, save: Callable[[str, bool], bool]) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setReadOnly(self.workshop.read_only)
        edit.setProperty("saved", text)
        edit.editingFinished.connect(lambda: self._save_field(edit, save, True))
        self._fields.append((edit, save))
        return edit

    def _saver(self, row: RespondentAnswer, question_id: str, what: str) -> Callable[[str, bool], bool]:
        return lambda text, redraw: self.workshop.save_typed(row.respondent, question_id, what, text, redraw=redraw)

    def refresh(self) -> None:
        self.commit_pending()  # typed for the question shown until now
        self._fields = []
        clear_layout(self.grid)
        w = self.workshop
        question = w.answering.current
        self.setVisible(w.shows_answers())
        if not self.isVisibleTo(self.parentWidget() or self) or question is None:
            return
        title = QLabel(tr("Respondents' answers"), self)
        _bold(title)
        self.grid.addWidget(title, 0, 0, 1, 3)
        self.grid.setColumnStretch(2, 1)
        rows = w.answers(question)
        for number, row in enumerate(rows, start=1):
            name = QLabel(row.name, self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(name, number, 0)
            control = self._answer_control(question, row)
            control.setAccessibleName(tr("Answer of %1").replace("%1", row.respondent.name))
            self.grid.addWidget(control, number, 1)
            remark = self._field(row.note, self._saver(row, question.id, "note"))
            remark.setPlaceholderText(tr("Their remark"))
            remark.setAccessibleName(tr("Remark of %1").replace("%1", row.respondent.name))
            self.grid.addWidget(remark, number, 2)
        suggestion = w.suggestion(question)
        if suggestion is not None:
            hint = QLabel(suggestion, self)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(hint, len(rows) + 1, 0)
            apply = QPushButton(tr("Keep it as the answer"), self)
            apply.setEnabled(not w.read_only)
            apply.clicked.connect(lambda: w.apply_consensus(question.id))
            self.grid.addWidget(apply, len(rows) + 1, 1)

    def _answer_control(self, question, row: RespondentAnswer) -> QWidget:  # noqa: ANN001
        """The respondent's answer, in the control the presenter says its kind of question needs."""
        w, answer = self.workshop, row.answer
        kind = w.control(question)
        if kind == "label":
            value = QLabel(w.display(question, answer), self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            return value
        if kind == "number":
            edit = self._field(w.number_text(answer), self._saver(row, question.id, "value"))
            edit.setPlaceholderText(question.unit.get(w.lang))
            return edit
        if kind == "checklist":
            ticked = set(answer.items or ()) if answer else set()
            button = QPushButton(w.ticked_text(question, answer), self)  # a push button makes room for its menu's arrow
            menu = QMenu(button)
            for item in question.items:
                action = menu.addAction(item.label.get(w.lang))
                action.setCheckable(True)
                action.setChecked(item.id in ticked)
                action.toggled.connect(lambda on, iid=item.id: w.tick(row.respondent, question, ticked, iid, on))
            button.setMenu(menu)
            button.setEnabled(not w.read_only)
            return button
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # sized once, to its longest option
        combo.addItem("—", NO_ANSWER)
        for option in w.answering.questionnaire.scale_of(question).options:
            combo.addItem(option.label.get(w.lang), option.id)
        combo.setCurrentIndex(max(0, combo.findData(answer.option if answer and answer.option else NO_ANSWER)))
        combo.setEnabled(not w.read_only)
        combo.currentIndexChanged.connect(lambda _i: w.set_answer(
            row.respondent, None if combo.currentData() == NO_ANSWER else Answer(option=combo.currentData())))
        return combo


class WorkshopView(AssessmentPage):
    """The respondents of the assessment, and its questions sorted by how much they divide them."""

    go_to_question = Signal(str)

    def __init__(self, workshop: WorkshopPresenter, parent: QWidget | None = None):
        super().__init__(workshop.answering, workshop.lang, defs.MARGIN, parent)
        self.workshop = workshop
        heading = QLabel(tr("Respondents"), self.body)
        _bold(heading)
        self.column.addWidget(heading)
        self.people = QListWidget(self.body)
        self.people.setAccessibleName(tr("Respondents"))
        self.people.setMaximumHeight(150)
        self.column.addWidget(self.people)
        form = QHBoxLayout()
        self.name = QLineEdit(self.body)
        self.name.setPlaceholderText(tr("Name"))
        self.name.setAccessibleName(tr("Respondent's name"))
        self.role = QComboBox(self.body)
        self.role.setAccessibleName(tr("Role"))
        for role_id, text in ROLES.items():
            self.role.addItem(text.get(self.lang), role_id)
        self.add_button = QPushButton(tr("Add"), self.body)
        self.add_button.clicked.connect(self.add_respondent)
        self.name.returnPressed.connect(self.add_respondent)
        self.remove_button = QPushButton(tr("Remove"), self.body)
        self.remove_button.clicked.connect(self.remove_respondent)
        self.import_button = QPushButton(tr("Import a respondent's copy…"), self.body)
        self.import_button.setToolTip(tr("The .bodiag copy in which this respondent answered"))
        self.import_button.clicked.connect(self.import_copy)
        for widget in (self.name, self.role, self.add_button, self.remove_button, self.import_button):
            form.addWidget(widget)
        self.column.addLayout(form)
        self.divergence_title = QLabel(self.body)
        _bold(self.divergence_title)
        self.column.addWidget(self.divergence_title)
        self.table = QTableWidget(self.body)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Questions by divergence"))
        self.table.cellDoubleClicked.connect(lambda row, _c: self._go(row))
        self.column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.apply_button = QPushButton(tr("Keep the suggestion as the answer"), self.body)
        self.apply_button.clicked.connect(self.apply_selected)
        self.goto_button = QPushButton(tr("Go to the question"), self.body)
        self.goto_button.clicked.connect(lambda: self._go(self.table.currentRow()))
        actions.addWidget(self.apply_button)
        actions.addWidget(self.goto_button)
        actions.addStretch(1)
        self.column.addLayout(actions)
        workshop.subscribe(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        w = self.workshop
        for widget in (self.name, self.role, self.add_button, self.remove_button, self.import_button, self.apply_button):
            widget.setEnabled(not w.read_only)  # read-only, or frozen by a final report until it is re-opened
        self.people.clear()
        for respondent_id, text in w.respondent_lines():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, respondent_id)
            self.people.addItem(item)
        rows = w.divergence_rows()
        self.divergence_title.setText(w.divergence_title())
        headers = w.divergence_headers()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row.cells):
                cell = QTableWidgetItem(("⚠ " if column == 1 and row.divergent else "") + text)
                cell.setToolTip(tooltip(text))
                self.table.setItem(number, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def add_respondent(self) -> None:
        if self.workshop.add_respondent(self.name.text(), self.role.currentData()):
            self.name.clear()

    def _selected_respondent(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def remove_respondent(self) -> None:
        self.workshop.remove_respondent(self._selected_respondent())

    def import_copy(self) -> None:
        self.workshop.import_copy(self._selected_respondent())

    def apply_selected(self) -> None:
        self.workshop.apply_row(self.table.currentRow())

    def _go(self, row: int) -> None:
        question_id = self.workshop.question_at(row)
        if question_id is not None:
            self.go_to_question.emit(question_id)
