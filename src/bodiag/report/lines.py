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
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from bodiag.report.markup import clean, esc
from bodiag.report.styles import hex_of, rich

Run = tuple[str, str, float, Color]  # text, font, size, colour

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

    def __init__(self, runs: list[Run], leading: float, paragraph: Callable[[], Paragraph]):
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

    def draw(self, canvas: Canvas, x: float, baseline: float) -> None:
        canvas.saveState()
        text = canvas.beginText(x, baseline)
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

    Spaces before and after, keep-with-next come from ``style``, as for the paragraph.
    """

    def __init__(self, runs: list[Run], style: ParagraphStyle):
        super().__init__()
        self.style = style
        self.runs = Runs(runs, style.leading, lambda: rich(markup(runs, style), style))
        self._paragraph: Paragraph | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        style = self.style
        room = availWidth - style.leftIndent - style.rightIndent - style.firstLineIndent
        if self._paragraph is None and (style.alignment != TA_LEFT or not self.runs.fits(room)):
            self._paragraph = self.runs.paragraph()
        if self._paragraph is not None:
            self.width, self.height = self._paragraph.wrap(availWidth, availHeight)
        else:
            self.width, self.height = availWidth, self.runs.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self._paragraph is not None:
            return self._paragraph.split(availWidth, availHeight)
        return [self] if self.height <= availHeight else []  # one line: it cannot be cut

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
        else:  # where the paragraph's first baseline would be: one leading down, less the line's largest size
            self.runs.draw(self.canv, self.style.leftIndent + self.style.firstLineIndent, self.height - self.runs.size)
