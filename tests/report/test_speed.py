"""What the report's speed rests on changes nothing it shows: reportlab's own accelerator, bodiag's wrap memo and markup readings."""

from __future__ import annotations

import pytest

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
    from bodiag.report import compose, parsed
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    diagnostic = make_document(tmp_path / "doc.bodiag", note="Une note <b>&amp;</b> à garder", free="Texte « libre »")
    try:
        data = gather(diagnostic, None, ReportOptions(deterministic=True))
    finally:
        diagnostic.close()
    kept: dict = {}
    monkeypatch.setattr(parsed, "_read", kept)  # a plain dict outlives the report's styles: it can be looked at
    monkeypatch.setattr(parsed, "_one_run", lambda markup, style: None)  # every markup read: one run of text too
    read_once = compose.render(data).pdf
    assert sum(len(readings) for readings in kept.values()) > 50, "the report read no markup through the cache"
    monkeypatch.setattr(parsed, "_read", _Forgetful())
    assert compose.render(data).pdf == read_once


def test_the_same_pages_whether_one_run_markup_is_drawn_as_a_line_or_read_by_the_parser(tmp_path, monkeypatch):
    """A markup of one run of text is a line of plain text where it fits (most table cells): the report shows the
    same text, on the same pages, in the same faces and colours as when every such markup is a parsed paragraph."""
    from bodiag.report import compose, parsed
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    diagnostic = make_document(tmp_path / "doc.bodiag", note="Une note « à garder »  sur\tplusieurs   espaces", free="Texte\u202f: libre")
    try:
        data = gather(diagnostic, None, ReportOptions(deterministic=True))
    finally:
        diagnostic.close()
    one_run = parsed._one_run
    used = []
    monkeypatch.setattr(parsed, "_one_run", lambda markup, style: used.append(markup) or one_run(markup, style))
    unread = compose.render(data).pdf
    assert len(used) > 100
    monkeypatch.setattr(parsed, "_one_run", lambda markup, style: None)
    assert _pages(compose.render(data).pdf) == _pages(unread)


def test_a_one_run_cell_drawn_as_a_line_shows_what_its_paragraph_would_in_every_alignment():
    """Left, right and centred cells of one run (a score, a name, a bold figure): the paragraph's text, faces,
    colours and height at every width, the paragraph itself where the text does not fit on one line."""
    from bodiag.report.lines import OneLine
    from bodiag.report.styles import Para, make_styles, rich

    styles = make_styles()
    markups = ["53,3", "<b>1 800 €</b>", "Défini · score 50,0", "<font color='#5f6b7a'>Non répondu</font>",
               "Un titre d’action assez long pour passer à la ligne dans une colonne étroite du tableau"]
    as_lines = 0
    for style in (styles.cell, styles.cell_right, styles.cell_center, styles.cell_bold):
        for width in (30, 45, 70, 120, 260):
            cells = [rich(markup, style) for markup in markups]
            paragraphs = [rich(markup, style, Para) for markup in markups]
            assert _laid_out(cells, width) == _laid_out(paragraphs, width), (style.name, width)
            as_lines += sum(isinstance(cell, OneLine) and cell._paragraph is None for cell in cells)
    assert as_lines > 30


def test_one_run_markup_gets_the_fragments_the_parser_would_make():
    from reportlab.platypus import Paragraph

    from bodiag.report.markup import esc
    from bodiag.report.parsed import _one_run
    from bodiag.report.styles import make_styles
    from tests.report.test_hostile import HOSTILE

    styles = make_styles()
    texts = [*HOSTILE, "", "   ", " bord ", "a  b\tc\u2009d", "x\u202fy\u00a0z", "ligne\nsuivante", "😀 «\u202fcité\u202f»"]
    shapes = ["{}", "<b>{}</b>", "<font color='#5f6b7a'>{}</font>", "<font color='#1f5f8b'><b>{}</b></font>",
              "<font name='bodiag-Sans-Bold' size='8' color='#5f6b7a'>{}</font>", "<b>{}</b> suite"]
    read = 0
    for style in (styles.cell, styles.note, styles.head_cell):
        for text in texts:
            for shape in shapes:
                markup = shape.format(esc(text))
                fast = _one_run(markup, style)
                if fast is not None:
                    paragraph = Paragraph(markup, style)
                    assert fast[0] == paragraph.text and [f.__dict__ for f in fast[1]] == [f.__dict__ for f in paragraph.frags], markup
                    read += 1
    assert read > 100


