"""The report's look: page geometry, palette, paragraph and table styles.

A calm consultant's deliverable: one sans-serif family (DejaVu), dark slate text,
one accent blue, the questionnaire's band colours for scores, the app's red for
targets, generous margins and thin rules rather than boxes.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paraparser import ParaFrag
from reportlab.platypus.tables import CellStyle

from bodiag.report.fonts import FONTS, register_fonts
from bodiag.report.lines import OneLine
from bodiag.report.markup import esc
from bodiag.report.parsed import Para, read_lock, hex_of, parsed

PAGE = A4
MARGIN_LEFT = 2.3 * cm
MARGIN_RIGHT = 2.3 * cm
MARGIN_TOP = 2.5 * cm
MARGIN_BOTTOM = 2.3 * cm
FRAME_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
FAINT = colors.HexColor("#626e7b")  # the lightest grey for text: 5.2:1 on white, 4.6:1 on the accent panels
RULE = colors.HexColor("#d5dbe1")
ACCENT = colors.HexColor("#1f5f8b")  # the app's accent
ACCENT_LIGHT = colors.HexColor("#eaf1f7")
PANEL = colors.HexColor("#f5f7f9")
TARGET = colors.HexColor("#c0392b")  # the app's target colour
NO_SCORE = colors.HexColor("#9aa0a6")  # the fill of a part without a score; its text is MUTED
NOTE = colors.HexColor("#3e4c59")
WHITE = colors.white
WARNING_TEXT = colors.HexColor("#9a5a00")  # the roadmap's overload orange, deep enough for text (4.8:1 on its light fill)

BODY_SIZE = 9  # points: the smallest text one reads (paragraphs, table cells, notes, captions)
FURNITURE_SIZE = 7.5  # points: the smallest text on a page at all (running footers, a chart's axis labels)
CELL_SIZE = 9


def color(hex_code: str | None, default=ACCENT):  # noqa: ANN001, ANN201
    return colors.HexColor(hex_code) if hex_code else default


def luminance(c: colors.Color) -> float:
    """WCAG's relative luminance of ``c`` (0 black, 1 white)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue)


def contrast(a: colors.Color, b: colors.Color) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white); text needs 4.5."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background) -> colors.Color:  # noqa: ANN001
    """The report's ink, white, or black where neither reads at 4.5:1 (a mid green), whichever contrasts most with ``background``."""
    if contrast(INK, background) >= 4.5:
        return INK
    return max((WHITE, colors.black), key=lambda c: contrast(c, background))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_muted: ParagraphStyle
    small: ParagraphStyle
    small_muted: ParagraphStyle
    lead: ParagraphStyle
    h0: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    question: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head_cell: ParagraphStyle
    note: ParagraphStyle
    free_text: ParagraphStyle
    bullet: ParagraphStyle
    item: ParagraphStyle
    figures: ParagraphStyle
    intro: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    figure_sub: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_text: ParagraphStyle


