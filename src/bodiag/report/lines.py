"""Short texts drawn as one line of plain runs, without a paragraph, where they fit.

Many of the report's texts are a few words in two or three faces (an answer and
its score, a question and its id, a section's figures). reportlab reads, breaks
and draws such a paragraph word by word, face by face; measuring the runs and
drawing them in one text object costs a fraction of that. Where the runs do not
fit on the line with room to spare, or hold whitespace a paragraph would reflow,
the paragraph they stand for (the same runs as markup) is made and does the work.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from bodiag.report.markup import clean, esc
from bodiag.report.parsed import hex_of, parsed

Run = tuple[str, str, float, Color]  # text, font, size, colour
_ALIGNED = {TA_LEFT: 0.0, TA_CENTER: 0.5, TA_RIGHT: 1.0}  # the share of the line's free room left before a line of runs

# whitespace other than the space and the no-break spaces, and the soft hyphen: a paragraph turns them into breaks or spaces
_REFLOWED = re.compile("[^\\S \u00a0\u202f]|[\u200b\u00ad]")


def markup(runs: list[Run], style: ParagraphStyle) -> str:
    """The runs as the report's paragraph markup in ``style`` (each run's text escaped)."""
    out = []
    for text, font, size, colour in runs:
        if (font, size, colour) == (style.fontName, style.fontSize, style.textColor):
            out.append(esc(text))
        else:
            out.append(f"<font name='{font}' size='{size}' color='{hex_of(colour)}'>{esc(text)}</font>")
    return "".join(out)


class Runs:
    """Runs of plain text for one line, measured as a paragraph measures its words, and drawn in one text object."""

    SLACK = 2.0  # points left free on the line: within them, the paragraph's own rounding decides, not ours

    def __init__(self, runs: list[Run], leading: float, paragraph: Callable[[], Flowable]):
        self.runs = [(clean(text), font, size, colour) for text, font, size, colour in runs]
        self.leading = leading  # the paragraph's: the line's height
        self.paragraph = paragraph  # the same content as a paragraph, for where the runs do not fit
        line = "".join(text for text, *_ in self.runs)
        plain = line and line == line.strip(" ") and "  " not in line and not _REFLOWED.search(line)
        self.width = self._measure() if plain else math.inf
        self.size = max(size for _, _, size, _ in self.runs) if self.runs else 0

    def _measure(self) -> float:
        """The line's width; a space that starts a run is measured in the face of the word before it, as reportlab does."""
        width, before = 0.0, None
        for text, font, size, _ in self.runs:
            body = text.lstrip(" ")
            if before is not None:
                width += (len(text) - len(body)) * stringWidth(" ", *before)
            else:
                body = text
            width += stringWidth(body, font, size)
            before = (font, size)
        return width

    def fits(self, width: float) -> bool:
        return self.width + self.SLACK <= width

    def draw(self, canvas: Canvas, x: float, baseline: float, shift: float = 0.0) -> None:
        """The runs from ``x`` on the line at ``baseline``; ``shift`` moves them along within the text object,
        as a paragraph places an aligned line (so that extracted text reads the same)."""
        canvas.saveState()
        text = canvas.beginText(x, baseline)
        if abs(shift) > 1e-6:
            text.moveCursor(shift, 0)
        last = len(self.runs) - 1
        for index, (run, font, size, colour) in enumerate(self.runs):
            text.setFont(font, size)
            text.setFillColor(colour)
            if index < last:
                text.textOut(run)
            else:
                text.textLine(run)  # as a paragraph ends its line: text extraction ends the line there too
        canvas.drawText(text)
        canvas.restoreState()