class _Forgetful(dict):
    """A reading cache that never keeps a reading: every paragraph is read by reportlab's parser."""

    def setdefault(self, key, default=None):  # noqa: ANN001, ANN201
        return {}


RUN_IN_TEXTS = [
    "Mettez en avant la réactivité et la capacité d’absorption en période de pointe\u202f; 2\u202f300\u00a0€, puis le reste.",
    "court",
    "x" * 180 + " puis la suite",
    "Ce diagnostic sert de point de départ.\nUne deuxième ligne, puis\n\nun paragraphe « à part ».",
    "<b>pas du gras</b> & 😀 " * 12,
    "https://exemple.fr/un/chemin/très/long/sans/espace/aucune/pour/couper/la/ligne?avec=des&paramètres=nombreux suite",
]


def _laid_out(paragraphs, width: float) -> tuple[list[float], list[str], list[list[tuple]]]:
    """Each paragraph drawn alone on a page ``width`` points wide: their heights, the text extracted from each
    page, and the (fill colour, font) of each page's runs of text in drawing order."""
    import io

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
    return (heights, *_pages(out.getvalue()))


def _pages(pdf: bytes) -> tuple[list[str], list[list[tuple]]]:
    """The text extracted from each page of ``pdf``, and the (fill colour, font) of each page's runs of text in drawing order."""
    import io

    import pypdf
    from pypdf.generic import ContentStream

    reader = pypdf.PdfReader(io.BytesIO(pdf))
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
    return texts, faces


def test_a_run_in_lead_lays_out_as_the_paragraph_mixing_faces():
    from bodiag.report.markup import esc
    from bodiag.report.styles import MUTED, RunIn, hex_of, make_styles, rich, run_in

    styles = make_styles()
    bold, ink = styles.cell_bold.fontName, styles.cell.textColor
    cases = [  # style, lead, its font and colour, what the text starts with: the space after a lead may be the lead's or the text's
        (styles.cell, "Pourquoi", bold, ink, "\u00a0: "),
        (styles.cell, "Défini", bold, ink, " — "),
        (styles.cell, "Partiellement défini", bold, ink, " — "),
        (styles.note, "Note\u00a0: ", styles.question.fontName, MUTED, ""),
    ]
    for width in (25, 60, 140, 290, 415):  # narrower than the lead, than a word, then up to the report's cells and notes
        for style, lead, font, colour, start in cases:
            texts = [esc(start + t) for t in RUN_IN_TEXTS]
            mixed = [rich(f"<font name='{font}' color='{hex_of(colour)}'>{esc(lead)}</font>{t}", style) for t in texts]
            leads = [run_in(lead, font, colour, t, style) for t in texts]
            assert all(isinstance(p, RunIn) for p in leads)
            assert _laid_out(leads, width) == _laid_out(mixed, width), (width, lead)
            if width == 415:  # the lead is drawn on its own where the room after it surely holds every word
                assert [p.lead is not None for p in leads] == [True, True, False, True, True, False], lead


def test_a_run_in_lead_breaks_lines_where_the_mixed_paragraph_does_at_every_width():
    """reportlab lets the spaces of a line shrink a little to fit it, the lead's too: the run-in's first line
    must make up for them, to the point, or now and then a word goes to the next line."""
    from bodiag.report.markup import esc
    from bodiag.report.styles import MUTED, hex_of, make_styles, rich, run_in

    styles = make_styles()
    bold, ink = styles.cell_bold.fontName, styles.cell.textColor
    cases = [(styles.cell, "Pourquoi", bold, ink, "\u00a0: "), (styles.cell, "Défini", bold, ink, " — "),
             (styles.cell, "Partiellement défini", bold, ink, " — "), (styles.note, "Note\u00a0: ", styles.question.fontName, MUTED, "")]
    texts = [RUN_IN_TEXTS[0], "Comptes nominatifs, gestionnaire de mots de passe, double authentification sur la banque, la messagerie et les "
             "outils critiques, droits attribués selon le poste.", "Un registre des contrats indique parties, objet, durée, préavis et "
             "clauses sensibles ; chaque litige a un dossier et un responsable."]

    def words(paragraph, width: float) -> list[str]:  # the words of each line, as breakLines documents its result
        paragraph.wrap(width, 10_000)
        lines = paragraph.blPara.lines
        found = [" ".join(line[1]) for line in lines] if paragraph.blPara.kind == 0 else ["".join(f.text for f in line.words) for line in lines]
        if getattr(paragraph, "lead", None):
            found[0] = paragraph.lead[0] + found[0]
        return ["".join(line.split()) for line in found]

    run_in_lines = 0
    for style, lead, font, colour, start in cases:
        for text in texts:
            markup = esc(start + text)
            for tenth in range(1000, 4500, 13):
                paragraph = run_in(lead, font, colour, markup, style)
                mixed = rich(f"<font name='{font}' color='{hex_of(colour)}'>{esc(lead)}</font>{markup}", style)
                assert words(paragraph, tenth / 10) == words(mixed, tenth / 10), (lead, tenth / 10)
                run_in_lines += paragraph.lead is not None
    assert run_in_lines > 3000  # most were drawn as run-ins, not as the mixed paragraph they fall back to


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



