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
    QToolButton,
    QWidget,
)

from bodiag.domain.answers import Answer, format_number
from bodiag.domain.vocabulary import ROLES, label
from bodiag.errors import BodiagError
from bodiag.services import workshop
from bodiag.ui import defs
from bodiag.ui.context import AppContext
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.views.page import AssessmentPage, clear_layout
from bodiag.ui.views.panel import Panel

NO_ANSWER = "__none__"


def _run(context: AppContext, presenter: AnsweringPresenter, action: Callable[[], object]) -> bool:
    """Do a workshop action; refresh the answers it may have written; say why it failed."""
    try:
        action()
    except BodiagError as exc:
        context.prompter.show_error(tr("The workshop change was not made"), str(exc))
        return False
    presenter.reload()
    return True


class RespondentsBox(Panel):
    """Under the current question: what each respondent answered, editable, and the suggested consensus."""

    def __init__(self, context: AppContext, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.presenter, self.lang = context, presenter, lang
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(defs.MARGIN, defs.SPACING, defs.MARGIN, defs.SPACING)
        self._fields: list[tuple[QLineEdit, Callable[[str], object]]] = []  # typed into, each with what saves it
        presenter.subscribe(self.refresh)
        self.refresh()

    def commit_pending(self) -> None:
        """Save what is being typed (the question pane asks before anything moves)."""
        for edit, save in self._fields:
            self._save_field(edit, save, redraw=False)

    def _save_field(self, edit: QLineEdit, save: Callable[[str], object], redraw: bool) -> None:
        text = edit.text()
        if text in (edit.property("saved"), edit.property("refused")):
            return  # saved already, or refused and said so once
        try:
            save(text)
        except BodiagError as exc:
            edit.setProperty("refused", text)
            self.context.prompter.show_error(tr("The workshop change was not made"), str(exc))
            return
        edit.setProperty("saved", text)
        if redraw:  # a number moves the suggested consensus; a remark changes nothing else
            self.presenter.reload()

    def _field(self, text: str, save: Callable[[str], object], redraw: bool) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setReadOnly(self.presenter.session.read_only)
        edit.setProperty("saved", text)
        edit.editingFinished.connect(lambda: self._save_field(edit, save, redraw))
        self._fields.append((edit, save))
        return edit

    def refresh(self) -> None:
        self.commit_pending()  # typed for the question shown until now
        self._fields = []
        clear_layout(self.grid)
        p = self.presenter
        question = p.current
        people = workshop.respondents(p.session.diagnostic, p.assessment)
        self.setVisible(bool(people) and question is not None and question.kind != "text")
        if not self.isVisibleTo(self.parentWidget() or self) or question is None:
            return
        title = QLabel(tr("Respondents' answers"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.grid.addWidget(title, 0, 0, 1, 3)
        self.grid.setColumnStretch(2, 1)
        given = workshop.respondent_answers(p.session.diagnostic, p.assessment)
        for row, person in enumerate(people, start=1):
            name = QLabel(f"{person.name} ({label(ROLES, person.role, self.lang)})", self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(name, row, 0)
            answer, note = given.get(person.id, {}).get(question.id, (None, ""))
            control = self._answer_control(question, person, answer)
            control.setAccessibleName(tr("Answer of %1").replace("%1", person.name))
            self.grid.addWidget(control, row, 1)
            remark = self._field(note, self._saver(person, question.id, "note"), redraw=False)
            remark.setPlaceholderText(tr("Their remark"))
            remark.setAccessibleName(tr("Remark of %1").replace("%1", person.name))
            self.grid.addWidget(remark, row, 2)
        suggestion = workshop.suggest_consensus(p.session.diagnostic, p.assessment, question.id)
        if suggestion.answer is not None:
            row = len(people) + 1
            shown = suggestion.answer.display(p.questionnaire, question, self.lang)
            hint = QLabel(tr("Suggested consensus (%1): %2").replace("%1", self._basis(suggestion.basis)).replace(
                "%2", shown), self)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(hint, row, 0)
            apply = QPushButton(tr("Keep it as the answer"), self)
            apply.setEnabled(not p.session.read_only)
            apply.clicked.connect(lambda: _run(self.context, p, lambda: workshop.apply_consensus(
                p.session.diagnostic, p.assessment, question.id)))
            self.grid.addWidget(apply, row, 1)

    def _answer_control(self, question, person, answer: Answer | None) -> QWidget:  # noqa: ANN001
        """The respondent's answer, in the control its kind of question needs (a plain text if read-only)."""
        p = self.presenter
        scale = p.questionnaire.scale_of(question)
        if p.session.read_only or question.kind not in ("scale", "grid", "numeric", "checklist"):
            value = QLabel(answer.display(p.questionnaire, question, self.lang) if answer else "—", self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            return value
        if question.kind == "numeric":
            shown = format_number(answer.number, self.lang) if answer and answer.number is not None else ""
            edit = self._field(shown, self._saver(person, question.id, "value"), redraw=True)
            edit.setPlaceholderText(question.unit.get(self.lang))
            return edit
        if question.kind == "checklist":
            ticked = set(answer.items or ()) if answer else set()
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setText(tr("%1 of %2 ticked").replace("%1", str(len(ticked))).replace("%2", str(len(question.items)))
                           if answer else tr("Tick…"))
            menu = QMenu(button)
            for item in question.items:
                action = menu.addAction(item.label.get(self.lang))
                action.setCheckable(True)
                action.setChecked(item.id in ticked)
                action.toggled.connect(lambda on, iid=item.id, who=person: self._tick(who, question, ticked, iid, on))
            button.setMenu(menu)
            return button
        combo = QComboBox(self)
        combo.addItem("—", NO_ANSWER)
        for option in scale.options:
            combo.addItem(option.label.get(self.lang), option.id)
        combo.setCurrentIndex(max(0, combo.findData(answer.option if answer and answer.option else NO_ANSWER)))
        combo.currentIndexChanged.connect(
            lambda _i, who=person: self._set(who, None if combo.currentData() == NO_ANSWER else Answer(option=combo.currentData())))
        return combo

    def _tick(self, person, question, ticked: set[str], item_id: str, on: bool) -> None:  # noqa: ANN001
        now = ticked | {item_id} if on else ticked - {item_id}
        self._set(person, Answer(items=tuple(i.id for i in question.items if i.id in now)))

    def _saver(self, person, question_id: str, what: str) -> Callable[[str], object]:  # noqa: ANN001
        """What stores a typed text for ``question_id``, as the respondent's ``value`` or ``note``."""
        p = self.presenter

        def save(text: str) -> object:
            if what == "note":
                return workshop.respondent_answer(p.session.diagnostic, p.assessment, person, question_id, note=text)
            value = text.strip() or None  # an emptied number clears the answer
            return workshop.respondent_answer(p.session.diagnostic, p.assessment, person, question_id, value=value)

        return save

    def _basis(self, basis: str) -> str:
        return tr("median") if basis == "median" else tr("majority")

    def _set(self, person, value: Answer | None) -> None:  # noqa: ANN001
        p = self.presenter
        _run(self.context, p, lambda: workshop.respondent_answer(
            p.session.diagnostic, p.assessment, person, p.current.id, value=value))


class WorkshopView(AssessmentPage):
    """The respondents of the assessment, and its questions sorted by how much they divide them."""

    go_to_question = Signal(str)

    def __init__(self, context: AppContext, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None):
        super().__init__(presenter, lang, defs.MARGIN, parent)
        self.context = context
        self.diagnostic = presenter.session.diagnostic
        heading = QLabel(tr("Respondents"), self.body)
        self._bold(heading)
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
            self.role.addItem(text.get(lang), role_id)
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
            widget.setEnabled(not presenter.session.read_only)
        self.column.addLayout(form)
        self.divergence_title = QLabel(self.body)
        self._bold(self.divergence_title)
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
        self.apply_button.setEnabled(not presenter.session.read_only)
        self.goto_button = QPushButton(tr("Go to the question"), self.body)
        self.goto_button.clicked.connect(lambda: self._go(self.table.currentRow()))
        actions.addWidget(self.apply_button)
        actions.addWidget(self.goto_button)
        actions.addStretch(1)
        self.column.addLayout(actions)
        self._items: list[workshop.QuestionDivergence] = []
        presenter.subscribe(self.refresh)
        self.refresh()

    def _bold(self, widget: QLabel) -> None:
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)

    def refresh(self) -> None:
        p = self.presenter
        self.people.clear()
        for person in workshop.respondents(self.diagnostic, p.assessment):
            item = QListWidgetItem(f"{person.name} — {label(ROLES, person.role, self.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
        self._items = workshop.divergence(self.diagnostic, p.assessment)
        divergent = sum(i.divergent for i in self._items)
        self.divergence_title.setText(
            tr("Questions answered by several respondents: %1, divergent (2 levels apart or more): %2")
            .replace("%1", str(len(self._items))).replace("%2", str(divergent)))
        headers = [tr("Question"), tr("Spread"), tr("Answers"), tr("Suggestion"), tr("Answer kept")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            d = item.as_dict(self.lang)
            answers = "; ".join(tr("%1: %2").replace("%1", a["respondent"]["name"]).replace("%2", a["display"])
                                for a in d["answers"])
            cells = [d["text"], "—" if d["spread"] is None else str(d["spread"]), answers,
                     d["suggestion"]["display"] or "—", d["consensus"]["display"] or "—"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(("⚠ " if column == 1 and item.divergent else "") + text)
                cell.setToolTip(tooltip(text))
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def add_respondent(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        if _run(self.context, self.presenter, lambda: workshop.add_respondent(
                self.diagnostic, self.presenter.assessment, name, self.role.currentData())):
            self.name.clear()

    def _selected_respondent(self):  # noqa: ANN202
        item = self.people.currentItem()
        if item is None:
            return None
        return workshop.find_respondent(self.diagnostic, self.presenter.assessment, item.data(Qt.ItemDataRole.UserRole))

    def remove_respondent(self) -> None:
        person = self._selected_respondent()
        if person is None:
            return
        if self.context.prompter.confirm(tr("Remove a respondent"),
                                         tr("Remove %1 and their answers?").replace("%1", person.name)):
            _run(self.context, self.presenter, lambda: workshop.delete_respondent(self.diagnostic, person))

    def import_copy(self) -> None:
        person = self._selected_respondent()
        if person is None:
            self.context.prompter.inform(tr("Import a respondent's copy"), tr("Select the respondent first."))
            return
        path = self.context.prompter.choose_document_to_open(None)
        if path is not None:
            _run(self.context, self.presenter, lambda: workshop.import_respondent_copy(
                self.diagnostic, self.presenter.assessment, person, path))

    def apply_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._items):
            question_id = self._items[row].question.id
            _run(self.context, self.presenter, lambda: workshop.apply_consensus(
                self.diagnostic, self.presenter.assessment, question_id))

    def _go(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.go_to_question.emit(self._items[row].question.id)

