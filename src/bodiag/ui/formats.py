"""Numbers and dates as the interface's language writes them (the default QLocale, set by bodiag.ui.i18n)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt


def number(value: float | None, decimals: int = 0, signed: bool = False) -> str:
    """``value`` with ``decimals`` decimals, « — » for none; ``signed`` puts a « + » before a rise."""
    if value is None:
        return "—"
    text = QLocale().toString(float(value), "f", decimals)
    return f"+{text}" if signed and value > 0 else text


def date(stamp: str) -> str:
    """The short date of an ISO time stamp (``2026-11-23T…``)."""
    return QLocale().toString(QDate.fromString(stamp[:10], Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat)
