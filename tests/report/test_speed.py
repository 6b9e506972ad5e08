"""What the report's speed rests on changes nothing it shows: reportlab's own accelerator, bodiag's wrap memo and markup readings."""

from __future__ import annotations

from tests.report.conftest import make_document, squash


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


RUN_IN_TEXTS = [
    "\u00a0: Mettez en avant la réactivité et la capacité d’absorption en période de pointe\u202f; 2\u202f300\u00a0€.",
    "\u00a0: court",
    ": " + "x" * 180 + " puis la suite",
    "Ce diagnostic sert de point de départ.\nUne deuxième ligne, puis\n\nun paragraphe « à part ».",
    "<b>pas du gras</b> & 😀 " * 12,
    "https://exemple.fr/un/chemin/très/long/sans/espace/aucune/pour/couper/la/ligne?avec=des&paramètres=nombreux suite",
]


def _laid_out(paragraphs, width: float) -> tuple[list[float], list[str], list[list[tuple]]]:
    """Each paragraph drawn alone on a page ``width`` points wide: their heights, the text extracted from each
    page, and the (fill colour, font) of each page's runs of text in drawing order."""
    import io

    import pypdf
    from pypdf.generic import ContentStream
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width + 40, 2000), invariant=1)
    heights = []
    for paragraph in paragraphs:
        _, height = paragraph.wrapOn(canvas, width, 1900)
        heights.append(height)
        paragraph.drawOn(canvas, 20, 1950 - height)
        canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    texts, faces = [], []
    for page in reader.pages:
        texts.append(page.extract_text())
        fonts = {name: str(font.get_object()["/BaseFont"]).split("+")[-1] for name, font in page["/Resources"]["/Font"].items()}
        colour = font = None
        runs: list[tuple] = []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"rg":
                colour = tuple(round(float(value), 3) for value in operands)
            elif operator == b"Tf":
                font = fonts[operands[0]]
            elif operator in (b"Tj", b"TJ") and (not runs or runs[-1] != (colour, font)):
                runs.append((colour, font))
        faces.append(runs)
    return heights, texts, faces


def test_a_run_in_lead_lays_out_as_the_paragraph_mixing_faces():
    from bodiag.report.markup import esc
    from bodiag.report.styles import MUTED, RunIn, make_styles, rich, run_in

    styles = make_styles()
    for width in (25, 60, 90, 160, 420):  # narrower than the lead, than a word, then as wide as the report's cells and notes
        for style, lead, font, colour in ((styles.cell, "Pourquoi", styles.cell_bold.fontName, styles.cell.textColor),
                                          (styles.note, "Note\u00a0: ", styles.question.fontName, MUTED)):
            texts = [esc(t) for t in RUN_IN_TEXTS]
            mixed = [rich(f"<font name='{font}' color='{colour.hexval().replace('0x', '#')}'>{esc(lead)}</font>{t}", style) for t in texts]
            leads = [run_in(lead, font, colour, t, style) for t in texts]
            assert all(isinstance(p, RunIn) for p in leads)
            assert _laid_out(leads, width) == _laid_out(mixed, width), (width, style.name)
            if width == 420:  # the lead is drawn on its own where the room after it surely holds every word
                assert [p.lead is not None for p in leads] == [True, True, False, True, True, False], style.name


def test_a_run_in_lead_stays_with_the_first_piece_of_a_split():
    from bodiag.report.markup import esc
    from bodiag.report.styles import make_styles, run_in

    styles = make_styles()
    paragraph = run_in("Note : ", styles.question.fontName, styles.note.textColor, esc("mot " * 400), styles.note)
    paragraph.wrap(300, 10_000)
    first, rest = paragraph.split(300, 100)
    assert first.lead == paragraph.lead and rest.lead is None
    assert first.style.firstLineIndent > 0 and rest.style.firstLineIndent == 0
    heights, pages, _ = _laid_out([first, rest], 300)
    assert pages[0].startswith("Note : mot mot") and pages[1].startswith("mot mot")

