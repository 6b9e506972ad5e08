"""The PDF is readable: body text at 9 pt or more, nothing under 7.5 pt, text colours at 4.5:1 or more against
what they sit on, and one band colour scheme with its legend printed once (issue #15, item 6)."""

from __future__ import annotations

import io

import pytest

from tests.report.test_master_plan import story_demo  # noqa: F401 - the demo with its plan directeur

BACKGROUNDS = ("WHITE", "PANEL", "ACCENT_LIGHT")  # the page, the figure cards, the accent panels


def _runs(pdf: bytes) -> list[tuple[tuple[float, float, float], float, int]]:
    """Each run of text in ``pdf``: its fill colour (RGB), its font size and its number of glyphs."""
    import pypdf
    from pypdf.generic import ContentStream

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    runs = []
    for page in reader.pages:
        forms = [page.get_contents()]
        xobjects = page["/Resources"].get("/XObject", {})
        forms += [xobjects[name].get_object() for name in xobjects]  # the page numbers and the contents' numbers
        for content in forms:
            colour, size = (0.0, 0.0, 0.0), None
            for operands, operator in ContentStream(content, reader).operations:
                if operator == b"rg":
                    colour = tuple(float(v) for v in operands)
                elif operator == b"g":
                    colour = (float(operands[0]),) * 3
                elif operator == b"Tf":
                    size = float(operands[1])
                elif operator == b"Tj":
                    runs.append((colour, size, len(operands[0])))
                elif operator == b"TJ":
                    runs.append((colour, size, sum(len(item) for item in operands[0] if not isinstance(item, (int, float)))))
    return runs


def _colour(rgb):  # noqa: ANN001, ANN202
    from reportlab.lib.colors import Color

    return Color(*rgb)


def test_every_body_style_is_at_least_9_pt_and_every_style_colour_reads_on_its_backgrounds():
    from dataclasses import fields

    from bodiag.report import styles as s

    styles = s.make_styles()
    assert s.BODY_SIZE == 9 and s.FURNITURE_SIZE >= 7.5
    for field in fields(styles):
        style = getattr(styles, field.name)
        assert style.fontSize >= s.BODY_SIZE, (field.name, style.fontSize)
        for background in BACKGROUNDS:
            ratio = s.contrast(style.textColor, getattr(s, background))
            assert ratio >= 4.5, (field.name, background, round(ratio, 2))


def test_every_grey_and_colour_used_for_text_reads_on_what_it_sits_on():
    from bodiag.report import governance, styles as s
    from bodiag.report.evolution import RISE

    for name in ("INK", "MUTED", "FAINT", "NOTE", "ACCENT", "TARGET", "WARNING_TEXT"):
        for background in BACKGROUNDS:
            assert s.contrast(getattr(s, name), getattr(s, background)) >= 4.5, (name, background)
    assert s.contrast(RISE, s.WHITE) >= 4.5 and s.contrast(RISE, s.PANEL) >= 4.5
    from bodiag.report.roadmap import WARNING_LIGHT

    assert s.contrast(s.WARNING_TEXT, WARNING_LIGHT) >= 4.5  # an overloaded wave's figures on its light fill
    for level, fill in governance.LEVEL_COLOURS.items():  # the risk scores and the matrix's numbers, in ink
        assert s.contrast(s.INK, fill) >= 4.5, level


def test_text_on_a_band_colour_is_ink_or_white_whichever_reads():
    from bodiag.domain.loader import load_file
    from bodiag.paths import questionnaires_dir
    from bodiag.report.data import FALLBACK_BAND_COLORS, band_colors
    from bodiag.report.styles import color, contrast, text_on

    hexes = set(FALLBACK_BAND_COLORS)
    for path in sorted(questionnaires_dir().glob("*.yaml")):
        hexes |= set(band_colors(load_file(path).questionnaire).values())
    for hex_code in sorted(hexes):
        fill = color(hex_code)
        assert contrast(text_on(fill), fill) >= 4.5, hex_code


