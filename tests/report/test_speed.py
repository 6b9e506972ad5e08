"""The report's speed-ups change nothing: the same fragments, the same functions' results, the same bytes."""

from __future__ import annotations

import contextlib
import gc

import pytest

from tests.report.conftest import make_document
from tests.report.test_hostile import HOSTILE


@pytest.fixture(scope="module")
def styles():
    from bodiag.report.styles import make_styles

    return make_styles()


def _markups(styles) -> list[str]:  # noqa: ANN001
    from bodiag.report.markup import esc
    from bodiag.report.summary import chip

    font = styles.label.fontName
    texts = [*HOSTILE, "", " ", "a\nb", "  lead and trail  ", "Ligne 1\n\nLigne 3", "😀 ☃ ✓ 中文", "x" * 500]
    out = []
    for text in texts:
        out += [
            esc(text),
            f"<b>{esc(text)}</b> <font color='#5f6b7a'>· {esc(text)}</font>",
            f"{esc(text)} <font name='{font}' size='7' color='#8a96a3'>{esc(text)}</font>",
            f"{chip('#E69F00')} {esc(text)}<br/><b></b>&amp;",
            f"<font color='#5f6b7a'><b>{esc(text)}</b></font><br/>",
        ]
    return out


def test_the_report_markup_gives_reportlab_s_own_fragments(styles):
    from reportlab.platypus import Paragraph

    from bodiag.report.speed import fragments
    from bodiag.report.styles import Para

    for style in (styles.body, styles.cell, styles.note, styles.h2, styles.bullet):
        for markup in _markups(styles):
            read = fragments(markup, style)
            assert read is not None, markup
            ours, theirs = Para(markup, style), Paragraph(markup, style)
            assert ours.text == theirs.text
            assert [list(f.__dict__.items()) for f in ours.frags] == [list(f.__dict__.items()) for f in theirs.frags], markup


@pytest.mark.parametrize("markup", ["a < b", "a & b", "<i>x</i>", "<b>open", "</b>", "<font size='9'", "<br>", "<b/>",
                                    "<font bogus='1'>x</font>", "<a href='x'>y</a>", "&nbsp;"])
def test_anything_else_is_left_to_reportlab(styles, markup):
    from bodiag.report.speed import fragments

    assert fragments(markup, styles.body) is None


def test_the_faster_functions_give_what_reportlab_s_give():
    from bodiag.report.fonts import register_fonts
    from bodiag.report.speed import check_equivalence

    register_fonts()
    check_equivalence(samples=500)


def test_acceleration_puts_everything_back_and_nests():
    from reportlab.lib import rl_accel
    from reportlab.pdfbase import pdfdoc, ttfonts
    from reportlab.pdfgen import canvas
    from reportlab.platypus import paragraph

    from bodiag.report.speed import accelerated

    def state():  # noqa: ANN202
        return (ttfonts.TTFont.stringWidth, ttfonts.TTFont.splitString, paragraph.stringWidth, paragraph.getAscentDescent,
                canvas.escapePDF, canvas.fp_str, pdfdoc.fp_str, rl_accel.fp_str, pdfdoc.asciiBase85Encode, gc.isenabled())

    before = state()
    assert before[-1] is True
    with accelerated():
        inside = state()
        assert inside[-1] is False
        with accelerated():
            assert state() == inside
        assert state() == inside
    assert state() == before
    gc.disable()
    try:
        with accelerated():
            pass
        assert gc.isenabled() is False  # left as found
    finally:
        gc.enable()


def test_the_same_bytes_with_or_without_the_speed_ups(tmp_path, monkeypatch):
    from bodiag.report import compose, document, styles
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    diagnostic = make_document(tmp_path / "doc.bodiag", note="Une note <b>&amp;</b> à garder\n\nsur deux paragraphes", free="Texte « libre »")
    try:
        data = gather(diagnostic, None, ReportOptions(deterministic=True))
    finally:
        diagnostic.close()
    fast = compose.render(data).pdf
    monkeypatch.setattr(compose, "accelerated", contextlib.nullcontext)
    monkeypatch.setattr(document, "accelerated", contextlib.nullcontext)
    monkeypatch.setattr(styles, "fragments", lambda text, style: None)
    assert compose.render(data).pdf == fast
