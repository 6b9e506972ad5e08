"""The results of an assessment: score, band, coverage, verdict, radar, bars, priorities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodiag.domain.vocabulary import HORIZON, LEVEL, label
from bodiag.ui import defs, theme
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.views.page import AssessmentPage, clear_layout
from bodiag.ui.views.panel import Panel
from bodiag.ui.presenters.dashboard import DashboardData, dashboard_data, questions_line
from bodiag.ui.views.charts import BarsWidget, ChartItem, RadarWidget
from bodiag.ui.formats import number, provisional_result, score
from bodiag.ui.i18n import tr


def _plain(label_widget: QLabel) -> QLabel:
    label_widget.setTextFormat(Qt.TextFormat.PlainText)
    label_widget.setWordWrap(True)
    return label_widget


class Card(Panel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)


class DashboardView(AssessmentPage):
    def __init__(self, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None):
        super().__init__(presenter, lang, defs.MARGIN, parent)
        body, layout = self.body, self.column

        self.title = _plain(QLabel(body))
        self.title.setObjectName("DashboardTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + defs.TITLE_POINT_DELTA // 2)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        layout.addWidget(self.title)

        top = QHBoxLayout()
        self.score_card = Card(body)
        self.score = QLabel(self.score_card)
        self.score.setObjectName("BigScore")
        big = self.score.font()
        big.setPointSize(big.pointSize() + defs.SCORE_POINT_DELTA)
        big.setWeight(QFont.Weight.Bold)
        self.score.setFont(big)
        self.band = QLabel(self.score_card)
        self.band.setTextFormat(Qt.TextFormat.PlainText)
        self.band.setObjectName("BandChip")
        self.figures = _plain(QLabel(self.score_card))
        self.provisional = _plain(QLabel(self.score_card))
        self.provisional.setObjectName("ProvisionalScore")
        self.provisional.setWordWrap(True)
        theme.notice(self.provisional)
        self.provisional.setContentsMargins(8, 4, 8, 4)
        self.score_card.layout_.addWidget(self.score)
        self.score_card.layout_.addWidget(self.provisional)
        self.score_card.layout_.addWidget(self.band, 0, Qt.AlignmentFlag.AlignLeft)
        self.score_card.layout_.addWidget(self.figures)
        self.score_card.layout_.addStretch(1)
        self.verdict_card = Card(body)
        self.verdict_title = _plain(QLabel(self.verdict_card))
        self.verdict_label = QLabel(self.verdict_card)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setObjectName("VerdictLabel")
        vfont = self.verdict_label.font()
        vfont.setPointSize(vfont.pointSize() + 6)
        vfont.setWeight(QFont.Weight.Bold)
        self.verdict_label.setFont(vfont)
        self.verdict_meaning = _plain(QLabel(self.verdict_card))
        self.verdict_reasons = _plain(QLabel(self.verdict_card))
        for widget in (self.verdict_title, self.verdict_label, self.verdict_meaning, self.verdict_reasons):
            self.verdict_card.layout_.addWidget(widget)
        self.verdict_card.layout_.addStretch(1)
        top.addWidget(self.score_card, 1)
        top.addWidget(self.verdict_card, 2)
        layout.addLayout(top)

        charts = QGridLayout()
        self.radar = RadarWidget(body)
        self.bars = BarsWidget(body)
        self.radar_title = _plain(QLabel(body))
        self.bars_title = _plain(QLabel(body))
        charts.addWidget(self.radar_title, 0, 0)
        charts.addWidget(self.bars_title, 0, 1)
        charts.addWidget(self.radar, 1, 0)
        charts.addWidget(self.bars, 1, 1, Qt.AlignmentFlag.AlignTop)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        layout.addLayout(charts)

        self.table_title = _plain(QLabel(body))
        self.table = QTableWidget(body)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table_title)
        layout.addWidget(self.table)

        self.priorities_title = _plain(QLabel(body))
        layout.addWidget(self.priorities_title)
        # One plain label per line, not one rich-text label: Qt lays rich text out far more slowly.
        self.priorities = QVBoxLayout()
        self.priorities.setSpacing(2)
        layout.addLayout(self.priorities)
        self.kpis_title = _plain(QLabel(body))
        layout.addWidget(self.kpis_title)
        self.kpis = QVBoxLayout()
        self.kpis.setSpacing(2)
        layout.addLayout(self.kpis)
        layout.addStretch(1)

        self.data: DashboardData | None = None
        presenter.subscribe(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible() and self.data is not None:
            self._stale = True  # redrawn when shown: answering stays fast
            return
        self._stale = False
        data = dashboard_data(self.presenter.result, self.lang)
        self.data = data
        self.title.setText(data.title)
        self.score.setText(tr("%1 / 100").replace("%1", score(data.score)))
        self.score.setAccessibleName(tr("Overall score: %1 out of 100").replace("%1", score(data.score)))
        provisional = provisional_result(data.scored, data.applicable)
        self.provisional.setText(provisional)
        self.provisional.setVisible(data.provisional)
        if data.provisional:
            self.score.setAccessibleName(self.score.accessibleName() + ". " + provisional)
        self.band.setText(data.band or tr("No score yet"))
        self.band.setStyleSheet(_chip_style(data.band_color))
        lines = []
        if data.levels and data.level is not None:
            lines.append(tr("Level %1 of %2").replace("%1", number(data.level, 1)).replace("%2", str(data.levels)))
        lines.append(
            tr("Coverage %1 % (%2 of %3 questions)")
            .replace("%1", number(data.coverage))
            .replace("%2", str(data.scored))
            .replace("%3", str(data.applicable))
        )
        lines.append(questions_line(data.questions))
        lines.append(tr("Target %1").replace("%1", number(data.target)))
        self.figures.setText("\n".join(lines))
        self._show_verdict(data)
        items = [ChartItem(r.title, r.score, r.target, r.color) for r in data.sections]
        description = "; ".join(f"{r.title}: {score(r.score)}" for r in data.sections)
        self.radar.set_items(items, tr("Radar of the section scores. %1").replace("%1", description))
        self.radar.setVisible(len(items) >= 3)
        self.radar_title.setVisible(len(items) >= 3)
        self.bars.set_items(items, tr("Bars of the section scores. %1").replace("%1", description))
        self.radar_title.setText(tr("Sections at a glance (dashed: target)"))
        self.bars_title.setText(tr("Score per section"))
        self._fill_table(data)
        self._show_priorities(data)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def _add_line(self, layout: QVBoxLayout, text: str) -> QLabel:
        line = _plain(QLabel(text, self.body))
        layout.addWidget(line)
        return line

    def _show_verdict(self, data: DashboardData) -> None:
        verdict = data.verdict
        self.verdict_card.setVisible(verdict is not None)
        if verdict is None:
            return
        self.verdict_title.setText(verdict["title"])
        self.verdict_label.setText(verdict["label"])
        self.verdict_meaning.setText(verdict["meaning"] or "")
        self.verdict_meaning.setVisible(bool(verdict["meaning"]))
        self.verdict_reasons.setText("\n".join(f"• {reason}" for reason in verdict["reasons"]))

    def _fill_table(self, data: DashboardData) -> None:
        self.table_title.setText(tr("Sections (table)"))
        headers = [tr("Section"), tr("Score"), tr("Band"), tr("Coverage"), tr("Target"), tr("Gap")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(data.sections))
        for row, section in enumerate(data.sections):
            cells = [
                section.title,
                score(section.score) + ("  " + tr("(provisional)") if section.provisional else ""),
                section.band,
                "—" if section.coverage is None else f"{number(section.coverage)} %",
                number(section.target),
                number(section.gap),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 30 * len(data.sections) + 4)
        self.table.setAccessibleName(tr("Section scores as a table"))

    def _show_priorities(self, data: DashboardData) -> None:
        self.priorities_title.setText(tr("Top priorities (%1 recommendations)").replace("%1", str(data.priority_count)))
        clear_layout(self.priorities)
        for rank, rec in enumerate(data.priorities, start=1):
            meta = tr("effort %1 · impact %2 · %3").replace("%1", label(LEVEL, rec["effort"], self.lang)).replace(
                "%2", label(LEVEL, rec["impact"], self.lang)).replace("%3", label(HORIZON, rec["horizon"], self.lang))
            title = self._add_line(self.priorities, f"{rank}. {rec['title']}")
            title.setFont(_bold(title.font()))
            if rank > 1:
                title.setContentsMargins(0, defs.SPACING, 0, 0)
            self._add_line(self.priorities, rec["why"])
            theme.hint(self._add_line(self.priorities, meta))
        if not data.priorities:
            self._add_line(self.priorities, tr("No recommendation: every answer meets its target."))
        self.kpis_title.setText(tr("Indicators to track"))
        self.kpis_title.setVisible(bool(data.kpis))
        clear_layout(self.kpis)
        priority = tr("priority for your profile")
        for kpi in data.kpis:
            if kpi["priority"]:
                line = self._add_line(self.kpis, f"{kpi['label']} — {priority}")
                line.setFont(_bold(line.font()))
            else:
                self._add_line(self.kpis, kpi["label"])


def _bold(font: QFont) -> QFont:
    font.setBold(True)
    return font


def _chip_style(color: str | None) -> str:
    background = color or "#9aa0a6"
    return f"QLabel#BandChip {{ background: {background}; color: #111; border-radius: 9px; padding: 3px 10px; }}"
