"""Evolution: this assessment against an earlier one of the same questionnaire, and their timeline."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodiag.ui import defs
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.evolution import Comparison, EvolutionPresenter, Table
from bodiag.ui.views.charts import ACCENT, BEFORE, ChartItem, RadarWidget
from bodiag.ui.views.page import AssessmentPage


def _table(parent: QWidget, data: Table) -> QTableWidget:
    headers, rows, name = data.headers, data.rows, data.name
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    table.setFixedHeight(table.horizontalHeader().height() + 30 * max(1, len(rows)) + 4)
    return table


class EvolutionView(AssessmentPage):
    def __init__(self, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None):
        super().__init__(presenter, lang, defs.MARGIN, parent)
        self.evolution = EvolutionPresenter(presenter, lang)
        row = QHBoxLayout()
        self.compare_label = QLabel(tr("Compare with:"), self.body)
        self.compare_with = QComboBox(self.body)
        self.compare_with.setAccessibleName(tr("Earlier assessment to compare with"))
        self.compare_label.setBuddy(self.compare_with)
        row.addWidget(self.compare_label)
        row.addWidget(self.compare_with, 1)
        self.column.addLayout(row)
        self.summary = QLabel(self.body)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.column.addWidget(self.summary)
        self.radar = RadarWidget(self.body)
        self.column.addWidget(self.radar)
        self.legend = QLabel(self.body)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.legend.hide()
        self.column.addWidget(self.legend)
        self.column.addStretch(1)  # the page reads from the top, never floating mid-screen
        self.details: list[QWidget] = []
        self._stale = True  # built when first shown: start-up and answering need none of it
        self._filled = False
        self.compare_with.currentIndexChanged.connect(self._chosen)
        presenter.subscribe(self.refresh)

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if not self._filled:
            self._filled = True
            self.compare_with.blockSignals(True)
            for assessment_id, text in self.evolution.choices():
                self.compare_with.addItem(text, assessment_id)
            if self.evolution.compare_with is not None:
                self.compare_with.setCurrentIndex(self.compare_with.findData(self.evolution.compare_with))
            self.compare_with.blockSignals(False)
        for widget in self.details:
            self.column.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self.details = []
        has_other = self.evolution.has_other
        self.compare_label.setVisible(has_other)
        self.compare_with.setVisible(has_other)
        self.radar.setVisible(has_other)
        self.legend.setVisible(False)
        comparison = self.evolution.comparison()
        if comparison is None:
            self.summary.setText(self.evolution.alone())
        else:
            self._compare(comparison)
        self._heading(self.evolution.timeline_heading())
        self._add(_table(self.body, self.evolution.timeline()))

    def _chosen(self, _index: int) -> None:
        self.evolution.choose(self.compare_with.currentData())
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _add(self, widget: QWidget) -> None:
        self.column.insertWidget(self.column.count() - 1, widget)  # above the closing stretch
        self.details.append(widget)

    def _heading(self, text: str) -> None:
        label = QLabel(text, self.body)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._add(label)

    def _compare(self, comparison: Comparison) -> None:
        self.summary.setText(comparison.summary)
        items = [ChartItem(r.title, r.after, None, r.color, before=r.before) for r in comparison.radar]
        self.radar.set_items(items, comparison.radar_description)
        self.radar.setVisible(len(items) >= 3)
        now, before = comparison.legend
        self.legend.setText(f'<span style="color:{ACCENT.name()}">■</span> {escape(now)} &nbsp;&nbsp; '
                            f'<span style="color:{BEFORE.name()}">■</span> {escape(before)}')
        self.legend.setAccessibleName(f"{now}; {before}")
        self.legend.setVisible(len(items) >= 3)
        self._heading(tr("Sections"))
        self._add(_table(self.body, comparison.sections))
        self._heading(comparison.moves_heading)
        if comparison.moves is not None:
            self._add(_table(self.body, comparison.moves))
        self._heading(comparison.actions_heading)
        for title in comparison.actions:
            label = QLabel(f"✓ {title}", self.body)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._add(label)
