"""The report's fixed texts and number formats, in French and English."""

from __future__ import annotations


def test_the_catalogue_is_complete_and_follows_french_typography():
    from bodiag.domain import i18n

    for key in i18n.keys():
        fr, en = i18n.tr(key, "fr", **_DUMMY), i18n.tr(key, "en", **_DUMMY)
        assert fr.strip() and en.strip(), key
        assert not any(f" {mark}" in fr for mark in ":;?!%"), (key, fr)  # no plain space before : ; ? ! %
        assert "« " not in fr and " »" not in fr, key


_DUMMY = {name: "x" for name in ("name", "version", "title", "count", "n", "page", "total", "questionnaire", "levels", "lowest", "publisher", "steps",
                                 "target", "min", "max", "items", "reference", "license", "scored", "applicable", "gap", "phase",
                                 "band", "bound", "value", "score", "titles", "date", "compared", "spread", "level",
                                 "delta", "ids", "answered", "part", "parts", "label", "themes", "under_way", "done",
                                 "amount", "days", "budget", "source", "used", "clause", "first", "rest", "left",
                                 "capacity", "months", "criteria", "criterion", "weight", "current", "verdict",
                                  "recommendations", "before", "after", "asked", "na", "dk", "costed", "uncosted",
                                  "over")}


def test_numbers_and_dates_in_each_language():
    import datetime as dt

    from bodiag.domain import i18n

    assert i18n.score(47.0588, "fr") == "47,1" and i18n.score(47.0588, "en") == "47.1"
    assert i18n.score(None, "fr") == "—"
    assert i18n.percent(96.77, "fr") == "97\u202f%" and i18n.percent(96.77, "en") == "97%"
    assert i18n.number(12345.678, "fr", 1) == "12\u202f345,7" and i18n.number(12345.678, "en", 1) == "12,345.7"
    assert i18n.plain(1.5, "fr") == "1,5" and i18n.plain(60.0, "fr") == "60"
    assert i18n.date(dt.date(2026, 11, 1), "fr") == "1er\u00a0novembre 2026"
    assert i18n.date(dt.date(2026, 11, 30), "en") == "30\u00a0November 2026"
    # the report rounds as `score --json` does (two decimals) before it rounds for display
    assert i18n.score(38.44999, "fr") == f"{round(38.44999, 2):.1f}".replace(".", ",")


def test_one_way_of_writing_numbers_for_the_report_the_terminal_and_the_app(qapp):
    """The command line and the app write figures with the report's formatter, in their language."""
    from PySide6.QtCore import QLocale

    from bodiag.cli import text
    from bodiag.domain import i18n
    from bodiag.domain.answers import format_number
    from bodiag.ui import formats

    samples = [0, 1.5, 38.456, 1234.5, -3.25, 100]
    for lang, locale in (("fr", QLocale.Language.French), ("en", QLocale.Language.English)):
        QLocale.setDefault(QLocale(locale))
        try:
            for value in samples:
                assert text._num(value, lang) == i18n.number(value, lang, 1) == formats.number(value, 1)
                assert text._num(value, lang, signed=True) == i18n.signed(value, lang) == formats.number(value, 1, True)
                assert format_number(value, lang) == i18n.plain(value, lang)
        finally:
            QLocale.setDefault(QLocale(QLocale.Language.English))


def test_no_module_writes_decimal_commas_of_its_own():
    from tests.conftest import ROOT

    # action_files writes a cost as a CSV cell that Excel in French reads back as a number: data, not display
    exempt = {"i18n.py", "action_files.py"}
    own = [p for p in (ROOT / "src" / "bodiag").rglob("*.py")
           if p.name not in exempt and ('replace(".", ",")' in p.read_text(encoding="utf-8")
                                       or "toString(float" in p.read_text(encoding="utf-8"))]
    assert own == []


_DUMMY |= {name: "x" for name in ("answered", "of", "where")}  # the report's provisional figures and source line
_DUMMY |= {name: "x" for name in ("quarter", "wave", "actions", "cost", "milestones", "other", "other_wave",
                                  "shown")}  # roadmap


def test_a_figure_shown_for_typing_reads_back_as_itself():
    # an English "1,500" would read back as 1.5: the typable form has no thousands comma
    from bodiag.domain import i18n
    from bodiag.services.action_plan import parse_cost

    for lang in ("fr", "en"):
        assert i18n.typable(None, lang) == ""
        for value in (0.0, 7.5, 1500.0, 1500.5, 12500.25, 1234567.0):
            assert parse_cost(i18n.typable(value, lang)) == value, (lang, value)
    assert i18n.typable(12500.0, "fr") == "12\u202f500" and i18n.typable(12500.0, "en") == "12500"


def test_no_text_key_is_defined_in_two_catalogues():
    """The report's catalogues are merged into one: a key two of them define would print the later text in both
    places (the action plan's introduction once read as the plan directeur's)."""
    import pytest

    from bodiag.domain.governance_texts import GOVERNANCE_TEXTS
    from bodiag.domain.i18n import _merge
    from bodiag.domain.plan_texts import PLAN_TEXTS
    from bodiag.domain.report_texts import REPORT_TEXTS
    from bodiag.domain.roadmap_texts import ROADMAP_TEXTS

    catalogues = (REPORT_TEXTS, PLAN_TEXTS, ROADMAP_TEXTS, GOVERNANCE_TEXTS)
    assert sum(map(len, catalogues)) == len(_merge(*catalogues))
    with pytest.raises(ValueError, match="plan_intro"):
        _merge({"plan_intro": ("a", "a")}, {"plan_intro": ("b", "b")})
