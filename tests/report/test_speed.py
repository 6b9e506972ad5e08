"""What the report's speed rests on changes nothing it shows: reportlab's own accelerator, and bodiag's wrap memo."""

from __future__ import annotations

from tests.report.conftest import make_document


def test_reportlab_runs_on_its_c_accelerator():
    from reportlab.lib import rl_accel

    assert not rl_accel._py_funcs, f"pure-Python fallbacks in use: {sorted(rl_accel._py_funcs)} (is rl-accel installed?)"


def test_the_same_bytes_whether_paragraphs_remember_their_wrapping_or_not(tmp_path, monkeypatch):
    from reportlab.platypus import Paragraph

    from bodiag.report import compose, styles
    from bodiag.report.data import ReportOptions, gather

    diagnostic = make_document(tmp_path / "doc.bodiag", note="Une note <b>&amp;</b> à garder\n\nsur deux paragraphes", free="Texte « libre »")
    try:
        data = gather(diagnostic, None, ReportOptions(deterministic=True))
    finally:
        diagnostic.close()
    remembered = compose.render(data).pdf
    monkeypatch.setattr(styles.Para, "wrap", Paragraph.wrap)
    assert compose.render(data).pdf == remembered