def test_the_demo_report_sets_no_text_under_7_5_pt_and_all_its_words_at_4_5_to_1(demo_report):
    from bodiag.report.styles import FURNITURE_SIZE, WHITE, contrast

    runs = _runs(demo_report.pdf)
    assert len(runs) > 1000
    assert min(size for _, size, _ in runs) >= FURNITURE_SIZE
    # a run of one glyph is a mark beside its words (a band's chip ■, a warning's ▲, a tick): the words say it
    words = {colour for colour, _, glyphs in runs if glyphs > 1}
    faint = {tuple(round(v, 3) for v in c): round(contrast(_colour(c), WHITE), 2) for c in words if contrast(_colour(c), WHITE) < 4.5}
    assert not faint, faint
    assert sum(glyphs for _, size, glyphs in runs if size < 9) < 0.1 * sum(glyphs for *_, glyphs in runs)  # footers, chart labels


def test_one_band_colour_scheme_with_its_legend_printed_once_where_bands_first_appear(demo_report, demo_master):
    from bodiag.domain import i18n
    from bodiag.report.data import band_colors
    from bodiag.services.documents import open_document
    from bodiag.services.report_content import gather
    from bodiag.domain.report_content import ReportOptions

    legend = i18n.tr("band_legend", "fr")
    pages = [n for n, page in enumerate(demo_report.pages, start=1) if legend in page]
    assert len(pages) == 1, pages
    overview = demo_report.page_of(i18n.tr("overview", "fr"))
    assert overview <= pages[0] < demo_report.page_of("1. Maturité du back-office")
    assert i18n.tr("method_bands_legend", "fr") in demo_report.text.replace("\n", " ")
    with open_document(demo_master, readonly=True) as diagnostic:
        data = gather(diagnostic, None, ReportOptions(deterministic=True))
    page = demo_report.pages[pages[0] - 1]
    scheme = set()
    for a in data.assessments:
        scheme |= {hex_code.lower() for hex_code in band_colors(a.questionnaire).values()}
        for band in a.questionnaire.bands:
            assert band.label.get("fr") in page.replace("\n", " "), band.label.get("fr")
    # every chip in the report (a one-glyph run in a colour that is not the report's ink or accent) is a band's colour
    from bodiag.report.styles import ACCENT, FAINT, INK, MUTED, NOTE, TARGET, WARNING_TEXT, WHITE, hex_of
    from bodiag.report.evolution import RISE

    others = {hex_of(c).lower() for c in (ACCENT, FAINT, INK, MUTED, NOTE, TARGET, WARNING_TEXT, WHITE, RISE)}
    chips = {"#%02x%02x%02x" % tuple(round(v * 255) for v in colour) for colour, _, glyphs in _runs(demo_report.pdf) if glyphs == 1}
    assert chips - others <= scheme, chips - others - scheme
    assert len(chips & scheme) >= 5


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_word_of_the_demo_report_is_cut_in_two(story_demo, lang, monkeypatch):
    """A column too narrow for a word makes reportlab cut it where the line ends (« Workloa / d », « (suggested / ) »):
    every heading and cell of the whole demo report, and of the board note alone, is wide enough for its words in
    both languages."""
    import reportlab.platypus.paragraph as paragraph

    from bodiag.services.documents import open_document
    from tests.report.conftest import render_report

    cut: list[str] = []
    split_word, split_frag_word = paragraph._splitWord, paragraph._splitFragWord

    def word(w, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        cut.append(w)
        return split_word(w, *args, **kwargs)

    def frag_word(w, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        cut.append("".join(piece[1] for piece in w[1:]))
        return split_frag_word(w, *args, **kwargs)

    monkeypatch.setattr(paragraph, "_splitWord", word)
    monkeypatch.setattr(paragraph, "_splitFragWord", frag_word)
    with open_document(story_demo, readonly=True) as diagnostic:
        for audience in ("full", "board"):
            render_report(diagnostic, lang=lang, audience=audience, deterministic=True)
            assert not cut, (audience, sorted(set(cut)))

