"""A wrapping plain-text label that works out its height for a width once per text and width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class WrappedText(QLabel):
    """A plain text on as many lines as it needs, whose height for a width is worked out once per text and width.

    A layout pass asks a wrapping label its height for each width it tries, often the same ones
    again, and Qt lays the whole text out each time: the question's text and the level cards'
    descriptors made most of the time it takes to lay the next question out.
    """

    _RESETS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange,
               QEvent.Type.LayoutDirectionChange)

    def __init__(self, parent: QWidget | None = None):
        self._heights: dict[int, int] = {}
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    # What else the height depends on, when set after the text (a font or a style comes as a change event)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setIndent(indent)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setTextFormat(text_format)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setTextInteractionFlags(flags)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in self._RESETS:
            self._heights.clear()
        super().changeEvent(event)
