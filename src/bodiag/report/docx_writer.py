"""The pieces an editable Word copy of the report is made of, written with python-docx.

Headings use Word's own "Heading 1…" styles (the navigation pane and a table
of contents find them), tables are Word tables whose header row repeats on
every page, pictures carry an alternative text, and the footer numbers the
pages with PAGE and NUMPAGES fields. Every text goes through
:func:`bodiag.report.markup.clean` first: a control character a user typed
would make the file unreadable.

python-docx has no public call for a repeated header row, a picture's
alternative text, a field or the document's language: those few elements are
written with its oxml helpers (``OxmlElement``, ``qn``), in this module only.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import NamedTuple

import docx as word
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from bodiag.report.markup import clean

FONT = "DejaVu Sans"  # the PDF's face; Word and LibreOffice fall back to a sans face where it is not installed
INK = "#1f2933"
MUTED = "#5f6b7a"
PANEL = "F5F7F9"
DEFAULT_ACCENT = "#1f5f8b"
PAGE_WIDTH_CM = 21.0 - 2 * 2.3  # A4 less the PDF's margins


class Run(NamedTuple):
    """A piece of a paragraph in one face: bold, in a colour (``#rrggbb``), or both."""

    text: str
    bold: bool = False
    color: str | None = None


Text = str | Sequence[Run]  # a paragraph: plain text, or runs
Cell = Text | list[Text]  # a table cell: one paragraph or several


def bold(text: str) -> Run:
    return Run(text, bold=True)


def muted(text: str) -> Run:
    return Run(text, color=MUTED)


def _rgb(hex_code: str) -> RGBColor:
    return RGBColor.from_string(hex_code.lstrip("#")[:6].upper())


class DocxWriter:
    """A Word document written from the top down; :meth:`save` gives its bytes."""

    def __init__(self, lang: str, accent: str = DEFAULT_ACCENT):
        self.lang = lang
        self.accent = accent
        self.doc = word.Document()
        self.headings: list[tuple[str, int]] = []  # (text, outline level from 0) in reading order
        self.tables = 0
        self.pictures = 0
        self._contents: Paragraph | None = None
        self._contents_at = -1  # the contents' own heading, which they do not list
        self._style_ids: dict[str, str] = {}
        self._setup()

    # -- the document's frame ---------------------------------------------------------------

    def _setup(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.3)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.3)
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(9.5)
        normal.font.color.rgb = _rgb(INK)
        normal.paragraph_format.space_after = Pt(4)
        rpr = normal.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")  # spelling and hyphenation in the report's language
        lang.set(qn("w:val"), "fr-FR" if self.lang == "fr" else "en-GB")
        rpr.append(lang)
        for level, size in ((1, 16), (2, 13), (3, 11), (4, 10)):
            style = styles[f"Heading {level}"]
            style.font.name = FONT
            style.font.size = Pt(size)
            style.font.color.rgb = _rgb(self.accent if level <= 2 else INK)
        for name, size, colour in (("Muted", 9, MUTED), ("Small", 8, MUTED), ("Lead", 10.5, INK), ("Cell", 8.2, INK)):
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.font.size = Pt(size)
            style.font.color.rgb = _rgb(colour)
        footer = styles["Footer"]
        footer.font.size = Pt(7.6)
        footer.font.color.rgb = _rgb(MUTED)
        title = styles["Title"]
        title.font.name = FONT
        title.font.color.rgb = _rgb(self.accent)

    def properties(self, *, title: str, author: str, subject: str, keywords: str) -> None:
        core = self.doc.core_properties
        core.title, core.author, core.subject, core.keywords = clean(title), clean(author), clean(subject), clean(keywords)
        core.language = "fr-FR" if self.lang == "fr" else "en-GB"

    def footer(self, left: str, page_of: str, *, cover: bool = True) -> None:
        """The footer of every page but the ``cover``: ``left``, then ``page_of`` with {page} and {total} as fields."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = cover
        paragraph = section.footer.paragraphs[0]
        paragraph.style = self.doc.styles["Footer"]  # Word's footer style: its tab stops put the page number on the right
        paragraph.add_run(clean(left) + "\t\t")
        rest = page_of
        for placeholder, field in (("{page}", "PAGE"), ("{total}", "NUMPAGES")):
            before, _, rest = rest.partition(placeholder)
            paragraph.add_run(before)
            _field(paragraph, field, "1")
        paragraph.add_run(rest)

    # -- content ------------------------------------------------------------------------------

    def heading(self, text: str, level: int) -> None:
        """A heading at outline ``level`` (0 = a part: Word's Heading 1)."""
        self.doc.add_heading(clean(text), level=min(level + 1, 9))
        self.headings.append((text, level))

    def title(self, text: str) -> None:
        self.doc.add_paragraph(clean(text), style="Title")

    def paragraph(self, text: Text, style: str | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        if style:
            self._style(paragraph, style)
        _fill(paragraph, text)
        return paragraph

    def _style(self, paragraph: Paragraph, name: str) -> None:
        """Give ``paragraph`` the style ``name`` by its id: python-docx's ``style`` setter looks every style up each
        time, which made a report's thousands of paragraphs take seconds."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        paragraph._p.get_or_add_pPr().style = self._style_ids[name]  # noqa: SLF001 - the pStyle element, public OOXML

    def bullet(self, text: Text) -> Paragraph:
        return self.paragraph(text, "List Bullet")

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, heading: str) -> None:
        """The contents' heading and a table-of-contents field, filled with the headings once all are written."""
        self.heading(heading, 0)
        self._contents_at = len(self.headings) - 1
        self._contents = self.doc.add_paragraph()

    def table(self, head: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float | None] | None = None,
              panel_rows: Sequence[int] = (), merged_rows: Sequence[int] = ()) -> None:
        """A Word table: ``head`` as a header row repeated on every page, ``widths`` in cm (None: what is left);
        ``panel_rows`` (indexes in ``rows``) are shaded, as the PDF shades a part's row among its subsections, and
        ``merged_rows`` span the whole width (a group's title above its rows)."""
        table = self.doc.add_table(rows=1, cols=len(head))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for cell, text in zip(table.rows[0].cells, head):
            self._style(cell.paragraphs[0], "Cell")
            _fill(cell.paragraphs[0], [bold(text)])
            _shade(cell, PANEL)
        _repeat_header(table.rows[0])
        for index, row in enumerate(rows):
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                pieces = value if isinstance(value, list) and (not value or not isinstance(value[0], Run)) else [value]
                self._style(cell.paragraphs[0], "Cell")
                _fill(cell.paragraphs[0], pieces[0] if pieces else "")
                for piece in pieces[1:]:
                    extra = cell.add_paragraph()
                    self._style(extra, "Cell")
                    _fill(extra, piece)
                if index in panel_rows:
                    _shade(cell, PANEL)
        if widths:
            fixed = sum(w for w in widths if w is not None)
            sizes = [Cm(w if w is not None else max(2.0, PAGE_WIDTH_CM - fixed)) for w in widths]
            table.autofit = False
            for column, size in zip(table.columns, sizes):
                column.width = size  # the grid, which LibreOffice reads
            for row in table.rows:
                for cell, size in zip(row.cells, sizes):
                    cell.width = size  # each cell, which Word reads
        for index in merged_rows:
            cells = table.rows[index + 1].cells
            cells[0].merge(cells[-1])
        self.tables += 1
        self._style(self.doc.add_paragraph(), "Small")  # Word joins two tables that touch: a thin paragraph keeps them apart

    def picture(self, png: bytes, width_cm: float, alt: str) -> None:
        """A chart as a picture, centred, with ``alt`` as its alternative text (what a screen reader says)."""
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        doc_pr = shape._inline.docPr  # noqa: SLF001 - python-docx exposes no alternative text; the element is public OOXML
        doc_pr.set("descr", clean(alt))
        doc_pr.set("title", clean(alt.split(":", 1)[0].split("\u202f", 1)[0]))
        self.pictures += 1

    def section_break(self) -> None:
        self.doc.add_section(WD_SECTION.NEW_PAGE)

    # -- the file ---------------------------------------------------------------------------

    def save(self) -> bytes:
        self._fill_contents()
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def _fill_contents(self) -> None:
        """A TOC field over the headings of levels 0–2, its result the headings themselves (no page numbers):
        the contents read right at once, and Word or LibreOffice add the pages when the field is updated."""
        if self._contents is None:
            return
        anchor = self._contents
        entries = [(text, level) for n, (text, level) in enumerate(self.headings) if level <= 2 and n != self._contents_at]
        lines = [anchor.insert_paragraph_before(style=_toc_style(self.doc, level)) for _, level in entries] or [anchor]
        for paragraph, (text, _) in zip(lines, entries):
            paragraph.add_run(clean(text))
        _field_begin(lines[0], 'TOC \\o "1-3" \\h \\z \\u')
        _field_end(lines[-1])
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")  # Word offers to update the contents' page numbers on opening
        update.set(qn("w:val"), "true")
        later = next((settings.find(qn(f"w:{name}")) for name in ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat")
                      if settings.find(qn(f"w:{name}")) is not None), None)
        if later is not None:  # the schema's order: Word refuses a settings part out of order
            later.addprevious(update)
        else:
            settings.append(update)


def _toc_style(doc, level: int):  # noqa: ANN001, ANN202
    name = f"TOC {level + 1}"  # Word's own names: an update of the field keeps these styles
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.5 * level)
        style.paragraph_format.space_after = Pt(1)
        if level == 0:
            style.font.bold = True
        return style


def _fill(paragraph: Paragraph, text: Text) -> None:
    runs = [Run(text)] if isinstance(text, str) else text
    for piece in runs:
        run = paragraph.add_run(clean(piece.text))
        if piece.bold:
            run.bold = True
        if piece.color:
            run.font.color.rgb = _rgb(piece.color)


def _shade(cell, fill: str) -> None:  # noqa: ANN001
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # noqa: SLF001 - no public call for a cell's shading


def _repeat_header(row) -> None:  # noqa: ANN001
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)  # noqa: SLF001 - no public call for a repeated header row


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) showing ``shown`` until the application computes it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)  # noqa: SLF001 - a field is not in python-docx's public API


def _field_char(kind: str):  # noqa: ANN202
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _field_begin(paragraph: Paragraph, instruction: str) -> None:
    p = paragraph._p  # noqa: SLF001
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    first = p.find(qn("w:r"))
    for element in (_field_char("begin"), instr_run, _field_char("separate")):
        if first is not None:
            first.addprevious(element)
        else:
            p.append(element)


def _field_end(paragraph: Paragraph) -> None:
    paragraph._p.append(_field_char("end"))  # noqa: SLF001