class OneLine(Flowable):
    """A paragraph of ``style`` made of runs: one line of runs where they fit, the paragraph itself elsewhere.

    When the runs are a text in the style's own face followed by a short tail in
    another (a question and its id), and do not fit on one line, the text alone is
    broken into lines — a paragraph of one face breaks its lines many times faster
    than one mixing faces — and the tail drawn after its last line, where the mixed
    paragraph puts it too; where it would not (a tail too long for the last line,
    or at its edge, a word wider than the line), the mixed paragraph does the work. Spaces before and after, keep-with-next come from
    ``style``, as for the paragraph.
    """

    EDGE = 0.5  # points: a tail this close to the end of the line is left to the mixed paragraph's own sums

    def __init__(self, runs: list[Run], style: ParagraphStyle, paragraph: Callable[[], Flowable] | None = None):
        super().__init__()
        self.style = style
        # ``paragraph``: a faster equivalent of the mixed paragraph (a run-in lead), then used wherever the runs do not fit
        self.runs = Runs(runs, style.leading, paragraph or (lambda: parsed(markup(runs, style), style)))
        self._tails = paragraph is None
        self._paragraph: Paragraph | None = None
        self._lines: list[str] | None = None  # the text's lines, the tail after the last
        self._width: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        style = self.style
        if self._paragraph is None and availWidth != self._width:
            self._width, self._lines = availWidth, None
            room = availWidth - style.leftIndent - style.rightIndent
            if style.firstLineIndent or style.alignment not in _ALIGNED:
                self._paragraph = self.runs.paragraph()
            elif self.runs.fits(room):
                self.height = self.runs.leading
            elif style.alignment != TA_LEFT:
                self._paragraph = self.runs.paragraph()
            else:
                self._lines = self._tailed(room) if self._tails else None
                if self._lines is None:
                    self._paragraph = self.runs.paragraph()
        if self._paragraph is not None:
            self.width, self.height = self._paragraph.wrap(availWidth, availHeight)
        else:
            self.width = availWidth
        return self.width, self.height

    def _tailed(self, room: float) -> list[str] | None:
        """The text's lines, as the mixed paragraph lays them out with the tail after the last; None if it would not."""
        style = self.style
        *body, tail = self.runs.runs
        face = (style.fontName, style.fontSize, style.textColor)
        text = "".join(run for run, *_ in body)
        if (not body or math.isinf(self.runs.width) or any((f, s, c) != face for _, f, s, c in body) or tail[2] > style.fontSize
                or not text.endswith(" ") or not text.strip()):
            return None  # not a text in the style's face, then a space, then a tail no larger
        paragraph = parsed(esc(text[:-1]), style)
        if len(paragraph.frags) != 1:
            return None  # escaped characters make several fragments: the lines break otherwise
        _, height = paragraph.wrap(room + style.leftIndent + style.rightIndent, 1e9)
        lines = paragraph.blPara.lines
        size, font = style.fontSize, style.fontName
        if any(stringWidth(word, font, size) > room for _, words in lines for word in words):
            return None  # a word cut to fit: left to the mixed paragraph
        space = stringWidth(" ", font, size)
        tail_width = stringWidth(tail[0], tail[1], tail[2])
        extra, last = lines[-1]
        # the mixed paragraph takes the tail on the last line if it fits there, its spaces shrunk a little at most
        need = room - extra + space + tail_width
        limit = room + style.spaceShrinkage * len(last) * space
        if need > limit - self.EDGE:
            return None  # the tail on a line of its own (or nearly): left to the mixed paragraph, rare enough
        self.height = height
        return [" ".join(words) for _, words in lines]

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self._paragraph is None and self._lines is not None and self.height > availHeight:
            self._paragraph = self.runs.paragraph()  # cut across frames: as the mixed paragraph is
            self._lines = None
            self.wrap(availWidth, availHeight)
        if self._paragraph is not None:
            return self._paragraph.split(availWidth, availHeight)
        return [self] if self.height <= availHeight else []  # one line: it cannot be cut

    def draw(self) -> None:
        style = self.style
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
        elif self._lines is None:  # where the paragraph's first baseline would be: one leading down, less the line's largest size
            room = self.width - style.leftIndent - style.rightIndent
            self.runs.draw(self.canv, style.leftIndent, self.height - self.runs.size, _ALIGNED[style.alignment] * (room - self.runs.width))
        else:
            lines = self._lines
            tail, font, size, colour = self.runs.runs[-1]
            c = self.canv
            c.saveState()
            text = c.beginText(style.leftIndent, self.height - style.fontSize)
            text.setFont(style.fontName, style.fontSize, style.leading)
            text.setFillColor(style.textColor)
            for line in lines[:-1]:
                text.textLine(line)
            text.textOut(lines[-1] + " ")
            text.setFont(font, size, style.leading)
            text.setFillColor(colour)
            text.textLine(tail)
            c.drawText(text)
            c.restoreState()
