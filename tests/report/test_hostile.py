"""What users type reaches the PDF verbatim: never as markup, never reading a file, never breaking the layout."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.report.conftest import body_text, extract, make_document, squash

HOSTILE = [
    "<", ">", "&", "&amp;", "&#60;", "&lt;b&gt;", "<b>gras</b>", "</para>", "<br/>", "]]>", "<![CDATA[x]]>",
    '<img src="/etc/passwd"/>', "<img src='logo.png' width='500'/>", '<a href="javascript:alert(1)">lien</a>',
    '<link href="file:///etc/passwd">x</link>', "<font size=80>énorme</font>", "<onDraw name=x/>", "<seq id=a/>",
    "%s %(x)s {0} {x}", "\\n", "œuvre 2\u202f300\u00a0€ « citation »", "😀", "😀 ☺ ★", "C’est ça\u202f?",
]


def _alphabet() -> list[str]:
    """Printable characters every font of the report has (no control, combining or right-to-left ones)."""
    from bodiag.report.fonts import FONTS, has_glyph, register_fonts

    register_fonts()
    fonts = (FONTS.regular, FONTS.bold, FONTS.italic, FONTS.condensed)
    chars = []
    for code in list(range(0x21, 0x250)) + list(range(0x370, 0x530)) + list(range(0x2000, 0x2200)) + [0x1F600, 0x263A, 0x2605]:
        char = chr(code)
        category = unicodedata.category(char)
        if category[0] in "CMZ" or unicodedata.bidirectional(char) in ("R", "AL", "AN"):
            continue
        if all(has_glyph(f, char) for f in fonts):
            chars.append(char)
    return chars


ALPHABET = _alphabet()
texts = st.lists(
    st.one_of(st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=24), st.sampled_from(HOSTILE), st.sampled_from([" ", "\n", "  "])),
    min_size=1,
    max_size=8,
).map("".join).filter(lambda s: s.strip())


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The gathered data of a small answered document, to put hostile texts into."""
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    diagnostic = make_document(tmp_path_factory.mktemp("hostile") / "doc.bodiag", note="placeholder", free="placeholder")
    try:
        return gather(diagnostic, None, ReportOptions(deterministic=True))
    finally:
        diagnostic.close()


def with_texts(data, *, organisation=None, note=None, free=None):  # noqa: ANN001, ANN202
    from bodiag.domain.answers import Answer

    a = data.assessments[0]
    answers = dict(a.answers)
    if note is not None:
        answers["q1"] = msgspec.structs.replace(answers["q1"], note=note)
    if free is not None:
        answers["free"] = msgspec.structs.replace(answers["free"], value=Answer(text=free))
    org = msgspec.structs.replace(data.organisation, name=organisation) if organisation is not None else data.organisation
    return msgspec.structs.replace(data, organisation=org, assessments=[msgspec.structs.replace(a, answers=answers)])


def render(data) -> tuple[bytes, str]:  # noqa: ANN001
    """The PDF and its text, without running headers and footers (a long text runs from page to page)."""
    from bodiag.report.compose import render as render_pdf

    pdf = render_pdf(data).pdf
    return pdf, "\n".join(body_text(page) for page in extract(pdf))


def assert_no_markup_effect(pdf: bytes) -> None:
    """No image was embedded, no link to anything but the report's own pages was made."""
    for token in (b"/Subtype /Image", b"/URI", b"/JavaScript", b"/Launch", b"/GoToR", b"/ImageMask"):
        assert token not in pdf, token


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(organisation=texts, note=texts, free=texts)
def test_hostile_texts_come_out_verbatim(base, organisation, note, free):
    pdf, text = render(with_texts(base, organisation=organisation[:200].strip() or "x", note=note, free=free))
    flat = squash(text)
    assert squash(organisation[:200].strip() or "x") in flat
    assert squash(note) in flat
    assert squash(free) in flat
    assert_no_markup_effect(pdf)


@pytest.mark.parametrize("piece", HOSTILE)
def test_each_hostile_fragment_in_every_place(base, piece):
    note = f"avant {piece} après"
    pdf, text = render(with_texts(base, organisation=f"Org {piece}", note=note, free=f"libre {piece}"))
    flat = squash(text)
    for expected in (f"Org {piece}", note, f"libre {piece}"):
        assert squash(expected) in flat, expected
    assert_no_markup_effect(pdf)


def test_an_img_tag_never_reads_a_local_file(base, tmp_path, monkeypatch):
    from PIL import Image

    image = tmp_path / "secret.png"
    Image.new("RGB", (20, 20), "red").save(image)
    read: list[str] = []
    import reportlab.lib.utils as rl_utils

    original = rl_utils.open_for_read
    monkeypatch.setattr(rl_utils, "open_for_read", lambda name, *a, **k: read.append(str(name)) or original(name, *a, **k))
    tag = f'<img src="{image}" width="100" height="100"/>'
    pdf, text = render(with_texts(base, organisation=tag[:200], note=tag, free=tag))
    assert str(image) not in read
    assert_no_markup_effect(pdf)
    assert squash(tag) in squash(text)


def test_a_50000_character_note_and_free_text_split_across_pages(base):
    words = " ".join(f"mot{i}" for i in range(6000))  # ~40,000 characters
    note = words[:25_000] + "\n\n" + "x" * 5_000 + "\n" + words[25_000:45_000]
    free = ("Ligne\n" * 2000) + "z" * 8_000
    assert len(note) >= 50_000 - 30 and len(free) >= 20_000
    pdf, text = render(with_texts(base, note=note, free=free))
    flat = squash(text)
    assert squash(note) in flat and squash(free) in flat
    assert len(extract(pdf)) > 20


def test_emoji_survive_and_missing_glyphs_do_not_crash(base):
    # DejaVu has 😀 ☃ ✓ but not 👍, 🎉 or Chinese: those show as an empty box (and are lost to copy-paste), nothing worse
    pdf, text = render(with_texts(base, organisation="Café 😀 Chez Nous", note="Bravo 👍 — 中文 ☃ ✓", free="🎉 fête"))
    assert "Café 😀 Chez Nous" in text
    assert "Bravo" in text and "☃ ✓" in text and "fête" in text


def test_right_to_left_text_does_not_crash_and_keeps_its_characters(base):
    note = "שלום עולם — مرحبا بالعالم 123"
    pdf, text = render(with_texts(base, organisation="שלום SARL", note=note, free="مرحبا"))
    counts = Counter(squash(text))
    for char, count in Counter(squash(note)).items():
        assert counts[char] >= count, char


def test_control_characters_and_broken_surrogates_do_not_crash(base):
    pdf, text = render(with_texts(base, note="a\x00b\x07c\x1bd\ud800e\r\nf\x0cg\u2028h", free="\t\x7f\x85"))
    assert "abcd\ufffde" in squash(text)
    assert_no_markup_effect(pdf)


def test_markup_module_escapes_and_cuts_without_losing_text():
    from bodiag.report.markup import chunks, esc, truncate

    assert esc('<img src="x"/> & <a href="javascript:y">z</a>\nok') == (
        '&lt;img src="x"/&gt; &amp; &lt;a href="javascript:y"&gt;z&lt;/a&gt;<br/>ok'
    )
    text = ("abc " * 3000) + "\n\n" + "y" * 4500
    pieces = chunks(text, 2000)
    assert all(len(p) <= 2000 for p in pieces) and squash("".join(pieces)) == squash(text)
    assert truncate("un deux trois quatre", 12) == "un deux…"
