"""What "nothing is cut off" means, checked on a window's widgets by their geometry (issue 17, item 2).

Used by the layout tests in this process and, at another scale factor, in a child process.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from bodiag.ui.views.elided_label import ElidedLabel


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _clipping_ancestor(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) or parent.parentWidget() is None:
            return parent
        parent = parent.parentWidget()
    return None


def cut_off(window: QWidget) -> list[str]:
    """The visible labels and buttons that are narrower or shorter than they need, or reach out of the window
    (inside a scroll area, out of its content, i.e. only reachable sideways)."""
    problems = []
    frame = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if isinstance(widget, QLabel) and widget.parentWidget() is not None and widget.parentWidget().inherits(
                "QAbstractButton"):
            continue  # a card's own texts: the card is checked
        name = f"{type(widget).__name__} «{widget.text()[:40] if hasattr(widget, 'text') else ''}»"
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        ancestor = _clipping_ancestor(widget)
        if ancestor is window and not frame.contains(rect):
            problems.append(f"{name} reaches out of the window: {rect} in {frame}")
        if isinstance(widget, QLabel):
            if widget.wordWrap() and widget.hasHeightForWidth():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    problems.append(f"{name} is {widget.height()} high for {widget.heightForWidth(widget.width())}")
            elif not widget.wordWrap() and not isinstance(widget, ElidedLabel):  # an elided one shortens itself
                need = widget.minimumSizeHint().width()
                if widget.width() + 1 < need and widget.text() and "\n" not in widget.text():
                    problems.append(f"{name} is {widget.width()} wide for {need}")
        elif widget.width() + 1 < widget.minimumSizeHint().width():
            problems.append(f"{name} is {widget.width()} wide for {widget.minimumSizeHint().width()}")
    for area in window.findChildren(QAbstractScrollArea):
        if _shown(area) and area.horizontalScrollBar().maximum() > 0 and area.inherits("QScrollArea"):
            problems.append(f"{type(area).__name__} «{area.accessibleName()}» scrolls sideways")
    return problems