def make_styles(accent: str | None = None) -> Styles:
    """The report's paragraph styles; ``accent`` ("#rrggbb", a consultant's branding) colours the headings and the cover."""
    f = register_fonts()
    accent_colour = colors.HexColor(accent) if accent else ACCENT

    def style(name: str, **kw) -> ParagraphStyle:  # noqa: ANN003
        base = dict(
            fontName=f.regular, fontSize=9.2, leading=13.2, textColor=INK, bulletFontName=f.regular,
            splitLongWords=1, allowWidows=0, allowOrphans=0, embeddedHyphenation=0, uriWasteReduce=0,
        )
        base.update(kw)
        return ParagraphStyle(name, **base)

    heading = dict(fontName=f.bold, keepWithNext=1, allowWidows=0, allowOrphans=0)
    cell = dict(fontName=f.condensed, fontSize=CELL_SIZE, leading=11.6)
    return Styles(
        body=style("body", spaceAfter=5),
        body_muted=style("body_muted", textColor=MUTED, spaceAfter=5),
        small=style("small", fontSize=9, leading=12),
        small_muted=style("small_muted", fontSize=9, leading=12, textColor=MUTED),
        lead=style("lead", fontSize=10.2, leading=14.6, textColor=MUTED, spaceAfter=8),
        h0=style("h0", fontSize=21, leading=26, textColor=accent_colour, spaceAfter=6, **heading),
        h1=style("h1", fontSize=15, leading=19, spaceBefore=16, spaceAfter=8, textColor=INK, **heading),
        h2=style("h2", fontSize=12.4, leading=16, spaceBefore=14, spaceAfter=3, textColor=accent_colour, **heading),
        h3=style("h3", fontSize=10.4, leading=14, spaceBefore=10, spaceAfter=2, textColor=INK, **heading),
        question=style("question", fontName=f.bold, fontSize=9.2, leading=12.6, spaceBefore=9, spaceAfter=3, keepWithNext=1),
        label=style("label", fontName=f.condensed, fontSize=9, leading=11.6, textColor=MUTED),
        cell=style("cell", **cell),
        cell_bold=style("cell_bold", **{**cell, "fontName": f.condensed_bold}),
        cell_muted=style("cell_muted", **cell, textColor=MUTED),
        cell_right=style("cell_right", **cell, alignment=TA_RIGHT),
        cell_center=style("cell_center", **cell, alignment=TA_CENTER),
        head_cell=style("head_cell", fontName=f.condensed_bold, fontSize=9, leading=11.2, textColor=MUTED),
        # user text is never set in the oblique face: DejaVu Sans Oblique lacks Arabic, which the upright faces have
        note=style("note", fontSize=9, leading=12.8, textColor=NOTE, leftIndent=10, spaceAfter=2),
        free_text=style("free_text", leftIndent=10, spaceAfter=3),
        bullet=style("bullet", leftIndent=11, bulletIndent=1, spaceAfter=2.5),
        item=style("item", leftIndent=11, firstLineIndent=-11, spaceAfter=2.5),
        figures=style("figures", fontSize=9, leading=12, textColor=MUTED, keepWithNext=1, spaceAfter=2),
        intro=style("intro", textColor=MUTED, spaceAfter=5, keepWithNext=1),
        figure=style("figure", fontName=f.bold, fontSize=20, leading=23, textColor=INK),
        figure_label=style("figure_label", fontName=f.condensed, fontSize=9, leading=11.2, textColor=MUTED),
        figure_sub=style("figure_sub", fontName=f.condensed, fontSize=9, leading=11.2, textColor=MUTED),
        toc0=style("toc0", fontName=f.bold, fontSize=10.4, leading=14, textColor=INK),
        toc1=style("toc1", fontSize=9.2, leading=12.4, leftIndent=14, textColor=INK),
        toc2=style("toc2", fontSize=9, leading=11.8, leftIndent=28, textColor=MUTED),
        cover_kicker=style("cover_kicker", fontName=f.bold, fontSize=10, leading=14, textColor=accent_colour),
        cover_title=style("cover_title", fontName=f.bold, fontSize=28, leading=34, textColor=INK, spaceAfter=8),
        cover_sub=style("cover_sub", fontSize=12, leading=16.5, textColor=MUTED, spaceAfter=4),
        cover_text=style("cover_text", fontSize=9.2, leading=13, textColor=INK, alignment=TA_LEFT),
    )


# The cell commands of a table style and the attributes of reportlab's ``CellStyle`` each sets; TEXTCOLOR is read as
# reportlab reads it. The other commands (lines, backgrounds, spans, keep-togethers) are not a cell's style.
_CELL_ATTRIBUTES = {"FONTNAME": ("fontname",), "FACE": ("fontname",), "FONTSIZE": ("fontsize",), "SIZE": ("fontsize",),
                    "LEADING": ("leading",), "FONT": ("fontname", "fontsize", "leading"), "TEXTCOLOR": ("color",),
                    "ALIGN": ("alignment",), "ALIGNMENT": ("alignment",), "VALIGN": ("valign",),
                    "LEFTPADDING": ("leftPadding",), "RIGHTPADDING": ("rightPadding",), "TOPPADDING": ("topPadding",),
                    "BOTTOMPADDING": ("bottomPadding",), "HREF": ("href",), "DESTINATION": ("destination",),
                    "DIRECTION": ("direction",), "SHAPING": ("shaping",)}
_WHOLE = ((0, 0), (-1, -1))


def styled_table(rows: list[list], commands: list, *, kind: type[Table] = Table, **options) -> Table:
    """A table (of ``kind``) of ``rows`` styled by ``commands`` over the report's cell font (:func:`table_style`).

    reportlab gives each cell its own style and applies a command to every cell in
    its range, one by one: the report's tables hold some ten commands over the whole
    table (font, leading, alignment, paddings), for thousands of cells. Those are set
    once on the cells' common defaults, which each cell then copies (``cellStyles``,
    as reportlab passes a table's cell styles to the pieces of a split) — unless a
    command on a part of the table set the same attribute before, whose order then
    matters: it and the others are applied as usual. Each cell ends with the style
    ``setStyle`` would have given it (tests/report/test_speed.py).
    """
    cell_styles, rest = _cell_styles(rows, table_style(commands).getCommands())
    made = kind(rows, cellStyles=cell_styles, **options)
    made.setStyle(TableStyle(rest))
    return made


