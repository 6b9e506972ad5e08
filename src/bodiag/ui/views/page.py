"""A scrolling page of the assessment: what the answering pane and the dashboard are built on."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from bodiag.ui import defs
from bodiag.ui.presenters.answering import AnsweringPresenter


class ScrollColumn(QScrollArea):
    """A frameless scroll area whose ``body`` and ``column`` (a vertical layout) the subclass fills."""

    def __init__(self, spacing: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self)
        self.setWidget(self.body)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(defs.LARGE_MARGIN, defs.MARGIN, defs.LARGE_MARGIN, defs.MARGIN)
        self.column.setSpacing(spacing)


class AssessmentPage(ScrollColumn):
    """A page of one assessment, over its answering presenter, in the interface language."""

    def __init__(self, presenter: AnsweringPresenter, lang: str, spacing: int, parent: QWidget | None = None):
        super().__init__(spacing, parent)
        self.presenter = presenter
        self.lang = lang


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` and delete it (to fill the layout afresh)."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
