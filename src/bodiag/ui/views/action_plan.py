"""The action plan: recommendations turned into actions, edited in place, exported and imported; each action under
its own number, the roadmap's; Edit › Undo and Redo undo its changes while the tab is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodiag.domain.records import ActionRecord
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL, label
from bodiag.ui import defs, formats
from bodiag.ui.context import AppContext
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.action_plan import ActionPlanPresenter
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.safe_text import tooltip
from bodiag.ui.presenters.export_folders import ExportFolders
from bodiag.ui.views.date_edit import OptionalDateEdit
from bodiag.ui.views.page import AssessmentPage
from bodiag.ui.views.plan_undo_keys import UndoKeysToTheWindow

NUMBER, TITLE, OWNER, DEADLINE, STATUS, COST, EFFORT, QUESTIONS = range(8)
TYPED = {TITLE: "title", OWNER: "owner", COST: "cost", QUESTIONS: "questions"}


class ActionPlanView(AssessmentPage):
    def __init__(self, context: AppContext, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None):
        super().__init__(presenter, lang, defs.SPACING, parent)
        self.plan = ActionPlanPresenter(context.prompter, presenter, ExportFolders(context.settings))
        self.read_only = not self.plan.can_edit
        self._undo_keys = UndoKeysToTheWindow(self)  # a date field's own undo would swallow the plan's
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
        self.whole_plan.toggled.connect(self.plan.set_whole_plan)
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
        self._filling = False
        self.plan.subscribe(self.refresh)
        self.refresh()

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        actions = self.plan.actions
        self.summary.setText(self.plan.summary())
        headers = self.plan.headers()
        self._filling = True
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            self._fill_row(row, action)
        self._filling = False
        self.table.horizontalHeaderItem(NUMBER).setToolTip(self.plan.number_tooltip())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (NUMBER, *range(OWNER, QUESTIONS + 1)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_row(self, row: int, action: ActionRecord) -> None:
        editable = Qt.ItemFlag.ItemIsEditable if not self.read_only else Qt.ItemFlag.NoItemFlags
        number = QTableWidgetItem()
        number.setData(Qt.ItemDataRole.DisplayRole, self.plan.number(action))  # an int: sorted as a number
        number.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # never typed over
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setToolTip(tooltip(action.title))
        self.table.setItem(row, NUMBER, number)
        for column, text in ((TITLE, action.title), (OWNER, action.owner), (COST, formats.amount(action.cost)),
                             (QUESTIONS, self.plan.questions_text(action))):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | editable)
            item.setToolTip(tooltip(action.notes or action.title))
            self.table.setItem(row, column, item)
        self.table.item(row, QUESTIONS).setToolTip(tr("The questions this action answers, by number: Q3, Q12"))
        deadline = OptionalDateEdit(action.deadline, self.table)
        deadline.setAccessibleName(tr("Deadline of %1").replace("%1", action.title))
        deadline.setEnabled(not self.read_only)
        deadline.dateChanged.connect(lambda _date, e=deadline: self._change(row, deadline=e.iso()))
        self.table.setCellWidget(row, DEADLINE, deadline)
        status = self._combo(ACTION_STATUS, action.status, False, lambda v: self._change(row, status=v))
        status.setAccessibleName(tr("Status of %1").replace("%1", action.title))
        self.table.setCellWidget(row, STATUS, status)
        effort = self._combo(LEVEL, action.effort, True, lambda v: self._change(row, effort=v))
        effort.setAccessibleName(tr("Effort of %1").replace("%1", action.title))
        self.table.setCellWidget(row, EFFORT, effort)

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

    # -- undoing: Edit › Undo and Redo, while the tab is shown --------------------------------

    @property
    def can_undo(self) -> bool:
        return self.plan.can_undo

    @property
    def can_redo(self) -> bool:
        return self.plan.can_redo

    def undo(self) -> None:
        self.plan.undo()

    def redo(self) -> None:
        self.plan.redo()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        self._undo_keys.watch()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().hideEvent(event)
        self._undo_keys.stop()

    # -- changing: the presenter decides, and redraws through refresh ------------------------

    def _change(self, row: int, **changes: object) -> None:
        if not self._filling:
            self.plan.change(row, **changes)

    def _edited(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() in TYPED:
            if self.plan.type_text(item.row(), TYPED[item.column()], item.text()) and item.column() in (COST, QUESTIONS):
                # shown again as stored (« Q3, Q12 », « 1 500,5 »), once Qt is done with the item being edited
                QTimer.singleShot(0, self.plan.reload)

    def create_from_recommendations(self) -> None:
        self.plan.create_from_recommendations()

    def add_action(self) -> None:
        if not self.plan.add_action():
            return
        newest = max(self.plan.actions, key=lambda a: a.id)
        row = self.plan.actions.index(newest)
        self.table.setCurrentCell(row, TITLE)
        self.table.scrollToItem(self.table.item(row, TITLE))
        self.table.setFocus()
        self.table.editItem(self.table.item(row, TITLE))  # the new action's title, ready to be typed over

    def delete_selected(self) -> None:
        self.plan.delete(self.table.currentRow())

    def export(self) -> None:
        self.plan.export()

    def import_(self) -> None:
        self.plan.import_()