def _cell_styles(rows: list[list], commands: list) -> tuple[list[list[CellStyle]] | None, list]:
    """The cells' styles after the commands over the whole table that can be set on their defaults, and the other commands."""
    if not rows or not rows[0]:
        return None, commands
    defaults = CellStyle("cell")
    rest: list = []
    set_in_part: set[str] = set()  # the attributes a command on a part of the table has set so far
    for command in commands:
        attributes = _CELL_ATTRIBUTES.get(command[0])
        if attributes is None:
            rest.append(command)
        elif tuple(command[1:3]) == _WHOLE and len(attributes) == 1 and len(command) == 4 and attributes[0] not in set_in_part:
            value = command[3]
            setattr(defaults, attributes[0], colors.toColor(value, colors.Color(0, 0, 0)) if command[0] == "TEXTCOLOR" else value)
        else:
            set_in_part.update(attributes)
            rest.append(command)
    # each cell its own copy of the defaults, as reportlab's own cells are (a later command changes its cells only);
    # made as copy.copy would make them, without its generic machinery (a report has thousands of cells)
    attributes, new = defaults.__dict__, CellStyle.__new__
    cells = []
    for _ in rows:
        row = []
        for _ in rows[0]:
            cell = new(CellStyle)
            cell.__dict__.update(attributes)
            row.append(cell)
        cells.append(row)
    return cells, rest


class PageTable(Table):
    """A table that may run over many pages, measured no further than a page when asked with more room.

    A keep-together group (a heading kept with the table) asks its content's height
    with unbounded room, to know whether it fits where it stands; reportlab's
    long-table optimisation measures rows only until they pass the room given (in a
    table with rows spanned), so this table is asked with a page's height at most:
    a table taller than a page fits in no frame, whatever its exact height, and the
    frame that places it measures it again in the room it really has.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        return super().wrap(availWidth, min(availHeight, PAGE[1]))


def figure_cards(cards: list, widths: list[float], accent: colors.Color) -> Table:
    """Figures side by side on a pale panel, each card parted by a white line, an ``accent`` rule above."""
    table = styled_table([cards], [
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LINEBEFORE", (1, 0), (-1, -1), 2, WHITE),
        ("LINEABOVE", (0, 0), (-1, 0), 2, accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ], colWidths=widths)
    return table


def ruled_rows(top: float, bottom: float) -> list:
    """The commands of a table of rows under a heading row: a dark rule under the headings,
    a light one under each row, cells padded 3 pt on the sides and ``top``/``bottom`` pt above and below."""
    return [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def table_style(commands: list) -> TableStyle:
    """A table style whose cells that hold plain strings (the blank columns) use the report's font, not Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONTS.condensed), ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
                       ("LEADING", (0, 0), (-1, -1), 11.6), *commands])


class RunIn(Para):
    """A paragraph led by a few words in another face (« Pourquoi : », « Note : »), drawn on their own.

    reportlab breaks the lines of a paragraph in one face many times faster than
    those of a paragraph mixing faces: the text after the lead is such a paragraph,
    its first line indented by the lead's width, and the lead is drawn in that room
    at the start of the paragraph's text object (so that extracted text reads
    "lead text", as from the mixed paragraph). Where that room could break the
    lines otherwise than the mixed paragraph — a lead wider than the line, a word
    wider than what the lead leaves of the first line (reportlab would cut it
    there rather than carry it to the next line) — the paragraph becomes the
    mixed one before it is first laid out.

    Same constructor as ``Paragraph``; the lead (text, font, colour) and the mixed
    markup and style are attached afterwards (:func:`run_in`). The first piece of a
    split keeps the lead; reportlab drops the first-line indent from the other pieces.
    """

    lead: tuple[str, str, colors.Color] | None = None
    mixed: tuple[str, ParagraphStyle] | None = None
    _checked_width: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        if self.mixed is not None and availWidth != self._checked_width:
            self._checked_width = availWidth
            if not self._room_for_words(availWidth - self.style.leftIndent - self.style.rightIndent - self.style.firstLineIndent):
                markup, style = self.mixed
                Para.__init__(self, markup, style)
                self.lead = self.mixed = None
                self._wrapped_width = None
        return super().wrap(availWidth, availHeight)

    def _room_for_words(self, room: float) -> bool:
        """Whether the first line, after the lead, is wider than every word (so none is cut where the mixed one is not)."""
        if room <= 0:
            return False
        frags = self.frags
        if len(frags) == 1:
            font, size = frags[0].fontName, frags[0].fontSize
            widest = _widest_glyph(font) * size
            return all(len(word) * widest <= room or stringWidth(word, font, size) <= room for word in frags[0].text.split())
        # several runs (a line break, an escaped character): a word may span them, its bound is all one can tell
        widest = max(_widest_glyph(frag.fontName) * frag.fontSize for frag in frags)
        return all(len(word) * widest <= room for word in "".join(getattr(frag, "text", "") for frag in frags).split())

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        parts = super().split(availWidth, availHeight)
        if parts:
            parts[0].lead = self.lead
        return parts

    def beginText(self, x, y):  # noqa: ANN001, ANN201 - reportlab's API: the text object the lines are drawn in
        tx = super().beginText(x, y)
        if self.lead is not None:
            text, font, colour = self.lead
            tx.setFont(font, self.style.fontSize)
            tx.setFillColor(colour)
            tx.textOut(text)  # the line's start stays put: the text begins at the first-line indent
            if self.blPara.kind == 0:  # one run: drawn in the colour the canvas was given (several runs set their own)
                tx.setFillColor(self.blPara.textColor)
        return tx