def test_fields_drawn_as_one_line_show_what_their_paragraphs_would():
    """An answer's fields are drawn as plain runs where they fit on a line: the same text, faces, colours and
    heights as the paragraphs they stand for, whatever the width (the paragraph takes over where they do not fit)."""
    from bodiag.report.data import AnswerView
    from bodiag.report.lines import Runs
    from bodiag.report.sections import LABEL_WIDTH, Fields, _rows
    from bodiag.report.styles import make_styles

    styles = make_styles()
    base = dict(status="answered", free_text=False, checklist=False, ticked=[], unticked=[], negative=False, reached=None,
                next_label=None, next_text=None, top=False, score=None, note="", respondent="")
    views = [
        AnswerView(answer="Décidé", **{**base, "score": 66.7, "reached": "Défini — Un registre", "next_label": "Maîtrisé",
                                       "next_text": "Le registre déclenche les renégociations avant échéance ; les litiges sont analysés."}),
        AnswerView(answer="<b>gras</b> & 😀 « cité »\u202f!", **{**base, "score": 0.0, "top": True}),
        AnswerView(answer="deux  espaces", **{**base, "next_label": "Maîtrisé"}),
        AnswerView(answer="une\ttabulation, une\u00adcésure", **base),
        AnswerView(answer="", **{**base, "status": "unanswered"}),
        AnswerView(answer="Non applicable", **{**base, "status": "na"}),
    ]
    drawn_as_lines = 0
    for width in range(150, 460, 13):
        fields = [Fields(_rows(view, "fr", styles), styles.label.fontName) for view in views]
        paragraphs = [Fields([(label, value.paragraph() if isinstance(value, Runs) else value) for label, value in _rows(view, "fr", styles)],
                             styles.label.fontName) for view in views]
        assert _laid_out(fields, width) == _laid_out(paragraphs, width), width
        drawn_as_lines += sum(isinstance(value, Runs) for f in fields for _, value in f.rows)
    assert drawn_as_lines > 100  # most short fields were drawn without a paragraph
    for view in views[:2]:  # right at the edge, where a paragraph may measure its spaces otherwise
        edge = LABEL_WIDTH + _rows(view, "fr", styles)[0][1].width
        for width in (edge - 1, edge, edge + 0.5, edge + 1.5, edge + 2.5, edge + 4):
            fields = Fields(_rows(view, "fr", styles), styles.label.fontName)
            paragraphs = [(label, value.paragraph() if isinstance(value, Runs) else value) for label, value in _rows(view, "fr", styles)]
            assert _laid_out([fields], width) == _laid_out([Fields(paragraphs, styles.label.fontName)], width), (view.answer, width - edge)
    reflowed = [_rows(view, "fr", styles)[0][1] for view in views[2:4]]
    assert all(not value.fits(1000) for value in reflowed)  # whitespace a paragraph reflows: always the paragraph


