"""Assembling the PDF: page templates, headings with bookmarks, contents, "page X / Y" footers.

The document is laid out in a single pass. Page numbers that are only known at
the end (the total in every footer, the pages in the contents) are PDF form
XObjects: each page refers to a named form, and the forms are written once the
last page is done, just before the file is saved. The contents' height is known
in advance (its entries are the headings the report will have), so nothing
moves when the numbers are filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepInFrame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate, Spacer

from bodiag.domain import i18n
from bodiag.domain.fingerprint import marked
from bodiag.report.data import ReportData
from bodiag.report.deliverable import status_line
from bodiag.report.fonts import FONTS
from bodiag.report.markup import esc, one_line
from bodiag.report.styles import (
    ACCENT,
    FAINT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE,
    RULE,
    Para,
    Styles,
    rich,
)

Progress = Callable[[str, int], None]  # (phase, value) from the layout


# -- headings, outline and contents ---------------------------------------------------


@dataclass(frozen=True)
class TocEntry:
    key: str
    text: str
    level: int
    in_contents: bool = True


class Heading(Para):
    """A heading that becomes a PDF bookmark and a contents entry when it is laid out.

    Same constructor as ``Paragraph`` (reportlab rebuilds split pieces with it);
    the entry is attached afterwards and kept by the first piece of a split.
    """

    toc_entry: TocEntry | None = None
    running_title: str | None = None

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        parts = super().split(availWidth, availHeight)
        if parts:
            parts[0].toc_entry, parts[0].running_title = self.toc_entry, self.running_title
        return parts


@dataclass
class Outline:
    """The headings of the report, in order: they make the bookmarks and the contents."""

    styles: Styles
    entries: list[TocEntry] = field(default_factory=list)

    def heading(self, text: str, level: int, *, style=None, contents: bool = True, running: str | None = None) -> Heading:  # noqa: ANN001
        """A heading of ``text`` (plain text) at outline ``level`` (0 = part)."""
        style = style or (self.styles.h0, self.styles.h1, self.styles.h2, self.styles.h3)[min(level, 3)]
        entry = TocEntry(f"h{len(self.entries) + 1}", one_line(text), level, contents)
        self.entries.append(entry)
        heading = rich(esc(text), style, Heading)
        heading.toc_entry = entry
        heading.running_title = running
        return heading


class TocLine(Flowable):
    """One line of the contents: the heading's text, a dotted leader, its page (a form filled in at the end)."""

    NUMBER_WIDTH = 26

    def __init__(self, entry: TocEntry, style):  # noqa: ANN001
        super().__init__()
        self.entry = entry
        self.style = style
        self._para = rich(esc(self.entry.text), style, Para)  # made once: it remembers its lines for the width it was wrapped at

    def wrap(self, availWidth, availHeight):  # noqa: N803
        _, h = self._para.wrap(availWidth - self.NUMBER_WIDTH - 12, availHeight)
        self.width = availWidth
        self.height = h + (7 if self.entry.level == 0 else 2.5)
        self._para_height = h
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height - self._para_height
        self._para.drawOn(c, 0, top)
        widths = self._para.getActualLineWidths0() or [0]
        last = self.style.leftIndent + widths[-1] + 4
        baseline = top + (self.style.leading - self.style.fontSize) * 0.5 + 1.5
        right = self.width - self.NUMBER_WIDTH - 2
        if right - last > 8:
            c.saveState()
            c.setStrokeColor(RULE)
            c.setLineWidth(0.8)
            c.setDash(0.8, 2.6)
            c.line(last, baseline, right, baseline)
            c.restoreState()
        c.saveState()
        c.translate(self.width, baseline)
        c.doForm(_toc_form(self.entry.key))
        c.restoreState()
        c.linkRect("", self.entry.key, (0, top, self.width, self.height), relative=1, thickness=0)


def contents(outline: Outline, styles: Styles) -> list[Flowable]:
    """The contents: every heading kept for it (levels 0 to 2)."""
    levels = {0: styles.toc0, 1: styles.toc1, 2: styles.toc2}
    entries = [e for e in outline.entries if e.in_contents and e.level in levels]
    return [TocLine(e, levels[e.level]) for e in entries]


def _toc_form(key: str) -> str:
    return f"toc_{key}"


def _page_form(number: int) -> str:
    return f"pageno_{number}"


# -- the document ---------------------------------------------------------------------------


