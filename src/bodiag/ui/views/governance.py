"""The plan directeur's governance page: the steering committee and its calendar, the risk register, the KPI board,
change management and progress.

Layout only: :class:`~bodiag.ui.presenters.governance.GovernancePresenter` reads
and changes them. Each table keeps its widgets while its rows stay the same (a
value saved is redrawn in place, so the keyboard focus stays where it was) and is
rebuilt when a row comes or goes. Every cell saves at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodiag.ui import defs, theme
from bodiag.ui.i18n import tr
from bodiag.ui.views.forms import READ_ONLY, plain_label
from bodiag.ui.presenters.governance import GovernancePresenter
from bodiag.ui.safe_text import tooltip
from bodiag.ui.views.page import ScrollColumn

ROW_HEIGHT = 30



class Column:
    """One column of an editable table: ``key`` names the field it changes; ``choices`` (value, label) make it a
    list to pick from; ``editable`` False shows it only."""

    def __init__(self, key: str, *, choices: Sequence[tuple[object, str]] = (), editable: bool = True,
                 stretch: bool = False):
        self.key, self.choices, self.editable, self.stretch = key, list(choices), editable, stretch


class EditTable(QTableWidget):
    """A table of rows (each with an ``id``) whose cells save at once through ``changed(id, key, value)``."""

    def __init__(self, name: str, headers: list[str], columns: list[Column], can_edit: bool,
                 changed: Callable[[int, str, object], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.headers, self.columns, self.can_edit, self.changed = headers, columns, can_edit, changed
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.ids: list[int] = []
        self.itemChanged.connect(self._edited)

    def selected_id(self) -> int | None:
        row = self.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def show_rows(self, rows: list[dict[str, object]]) -> None:
        """Show ``rows`` (field → value, with ``id``); rebuilt only when the rows themselves change."""
        ids = [int(r["id"]) for r in rows]
        self.blockSignals(True)
        if ids != self.ids:
            self.ids = ids
            self._build(rows)
        for r, row in enumerate(rows):
            for c, column in enumerate(self.columns):
                value = row[column.key]
                if column.choices:
                    combo: QComboBox = self.cellWidget(r, c)
                    combo.blockSignals(True)
                    combo.setCurrentIndex(max(0, combo.findData(value)))
                    combo.blockSignals(False)
                else:
                    item = self.item(r, c)
                    item.setText(str(value))
                    item.setToolTip(tooltip(str(value)))
        self.blockSignals(False)

    def _build(self, rows: list[dict[str, object]]) -> None:
        self.clear()
        self.setColumnCount(len(self.columns))
        self.setHorizontalHeaderLabels(self.headers)
        self.setRowCount(len(rows))
        typed = READ_ONLY | (Qt.ItemFlag.ItemIsEditable if self.can_edit else Qt.ItemFlag.NoItemFlags)
        for r, row in enumerate(rows):
            for c, column in enumerate(self.columns):
                if column.choices:
                    combo = QComboBox(self)
                    for value, text in column.choices:
                        combo.addItem(text, value)
                    combo.setAccessibleName(f"{self.headers[c]} — {row.get('name') or row.get('title') or row.get('label')}")
                    combo.setEnabled(self.can_edit)
                    combo.currentIndexChanged.connect(
                        lambda _i, i=int(row["id"]), k=column.key, box=combo: self.changed(i, k, box.currentData()))
                    self.setCellWidget(r, c, combo)
                else:
                    item = QTableWidgetItem("")
                    item.setFlags(typed if column.editable else READ_ONLY)
                    self.setItem(r, c, item)
        header = self.horizontalHeader()
        for c, column in enumerate(self.columns):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if column.stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.setFixedHeight(header.sizeHint().height() + ROW_HEIGHT * max(1, len(rows)) + 4)

    def _edited(self, item: QTableWidgetItem) -> None:
        if 0 <= item.row() < len(self.ids) and self.columns[item.column()].editable:
            self.changed(self.ids[item.row()], self.columns[item.column()].key, item.text())


class GovernancePage(ScrollColumn):
    """Committee, calendar, risks, KPIs, change management and progress, one below the other."""

    def __init__(self, governance: GovernancePresenter, parent: QWidget | None = None):
        super().__init__(defs.SPACING, parent)
        self.governance = g = governance
        editable = g.can_edit

        self.column.addWidget(plain_label(tr("Steering committee"), self.body, bold=True))
        self.members = EditTable(tr("Steering committee"), g.member_headers(), [
            Column("name", stretch=True), Column("function", stretch=True), Column("role", choices=g.roles())],
            editable, lambda i, k, v: g.update_member(i, **{k: v}), self.body)
        self.column.addWidget(self.members)
        self.warnings = plain_label("", self.body)
        theme.notice(self.warnings)
        self.warnings.setContentsMargins(12, 6, 12, 6)
        self.column.addWidget(self.warnings)

        bar = QHBoxLayout()
        self.add_member = self._button(tr("Add a &member"), g.add_member, bar)
        self.delete_member = self._button(tr("Remove the member"),
                                          lambda: self._delete(self.members, g.delete_member), bar)
        self.cadence_label = QLabel(tr("&Cadence:"), self.body)
        self.cadence = QComboBox(self.body)
        self.cadence.addItem(tr("not set"), "")
        for value, text in g.cadences():
            self.cadence.addItem(text, value)
        self.cadence.setEnabled(editable)
        self.cadence_label.setBuddy(self.cadence)
        self.cadence.currentIndexChanged.connect(lambda _i: self._cadence())
        self.start_label = QLabel(tr("Plan &starts:"), self.body)
        self.start = QLineEdit(self.body)
        self.start.setPlaceholderText(tr("YYYY-MM (default: after the latest assessment)"))
        self.start.setAccessibleName(tr("The plan's start month"))
        self.start.setReadOnly(not editable)
        self.start_label.setBuddy(self.start)
        self.start.editingFinished.connect(lambda: g.set_start(self.start.text()))
        for widget in (self.cadence_label, self.cadence, self.start_label):
            bar.addWidget(widget)
        bar.addWidget(self.start, 1)
        self.column.addLayout(bar)
        self.calendar = plain_label("", self.body)
        self.calendar.setAccessibleName(tr("Calendar"))
        self.column.addWidget(self.calendar)
        self.recorded = plain_label("", self.body)
        self.recorded.setAccessibleName(tr("Meetings held"))
        self.column.addWidget(self.recorded)
        bar = QHBoxLayout()
        self.meeting_day = QLineEdit(self.body)
        self.meeting_day.setPlaceholderText(tr("YYYY-MM-DD"))
        self.meeting_day.setAccessibleName(tr("Day of the meeting"))
        self.meeting_kind = QComboBox(self.body)
        for value, text in g.meeting_kinds():
            self.meeting_kind.addItem(text, value)
        self.meeting_kind.setAccessibleName(tr("Kind of meeting"))
        self.meeting_notes = QLineEdit(self.body)
        self.meeting_notes.setPlaceholderText(tr("What was decided"))
        self.meeting_notes.setAccessibleName(tr("What was decided at the meeting"))
        for widget in (self.meeting_day, self.meeting_kind, self.meeting_notes):
            widget.setEnabled(editable)
        bar.addWidget(self.meeting_day)
        bar.addWidget(self.meeting_kind)
        bar.addWidget(self.meeting_notes, 1)
        self.record = self._button(tr("Recor&d the meeting"), self._record, bar)
        self.column.addLayout(bar)

        self.column.addWidget(plain_label(tr("Risk register"), self.body, bold=True))
        scores = [(n, str(n)) for n in g.scores]
        self.risks = EditTable(tr("Risk register"), g.risk_headers(), [
            Column("number", editable=False), Column("title", stretch=True), Column("category", choices=g.categories()),
            Column("likelihood", choices=scores), Column("impact", choices=scores), Column("score", editable=False),
            Column("owner"), Column("mitigation", stretch=True)],
            editable, lambda i, k, v: g.update_risk(i, **{k: v}), self.body)
        self.column.addWidget(self.risks)
        bar = QHBoxLayout()
        self.add_risk = self._button(tr("Add a &risk"), g.add_risk, bar)
        self.suggest_risks = self._button(tr("Add the risks the answers point at"), g.add_suggested_risks, bar)
        self.suggest_risks.setToolTip(tr("The synthesis's risks of doing nothing, not in the register yet"))
        self.delete_risk = self._button(tr("Delete the risk"), lambda: self._delete(self.risks, g.delete_risk), bar)
        bar.addStretch(1)
        self.column.addLayout(bar)

        self.column.addWidget(plain_label(tr("KPI board"), self.body, bold=True))
        self.focus = plain_label("", self.body)
        theme.hint(self.focus)
        self.column.addWidget(self.focus)
        self.kpis = EditTable(tr("KPI board"), g.kpi_headers(), [
            Column("label", stretch=True), Column("unit"), Column("baseline"), Column("target"),
            Column("direction", choices=g.directions()), Column("source")],
            editable, lambda i, k, v: g.update_kpi(i, **{k: v}), self.body)
        self.column.addWidget(self.kpis)
        bar = QHBoxLayout()
        self.add_kpi = self._button(tr("Add an &indicator"), g.add_kpi, bar)
        self.suggest_kpis = self._button(tr("Add the indicators measured by the answers"), g.add_suggested_kpis, bar)
        self.suggest_kpis.setToolTip(tr("The priority indicators for the company's profile, with their baselines "
                                        "from the answers"))
        self.delete_kpi = self._button(tr("Delete the indicator"), lambda: self._delete(self.kpis, g.delete_kpi), bar)
        bar.addStretch(1)
        self.column.addLayout(bar)

        self.change = self._titled_text(tr("Change management"))
        bar = QHBoxLayout()
        self.suggest_change = self._button(tr("Add communication, training and gains for the first actions"),
                                           g.add_suggested_change, bar)
        bar.addStretch(1)
        self.column.addLayout(bar)

        self.progress = self._titled_text(tr("Progress towards the targets"))
        self.column.addStretch(1)
        g.subscribe(self.refresh)
        self.refresh()

    def _titled_text(self, title: str) -> QLabel:
        """A part of the page that is text alone: its bold title, then the label that shows the text (named so)."""
        self.column.addWidget(plain_label(title, self.body, bold=True))
        label = plain_label("", self.body)
        label.setAccessibleName(title)
        self.column.addWidget(label)
        return label

    def _button(self, text: str, action: Callable[[], object], bar: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self.body)
        button.clicked.connect(lambda _checked=False: action())
        button.setEnabled(self.governance.can_edit)
        bar.addWidget(button)
        return button

    @staticmethod
    def _delete(table: EditTable, delete: Callable[[int], object]) -> None:
        selected = table.selected_id()
        if selected is not None:
            delete(selected)

    def _record(self) -> None:
        if self.governance.record_meeting(self.meeting_day.text(), self.meeting_kind.currentData(),
                                          self.meeting_notes.text()):
            self.meeting_day.clear()
            self.meeting_notes.clear()

    def _cadence(self) -> None:
        value = self.cadence.currentData()
        if value and value != self.governance.model.cadence:
            self.governance.set_cadence(value)

    def refresh(self) -> None:
        model = self.governance.model
        self.members.show_rows([msgspec.structs.asdict(m) for m in model.members])
        self.warnings.setText("\n".join(f"• {w}" for w in model.warnings))
        self.warnings.setVisible(bool(model.warnings))
        self.cadence.blockSignals(True)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(model.cadence)))
        self.cadence.blockSignals(False)
        if not self.start.hasFocus():
            self.start.setText(model.start_month)
        self.calendar.setText("\n".join(model.calendar))
        self.recorded.setText("\n".join(f"• {line}" for line in model.recorded))
        self.recorded.setVisible(bool(model.recorded))
        self.risks.show_rows([msgspec.structs.asdict(r) for r in model.risks])
        self.focus.setText(model.focus)
        self.kpis.show_rows([msgspec.structs.asdict(k) for k in model.kpis])
        self.change.setText("\n".join(f"• {line}" for line in model.change) or tr("No change-management action yet."))
        self.progress.setText("\n".join(model.progress))
        can_edit = self.governance.can_edit
        for button, table in ((self.delete_member, self.members), (self.delete_risk, self.risks),
                              (self.delete_kpi, self.kpis)):
            button.setEnabled(can_edit and bool(table.ids))