def test_a_one_line_flowable_shows_what_its_paragraph_would():
    """A question's title and a section's figures as runs: the paragraph's text, faces, colours, height, spaces
    and keep-with-next at every width, the paragraph itself where the runs do not fit."""
    from bodiag.report.lines import OneLine
    from bodiag.report.styles import FAINT, make_styles

    styles = make_styles()
    q, f = styles.question, styles.figures
    bold = styles.h3.fontName
    contents = [
        ([("Quand refaire un audit de l’organisation administrative\u202f? ", q.fontName, q.fontSize, q.textColor),
          ("q32_audit", styles.label.fontName, 7, FAINT)], q),
        ([("<b>Pas du gras</b> & 😀 ", q.fontName, q.fontSize, q.textColor), ("id", styles.label.fontName, 7, FAINT)], q),
        ([("Score 53,3 sur 100", bold, f.fontSize, f.textColor), (" · niveau 2,7 / 5 · ", f.fontName, f.fontSize, f.textColor),
          ("■", f.fontName, f.fontSize, FAINT), (" En préparation · couverture 100\u202f% (4 / 4) · cible 60", f.fontName, f.fontSize, f.textColor)], f),
        ([("une\nligne coupée ", q.fontName, q.fontSize, q.textColor), ("id", styles.label.fontName, 7, FAINT)], q),
    ]
    drawn_as_runs = 0
    for width in (60, *range(150, 460, 31)):
        lines = [OneLine(runs, style) for runs, style in contents]
        paragraphs = [line.runs.paragraph() for line in lines]
        assert _laid_out(lines, width) == _laid_out(paragraphs, width), width
        drawn_as_runs += sum(line._paragraph is None for line in lines)
        for line, paragraph in zip(lines, paragraphs):
            assert (line.getSpaceBefore(), line.getSpaceAfter(), line.getKeepWithNext()) == (
                paragraph.getSpaceBefore(), paragraph.getSpaceAfter(), paragraph.getKeepWithNext())
            assert bool(line.split(width, 5)) == bool(paragraph.split(width, 5))  # too low for a line: both go to the next frame
    assert drawn_as_runs > 15
    for runs, style in contents[:3]:  # right at the edge of the line
        edge = OneLine(runs, style).runs.width
        for width in (edge - 1, edge, edge + 1, edge + 2.5):
            line = OneLine(runs, style)
            assert _laid_out([line], width) == _laid_out([line.runs.paragraph()], width), (runs[0][0], width - edge)


def test_a_long_title_breaks_its_lines_and_places_its_id_as_the_mixed_paragraph_does():
    """A title too long for one line: its text broken in one face, its id after the last line — where the mixed
    paragraph puts them, at every width; where the id would go to a line of its own, the mixed paragraph itself."""
    from bodiag.report.lines import OneLine
    from bodiag.report.styles import FAINT, make_styles

    styles = make_styles()
    q = styles.question
    titles = ["Quand refaire un audit de l’organisation administrative et de la répartition des tâches\u202f?",
              "Outils intégrés : ERP et gestion électronique des documents (GED), connecteurs bancaires et signature",
              "Les procédures sont-elles écrites, tenues à jour et connues des personnes qui les appliquent au quotidien\u00a0?"]

    def runs(title: str, tail: str) -> list:
        return [(f"{title} ", q.fontName, q.fontSize, q.textColor), (tail, styles.label.fontName, 7, FAINT)]

    def lines(flowable) -> list[str]:
        paragraph = flowable if not isinstance(flowable, OneLine) else None
        if paragraph is None:
            if flowable._paragraph is not None:
                return ["(paragraph)"]
            if flowable._lines is None:
                return ["".join(run for run, *_ in flowable.runs.runs).replace(" ", "")]
            text = [t.replace(" ", "") for t in flowable._lines]
            return [*text[:-1], text[-1] + flowable.runs.runs[-1][0]]
        return ["".join(f.text for f in line.words).replace(" ", "") for line in paragraph.blPara.lines]

    placed, alone = 0, 0
    for title in titles:
        for tail in ("q32_audit", "organisation.process_documentation"):
            for tenth in range(1500, 4600, 7):
                width = tenth / 10
                line, mixed = OneLine(runs(title, tail), q), OneLine(runs(title, tail), q).runs.paragraph()
                h, mh = line.wrap(width, 10_000)[1], mixed.wrap(width, 10_000)[1]
                got = lines(line)
                if got != ["(paragraph)"]:
                    assert (h, got) == (mh, lines(mixed)), (title[:20], tail, width)
                    placed += line._lines is not None
                else:
                    alone += len(lines(mixed)) > 1 and lines(mixed)[-1] == tail
    assert placed > 1000 and alone > 50  # most long titles laid out without the mixed paragraph; ids alone by it
    for width in (150, 260, 330, 451):  # and drawn alike: text, faces, colours, heights
        flowables = [OneLine(runs(title, tail), q) for title in titles for tail in ("q1", "organisation.process_documentation")]
        assert _laid_out(flowables, width) == _laid_out([f.runs.paragraph() for f in flowables], width), width


