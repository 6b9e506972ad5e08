"""Evolution: this assessment against an earlier one of the same questionnaire, and their timeline."""

from __future__ import annotations

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

from bodiag.services import reassessment
from bodiag.storage.assessments import AssessmentRecord
from bodiag.ui import defs
from bodiag.ui.formats import date, number
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.dashboard import band_colors
from bodiag.ui.views.charts import ChartItem, RadarWidget
from bodiag.ui.views.page import AssessmentPage




def _table(parent: QWidget, headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
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
        self.diagnostic = presenter.session.diagnostic
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
        self.details: list[QWidget] = []
        self._stale = True  # built when first shown: start-up and answering need none of it
        self._filled = False
        self.compare_with.currentIndexChanged.connect(lambda _i: self.refresh())
        presenter.subscribe(self.refresh)

    def _earlier(self) -> list[AssessmentRecord]:
        current = self.presenter.assessment
        same = [a for a in self.diagnostic.assessments()
                if a.questionnaire_id == current.questionnaire_id and a.id != current.id]
        return sorted(same, key=lambda a: (a.created_at, a.id), reverse=True)

    def _fill_choices(self) -> None:
        others = self._earlier()
        entries = reassessment.timeline(self.diagnostic).by_questionnaire.get(self.presenter.assessment.questionnaire_id, [])
        parent = next((e.based_on for e in entries if e.record.id == self.presenter.assessment.id), None)
        for record in others:
            self.compare_with.addItem(f"{record.title} ({date(record.created_at)})", record.id)
        if parent is not None and self.compare_with.findData(parent) >= 0:
            self.compare_with.setCurrentIndex(self.compare_with.findData(parent))

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if not self._filled:
            self._filled = True
            self.compare_with.blockSignals(True)
            self._fill_choices()
            self.compare_with.blockSignals(False)
        for widget in self.details:
            self.column.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self.details = []
        other_id = self.compare_with.currentData()
        has_other = other_id is not None
        self.compare_label.setVisible(has_other)
        self.compare_with.setVisible(has_other)
        self.radar.setVisible(has_other)
        if not has_other:
            self.summary.setText(tr("Only one assessment of this questionnaire so far. To follow the evolution, "
                                    "reassess later: File › Reassess…"))
        else:
            self._compare(self.diagnostic.assessment(other_id))
        self._timeline()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _add(self, widget: QWidget) -> None:
        self.column.addWidget(widget)
        self.details.append(widget)

    def _heading(self, text: str) -> None:
        label = QLabel(text, self.body)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._add(label)

    def _compare(self, other: AssessmentRecord) -> None:
        current = self.presenter.assessment
        before, after = (other, current) if (other.created_at, other.id) <= (current.created_at, current.id) else (
            current, other)
        comparison = reassessment.compare(self.diagnostic, before, after)
        data = comparison.as_dict(self.lang)
        score = data["score"]
        points = tr("%5 point.") if score["delta"] is not None and abs(score["delta"]) < 2 else tr("%5 points.")
        self.summary.setText(
            (tr("Score %1 on %2, %3 on %4:") + " " + points)
            .replace("%1", number(score["before"]))
            .replace("%2", date(before.created_at))
            .replace("%3", number(score["after"]))
            .replace("%4", date(after.created_at))
            .replace("%5", number(score["delta"], signed=True))
        )
        colors = band_colors(comparison.after_result)
        bands = {s.id: s.band_id for s in comparison.after_result.sections}
        items = [ChartItem(r["title"], r["after"], None, colors.get(bands.get(r["id"]) or ""), before=r["before"])
                 for r in data["radar"]]
        self.radar.set_items(items, tr("Radar: sections now, and in grey, before. %1").replace(
            "%1", "; ".join(f"{r['title']}: {number(r['before'])} → {number(r['after'])}" for r in data["radar"])))
        self.radar.setVisible(len(items) >= 3)
        self._heading(tr("Sections"))
        rows = [[s["title"], number(s["score"]["before"]), number(s["score"]["after"]),
                 number(s["score"]["delta"], signed=True)]
                for s in data["sections"] if s["depth"] == 0]
        self._add(_table(self.body, [tr("Section"), tr("Before"), tr("Now"), tr("Change")], rows,
                         tr("Section scores before and now")))
        self._heading(tr("Answers that moved (%1)").replace("%1", str(len(data["moves"]))))
        moves = [[m["text"], m["before"]["display"] or "—", m["after"]["display"] or "—"] for m in data["moves"]]
        if moves:
            self._add(_table(self.body, [tr("Question"), tr("Before"), tr("Now")], moves, tr("Answers that moved")))
        self._heading(tr("Actions completed in between (%1)").replace("%1", str(len(data["actions"]))))
        for action in data["actions"]:
            label = QLabel(f"✓ {action.get('title', '')}", self.body)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._add(label)

    def _timeline(self) -> None:
        entries = reassessment.timeline(self.diagnostic).by_questionnaire.get(self.presenter.assessment.questionnaire_id, [])
        self._heading(tr("Every assessment of this questionnaire"))
        rows = []
        for entry in entries:
            d = entry.as_dict(self.lang)
            rows.append([d["title"], date(d["created_at"]), number(d["score"]),
                         d["band"]["label"] if d["band"] else "—", f"{number(d['coverage'])} %"])
        self._add(_table(self.body, [tr("Assessment"), tr("Date"), tr("Score"), tr("Band"), tr("Coverage")], rows,
                         tr("Timeline of the assessments")))
