"""Every fixed text bodiag writes outside the app, in French and English, and how numbers and dates are written.

One catalogue for the PDF report and the command line's terminal output (its texts
stand in :mod:`bodiag.domain.report_texts` and the plan directeur's in
:mod:`bodiag.domain.plan_texts` and its neighbours, merged here), and
the one way numbers, percentages, amounts and changes are written, which the
desktop app uses too (its own words go through Qt's translation). Pure Python
(no reportlab, no Qt). French typography: decimal comma, a narrow
no-break space (U+202F) before ``%``, ``;``, ``?``, ``!`` and between groups of
thousands, a no-break space (U+00A0) before ``:`` and inside « ».
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from decimal import ROUND_HALF_UP, Decimal
import re

from bodiag.domain.governance_texts import GOVERNANCE_TEXTS
from bodiag.domain.plan_texts import PLAN_TEXTS
from bodiag.domain.report_texts import NBSP, NNBSP, REPORT_TEXTS
from bodiag.domain.roadmap_texts import ROADMAP_TEXTS

LANGS = ("fr", "en")

_TEXTS: dict[str, tuple[str, str]] = dict(REPORT_TEXTS)

_COLON = {"fr": f"{NBSP}: ", "en": ": "}


def french_typography(text: str) -> str:
    """No-break spaces where French typography wants them, in the report's own fixed texts (never user text)."""
    text = text.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»")
    text = re.sub(r" ([:])", NBSP + r"\1", text)
    text = re.sub(r" ([;?!%])", NNBSP + r"\1", text)
    return text




def _merge(*catalogues: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """One catalogue from several, refusing a key two of them define: the later one would silently replace the
    earlier one's text wherever that key is printed (the plan's « plan_intro » once replaced the action plan's)."""
    merged: dict[str, tuple[str, str]] = {}
    for catalogue in catalogues:
        twice = merged.keys() & catalogue.keys()
        if twice:
            raise ValueError(f"text keys defined in two catalogues: {', '.join(sorted(twice))}")
        merged.update(catalogue)
    return merged


_TEXTS = _merge(_TEXTS, PLAN_TEXTS, ROADMAP_TEXTS, GOVERNANCE_TEXTS)

# Each French text with its typography, made the first time it is asked for: the
# desktop app asks for few of them, and typesetting the whole catalogue cost
# milliseconds of its start-up.
_FRENCH: dict[str, str] = {}

MONTHS = {
    "fr": [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"the report language is fr or en (got {lang!r})")
    return lang


def tr(key: str, lang: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang``, with ``values`` filled in."""
    fr, en = _TEXTS[key]
    if lang == "en":
        template = en
    else:
        template = _FRENCH.get(key)
        if template is None:
            template = _FRENCH[key] = french_typography(fr)
    return template.format(colon=_COLON.get(lang, ": "), **values) if ("{" in template) else template


def tr_count(key: str, lang: str, count: int, **values: object) -> str:
    """``key`` for ``count`` things: its ``key_one`` form for one (in French, for 0 and 1 too), if there is one."""
    singular = count < 2 if lang == "fr" else count == 1
    if singular and f"{key}_one" in _TEXTS:
        key = f"{key}_one"
    return tr(key, lang, count=count, **values)


def keys() -> list[str]:
    return list(_TEXTS)


def colon(lang: str) -> str:
    """``" : "`` in French (no-break space before), ``": "`` in English."""
    return _COLON[lang]


def list_separator(lang: str) -> str:
    """Between the items of a list in a sentence: « ; » with its thin no-break space in French, "; " in English."""
    return f"{NNBSP}; " if lang == "fr" else "; "


def quote(text: str, lang: str) -> str:
    return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"“{text}”"


# -- numbers ----------------------------------------------------------------------


def _group(integer: str, sep: str) -> str:
    sign = "-" if integer.startswith("-") else ""
    digits = integer.lstrip("-")
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + sep.join(groups)


@functools.lru_cache(maxsize=4096)  # a report formats the same few hundred figures thousands of times
def number(value: float, lang: str, digits: int = 1, *, trim: bool = False) -> str:
    """``value`` with ``digits`` decimals: ``1 234,5`` in French, ``1,234.5`` in English.

    The value is first rounded to two decimals, as in ``bodiag score --json``, so
    the report shows exactly the JSON figures rounded for display; a half then
    rounds up (42,5 shows as 43 with no decimal), the one rule of the report, the
    command line and the app alike (Python's own formatting would round it to the
    even 42).
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    value = round(value, 2)
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = format(exact, "f")
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    integer, _, decimals = text.partition(".")
    if integer in ("-0",):
        integer = "0"
    if lang == "fr":
        return _group(integer, NNBSP) + ("," + decimals if decimals else "")
    return _group(integer, ",") + ("." + decimals if decimals else "")


def score(value: float | None, lang: str) -> str:
    """A score as the report shows it: one decimal (``47,1``), or ``—`` when there is none."""
    return "—" if value is None else number(value, lang, 1)


def percent(value: float | None, lang: str, digits: int = 0) -> str:
    """``97 %`` (narrow no-break space) in French, ``97%`` in English."""
    if value is None:
        return "—"
    text = number(value, lang, digits)
    return f"{text}{NNBSP}%" if lang == "fr" else f"{text}%"


def plain(value: float, lang: str) -> str:
    """A weight, a target or a threshold: no useless decimals (``2``, ``1,5``)."""
    return number(value, lang, 2, trim=True)


def typable(value: float | None, lang: str) -> str:
    """A figure as it can be typed back into a field: French as the report writes it (« 12 500 », « 7,5 »);
    English without a thousands comma, which the parsers would read as a decimal mark; empty for none."""
    if value is None:
        return ""
    return plain(value, lang) if lang == "fr" else f"{value:.2f}".rstrip("0").rstrip(".")


def signed(value: float | None, lang: str, digits: int = 1) -> str:
    """A change: ``+8,6``, ``−3,2`` (a true minus sign), ``0,0``; ``—`` when there is none."""
    if value is None:
        return "—"
    text = number(abs(value), lang, digits)
    if text.strip("0,.") == "":
        return text
    return ("+" if value > 0 else "\u2212") + text


def points(delta: float, lang: str) -> str:
    """A change of a percentage, in whole points: ``+12 points``, ``0 point`` in French (singular below 2), ``1 point``."""
    shown = signed(delta, lang, 0)
    size = abs(round(round(delta, 2)))
    singular = size < 2 if lang == "fr" else size == 1
    return tr("point" if singular else "points", lang, delta=shown)


def answered(n: int, of: int, lang: str) -> str:
    """``3 questions répondues sur 4`` (singular below 2 in French), ``3 of 4 questions answered``."""
    return tr("answered_one" if n < 2 and lang == "fr" else "answered_many", lang, n=n, of=of)


def money(value: float, lang: str) -> str:
    """An amount in euros: ``12 500 €`` in French, ``€12,500`` in English; cents only when there are some."""
    digits = 0 if round(value, 2) == int(round(value, 2)) else 2
    text = number(value, lang, digits)
    return f"{text}{NBSP}€" if lang == "fr" else f"€{text}"


def date(day: dt.date, lang: str) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day}{NBSP}{month} {day.year}"
    return f"{day.day}{NBSP}{month} {day.year}"
