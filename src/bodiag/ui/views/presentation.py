"""Presentation mode for a workshop projector: one question at a time, in large type.

Keyboard-driven: → / Space / Page Down next, ← / Page Up previous, digits answer,
N not applicable, ? don't know, R shows or hides the live radar, Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bodiag.domain.model import GridQuestion, NumericQuestion
from bodiag.errors import BodiagError
from bodiag.ui.formats import score
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.dashboard import dashboard_data
from bodiag.ui.presenters.workshop import WorkshopPresenter
from bodiag.ui.views.charts import ChartItem, RadarWidget

# The projector's colours: every text at least 4.5:1 on what it is written on (a test computes it).
BACKGROUND = "#10202c"
TEXT = "#f4f7fa"
HINT = "#c3d3e0"  # the breadcrumb, the counter, the keys: quieter than the question, still readable at 5 m
SELECTED = "#1f5f8b"  # a chosen level's fill, under TEXT
BORDER = "#6f93ad"
SELECTED_BORDER = "#8cc3ea"
DIVERGENT = "#ffcf66"  # the spread of a divided workshop


def _points(height: int) -> tuple[int, int]:
    """Question and level type sizes that fill a projector yet fit a laptop screen."""
    return max(20, min(40, height // 26)), max(14, min(22, height // 48))


class PresentationView(QWidget):
    def __init__(self, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None, *,
                 workshop: WorkshopPresenter | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.presenter = presenter
        self.workshop = workshop
        self.lang = lang
        self.setObjectName("Presentation")
        self.setWindowTitle(tr("Presentation"))
        self.setStyleSheet(
            f"QWidget#Presentation {{ background: {BACKGROUND}; }}"
            f"QLabel {{ color: {TEXT}; }}"
            f"QLabel[role='hint'] {{ color: {HINT}; }}"
            f"QLabel[role='divergent'] {{ color: {DIVERGENT}; }}"
            f"QFrame#Level {{ border: 2px solid {BORDER}; border-radius: 12px; }}"
            f"QFrame#Level[selected='true'] {{ background: {SELECTED}; border: 4px solid {SELECTED_BORDER}; }}"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        self.position = QLabel(self)
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.position.setProperty("role", "hint")
        self.section = QLabel(self)
        self.section.setTextFormat(Qt.TextFormat.PlainText)
        self.section.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(self.section, 1)
        top.addWidget(self.position)
        outer.addLayout(top)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.text)
        self.answers = QLabel(self)  # the workshop's answers to this question, and how far apart they are
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.PlainText)
        self.spread = QLabel(self)
        self.spread.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.answers)
        outer.addWidget(self.spread)
        self.levels = QGridLayout()
        self.levels.setSpacing(14)
        outer.addLayout(self.levels, 1)
        self.radar = RadarWidget(self)
        radar_palette = self.radar.palette()
        radar_palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))  # its labels, on the dark background
        self.radar.setPalette(radar_palette)
        self.radar.hide()
        outer.addWidget(self.radar, 2)
        self.keys = QLabel(self)
        self.keys.setProperty("role", "hint")
        self.keys.setText(tr("→ next · ← previous · 1–9 answer · N not applicable · ? don't know · R radar · Esc leave"))
        outer.addWidget(self.keys)
        self._cards: list[QFrame] = []
        self._level_points = 12
        presenter.subscribe(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        p = self.presenter
        question = p.current
        for card in self._cards:
            self.levels.removeWidget(card)
            card.setParent(None)
            card.deleteLater()
        self._cards = []
        if question is None:
            self.text.setText(tr("No question matches."))
            return
        text_points, self._level_points = _points(self.height())
        font = self.text.font()
        font.setPointSize(text_points)
        font.setWeight(QFont.Weight.DemiBold)
        self.text.setFont(font)
        for label in (self.position, self.section, self.keys, self.answers, self.spread, self.radar):
            small = label.font()
            small.setPointSize(self._level_points)
            label.setFont(small)
        self._show_workshop(question)
        index, total = p.position()
        self.position.setText(tr("Question %1 of %2").replace("%1", str(index)).replace("%2", str(total)))
        self.section.setText(p.questionnaire.section_of[question.id].title.get(self.lang))
        self.text.setText(question.text.get(self.lang))
        scale = p.questionnaire.scale_of(question)
        entry = p.entry(question.id)
        if scale is not None and not isinstance(question, NumericQuestion):
            options = scale.scored_options
            columns = len(options) if len(options) <= 5 else 4
            for number, option in enumerate(options, start=1):
                body = question.levels[option.id].get(self.lang) if isinstance(question, GridQuestion) else (
                    option.description.get(self.lang) if option.description else "")
                card = self._card(number, option.label.get(self.lang), body, entry.value is not None
                                  and entry.value.option == option.id)
                self.levels.addWidget(card, (number - 1) // columns, (number - 1) % columns)
                self._cards.append(card)
            for column in range(columns):
                self.levels.setColumnStretch(column, 1)
        if self.radar.isVisible():
            self._fill_radar()

    def _show_workshop(self, question) -> None:  # noqa: ANN001 - a domain Question
        projected = self.workshop.projected(question) if self.workshop is not None else None
        self.answers.setVisible(projected is not None)
        self.spread.setVisible(projected is not None and bool(projected[1]))
        if projected is None:
            return
        answers, spread = projected
        self.answers.setText(answers)
        self.spread.setText(spread)
        self.spread.setProperty("role", "divergent" if spread.endswith(tr("divergent")) else "hint")
        self.spread.style().unpolish(self.spread)
        self.spread.style().polish(self.spread)

    def _card(self, number: int, title: str, body: str, selected: bool) -> QFrame:
        card = QFrame(self)
        card.setObjectName("Level")
        card.setProperty("selected", selected)
        layout = QVBoxLayout(card)
        heading = QLabel(f"{number} · {title}", card)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSize(self._level_points + 2)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(body, card)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        font = text.font()
        font.setPointSize(self._level_points)
        text.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(text, 1)
        return card

    def _fill_radar(self) -> None:
        data = dashboard_data(self.presenter.result, self.lang)
        items = [ChartItem(r.title, r.score, r.target, r.color) for r in data.sections]
        self.radar.set_items(items, "; ".join(f"{r.title}: {score(r.score)}" for r in data.sections))

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        self.refresh()

    def toggle_radar(self) -> None:
        self.radar.setVisible(not self.radar.isVisible())
        if self.radar.isVisible():
            self._fill_radar()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        p = self.presenter
        try:
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
                p.go_next()
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
                p.go_previous()
            elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                p.choose_level(key - Qt.Key.Key_0)
            elif key == Qt.Key.Key_N:
                p.answer("na")
            elif key == Qt.Key.Key_Question or event.text() == "?":
                p.answer("dk")
            elif key == Qt.Key.Key_R:
                self.toggle_radar()
            elif key == Qt.Key.Key_Escape:
                self.close()
            else:
                super().keyPressEvent(event)
        except BodiagError:
            pass  # a read-only document: presentation still navigates

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.presenter.unsubscribe(self.refresh)
        super().closeEvent(event)