@pytest.mark.parametrize("pairs", [3, 20, 200])  # fits where it stands, fits a page, runs over pages
@pytest.mark.parametrize("above", [0, 15, 30, 45])  # lines of text above the group
def test_a_page_table_is_placed_as_a_table_even_when_a_keep_together_group_probes_it(pairs, above):
    """A heading kept with a table of two-row items (the first cell spans both, as the action plan's rank)."""
    import io

    from reportlab.platypus import SimpleDocTemplate, Table

    from bodiag.report.styles import PAGE, PageTable, make_styles, rich, table_style

    styles = make_styles()

    def pdf(kind) -> bytes:
        out = io.BytesIO()
        story = [rich(f"Ligne {i} avant le tableau", styles.body) for i in range(above)]
        story += [rich("Titre gardé avec le tableau", styles.h2), rich("Introduction gardée elle aussi", styles.intro)]
        rows, commands = [["N°", "Ce qu’il faut faire", "Effort"]], [("VALIGN", (0, 0), (-1, -1), "TOP")]
        for i in range(pairs):
            first = len(rows)
            rows += [[str(i + 1), rich(f"Action {i} " * (1 + i % 3), styles.cell), "moyen"], ["", rich("Pourquoi et comment " * (1 + i % 5), styles.cell), ""]]
            commands += [("SPAN", (0, first), (0, first + 1)), ("SPAN", (1, first + 1), (-1, first + 1)), ("NOSPLIT", (0, first), (-1, first + 1))]
        table = kind(rows, colWidths=[30, 300, 60], repeatRows=1)
        table.setStyle(table_style(commands))
        SimpleDocTemplate(out, pagesize=PAGE, invariant=1).build([*story, table, rich("Après", styles.body)])
        return out.getvalue()

    assert pdf(PageTable) == pdf(Table)


