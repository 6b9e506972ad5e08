"""Numbers and dates as the interface's language writes them.

Numbers are written as the report and the command line write them
(:mod:`bodiag.domain.i18n`), in the interface's language (the default QLocale,
set by :mod:`bodiag.ui.i18n`); dates with the year in full, day first in French and
the month's name in English, so that neither reads « 12/2/26 ».
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt

from bodiag.domain import i18n
from bodiag.domain.i18n import tr as catalogue_text  # named apart from Qt's tr, which lupdate collects


def language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def number(value: float | None, decimals: int = 0, signed: bool = False) -> str:
    """``value`` with ``decimals`` decimals, « — » for none; ``signed`` marks a rise « + » and a fall « − »."""
    if value is None:
        return "—"
    return i18n.signed(value, language(), decimals) if signed else i18n.number(value, language(), decimals)


def amount(value: float | None) -> str:
    """A cost as typed back: ``1 500``, ``1 500,5`` (no decimal lost, none added); empty for none."""
    return i18n.typable(value, language())


def score(value: float | None) -> str:
    """A score as the report and ``bodiag score`` write it: one decimal (``42,5``), « — » for none."""
    return i18n.score(value, language())


def provisional_result(counted: int, applicable: int) -> str:
    """The report's own sentence for a provisional score: the same words on screen and on paper."""
    lang = language()
    return catalogue_text("provisional_result", lang, answered=i18n.answered(counted, applicable, lang))


def date_format() -> str:
    """How the interface writes a date: 23/11/2026 in French, 23 Nov 2026 in English."""
    return "dd/MM/yyyy" if language() == "fr" else "d MMM yyyy"


def date(stamp: str) -> str:
    """The date of an ISO time stamp (``2026-11-23T…``)."""
    return QLocale().toString(QDate.fromString(stamp[:10], Qt.DateFormat.ISODate), date_format())
