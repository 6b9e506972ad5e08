"""Rounded surfaces painted by hand: cards, the maturity grid's level cards, the help box.

They take their colours from the palette, so they follow the light or dark scheme,
and stand in for a style sheet (see :mod:`bodiag.ui.theme`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QRadioButton, QWidget

from bodiag.ui import theme

if TYPE_CHECKING:  # names for annotations only: their Qt types load when first used
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QEnterEvent, QFocusEvent, QPaintEvent


def paint_rounded(widget: QWidget, fill: QColor, border: QColor | None, width: float, radius: float) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(border, width) if border is not None else QPen(fill, 0))
    painter.setBrush(fill)
    inset = width / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset), radius, radius)
    painter.end()


class Panel(QFrame):
    """A card: the palette's base colour inside a thin rounded border."""

    RADIUS = 10

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        palette = self.palette()
        paint_rounded(self, palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Mid), 1, self.RADIUS)


class LevelPanel(QRadioButton):
    """A card that can be chosen: an accent border when hovered or focused, filled with the accent when selected.

    A radio button underneath, painted as a card: assistive technology then reads the
    levels as a group of radio buttons and announces which one is chosen. Its checked
    state follows the answer (:meth:`set_selected`), never a click alone: a click asks
    for the level, and the answer, once saved, checks it.
    """

    RADIUS = 8

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoExclusive(True)  # read as a radio button (Qt reads a non-exclusive one as a check box)
        self.setContentsMargins(4, 4, 4, 4)
        self._selected: bool | None = None  # None until first drawn

    # The card's size and its clickable area are its layout's, not those of a radio button's indicator.
    # (Its height for a width is its layout's already: a radio button keeps QWidget's, and a Python
    # override would only slow down every layout pass, which asks it many times.)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QWidget.sizeHint(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QWidget.minimumSizeHint(self)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt API
        return self.rect().contains(pos)

    def nextCheckState(self) -> None:  # noqa: N802 - Qt API
        """A click does not check the card by itself: the answer does (see :meth:`set_selected`)."""

    def set_selected(self, selected: bool) -> None:
        if selected != self.isChecked():
            self.blockSignals(True)
            if not selected:
                self.setAutoExclusive(False)  # Qt keeps the one checked button of a group checked: a cleared answer
                self.setChecked(False)
                self.setAutoExclusive(True)
            else:
                self.setChecked(selected)  # announced to assistive technology as the radio button's state
            self.blockSignals(False)
        if selected == self._selected:
            return  # drawn so already (a card kept for the next question often is)
        self._selected = selected
        self.setProperty("selected", selected)  # for tests and accessibility tools
        # Selected, the texts are dark on the light fill; else every colour is the parent's (and follows it)
        palette = QPalette()
        if selected:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.SELECTED_TEXT))
        self.setPalette(palette)
        self.update()

    def is_selected(self) -> bool:
        return bool(self._selected)

    # Hover and focus change the border: repaint.

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        palette = self.palette()
        accent = QColor(theme.ACCENT)
        if self._selected:
            paint_rounded(self, QColor(theme.SELECTED_FILL), accent, 2, self.RADIUS)
        elif self.hasFocus():
            paint_rounded(self, palette.color(QPalette.ColorRole.Base), accent, 2, self.RADIUS)
        else:
            border = accent if self.underMouse() else palette.color(QPalette.ColorRole.Mid)
            paint_rounded(self, palette.color(QPalette.ColorRole.Base), border, 1, self.RADIUS)


class BoxLabel(QLabel):
    """A text on the palette's alternate background, in a rounded box (the question's help)."""

    RADIUS = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMargin(8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        paint_rounded(self, self.palette().color(QPalette.ColorRole.AlternateBase), None, 0, self.RADIUS)
        super().paintEvent(event)
