"""The plan directeur: the synthesis across questionnaires, the target vision, the scenarios compared, the roadmap
(:mod:`bodiag.ui.views.roadmap`) and the governance (:mod:`bodiag.ui.views.governance`).

Layout only: :class:`~bodiag.ui.presenters.plan.PlanPresenter` reads the plan and
changes it. Tables keep their widgets while their rows stay the same (a value
saved is redrawn in place, so the keyboard focus stays where it was); they are
rebuilt when a row comes or goes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodiag.domain.scenarios import CRITERIA
from bodiag.services.plan import MAX_CAPACITY
from bodiag.ui import defs, theme
from bodiag.ui.context import AppContext
from bodiag.ui.i18n import tr
from bodiag.ui.views.forms import READ_ONLY, plain_label
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.governance import GovernancePresenter
from bodiag.ui.presenters.plan import ItemRow, PlanPresenter, ScenarioRow, VisionTable
from bodiag.ui.presenters.roadmap import RoadmapPresenter
from bodiag.ui.presenters.session import DocumentSession
from bodiag.ui.safe_text import tooltip
from bodiag.ui.views.charts import ChartItem, RadarWidget
from bodiag.ui.views.governance import GovernancePage
from bodiag.ui.views.page import ScrollColumn, clear_layout
from bodiag.ui.views.plan_undo_keys import UndoKeysToTheWindow
from bodiag.ui.views.roadmap import RoadmapPage

ROW_HEIGHT = 30
PART, TODAY, TARGET, GAP, AMBITION, RESET = range(6)
TITLE, FIRST_RATING = 0, 1
TOTAL, RANK, COST = FIRST_RATING + len(CRITERIA), FIRST_RATING + len(CRITERIA) + 1, FIRST_RATING + len(CRITERIA) + 2



def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def _fit(table: QTableWidget) -> None:
    """A table as tall as its rows: the page scrolls, not the table."""
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + ROW_HEIGHT * max(1, table.rowCount()) + 4)


def _new_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _cell(text: str, flags: Qt.ItemFlag = READ_ONLY, center: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(flags)
    item.setToolTip(tooltip(text))
    if center:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _items_table(table: QTableWidget, headers: list[str], rows: list[list[str]], stretch: tuple[int, ...]) -> None:
    """A read-only table of ``rows``; the ``stretch`` columns share the width, the others fit their text."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, _cell(text, center=c not in stretch))
    header = table.horizontalHeader()
    for c in range(len(headers)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    _fit(table)


class _Page(ScrollColumn):
    """One page of the tab: a frameless scroll area whose ``column`` the page fills."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(defs.SPACING, parent)


class SynthesisPage(_Page):
    def __init__(self, plan: PlanPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.provisional = plain_label("", self.body)
        theme.notice(self.provisional)
        self.provisional.setContentsMargins(12, 6, 12, 6)
        self.column.addWidget(self.provisional)

        row = QHBoxLayout()
        self.capacity_label = QLabel(tr("Capacity per &quarter:"), self.body)
        self.capacity = QSpinBox(self.body)
        self.capacity.setRange(1, int(MAX_CAPACITY))
        self.capacity.setSuffix(" " + tr("person-days"))
        self.capacity.setKeyboardTracking(False)  # saved when typing is done (Enter, focus out), not each digit
        self.capacity.setAccessibleName(tr("Capacity per quarter, in person-days"))
        self.capacity_label.setBuddy(self.capacity)
        self.from_headcount = QCheckBox(tr("From the head&count"), self.body)
        self.from_headcount.setToolTip(tr("15 person-days a quarter for 1–9 people, 30 for 10–49, 60 for 50–249, "
                                          "120 beyond"))
        row.addWidget(self.capacity_label)
        row.addWidget(self.capacity)
        row.addWidget(self.from_headcount)
        row.addStretch(1)
        self.column.addLayout(row)
        self.capacity.valueChanged.connect(self._capacity_changed)
        self.from_headcount.toggled.connect(self._headcount_toggled)

        self.findings = self._section(tr("Findings"))
        self.decisions = self._section(tr("Decisions requested"))
        self.column.addWidget(plain_label(tr("The first three actions"), self.body, bold=True))
        self.first = _new_table(self.body, tr("The first three actions"))
        self.column.addWidget(self.first)
        self.capacity_line = plain_label("", self.body)
        self.column.addWidget(self.capacity_line)
        self.risks = self._section(tr("Risks of doing nothing"))
        self.column.addWidget(plain_label(tr("Everything to do, by priority"), self.body, bold=True))
        self.items = _new_table(self.body, tr("Everything to do, by priority"))
        self.column.addWidget(self.items)
        self.column.addStretch(1)
        for widget in (self.capacity, self.from_headcount):
            widget.setEnabled(plan.can_edit)

    def _section(self, heading: str) -> QLabel:
        title = plain_label(heading, self.body, bold=True)
        text = plain_label("", self.body)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(heading)
        self.column.addWidget(title)
        self.column.addWidget(text)
        text.heading = title
        return text

    def refresh(self) -> None:
        model = self.plan.synthesis
        self.provisional.setText(_bullets(model.provisional))
        self.provisional.setVisible(bool(model.provisional))
        for widget in (self.capacity, self.from_headcount):
            widget.blockSignals(True)
        self.capacity.setValue(round(self.plan.capacity_days))
        self.from_headcount.setChecked(self.plan.capacity_from_headcount)
        for widget in (self.capacity, self.from_headcount):
            widget.blockSignals(False)
        self.capacity.setEnabled(self.plan.can_edit and not self.plan.capacity_from_headcount)
        for label, lines in ((self.findings, model.findings), (self.decisions, model.decisions),
                             (self.risks, model.risks)):
            label.setText(_bullets(lines))
            label.setVisible(bool(lines))
            label.heading.setVisible(bool(lines))
        _items_table(self.first, self.plan.first_headers(),
                     [[str(r.rank), r.title, r.status, r.workload, r.owner] for r in model.first], (1,))
        self.capacity_line.setText(model.capacity)
        _items_table(self.items, self.plan.item_headers(), [self._item(r) for r in model.items], (1, 2))

    @staticmethod
    def _item(row: ItemRow) -> list[str]:
        return [str(row.rank), row.title, row.questionnaires, row.impact, row.workload, row.status]

    def _capacity_changed(self, value: int) -> None:
        self.plan.set_capacity(float(value))

    def _headcount_toggled(self, on: bool) -> None:
        self.plan.set_capacity(None if on else float(self.capacity.value()))


class VisionPage(_Page):
    def __init__(self, plan: PlanPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        intro = plain_label(tr("For each part, where it stands today and where it should be at the plan's end. "
                          "A target not chosen is a suggestion: one step up from today."), self.body)
        theme.hint(intro)
        self.column.addWidget(intro)
        self.tables: dict[str, QTableWidget] = {}
        self.radars: dict[str, RadarWidget] = {}  # above the tables of three parts or more; the table says the same
        self._keys: list[tuple[str, list[str]]] = []
        self.holder = QVBoxLayout()
        self.holder.setSpacing(defs.SPACING)
        self.column.addLayout(self.holder)
        self.column.addStretch(1)

    def refresh(self) -> None:
        keys = [(t.questionnaire_id, [p.section_id for p in t.parts]) for t in self.plan.vision]
        if keys != self._keys:
            self._keys = keys
            clear_layout(self.holder)
            self.tables, self.radars = {}, {}
            for vision in self.plan.vision:
                self.holder.addWidget(plain_label(vision.title, self.body, bold=True))
                if len(vision.parts) >= 3:
                    radar = RadarWidget(self.body)
                    radar.setAccessibleName(tr("Radar of the target vision of %1").replace("%1", vision.title))
                    self.holder.addWidget(radar)
                    self.radars[vision.questionnaire_id] = radar
                table = _new_table(self.body, tr("Target vision of %1").replace("%1", vision.title))
                self._build(table, vision)
                self.holder.addWidget(table)
                self.tables[vision.questionnaire_id] = table
        for vision in self.plan.vision:
            self._fill(self.tables[vision.questionnaire_id], vision)
            if vision.questionnaire_id in self.radars:
                items = [ChartItem(p.title, p.score, p.target_score, None, figure=p.figure) for p in vision.parts]
                self.radars[vision.questionnaire_id].set_items(items, vision.chart_description,
                                                               legend=(tr("Today"), tr("Target")))

    def _build(self, table: QTableWidget, vision: VisionTable) -> None:
        headers = self.plan.vision_headers(vision.levels)
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(vision.parts))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        editable = self.plan.can_edit
        for row, part in enumerate(vision.parts):
            qid, sid = part.questionnaire_id, part.section_id
            for column in (PART, TODAY, GAP):
                table.setItem(row, column, _cell("", center=column != PART))
            target = QSpinBox(table)
            target.setRange(vision.minimum, vision.maximum)
            target.setKeyboardTracking(False)
            target.setAccessibleName(tr("Target of %1").replace("%1", part.title))
            target.setEnabled(editable)
            target.valueChanged.connect(lambda value, q=qid, s=sid: self.plan.set_target(q, s, float(value)))
            table.setCellWidget(row, TARGET, target)
            ambition = QLineEdit(table)
            ambition.setAccessibleName(tr("Ambition for %1").replace("%1", part.title))
            ambition.setPlaceholderText(tr("One line: what this part should look like"))
            ambition.setReadOnly(not editable)
            ambition.editingFinished.connect(lambda q=qid, s=sid, e=ambition: self._ambition(q, s, e.text()))
            table.setCellWidget(row, AMBITION, ambition)
            reset = QPushButton(tr("Back to the suggestion"), table)
            reset.setAccessibleName(tr("Back to the suggestion for %1").replace("%1", part.title))
            reset.clicked.connect(lambda _checked=False, q=qid, s=sid: self.plan.clear_target(q, s))
            table.setCellWidget(row, RESET, reset)
        header = table.horizontalHeader()
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column in (PART, AMBITION) else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        _fit(table)

    def _fill(self, table: QTableWidget, vision: VisionTable) -> None:
        for row, part in enumerate(vision.parts):
            table.item(row, PART).setText(part.title)
            table.item(row, PART).setToolTip(tooltip(part.title))
            table.item(row, TODAY).setText(part.today)
            table.item(row, GAP).setText(part.gap)
            target: QSpinBox = table.cellWidget(row, TARGET)
            target.blockSignals(True)
            target.setValue(part.target)
            target.setSuffix("" if part.chosen else " " + tr("(suggested)"))
            target.blockSignals(False)
            ambition: QLineEdit = table.cellWidget(row, AMBITION)
            if ambition.text() != part.ambition:
                ambition.setText(part.ambition)
                ambition.setCursorPosition(0)  # a long ambition reads from its start
            ambition.setToolTip(tooltip(part.ambition))
            table.cellWidget(row, RESET).setEnabled(self.plan.can_edit and part.chosen)

    def _ambition(self, questionnaire_id: str, section_id: str, text: str) -> None:
        stored = next(p.ambition for t in self.plan.vision for p in t.parts
                      if (p.questionnaire_id, p.section_id) == (questionnaire_id, section_id))
        if " ".join(text.split()) != stored:
            self.plan.set_ambition(questionnaire_id, section_id, text)


class ScenariosPage(_Page):
    def __init__(self, plan: PlanPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        editable = plan.can_edit
        scale = plain_label(tr("Each criterion is a burden, rated from 1 (low) to 5 (high): the lowest weighted total "
                          "comes first."), self.body)
        theme.hint(scale)
        self.column.addWidget(scale)

        weights = QGridLayout()
        weights.addWidget(plain_label(tr("Weights (0 to 10):"), self.body, bold=True), 0, 0)
        self.weights: dict[str, QDoubleSpinBox] = {}
        for n, criterion in enumerate(CRITERIA):
            spin = QDoubleSpinBox(self.body)
            spin.setRange(0, plan.max_weight)
            spin.setDecimals(1)
            spin.setSingleStep(1)
            spin.setKeyboardTracking(False)
            spin.setAccessibleName(tr("Weight of %1").replace("%1", plan.criterion(criterion)))
            spin.setEnabled(editable)
            spin.valueChanged.connect(lambda value, c=criterion: self.plan.set_weight(c, value))
            label = QLabel(plan.criterion(criterion), self.body)
            label.setBuddy(spin)
            weights.addWidget(label, 0, 1 + 2 * n)
            weights.addWidget(spin, 0, 2 + 2 * n)
            self.weights[criterion] = spin
        weights.setColumnStretch(1 + 2 * len(CRITERIA), 1)
        self.column.addLayout(weights)

        bar = QHBoxLayout()
        self.add_options = QPushButton(tr("Add the &method's options"), self.body)
        self.add_options.setToolTip(tr("Optimise in-house, acquire new solutions, outsource in part or entirely: "
                                       "those not listed yet"))
        self.add_options.clicked.connect(self.plan.add_method_options)
        self.add_button = QPushButton(tr("Add a sce&nario"), self.body)
        self.add_button.clicked.connect(self.add_scenario)
        self.delete_button = QPushButton(tr("&Delete"), self.body)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_options, self.add_button, self.delete_button):
            button.setEnabled(editable)
            bar.addWidget(button)
        bar.addStretch(1)
        self.column.addLayout(bar)

        self.table = _new_table(self.body, tr("Scenarios compared"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.itemChanged.connect(self._edited)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.column.addWidget(self.table)
        self._uuids: list[str] = []

        choose = QHBoxLayout()
        self.rationale_label = QLabel(tr("&Rationale:"), self.body)
        self.rationale = QLineEdit(self.body)
        self.rationale.setAccessibleName(tr("Rationale of the choice"))
        self.rationale.setPlaceholderText(tr("Why this scenario"))
        self.rationale.setReadOnly(not editable)
        self.rationale_label.setBuddy(self.rationale)
        self.choose_button = QPushButton(tr("&Choose this scenario"), self.body)
        self.choose_button.clicked.connect(self.choose_selected)
        self.choose_button.setEnabled(editable)
        choose.addWidget(self.rationale_label)
        choose.addWidget(self.rationale, 1)
        choose.addWidget(self.choose_button)
        self.column.addLayout(choose)
        self.choice = plain_label("", self.body)
        self.column.addWidget(self.choice)
        self.column.addWidget(plain_label(tr("Sensitivity"), self.body, bold=True))
        self.sensitivity = plain_label("", self.body)
        self.sensitivity.setAccessibleName(tr("Sensitivity"))
        self.column.addWidget(self.sensitivity)
        self.evidence_heading = plain_label("", self.body, bold=True)
        self.column.addWidget(self.evidence_heading)
        self.evidence = plain_label("", self.body)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.evidence)
        self.column.addStretch(1)

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        model = self.plan.scenarios
        for criterion, spin in self.weights.items():
            spin.blockSignals(True)
            spin.setValue(model.weights[criterion])
            spin.blockSignals(False)
        uuids = [r.uuid for r in model.rows]
        selected = self.selected_uuid()
        self.table.blockSignals(True)
        if uuids != self._uuids:
            self._uuids = uuids
            self._build(model.rows)
        for row, scenario in enumerate(model.rows):
            self._fill(row, scenario)
        self.table.blockSignals(False)
        if selected in uuids:
            self.table.setCurrentCell(uuids.index(selected), max(0, self.table.currentColumn()))
        self.delete_button.setEnabled(self.plan.can_edit and bool(uuids))
        self.choose_button.setEnabled(self.plan.can_edit and bool(uuids))
        if not self.rationale.hasFocus():
            self.rationale.setText(model.rationale)
            self.rationale.setCursorPosition(0)
        self.choice.setText(model.choice)
        self.sensitivity.setText(_bullets(model.sensitivity) or tr("Rate at least two scenarios on every criterion "
                                                                    "to compare them."))
        self._show_selected()

    def _build(self, rows: list[ScenarioRow]) -> None:
        headers = self.plan.scenario_headers()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        typed = READ_ONLY | (Qt.ItemFlag.ItemIsEditable if self.plan.can_edit else Qt.ItemFlag.NoItemFlags)
        for row, scenario in enumerate(rows):
            self.table.setItem(row, TITLE, _cell("", typed))
            self.table.setItem(row, COST, _cell("", typed, center=True))
            for column in (TOTAL, RANK):
                self.table.setItem(row, column, _cell("", center=True))
            for n, criterion in enumerate(CRITERIA):
                combo = QComboBox(self.table)
                combo.addItem("—", None)
                for rating in self.plan.ratings:
                    combo.addItem(str(rating), rating)
                combo.setAccessibleName(tr("%1 of %2").replace("%1", self.plan.criterion(criterion))
                                        .replace("%2", scenario.title))
                combo.setEnabled(self.plan.can_edit)
                combo.currentIndexChanged.connect(
                    lambda _i, u=scenario.uuid, c=criterion, box=combo: self.plan.update_scenario(u, **{c: box.currentData()}))
                self.table.setCellWidget(row, FIRST_RATING + n, combo)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == TITLE
                                        else QHeaderView.ResizeMode.ResizeToContents)
        ratings = range(FIRST_RATING, FIRST_RATING + len(CRITERIA))
        width = max(header.fontMetrics().horizontalAdvance(headers[c]) for c in ratings) + 2 * defs.MARGIN
        for column in ratings:  # the five criteria side by side, alike
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        _fit(self.table)

    def _fill(self, row: int, scenario: ScenarioRow) -> None:
        self.table.item(row, TITLE).setText(("✔ " if scenario.chosen else "") + scenario.title)
        self.table.item(row, TITLE).setToolTip(tooltip(scenario.title))
        self.table.item(row, COST).setText(scenario.cost_estimate)
        self.table.item(row, TOTAL).setText(scenario.total)
        self.table.item(row, RANK).setText(scenario.rank)
        for n, criterion in enumerate(CRITERIA):
            combo: QComboBox = self.table.cellWidget(row, FIRST_RATING + n)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(scenario.ratings.get(criterion))))
            combo.blockSignals(False)

    def selected_uuid(self) -> str | None:
        row = self.table.currentRow()
        return self._uuids[row] if 0 <= row < len(self._uuids) else None

    def _show_selected(self) -> None:
        uuid = self.selected_uuid()
        row = next((r for r in self.plan.scenarios.rows if r.uuid == uuid), None)
        evidence = self.plan.scenarios.evidence.get(uuid, []) if uuid else []
        self.evidence_heading.setText(tr("What the diagnostic says about “%1”").replace("%1", row.title) if row else "")
        lines = []
        for item in evidence:
            lines.append(item.heading)
            lines += [f"  • {reason}" for reason in item.reasons]
            lines += [f"  » {note}" for note in item.notes]
        self.evidence.setText("\n".join(lines) if lines else (tr("No verdict of the diagnostic speaks to this "
                                                                  "scenario.") if row else ""))
        self.evidence_heading.setVisible(row is not None)
        self.evidence.setVisible(row is not None)

    # -- changing -------------------------------------------------------------------------

    def _edited(self, item: QTableWidgetItem) -> None:
        uuid = self._uuids[item.row()] if 0 <= item.row() < len(self._uuids) else None
        if uuid is None:
            return
        if item.column() == TITLE:
            self.plan.update_scenario(uuid, title=item.text().removeprefix("✔ "))
        elif item.column() == COST:
            self.plan.update_scenario(uuid, cost_estimate=item.text().strip() or None)

    def add_scenario(self) -> None:
        if self.plan.add_scenario():
            self.table.setCurrentCell(self.table.rowCount() - 1, TITLE)

    def delete_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is not None:
            self.plan.delete_scenario(uuid)

    def choose_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is not None:
            self.plan.choose(uuid, self.rationale.text())


class PlanView(QWidget):
    """The Plan directeur tab: its pages over their presenters, read again whenever the tab is shown."""

    def __init__(self, context: AppContext, session: DocumentSession, answering: AnsweringPresenter, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = PlanPresenter(context.prompter, session, lang)
        self._prompter = context.prompter
        self.history = session.plan_edits  # Edit › Undo and Redo act on it while this tab is shown
        self._undo_keys = UndoKeysToTheWindow(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.synthesis = SynthesisPage(self.plan, self.pages)
        self.vision = VisionPage(self.plan, self.pages)
        self.scenarios = ScenariosPage(self.plan, self.pages)
        self.roadmap = RoadmapPage(RoadmapPresenter(context.prompter, session, lang), self.pages)
        self.plan.subscribe(self.roadmap.roadmap.reload)  # the capacity, the actions, the ranks: read again with the plan
        self.pages.addTab(self.synthesis, tr("Synthesis"))
        self.pages.addTab(self.vision, tr("Target vision"))
        self.pages.addTab(self.scenarios, tr("Scenarios"))
        self.pages.addTab(self.roadmap, tr("Roadmap"))
        self.governance = GovernancePage(GovernancePresenter(context.prompter, session, lang), self.pages)
        self.pages.addTab(self.governance, tr("Governance"))
        self.plan.subscribe(self.governance.governance.reload)  # targets, answers and actions move its figures
        layout.addWidget(self.pages)
        self._stale = False
        self.plan.subscribe(self.refresh)
        answering.subscribe(self._answers_changed)
        self.refresh()

    def refresh(self) -> None:
        for page in (self.synthesis, self.vision, self.scenarios):
            page.refresh()

    @property
    def can_undo(self) -> bool:
        return self.history.can_undo and not self.plan.read_only

    @property
    def can_redo(self) -> bool:
        return self.history.can_redo and not self.plan.read_only

    def undo(self) -> None:
        if self.can_undo:
            self.history.undo(self._prompter)

    def redo(self) -> None:
        if self.can_redo:
            self.history.redo(self._prompter)

    def _answers_changed(self) -> None:
        """An answer changed (or was undone): read the plan again now if shown, else when next shown."""
        if self.isVisible():
            self.plan.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        self._undo_keys.watch()
        if self._stale:  # actions may have changed in the action-plan tab, answers in the Answer tab
            self._stale = False
            self.plan.reload()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().hideEvent(event)
        self._undo_keys.stop()
        self._stale = True