STYLE_COMMANDS = [
    [],
    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TEXTCOLOR", (0, 0), (-1, -1), "#334155"), ("LEADING", (0, 0), (-1, -1), 10.8),
     ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#000000"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 4)],
    # a part of the table first, then the whole table setting the same attribute and another: order decides the first
    [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, -1), "CENTRE"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
     ("TEXTCOLOR", (1, 1), (1, -1), "#ff0000"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("SPAN", (0, 1), (-1, 1))],
    [("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 11), ("FONTSIZE", (0, 0), (-1, -1), 7), ("NOSPLIT", (0, 0), (-1, -1)),
     ("TOPPADDING", (0, 2), (-1, 2), 0), ("TOPPADDING", (0, 0), (-1, -1), 6), ("BACKGROUND", (0, 0), (-1, -1), "#eeeeee")],
]


@pytest.mark.parametrize("commands", STYLE_COMMANDS)
def test_a_styled_table_gives_each_cell_the_style_set_style_would(commands):
    """The commands over the whole table set once on the cells' defaults: every cell ends as reportlab's
    ``setStyle`` leaves it, each its own (a command on some cells changes those only), with the same other commands."""
    from reportlab.platypus import Table

    from bodiag.report.styles import styled_table, table_style

    rows = [[f"{r}.{c}" for c in range(4)] for r in range(5)]
    plain = Table(rows)
    plain.setStyle(table_style(commands))
    styled = styled_table(rows, commands)

    def cells(table) -> list[list[dict]]:  # noqa: ANN001
        return [[{k: v for k, v in vars(cell).items() if k != "name"} for cell in row] for row in table._cellStyles]

    assert cells(styled) == cells(plain)
    assert len({id(cell) for row in styled._cellStyles for cell in row}) == 20
    for kind in ("_linecmds", "_bkgrndcmds", "_spanCmds", "_nosplitCmds"):
        assert getattr(styled, kind) == getattr(plain, kind), kind


def _seven_column_recommendations(a, ranked, lang, styles):  # noqa: ANN001, ANN202
    """The recommendations as the seven-column table with spans they were drawn as before (rows, not flowables)."""
    from bodiag.domain import i18n
    from bodiag.domain.vocabulary import HORIZON, LEVEL, label
    from bodiag.report.markup import esc
    from bodiag.report.plan import BASE, PLAN_WIDTHS, _widths
    from bodiag.report.styles import ACCENT, INK, MUTED, PANEL, RULE, PageTable, hex_of, rich, run_in, styled_table
    from bodiag.report.texts import recommendation_where

    head = ["col_rank", "col_action", "col_effort", "col_impact", "col_horizon", "col_owner", "col_deadline"]
    rows: list[list] = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in head]]
    commands = list(BASE)
    for rank, rec in ranked:
        rr, first = rec.recommendation, len(rows)
        rows.append([rich(f"<font color='{hex_of(ACCENT)}'><b>{rank}</b></font>", styles.cell),
                     [rich(f"<b>{esc(rr.title.get(lang))}</b>", styles.cell),
                      rich(f"<font color='{hex_of(MUTED)}'>{esc(recommendation_where(a, rec, lang))}</font>", styles.cell_muted)],
                     label(LEVEL, rr.effort, lang), label(LEVEL, rr.impact, lang), label(HORIZON, rr.horizon, lang).replace(" (", "\n("), "", ""])
        rows.append(["", [run_in(i18n.tr("why", lang), styles.cell_bold.fontName, INK, esc(i18n.colon(lang) + rr.why.get(lang)), styles.cell),
                          run_in(i18n.tr("how", lang), styles.cell_bold.fontName, INK, esc(i18n.colon(lang) + rr.how.get(lang)), styles.cell)],
                     "", "", "", "", ""])
        commands += [("SPAN", (0, first), (0, first + 1)), ("SPAN", (1, first + 1), (-1, first + 1)), ("NOSPLIT", (0, first), (-1, first + 1)),
                     ("BACKGROUND", (-2, first), (-1, first), PANEL), ("LINEBEFORE", (-2, first), (-1, first), 0.3, RULE),
                     ("TOPPADDING", (0, first + 1), (-1, first + 1), 0), ("BOTTOMPADDING", (0, first + 1), (-1, first + 1), 7),
                     ("LINEBELOW", (0, first + 1), (-1, first + 1), 0.3, RULE)]
    return styled_table(rows, commands, colWidths=_widths(PLAN_WIDTHS), repeatRows=1, kind=PageTable)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_recommendations_rows_show_what_the_seven_column_table_did(tmp_path, lang):
    """One flowable per recommendation: the same text in the same order, faces and colours, on the same pages,
    each row as tall as the two rows it stands for (the recommendations of the demo's three questionnaires)."""
    import io

    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    from bodiag.domain.report_content import ReportOptions
    from bodiag.report.plan import recommendations_table
    from bodiag.report.styles import FRAME_WIDTH, PAGE, make_styles, rich
    from bodiag.services.demo import build_demo
    from bodiag.services.report_content import gather

    diagnostic = build_demo(tmp_path / "demo.bodiag")
    try:
        data = gather(diagnostic, None, ReportOptions(lang=lang, deterministic=True))
    finally:
        diagnostic.close()

    def pdf(make) -> tuple[bytes, list[list[float]]]:  # noqa: ANN001
        styles, out, heights = make_styles(), io.BytesIO(), []
        story = [rich("Le plan d’action", styles.h2)]
        for a in data.assessments:
            table = make(a, list(enumerate(a.result.recommendations, start=1)), lang, styles)
            Table.wrap(table, FRAME_WIDTH, 1e9)  # every row measured, as no page would
            heights.append(list(table._rowHeights))
            story += [make(a, list(enumerate(a.result.recommendations, start=1)), lang, styles), PageBreak()]
        SimpleDocTemplate(out, pagesize=PAGE, invariant=1).build(story)
        return out.getvalue(), heights

    rows, row_heights = pdf(recommendations_table)
    table, table_heights = pdf(_seven_column_recommendations)
    assert sum(len(a.result.recommendations) for a in data.assessments) > 30
    assert _pages(rows) == _pages(table)
    for ours, theirs in zip(row_heights, table_heights, strict=True):  # the heading row, then two rows per recommendation
        assert len(theirs) == 2 * len(ours) - 1
        assert ours == pytest.approx([theirs[0], *(a + b for a, b in zip(theirs[1::2], theirs[2::2]))])