class ReportDoc(BaseDocTemplate):
    def __init__(self, out: BinaryIO, data: ReportData, outline: Outline, progress: Progress | None = None):
        lang = data.lang
        org = data.organisation.name
        titles = ", ".join(a.questionnaire.title.get(lang) for a in data.assessments)
        super().__init__(
            out,
            pagesize=PAGE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{i18n.tr('report_title', lang)} — {org}",
            author=", ".join(data.assessors) or org,
            subject=i18n.tr("meta_subject", lang, titles=titles),
            keywords=i18n.tr("meta_keywords", lang) + (f", {marked(data.fingerprint)}" if data.fingerprint else ""),
            creator=f"bodiag {data.version}",
            producer=f"bodiag {data.version} (ReportLab)",
            lang="fr-FR" if lang == "fr" else "en-GB",
            invariant=1 if data.options.deterministic else 0,
            initialFontName=FONTS.regular,
            initialFontSize=9,
            displayDocTitle=1,
            allowSplitting=1,
        )
        self.data = data
        self.outline = outline
        self.pages_of: dict[str, int] = {}
        self.total_pages = 0
        self.running_title = ""
        self.footer_left = f"{org} · {i18n.date(data.date, lang)} · {status_line(data.sign_off, data)}"
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN_LEFT + 0.6 * 28.35, MARGIN_BOTTOM, FRAME_WIDTH - 0.6 * 28.35, FRAME_HEIGHT + MARGIN_TOP * 0.4, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate(id="cover", frames=[cover], onPage=_cover_page),
            PageTemplate(id="body", frames=[frame], onPageEnd=self._body_page),
        ]
        if data.options.shows == "board":  # the board note alone has no cover: its first page is a body page
            templates.reverse()
        self.addPageTemplates(templates)
        if progress is not None:
            self.setProgressCallBack(progress)

    # layout hooks
    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's API
        entry: TocEntry | None = getattr(flowable, "toc_entry", None)
        if entry is None or entry.key in self.pages_of:
            return
        self.pages_of[entry.key] = self.page
        self.canv.bookmarkPage(entry.key)
        self.canv.addOutlineEntry(entry.text, entry.key, level=entry.level, closed=entry.level >= 1)
        if flowable.running_title is not None:
            self.running_title = flowable.running_title

    def _body_page(self, canvas: Canvas, doc) -> None:  # noqa: ANN001
        canvas.saveState()
        width = PAGE[0]
        top = PAGE[1] - MARGIN_TOP + 16
        canvas.setFont(FONTS.condensed, 7.6)
        canvas.setFillColor(MUTED)
        title = i18n.tr("report_title", self.data.lang)
        canvas.drawString(MARGIN_LEFT, top + 4, fit(title, FONTS.condensed, 7.6, FRAME_WIDTH * 0.4))
        if self.running_title:
            canvas.drawRightString(width - MARGIN_RIGHT, top + 4, fit(self.running_title, FONTS.condensed, 7.6, FRAME_WIDTH * 0.58))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_LEFT, top, width - MARGIN_RIGHT, top)
        bottom = MARGIN_BOTTOM - 22
        canvas.line(MARGIN_LEFT, bottom + 11, width - MARGIN_RIGHT, bottom + 11)
        canvas.setFillColor(FAINT)
        canvas.drawString(MARGIN_LEFT, bottom, fit(self.footer_left, FONTS.condensed, 7.6, FRAME_WIDTH - 70))
        canvas.translate(width - MARGIN_RIGHT, bottom)
        canvas.doForm(_page_form(canvas.getPageNumber()))
        canvas.restoreState()

    def fill_in_numbers(self, canvas: Canvas) -> None:
        """Write the forms the pages refer to: 'page X / Y' and the contents' page numbers."""
        total = self.total_pages = canvas.getPageNumber() - 1
        lang = self.data.lang
        accent = HexColor(self.data.options.accent) if self.data.options.accent else ACCENT
        for number in range(1, total + 1):
            canvas.beginForm(_page_form(number), lowerx=-200, lowery=-5, upperx=5, uppery=15)
            canvas.setFont(FONTS.condensed, 7.6)
            canvas.setFillColor(FAINT)
            canvas.drawRightString(0, 0, i18n.tr("page_of", lang, page=number, total=total))
            canvas.endForm()
        for entry in self.outline.entries:
            canvas.beginForm(_toc_form(entry.key), lowerx=-60, lowery=-5, upperx=5, uppery=15)
            canvas.setFont(FONTS.bold if entry.level == 0 else FONTS.regular, 9.4 if entry.level == 0 else 9)
            canvas.setFillColor(accent if entry.level == 0 else MUTED)
            page = self.pages_of.get(entry.key)
            canvas.drawRightString(0, 0, str(page) if page is not None else "—")
            canvas.endForm()

    def canvas_maker(self):  # noqa: ANN201
        doc = self

        class ReportCanvas(Canvas):
            def save(self) -> None:
                doc.fill_in_numbers(self)
                super().save()

        return ReportCanvas


