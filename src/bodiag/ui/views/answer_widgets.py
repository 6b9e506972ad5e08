"""One answer control per question kind. Each calls ``on_answer(raw)`` when the user answers."""

from __future__ import annotations

from html import escape

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bodiag.domain.answers import Answer, format_number
from bodiag.domain.model import (
    ChecklistQuestion,
    GridQuestion,
    NumericQuestion,
    Question,
    Questionnaire,
    ScaleQuestion,
    TextQuestion,
)
from bodiag.domain.thresholds import level_option
from bodiag.ui import defs, theme
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip
from bodiag.ui.views.panel import LevelPanel
from bodiag.ui.views.wrapped_text import WrappedText

OnAnswer = Callable[[object], None]



class ScaleAnswer(QWidget):
    """Radio buttons, one per scored option, with the option's description under it."""

    def __init__(self, questionnaire: Questionnaire, question: Question, value: Answer | None, lang: str,
                 on_answer: OnAnswer, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(tr("Answers"))
        self.on_answer = on_answer
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.scale = questionnaire.scale_of(question)
        for number, option in enumerate(self.scale.scored_options, start=1):
            button = QRadioButton(f"{number}  {option.label.get(lang)}", self)
            button.setAccessibleName(option.label.get(lang))
            if option.description:
                button.setToolTip(tooltip(option.description.get(lang)))
                button.setAccessibleDescription(option.description.get(lang))
            button.setChecked(value is not None and value.option == option.id)
            button.toggled.connect(lambda checked, oid=option.id: checked and self.on_answer(oid))
            self.buttons[option.id] = button
            self.group.addButton(button)
            layout.addWidget(button)
            if option.description:
                hint = QLabel(option.description.get(lang), self)
                hint.setTextFormat(Qt.TextFormat.PlainText)
                hint.setWordWrap(True)
                hint.setIndent(26)
                theme.hint(hint)
                layout.addWidget(hint)

    def show_question(self, questionnaire: Questionnaire, question: Question, value: Answer | None,
                      on_answer: OnAnswer) -> bool:
        """Answer ``question`` with these buttons if it has the same scale (the same options and texts): False
        if not, nothing changed then."""
        if not isinstance(question, ScaleQuestion) or questionnaire.scale_of(question) is not self.scale:
            return False
        self.on_answer = on_answer
        self.set_value(value)
        return True

    def set_value(self, value: Answer | None) -> None:
        chosen = value.option if value is not None else None
        self.group.setExclusive(False)
        for option_id, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(option_id == chosen)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def focus_target(self) -> QWidget | None:
        """The checked option, else the first: where the keyboard goes when the question is shown."""
        checked = self.group.checkedButton()
        return checked or next(iter(self.buttons.values()), None)


class LevelCard(LevelPanel):
    """A maturity-grid level: its name and this criterion's descriptor. Click, Space or Enter chooses it.

    The cards stay from one criterion to the next of as many levels (:meth:`show_level`).
    """

    chosen = Signal()

    def __init__(self, number: int, title: str, descriptor: str, selected: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.option_id = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(defs.GRID_CARD_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.body = WrappedText(self)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.show_level(title, descriptor, selected)

        self.clicked.connect(self.chosen)  # a click, or Space (the button's own keys)

    def show_level(self, title: str, descriptor: str, selected: bool) -> None:
        """This card's level for the criterion shown: its name, its descriptor, whether it is the answer."""
        self.setAccessibleName(f"{self.number}. {title}")
        self.setAccessibleDescription(descriptor)
        self.heading.setText(f"<b>{self.number}</b> · {escape(title)}")  # Qt redraws and lays out only a new text
        self.body.setText(descriptor)
        self.set_selected(selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            siblings = [w for w in self.parentWidget().findChildren(LevelCard) if w.isVisible()]
            step = -1 if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            index = siblings.index(self) + step
            if 0 <= index < len(siblings):  # the arrows look along the levels; choosing is Space or Enter
                siblings[index].setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)


class GridAnswer(QWidget):
    """The criterion's level descriptors side by side, on two rows (or more) where they do not fit on one.

    The pane never scrolls sideways: the grid asks for the width of two cards at least,
    and places its cards again whenever its width changes.
    """

    def __init__(self, questionnaire: Questionnaire, question: GridQuestion, value: Answer | None, lang: str,
                 on_answer: OnAnswer, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.SPACING)
        self.columns = 0
        self.lang = lang
        self.setAccessibleName(tr("Levels"))
        self.cards: dict[str, LevelCard] = {}  # by option id, in the scale's order
        for number in range(1, len(questionnaire.scale_of(question).scored_options) + 1):
            card = LevelCard(number, "", "", False, self)
            card.chosen.connect(lambda card=card: self.on_answer(card.option_id))
            self.cards[str(number)] = card
        self.show_question(questionnaire, question, value, on_answer)
        self.setMinimumWidth(2 * defs.GRID_CARD_MIN_WIDTH + defs.SPACING)
        self._place(len(self.cards))

    def show_question(self, questionnaire: Questionnaire, question: Question, value: Answer | None,
                      on_answer: OnAnswer) -> bool:
        """Show the levels of ``question`` on these cards if it has as many: only the texts that differ change,
        and no card is made or laid out anew. False if it has not (or is no grid), nothing changed then."""
        if not isinstance(question, GridQuestion):
            return False
        options = questionnaire.scale_of(question).scored_options
        if len(options) != len(self.cards):
            return False
        self.on_answer = on_answer
        cards = list(self.cards.values())
        self.cards = {}
        for card, option in zip(cards, options):
            card.option_id = option.id
            card.show_level(option.label.get(self.lang), question.levels[option.id].get(self.lang),
                            value is not None and value.option == option.id)
            self.cards[option.id] = card
        return True

    def columns_for(self, width: int) -> int:
        """As many cards on a row as fit in ``width``, the rows as even as can be (5 cards: 5, or 3 and 2)."""
        count = len(self.cards)
        fit = max(1, (width + defs.SPACING) // (defs.GRID_CARD_MIN_WIDTH + defs.SPACING))
        if fit >= count:
            return count
        rows = -(-count // fit)
        return -(-count // rows)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        layout = self.layout()
        for card in self.cards.values():
            layout.removeWidget(card)
        for column in range(layout.columnCount()):
            layout.setColumnStretch(column, 0)
        for index, card in enumerate(self.cards.values()):
            layout.addWidget(card, index // columns, index % columns)
        for column in range(columns):
            layout.setColumnStretch(column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))

    def set_value(self, value: Answer | None) -> None:
        for option_id, card in self.cards.items():
            card.set_selected(value is not None and value.option == option_id)

    def focus_target(self) -> QWidget | None:
        """The selected level, else the first."""
        selected = next((card for card in self.cards.values() if card.is_selected()), None)
        return selected or next(iter(self.cards.values()), None)


class BoxText(QLabel):
    """A check box's text on as many lines as it needs (Qt's own check box text never wraps, and a long item
    would make the pane scroll sideways); a click on it ticks the box, as a click on the box's own text would."""

    def __init__(self, box: QCheckBox, text: str, parent: QWidget):
        super().__init__(text, parent)
        self.box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


def _wrapping(box: QCheckBox, text: str, parent: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(BoxText(box, text, parent), 1)
    return row


class ChecklistAnswer(QWidget):
    def __init__(self, question: ChecklistQuestion, value: Answer | None, lang: str, on_answer: OnAnswer,
                 parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        ticked = set(value.items or ()) if value is not None else set()
        self.boxes: dict[str, QCheckBox] = {}
        for item in question.items:
            box = QCheckBox(self)
            box.setAccessibleName(item.label.get(lang))
            layout.addLayout(_wrapping(box, item.label.get(lang), self))
            box.setChecked(item.id in ticked)
            if item.help:
                box.setToolTip(tooltip(item.help.get(lang)))
                box.setAccessibleDescription(item.help.get(lang))
            box.toggled.connect(lambda _checked: on_answer([i for i, b in self.boxes.items() if b.isChecked()]))
            self.boxes[item.id] = box
        self.none_box = QCheckBox(tr("None of these applies"), self)
        self.none_box.setChecked(value is not None and value.items == ())
        self.none_box.toggled.connect(lambda checked: checked and on_answer([]))
        layout.addWidget(self.none_box)

    def show_question(self, questionnaire: Questionnaire, question: Question, value: Answer | None,
                      on_answer: OnAnswer) -> bool:
        """Made anew for each question (what is being typed belongs to its own question)."""
        return False

    def set_value(self, value: Answer | None) -> None:
        ticked = set(value.items or ()) if value is not None else set()
        for item_id, box in [*self.boxes.items(), (None, self.none_box)]:
            box.blockSignals(True)
            box.setChecked(item_id in ticked if item_id else (value is not None and value.items == ()))
            box.blockSignals(False)

    def focus_target(self) -> QWidget | None:
        return next(iter(self.boxes.values()), self.none_box)


class NumericAnswer(QWidget):
    def __init__(self, questionnaire: Questionnaire, question: NumericQuestion, value: Answer | None, lang: str,
                 on_answer: OnAnswer, parent: QWidget | None = None):
        super().__init__(parent)
        self.questionnaire, self.question, self.lang = questionnaire, question, lang
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(tr("Value"))
        validator = QDoubleValidator(self)
        validator.setLocale(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
        if question.min is not None:
            validator.setBottom(question.min)
        if question.max is not None:
            validator.setTop(question.max)
        self.edit.setValidator(validator)
        self.edit.setMaximumWidth(160)
        if value is not None and value.number is not None:
            self.edit.setText(format_number(value.number, lang))
        unit = QLabel(question.unit.get(lang), self)
        unit.setTextFormat(Qt.TextFormat.PlainText)
        self.level = QLabel(self)
        self.level.setTextFormat(Qt.TextFormat.PlainText)
        theme.hint(self.level)
        self._show_level(value.number if value else None)
        self.on_answer = on_answer
        self._committed = self.edit.text()
        self.edit.editingFinished.connect(self.commit)
        layout.addWidget(self.edit)
        layout.addWidget(unit)
        layout.addSpacing(defs.MARGIN)
        layout.addWidget(self.level, 1)

    def show_question(self, questionnaire: Questionnaire, question: Question, value: Answer | None,
                      on_answer: OnAnswer) -> bool:
        """Made anew for each question (what is being typed belongs to its own question)."""
        return False

    def commit(self) -> None:
        """Answer with the number typed, once (editing finished, or the pane moving on)."""
        text = self.edit.text().strip()
        if text and text != self._committed:
            self._committed = text
            self.on_answer(text)

    def set_value(self, value: Answer | None) -> None:
        number = value.number if value is not None else None
        text = format_number(number, self.lang) if number is not None else ""
        if self.edit.text() != text and not self.edit.hasFocus():
            self.edit.setText(text)
            self._committed = text
        self._show_level(number)

    def _show_level(self, number: float | None) -> None:
        if number is None:
            self.level.setText("")
            return
        option = level_option(self.questionnaire, self.question, number)
        self.level.setText(tr("Level reached: %1").replace("%1", option.label.get(self.lang)))

    def focus_target(self) -> QWidget:
        """The number itself: typing digits here is the answer."""
        return self.edit


class TextAnswer(QWidget):
    """Free text, saved when typing pauses and before the pane moves on (:meth:`commit`)."""

    def __init__(self, value: Answer | None, on_answer: OnAnswer, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(tr("Answer"))
        self.edit.setPlainText(value.text if value is not None and value.text else "")
        self.edit.setTabChangesFocus(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(defs.NOTE_SAVE_DELAY_MS)
        self.on_answer = on_answer
        self._committed = self.edit.toPlainText()
        self.timer.timeout.connect(self.commit)
        self.edit.textChanged.connect(self.timer.start)
        layout.addWidget(self.edit)

    def show_question(self, questionnaire: Questionnaire, question: Question, value: Answer | None,
                      on_answer: OnAnswer) -> bool:
        """Made anew for each question (what is being typed belongs to its own question)."""
        return False

    def commit(self) -> None:
        """Answer with the text typed, if it changed (typing paused, or the pane moving on)."""
        self.timer.stop()
        text = self.edit.toPlainText()
        if text != self._committed:
            self._committed = text
            self.on_answer(text)

    def set_value(self, value: Answer | None) -> None:
        text = value.text if value is not None and value.text else ""
        if self.edit.toPlainText() != text and not self.edit.hasFocus() and not self.timer.isActive():
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)
            self._committed = text

    def focus_target(self) -> QWidget:
        return self.edit


def build_answer_widget(questionnaire: Questionnaire, question: Question, value: Answer | None, lang: str,
                        on_answer: OnAnswer, parent: QWidget) -> QWidget:
    if isinstance(question, GridQuestion):
        return GridAnswer(questionnaire, question, value, lang, on_answer, parent)
    if isinstance(question, ChecklistQuestion):
        return ChecklistAnswer(question, value, lang, on_answer, parent)
    if isinstance(question, NumericQuestion):
        return NumericAnswer(questionnaire, question, value, lang, on_answer, parent)
    if isinstance(question, TextQuestion):
        return TextAnswer(value, on_answer, parent)
    return ScaleAnswer(questionnaire, question, value, lang, on_answer, parent)
