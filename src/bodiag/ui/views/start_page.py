"""The start page: recent documents, and New, Open, Open the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from bodiag.ui import defs, icons, theme
from bodiag.ui.context import AppContext
from bodiag.ui.formats import date
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip

PATH_ROLE = Qt.ItemDataRole.UserRole



class StartPage(QWidget):
    open_requested = Signal(Path)
    new_requested = Signal()
    browse_requested = Signal()
    demo_requested = Signal()
    resume_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(defs.MARGIN)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        column.addStretch(1)
        self.title = QLabel(self)
        theme.title(self.title)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icons.icon("new"), "", self)
        self.open_button = QPushButton(icons.icon("open"), "", self)
        self.demo_button = QPushButton(icons.icon("demo"), "", self)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.browse_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.resume_button = QPushButton(self)
        self.resume_button.setMinimumHeight(40)
        self.resume_button.clicked.connect(self.resume_requested)
        self.resume_button.hide()
        column.addWidget(self.resume_button)
        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setMinimumHeight(200)
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(Path(item.data(PATH_ROLE))))
        self.recent_label.setBuddy(self.recent)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addStretch(2)
        self._open_name: str | None = None
        self.retranslate()
        self.refresh()

    def set_open_document(self, organisation: str | None) -> None:
        """Offer to go back to the document open in this window, if any."""
        self._open_name = organisation
        self.resume_button.setVisible(organisation is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText("bodiag")
        self.subtitle.setText(tr("Diagnose your back office: administration, accounting, HR, legal, sales "
                                  "administration, data and processes. Everything stays on this computer."))
        self.new_button.setText(tr("New diagnostic…"))
        self.open_button.setText(tr("Open…"))
        self.demo_button.setText(tr("Open the demo"))
        self.demo_button.setToolTip(tr("A realistic SME, fully answered, to explore"))
        if self._open_name is not None:
            self.resume_button.setText(tr("Back to %1").replace("%1", self._open_name))
        self.recent_label.setText(tr("&Recent documents"))
        self.recent.setAccessibleName(tr("Recent documents"))
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.context.settings.recent_documents():
            details = self.context.settings.recent_details(path)
            if details is not None:
                organisation, opened = details
                text = tr("%1 — %2, opened on %3").replace("%1", organisation).replace("%2", path.name).replace(
                    "%3", date(opened)) + f"\n{path.parent}"
            else:
                text = f"{path.name}    —    {path.parent}"
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(tooltip(str(path)))
            self.recent.addItem(item)
        if self.recent.count() == 0:
            item = QListWidgetItem(tr("No recent document yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