def _cover_page(canvas: Canvas, doc) -> None:  # noqa: ANN001
    canvas.saveState()
    accent = doc.data.options.accent
    canvas.setFillColor(HexColor(accent) if accent else ACCENT)
    canvas.rect(0, 0, 0.75 * 28.35, PAGE[1], stroke=0, fill=1)
    canvas.restoreState()


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of at most ``width`` points, with an ellipsis if cut."""
    text = one_line(text)
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def new_page(template: str | None = None) -> list[Flowable]:
    return ([NextPageTemplate(template)] if template else []) + [PageBreak()]


ROOM = 7 * 28.35  # points (7 cm): a piece of a part starts on the current page when this much height is left


def room() -> CondPageBreak:
    """What comes between the pieces of a part: a new page only when the current one is nearly full.

    A short piece (the last rows of a table, a few answers) then shares its page
    with the next one instead of leaving a page nearly blank.
    """
    return CondPageBreak(ROOM)


class OnePage(KeepInFrame):
    """Content meant for one page (the board note, a summary): shrunk a little where it overflows the page, and
    where it would have to shrink more than that, laid out at its own size over the next page instead.

    A page of text set much smaller than the rest reads badly, printed or on screen: the content shrinks to
    ``LEAST`` of its size at most. Beyond, it flows as the flowables it holds (headings kept with what follows,
    paragraphs split at the page's end), and the document is a page longer.
    """

    LEAST = 0.9

    def __init__(self, content: list[Flowable]):
        super().__init__(0, 0, content, mode="shrink")
        self._flows = False

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        height = _stacked_height(self._content, self.canv, availWidth)
        self._flows = height * self.LEAST > availHeight
        if self._flows:  # taller than the page: the frame splits it into its content
            self.width, self.height = availWidth, height
            return self.width, self.height
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):  # noqa: N803
        return list(self._content) if self._flows else super().split(availWidth, availHeight)


class ElasticPage(Flowable):
    """A page of its own (the cover) whose blank spaces give way: where the content passes the page, every
    :class:`~reportlab.platypus.Spacer` in it is shortened by the same share, down to nothing, so that the page keeps
    all of it (an anonymised cover with a firm, a logo and four questionnaires once left its fingerprint alone on a
    second page). Text is never set smaller; content taller than the page with no space left flows on.
    """

    def __init__(self, content: list[Flowable]):
        super().__init__()
        self._content = content
        self._heights = [(f, f.height) for f in content if isinstance(f, Spacer)]

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        for spacer, height in self._heights:
            spacer.height = height
        # measured as laid out: a KeepTogether asks its frame to split it whatever the room, so its content is measured
        measured = [g for f in self._content for g in (f._content if isinstance(f, KeepTogether) else [f])]
        natural = _stacked_height(measured, self.canv, availWidth)
        blank = sum(height for _, height in self._heights)
        excess = natural - availHeight + 1  # a point to spare: the frame's own rounding
        if excess > 0 and blank > 0:
            keep = max(0.0, 1 - excess / blank)
            for spacer, height in self._heights:
                spacer.height = height * keep
        self.width, self.height = availWidth, availHeight + 1  # always split: the frame lays the content out itself
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return list(self._content)


def _stacked_height(flowables: list[Flowable], canvas: Canvas, width: float) -> float:
    """The height of ``flowables`` one below the other, the space between two the larger of the after and the before."""
    total, after = 0.0, None
    for f in flowables:
        _, h = f.wrapOn(canvas, width, 0xFFFFFFF)
        if h <= 0:
            continue
        total += h if after is None else h + max(after, f.getSpaceBefore())
        after = f.getSpaceAfter()
    return total


TAIL_ROWS = 4  # a long table never leaves fewer rows than this alone at the top of a page


def keep_tail(rows: int, count: int = TAIL_ROWS) -> tuple:
    """The table command that keeps a table's last ``count`` rows (of ``rows``, header included) on one page.

    Without it, a table that just overflows leaves a row or two on a page of their own.
    """
    return ("NOSPLIT", (0, max(1, rows - count)), (-1, rows - 1))


def table_lead() -> Spacer:
    """Put between a heading (or its intro) and a long table: it ends the heading's keep-with-next group.

    reportlab keeps a heading with what follows it by grouping them; a group
    taller than the room left moves whole to the next page. The heading and its
    intro then stay together, and the table starts below them and splits (see
    :func:`room`, which leaves enough room for its first rows).
    """
    return Spacer(1, 1)


def build_pdf(out: BinaryIO, data: ReportData, story: list[Flowable], outline: Outline, progress: Progress | None = None) -> ReportDoc:
    """Lay ``story`` out into ``out``; the document tells the pages of the headings and the total."""
    doc = ReportDoc(out, data, outline, progress)
    doc.build(story, canvasmaker=doc.canvas_maker())
    return doc
