"""The action plan: recommendations turned into actions, edited in place, exported and imported."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL, label
from bodiag.errors import BodiagError
from bodiag.services import action_plan
from bodiag.storage.actions import ActionRecord
from bodiag.ui import defs
from bodiag.ui.context import AppContext
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.views.page import AssessmentPage

TITLE, OWNER, DEADLINE, STATUS, COST, EFFORT, QUESTIONS = range(7)


class ActionPlanView(AssessmentPage):
    def __init__(self, context: AppContext, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None):
        super().__init__(presenter, lang, defs.SPACING, parent)
        self.context = context
        self.diagnostic = presenter.session.diagnostic
        self.read_only = presenter.session.read_only
        bar = QHBoxLayout()
        self.from_recommendations = QPushButton(tr("Create from the recommendations"), self.body)
        self.from_recommendations.setToolTip(tr("One action per recommendation of this assessment, by priority; "
                                                "those already in the plan are not added twice"))
        self.from_recommendations.clicked.connect(self.create_from_recommendations)
        self.add_button = QPushButton(tr("Add an action"), self.body)
        self.add_button.clicked.connect(self.add_action)
        self.delete_button = QPushButton(tr("Delete"), self.body)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(tr("Export…"), self.body)
        self.export_button.setToolTip(tr("To a spreadsheet (XLSX) or CSV, with French headers"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(tr("Import…"), self.body)
        self.import_button.setToolTip(tr("The same file, edited: actions are updated, not duplicated"))
        self.import_button.clicked.connect(self.import_)
        for button in (self.from_recommendations, self.add_button, self.delete_button, self.export_button,
                       self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.whole_plan = QCheckBox(tr("Every assessment"), self.body)
        self.whole_plan.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.whole_plan)
        self.column.addLayout(bar)
        for button in (self.from_recommendations, self.add_button, self.delete_button, self.import_button):
            button.setEnabled(not self.read_only)
        self.summary = QLabel(self.body)
        self.column.addWidget(self.summary)
        self.table = QTableWidget(self.body)
        self.table.setAccessibleName(tr("Action plan"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._edited)
        self.column.addWidget(self.table, 1)
        self.actions: list[ActionRecord] = []
        self._filling = False
        self.refresh()

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        scope = None if self.whole_plan.isChecked() else self.presenter.assessment
        self.actions = action_plan.list_actions(self.diagnostic, scope)
        done = sum(a.status == "done" for a in self.actions)
        self.summary.setText(tr("%1 actions, %2 done").replace("%1", str(len(self.actions))).replace("%2", str(done)))
        headers = [tr("Action"), tr("Owner"), tr("Deadline"), tr("Status"), tr("Cost (€)"), tr("Effort"),
                   tr("Questions")]
        self._filling = True
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.actions))
        for row, action in enumerate(self.actions):
            self._fill_row(row, action)
        self._filling = False
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(OWNER, QUESTIONS + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_row(self, row: int, action: ActionRecord) -> None:
        editable = Qt.ItemFlag.ItemIsEditable if not self.read_only else Qt.ItemFlag.NoItemFlags
        for column, text in ((TITLE, action.title), (OWNER, action.owner),
                             (COST, "" if action.cost is None else QLocale().toString(action.cost, "f", 0))):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | editable)
            item.setToolTip(tooltip(action.notes or action.title))
            self.table.setItem(row, column, item)
        questions = QTableWidgetItem(", ".join(action.question_ids))
        questions.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, QUESTIONS, questions)
        deadline = QDateEdit(self.table)
        deadline.setCalendarPopup(True)
        deadline.setSpecialValueText("—")
        deadline.setMinimumDate(QDate(2000, 1, 1))
        deadline.setDate(QDate.fromString(action.deadline, Qt.DateFormat.ISODate) if action.deadline
                         else deadline.minimumDate())
        deadline.setAccessibleName(tr("Deadline"))
        deadline.setEnabled(not self.read_only)
        deadline.dateChanged.connect(lambda date, a=action, e=deadline: self._change(
            a, deadline=None if date == e.minimumDate() else date.toString(Qt.DateFormat.ISODate)))
        self.table.setCellWidget(row, DEADLINE, deadline)
        self.table.setCellWidget(row, STATUS, self._combo(ACTION_STATUS, action.status, False,
                                                          lambda v, a=action: self._change(a, status=v)))
        self.table.setCellWidget(row, EFFORT, self._combo(LEVEL, action.effort, True,
                                                          lambda v, a=action: self._change(a, effort=v)))

    def _combo(self, table: dict, current: str | None, optional: bool, on_change) -> QComboBox:  # noqa: ANN001
        combo = QComboBox(self.table)
        if optional:
            combo.addItem("—", None)
        for key in table:
            combo.addItem(label(table, key, self.lang), key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setEnabled(not self.read_only)
        combo.currentIndexChanged.connect(lambda _i: on_change(combo.currentData()))
        return combo

    # -- changing ------------------------------------------------------------------------

    def _run(self, action, *, refresh: bool = True) -> bool:  # noqa: ANN001
        try:
            action()
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The action plan was not changed"), str(exc))
            self.refresh()
            return False
        if refresh:
            self.refresh()
        return True

    def _change(self, action: ActionRecord, **changes: object) -> None:
        if not self._filling:
            self._run(lambda: action_plan.update(self.diagnostic, action, **changes), refresh=False)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self.actions):
            return
        action = self.actions[item.row()]
        field = {TITLE: "title", OWNER: "owner", COST: "cost"}.get(item.column())
        if field is not None:
            text = item.text().strip()
            self._run(lambda: action_plan.update(self.diagnostic, action, **{field: text or None}), refresh=False)

    def create_from_recommendations(self) -> None:
        self._run(lambda: action_plan.from_recommendations(self.diagnostic, self.presenter.assessment))

    def add_action(self) -> None:
        self._run(lambda: action_plan.add(self.diagnostic, tr("New action"), assessment=self.presenter.assessment))
        self.table.setCurrentCell(self.table.rowCount() - 1, TITLE)

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.actions) and self.context.prompter.confirm(
                tr("Delete an action"), tr("Delete “%1”?").replace("%1", self.actions[row].title)):
            self._run(lambda: action_plan.delete(self.diagnostic, self.actions[row]))

    def export(self) -> None:
        from bodiag.services.action_files import export_actions

        organisation = self.diagnostic.organisation.name
        suggested = self.diagnostic.document.path.parent / (organisation + " - " + tr("action plan") + ".xlsx")
        path = self.context.prompter.choose_spreadsheet_to_save(suggested)
        if path is not None:
            scope = None if self.whole_plan.isChecked() else self.presenter.assessment
            if self._run(lambda: export_actions(self.diagnostic, path, scope), refresh=False):
                self.context.prompter.inform(tr("Action plan exported"), str(path))

    def import_(self) -> None:
        from bodiag.services.action_files import import_actions

        path = self.context.prompter.choose_spreadsheet_to_open()
        if path is not None:
            self._run(lambda: import_actions(self.diagnostic, path, self.presenter.assessment))
