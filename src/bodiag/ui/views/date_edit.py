"""A date that may be left blank (an action's deadline): shown as « — », and picked from today onwards.

Qt's date editor has no empty value: a blank date is its minimum, shown with a
special text. Left alone, its calendar then opens on that minimum (January 2000)
and its arrows step from it; here both start from today (issue 17).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

from bodiag.ui.formats import date_format

BLANK = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, iso: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setSpecialValueText("—")
        self.setMinimumDate(BLANK)
        self.setDisplayFormat(date_format())
        self.set_iso(iso)
        self.calendarWidget().installEventFilter(self)

    def set_iso(self, iso: str | None) -> None:
        chosen = QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate()
        self.setDate(chosen if chosen.isValid() else BLANK)

    def iso(self) -> str | None:
        """The date chosen, as ISO text, or None when blank."""
        return None if self.is_blank() else self.date().toString("yyyy-MM-dd")

    def is_blank(self) -> bool:
        return self.date() == self.minimumDate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_blank():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.is_blank():  # the first step from a blank date lands on today
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)
