"""Numbers and dates as the interface's language writes them.

Numbers are written as the report and the command line write them
(:mod:`bodiag.domain.i18n`), in the interface's language (the default QLocale,
set by :mod:`bodiag.ui.i18n`); dates in Qt's short format for that locale.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt

from bodiag.domain import i18n


def language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def number(value: float | None, decimals: int = 0, signed: bool = False) -> str:
    """``value`` with ``decimals`` decimals, « — » for none; ``signed`` marks a rise « + » and a fall « − »."""
    if value is None:
        return "—"
    return i18n.signed(value, language(), decimals) if signed else i18n.number(value, language(), decimals)


def date(stamp: str) -> str:
    """The short date of an ISO time stamp (``2026-11-23T…``)."""
    return QLocale().toString(QDate.fromString(stamp[:10], Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat)
