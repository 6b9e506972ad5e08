"""The roadmap page of the plan directeur tab: the waves' capacity and budget, their totals and warnings, a Gantt-like
timeline, and the table of actions with their wave, workload, milestone and dependencies.

Layout only: :class:`~bodiag.ui.presenters.roadmap.RoadmapPresenter` reads the
roadmap and changes it, each change saved at once. The table keeps its widgets
while its rows stay the same (the keyboard focus stays where it was) and is
rebuilt when a row comes or goes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodiag.ui import defs, theme
from bodiag.ui.i18n import tr
from bodiag.ui.views.forms import READ_ONLY, plain_label
from bodiag.ui.presenters.roadmap import RoadmapModel, RoadmapPresenter
from bodiag.ui.safe_text import tooltip
from bodiag.ui.views.page import ScrollColumn

WARNING = "#c77700"  # overload, as in the report
WARNING_FILL = "#fbeedd"
ROW_HEIGHT = 30
NUMBER, TITLE, WAVE, WORKLOAD, OWNER, COST, MILESTONE, DEPENDS = range(8)
TYPED = (WORKLOAD, MILESTONE, DEPENDS)



class Timeline(QWidget):
    """The roadmap's Gantt-like timeline, painted: wave columns scaled by months, one bar per action (numbered as
    in the table), milestones as diamonds, an overloaded wave and what passes its end in the warning colour."""

    ROW = 18
    AXIS = 34
    LABEL_SHARE = 0.3

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: RoadmapModel | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Timeline of the waves"))
        self.setAccessibleDescription(tr("The table below gives each action's wave, workload, milestone and "
                                         "dependencies."))

    def show_model(self, model: RoadmapModel) -> None:
        self.model = model
        self.setFixedHeight(self.AXIS + self.ROW * max(1, len(model.bars)) + 8)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, self.height())

    def _x(self, month: float) -> float:
        left = self.width() * self.LABEL_SHARE
        horizon = self.model.horizon_months
        return left + (self.width() - left - 4) * min(month, horizon) / horizon

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if self.model is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        muted = self.palette().placeholderText().color()
        model = self.model
        top, bottom = self.AXIS, self.AXIS + self.ROW * len(model.bars)
        for n, wave in enumerate(model.waves):
            x0, x1 = self._x(wave.start), self._x(wave.end)
            fill = QColor(WARNING_FILL) if wave.overloaded else self.palette().alternateBase().color() if n % 2 == 0 \
                else self.palette().base().color()
            painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), fill)
            painter.setPen(QColor(WARNING) if wave.overloaded else text)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(x0, 0, x1 - x0, 16), Qt.AlignmentFlag.AlignCenter, wave.name)
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor(WARNING) if wave.overloaded else muted)
            load = f"{wave.workload:g} / {wave.capacity_days:g}"
            painter.drawText(QRectF(x0, 16, x1 - x0, 16), Qt.AlignmentFlag.AlignCenter, load)
        painter.setPen(QPen(text, 1))
        painter.drawLine(0, top, self.width(), top)
        rows = {r.id: r for r in model.rows}
        ends = {w.wave: self._x(w.end) for w in model.waves}
        metrics = painter.fontMetrics()
        label_width = int(self.width() * self.LABEL_SHARE) - 8
        for n, bar in enumerate(model.bars):
            y = top + self.ROW * n
            row = rows[bar.action]
            painter.setPen(text)
            painter.drawText(QRectF(0, y, label_width, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(f"{row.number}. {row.title}", Qt.TextElideMode.ElideRight, label_width))
            x0, x1 = self._x(bar.start), max(self._x(bar.end), self._x(bar.start) + 3)
            end = ends[bar.wave]
            painter.fillRect(QRectF(x0, y + 4, max(0.0, min(x1, end) - x0), self.ROW - 8), QColor(theme.ACCENT))
            if bar.overflow:
                start = max(x0, end)
                painter.fillRect(QRectF(start, y + 4, max(3.0, x1 - start), self.ROW - 8), QColor(WARNING))
            if bar.milestone:
                self._diamond(painter, min(x1, self.width() - 6), y + self.ROW / 2, text)
        painter.end()

    @staticmethod
    def _diamond(painter: QPainter, x: float, y: float, color: QColor, size: float = 5) -> None:
        path = QPainterPath()
        path.moveTo(x, y - size)
        path.lineTo(x + size, y)
        path.lineTo(x, y + size)
        path.lineTo(x - size, y)
        path.closeSubpath()
        painter.fillPath(path, color)


class RoadmapPage(ScrollColumn):
    def __init__(self, roadmap: RoadmapPresenter, parent: QWidget | None = None):
        super().__init__(defs.SPACING, parent)
        self.roadmap = roadmap
        editable = roadmap.can_edit
        intro = plain_label(tr("Every open action of the plan in a wave: placed by hand, or suggested from its rank in the "
                          "synthesis, its workload and its dependencies. Each change is saved at once."), self.body)
        theme.hint(intro)
        self.column.addWidget(intro)
        self.quarter = plain_label("", self.body)
        theme.hint(self.quarter)
        self.column.addWidget(self.quarter)

        bar = QHBoxLayout()
        self.apply_button = QPushButton(tr("&Apply the suggestion"), self.body)
        self.apply_button.setToolTip(tr("Record the suggested wave of every action not placed by hand yet"))
        self.apply_button.clicked.connect(lambda: self.roadmap.apply_suggestion())
        self.redo_button = QPushButton(tr("Suggest &every wave again"), self.body)
        self.redo_button.clicked.connect(lambda: self.roadmap.apply_suggestion(redo=True))
        for button in (self.apply_button, self.redo_button):
            button.setEnabled(editable)
            bar.addWidget(button)
        bar.addStretch(1)
        self.horizon_label = QLabel(tr("&Horizon:"), self.body)
        self.horizon = QComboBox(self.body)
        for months in roadmap.horizons:
            self.horizon.addItem(tr("%1 years (%2 months)").replace("%1", str(months // 12)).replace("%2", str(months)),
                                 months)
        self.horizon.setAccessibleName(tr("Horizon of the plan"))
        self.horizon.setEnabled(editable)
        self.horizon_label.setBuddy(self.horizon)
        self.horizon.currentIndexChanged.connect(lambda _i: self.roadmap.set_horizon(self.horizon.currentData()))
        bar.addWidget(self.horizon_label)
        bar.addWidget(self.horizon)
        self.column.addLayout(bar)

        self.waves = QGridLayout()
        self.waves.setHorizontalSpacing(defs.SPACING)
        self.column.addLayout(self.waves)
        self._wave_ids: list[str] = []
        self.capacities: dict[str, QLineEdit] = {}
        self.budgets: dict[str, QLineEdit] = {}
        self.lines: dict[str, QLabel] = {}

        self.warnings = plain_label("", self.body)
        self.warnings.setAccessibleName(tr("Points to watch"))
        self._warning_colour(self.warnings)
        self.column.addWidget(self.warnings)
        self.timeline = Timeline(self.body)
        self.column.addWidget(self.timeline)

        self.table = QTableWidget(self.body)
        self.table.setAccessibleName(tr("Actions of the roadmap"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.itemChanged.connect(self._edited)
        self.column.addWidget(self.table)
        self._ids: list[int] = []
        self._built_waves: list[str] = []
        self.closed = plain_label("", self.body)
        theme.hint(self.closed)
        self.column.addWidget(self.closed)
        self.empty = plain_label(tr("No action decided yet: the roadmap fills as the action plan is decided."), self.body)
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        roadmap.subscribe(self.refresh)
        self.refresh()

    @staticmethod
    def _warning_colour(label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(label.foregroundRole(), QColor(WARNING))
        label.setPalette(palette)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        model = self.roadmap.model
        self.quarter.setText(tr("Capacity of a wave: the one stated for it, else %1 × its quarters.")
                             .replace("%1", model.quarter))
        self._show_waves(model)
        self.warnings.setText("\n".join(f"▲ {w}" for w in model.warnings))
        self.warnings.setVisible(bool(model.warnings))
        self.timeline.show_model(model)
        self.timeline.setVisible(bool(model.rows))
        self.table.setVisible(bool(model.rows))
        self.empty.setVisible(not model.rows)
        self.horizon.blockSignals(True)
        self.horizon.setCurrentIndex(max(0, self.horizon.findData(model.horizon_months)))
        self.horizon.blockSignals(False)
        ids = [r.id for r in model.rows]
        self.table.blockSignals(True)
        if (ids, self._wave_ids) != (self._ids, self._built_waves):  # a row, or a wave to choose, came or went
            self._ids, self._built_waves = ids, list(self._wave_ids)
            self._build(model)
        for n, row in enumerate(model.rows):
            self._fill(n, row)
        self.table.blockSignals(False)
        self.closed.setText(model.closed)
        self.closed.setVisible(bool(model.closed))

    def _show_waves(self, model: RoadmapModel) -> None:
        ids = [w.wave for w in model.waves]
        if ids != self._wave_ids:
            self._wave_ids = ids
            while self.waves.count():
                widget = self.waves.takeAt(0).widget()
                if widget is not None:
                    widget.setParent(None)
                    widget.deleteLater()
            self.capacities, self.budgets, self.lines = {}, {}, {}
            self.waves.addWidget(plain_label(tr("Wave"), self.body, bold=True), 0, 0)
            self.waves.addWidget(plain_label(tr("Capacity (person-days)"), self.body, bold=True), 0, 1)
            self.waves.addWidget(plain_label(tr("Budget (€)"), self.body, bold=True), 0, 2)
            self.waves.addWidget(plain_label(tr("Totals"), self.body, bold=True), 0, 3)
            for n, wave in enumerate(model.waves, start=1):
                self.waves.addWidget(plain_label(wave.name, self.body), n, 0)
                capacity, budget = QLineEdit(self.body), QLineEdit(self.body)
                capacity.setPlaceholderText(tr("from the quarters"))
                budget.setPlaceholderText(tr("none"))
                capacity.setAccessibleName(tr("Capacity of %1, in person-days").replace("%1", wave.name))
                budget.setAccessibleName(tr("Budget of %1, in euros").replace("%1", wave.name))
                for edit in (capacity, budget):
                    edit.setReadOnly(not self.roadmap.can_edit)
                    edit.setMinimumWidth(150)
                    edit.setMaximumWidth(190)
                capacity.editingFinished.connect(lambda w=wave.wave, e=capacity: self._capacity(w, e.text()))
                budget.editingFinished.connect(lambda w=wave.wave, e=budget: self._budget(w, e.text()))
                line = plain_label("", self.body)
                self.waves.addWidget(capacity, n, 1)
                self.waves.addWidget(budget, n, 2)
                self.waves.addWidget(line, n, 3)
                self.capacities[wave.wave], self.budgets[wave.wave], self.lines[wave.wave] = capacity, budget, line
            self.waves.setColumnStretch(3, 1)
        for wave in model.waves:
            for edit, value in ((self.capacities[wave.wave], wave.capacity), (self.budgets[wave.wave], wave.budget)):
                if not edit.hasFocus():
                    edit.setText(value)
            line = self.lines[wave.wave]
            line.setText(wave.line)
            if wave.overloaded or wave.over_budget:
                self._warning_colour(line)
            else:
                line.setPalette(self.body.palette())

    def _build(self, model: RoadmapModel) -> None:
        headers = self.roadmap.headers()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(model.rows))
        typed = READ_ONLY | (Qt.ItemFlag.ItemIsEditable if self.roadmap.can_edit else Qt.ItemFlag.NoItemFlags)
        for n, row in enumerate(model.rows):
            for column in range(len(headers)):
                if column == WAVE:
                    continue
                item = QTableWidgetItem("")
                item.setFlags(typed if column in TYPED else READ_ONLY)
                if column in (NUMBER, WORKLOAD, COST):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(n, column, item)
            combo = QComboBox(self.table)
            for wave, name in self.roadmap.wave_choices():
                combo.addItem(name, wave)
            combo.setAccessibleName(tr("Wave of %1").replace("%1", row.title))
            combo.setEnabled(self.roadmap.can_edit)
            combo.currentIndexChanged.connect(lambda _i, a=row.id, box=combo: self.roadmap.place(a, box.currentData()))
            self.table.setCellWidget(n, WAVE, combo)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in (TITLE, MILESTONE)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(header.sizeHint().height() + ROW_HEIGHT * max(1, len(model.rows)) + 4)

    def _fill(self, n: int, row) -> None:  # noqa: ANN001 - an ActionRow
        texts = {NUMBER: str(row.number), TITLE: row.title, WORKLOAD: row.workload or row.workload_shown,
                 OWNER: row.owner, COST: row.cost, MILESTONE: row.milestone, DEPENDS: row.depends_on}
        for column, text in texts.items():
            item = self.table.item(n, column)
            item.setText(text)
            item.setToolTip(tooltip(text))
        workload = self.table.item(n, WORKLOAD)
        workload.setToolTip(tr("Stated") if row.workload else tr("From the effort: type a number to state it"))
        if not row.workload:
            workload.setForeground(self.palette().placeholderText())
        else:
            workload.setForeground(self.palette().text())
        if row.overflow:
            self.table.item(n, TITLE).setForeground(QColor(WARNING))
        combo: QComboBox = self.table.cellWidget(n, WAVE)
        combo.blockSignals(True)
        combo.setItemText(0, tr("Suggested: %1").replace("%1", row.suggested) if row.wave is None else tr("Suggested"))
        combo.setCurrentIndex(max(0, combo.findData(row.wave)))
        combo.blockSignals(False)

    # -- changing ------------------------------------------------------------------------------

    def _edited(self, item: QTableWidgetItem) -> None:
        if not 0 <= item.row() < len(self._ids):
            return
        action_id = self._ids[item.row()]
        row = self.roadmap.row(action_id)
        text = item.text().strip()
        if item.column() == WORKLOAD and row is not None and text not in (row.workload, row.workload_shown if not row.workload else None):
            self.roadmap.set_workload(action_id, text)
        elif item.column() == MILESTONE and row is not None and text != row.milestone:
            self.roadmap.set_milestone(action_id, text)
        elif item.column() == DEPENDS and row is not None and text != row.depends_on:
            self.roadmap.set_dependencies(action_id, text)

    def _capacity(self, wave: str, text: str) -> None:
        current = next(w for w in self.roadmap.model.waves if w.wave == wave)
        if text.strip() != current.capacity:
            self.roadmap.set_wave_capacity(wave, text)

    def _budget(self, wave: str, text: str) -> None:
        current = next(w for w in self.roadmap.model.waves if w.wave == wave)
        if text.strip() != current.budget:
            self.roadmap.set_wave_budget(wave, text)