_widest: dict[str, float] = {}


def _widest_glyph(font: str) -> float:
    """The advance of ``font``'s widest glyph, per point of size: a word of n characters is at most n times as wide."""
    if font not in _widest:
        face = getFont(font).face
        _widest[font] = max(max(face.charWidths.values(), default=0), face.defaultWidth) / 1000
    return _widest[font]


# The indented styles of run-in paragraphs, one per base style and lead width, for as long as the base style lives.
_indented: WeakKeyDictionary[ParagraphStyle, dict[float, ParagraphStyle]] = WeakKeyDictionary()


def run_in(lead: str, font: str, colour: colors.Color, markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of ``lead`` (plain text, set in ``font`` and ``colour``) followed by ``markup`` (the report's
    markup, every outside text already escaped) in ``style``, laid out as the paragraph mixing both would be."""
    mixed = f"<font name='{font}' color='{hex_of(colour)}'>{esc(lead)}</font>{markup}"
    if not markup.strip() or style.firstLineIndent or style.alignment != TA_LEFT:
        return rich(mixed, style)
    size = style.fontSize
    width = stringWidth(lead, font, size)
    spaces = lead.count(" ") * stringWidth(" ", font, size)
    body = markup.lstrip(" ")
    if body != markup:  # the space between lead and text is the text's: it has that face's width (the lead draws it)
        space = stringWidth(" ", style.fontName, size)
        width, spaces, lead = width + space, spaces + space, lead + " "
    # reportlab lets a line's spaces shrink a little to fit: the lead's spaces too, in the mixed paragraph
    width -= style.spaceShrinkage * spaces
    with read_lock:
        by_width = _indented.setdefault(style, {})
        indented = by_width.get(width)
        if indented is None:
            indented = by_width[width] = style.clone(f"{style.name}_run_in", firstLineIndent=width)
    paragraph = parsed(body, indented, RunIn)
    paragraph.lead = (lead, font, colour)
    paragraph.mixed = (mixed, style)
    return paragraph


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph showing ``text`` verbatim (escaped)."""
    return rich(esc(text), style)


def rich(markup: str, style: ParagraphStyle, kind: type[Para] | None = None) -> Flowable:
    """A paragraph of the report's own markup: every piece of outside text in it must already be escaped.

    Without ``kind``, a markup of one run of text that fits on one line is drawn as
    that line (:class:`~bodiag.report.lines.OneLine`), the paragraph elsewhere; with
    it (``Para`` or a subclass), always a paragraph of that class — for a caller that
    asks the paragraph for its lines. The reading of the markup is
    :func:`bodiag.report.parsed.parsed`'s.
    """
    if kind is not None:
        return parsed(markup, style, kind)
    return parsed(markup, style, Para, _one_line)


# the fragment's attributes a line of one run draws itself (face, size, colour); any other (a link, an underline…) is the paragraph's
_PLAIN_FRAG = {"__tag__", "text", "fontName", "fontSize", "textColor", "bold", "italic", "rise", "greek", "link", "underline", "strike",
               "us_lines", "backColor", "nobr", "sub", "super", "lineBreak"}


def _drawn_alone(frag: ParaFrag, style: ParagraphStyle) -> bool:
    """Whether a line of plain text draws ``frag`` as the paragraph would: its own size, nothing but face and colour."""
    attributes = frag.__dict__
    return (frag.fontSize == style.fontSize and not getattr(frag, "rise", 0) and not getattr(frag, "link", None)
            and not getattr(frag, "underline", 0) and not getattr(frag, "strike", 0) and not getattr(frag, "backColor", None)
            and not getattr(frag, "lineBreak", False) and set(attributes) <= _PLAIN_FRAG)


def _one_line(frag: ParaFrag, style: ParagraphStyle) -> Flowable | None:
    """A one-run paragraph as a line of plain text where it fits on one line (the paragraph itself elsewhere),
    or None where a line would not draw the fragment as the paragraph does.

    Most of the report's table cells are such runs (a score, a level, a name):
    drawing them as one line skips the paragraph's word-by-word line breaking.
    """
    if not _drawn_alone(frag, style):
        return None
    return OneLine([(frag.text, frag.fontName, frag.fontSize, frag.textColor)], style,
                   lambda: Para(frag.text, style, frags=[copy.copy(frag)]))
