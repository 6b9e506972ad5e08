"""The report's fixed texts and number formats, in French and English."""

from __future__ import annotations


def test_the_catalogue_is_complete_and_follows_french_typography():
    from bodiag.report import i18n

    for key in i18n.keys():
        fr, en = i18n.tr(key, "fr", **_DUMMY), i18n.tr(key, "en", **_DUMMY)
        assert fr.strip() and en.strip(), key
        assert not any(f" {mark}" in fr for mark in ":;?!%"), (key, fr)  # no plain space before : ; ? ! %
        assert "« " not in fr and " »" not in fr, key


_DUMMY = {name: "x" for name in ("name", "version", "title", "count", "n", "page", "total", "questionnaire", "levels", "steps",
                                 "target", "min", "max", "items", "reference", "license", "scored", "applicable", "gap", "phase",
                                 "band", "bound", "value", "score", "titles", "date", "compared", "spread", "level",
                                 "delta", "ids")}


def test_numbers_and_dates_in_each_language():
    import datetime as dt

    from bodiag.report import i18n

    assert i18n.score(47.0588, "fr") == "47,1" and i18n.score(47.0588, "en") == "47.1"
    assert i18n.score(None, "fr") == "—"
    assert i18n.percent(96.77, "fr") == "97\u202f%" and i18n.percent(96.77, "en") == "97%"
    assert i18n.number(12345.678, "fr", 1) == "12\u202f345,7" and i18n.number(12345.678, "en", 1) == "12,345.7"
    assert i18n.plain(1.5, "fr") == "1,5" and i18n.plain(60.0, "fr") == "60"
    assert i18n.date(dt.date(2026, 11, 1), "fr") == "1er\u00a0novembre 2026"
    assert i18n.date(dt.date(2026, 11, 30), "en") == "30\u00a0November 2026"
    # the report rounds as `score --json` does (two decimals) before it rounds for display
    assert i18n.score(38.44999, "fr") == f"{round(38.44999, 2):.1f}".replace(".", ",")
