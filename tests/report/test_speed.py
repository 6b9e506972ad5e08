"""What the report's speed rests on changes nothing it shows: reportlab's own accelerator, bodiag's wrap memo and markup readings."""

from __future__ import annotations

from tests.report.conftest import make_document


def test_reportlab_runs_on_its_c_accelerator():
    from reportlab.lib import rl_accel

    assert not rl_accel._py_funcs, f"pure-Python fallbacks in use: {sorted(rl_accel._py_funcs)} (is rl-accel installed?)"


def test_the_same_bytes_whether_paragraphs_remember_their_wrapping_or_not(tmp_path, monkeypatch):
    from reportlab.platypus import Paragraph

    from bodiag.report import compose, styles
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    diagnostic = make_document(tmp_path / "doc.bodiag", note="Une note <b>&amp;</b> à garder\n\nsur deux paragraphes", free="Texte « libre »")
    try:
        data = gather(diagnostic, None, ReportOptions(deterministic=True))
    finally:
        diagnostic.close()
    remembered = compose.render(data).pdf
    monkeypatch.setattr(styles.Para, "wrap", Paragraph.wrap)
    assert compose.render(data).pdf == remembered


def test_the_same_bytes_whether_repeated_markup_is_read_once_or_each_time(tmp_path, monkeypatch):
    from bodiag.report import compose, styles
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    diagnostic = make_document(tmp_path / "doc.bodiag", note="Une note <b>&amp;</b> à garder", free="Texte « libre »")
    try:
        data = gather(diagnostic, None, ReportOptions(deterministic=True))
    finally:
        diagnostic.close()
    kept: dict = {}
    monkeypatch.setattr(styles, "_read", kept)  # a plain dict outlives the report's styles: it can be looked at
    read_once = compose.render(data).pdf
    assert sum(len(readings) for readings in kept.values()) > 50, "the report read no markup through the cache"
    monkeypatch.setattr(styles, "_read", _Forgetful())
    assert compose.render(data).pdf == read_once


class _Forgetful(dict):
    """A reading cache that never keeps a reading: every paragraph is read by reportlab's parser."""

    def setdefault(self, key, default=None):  # noqa: ANN001, ANN201
        return {}
