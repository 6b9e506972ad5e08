"""Paragraphs of the report's markup, read by reportlab's parser once per report and style, and remembering their wrap.

A report lays out thousands of short paragraphs, many of them the same markup
(a level label, a score): the readings are kept for as long as the report's
styles live, a markup of one run of text is not read at all, and a paragraph
breaks its lines once per width. Everything here shows exactly what reportlab's
own ``Paragraph`` would (tests/report/test_speed.py).
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Callable
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag


class Para(Paragraph):
    """A paragraph that remembers its line breaks for the last width it was wrapped at.

    Layout asks a paragraph for its size many times at the same width
    (keep-together groups, table rows measured again at each page split); breaking
    the lines once instead of each time is most of the layout's speed.

    Same constructor as ``Paragraph``, which reportlab uses to rebuild the pieces of a split.
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        if availWidth == self._wrapped_width and availWidth > 0:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size

    def split(self, availWidth, availHeight):  # noqa: N803
        self._wrapped_width = None  # splitting re-breaks the lines: measure afresh afterwards
        return super().split(availWidth, availHeight)


# A report repeats many cells (level labels, scores, "Défini · score 50,0"): each markup is read once per
# report and style. Keyed by the style, which make_styles() makes anew for each report, so a reading
# lives as long as that report's styles and never outlasts the report.
_read: WeakKeyDictionary[ParagraphStyle, dict[str, tuple[str, list]]] = WeakKeyDictionary()
# Most paragraphs are one run of text, bare or in tags (« <b>…</b> »): reportlab reads such markup into one
# fragment, the style's (or the tags') with the text. The fragment of each shape of tags is read once per
# report and style (from a stand-in text) and copied with each text; None when a shape reads otherwise.
_shapes: WeakKeyDictionary[ParagraphStyle, dict[tuple[str, str], ParaFrag | None]] = WeakKeyDictionary()
read_lock = threading.Lock()

# tags, then a text with no markup, then the closing tags; the text between single spaces and no-break spaces only
_ONE_RUN = re.compile(r"((?:<[a-z]+(?: [a-z]+='[^'<>&]*')*>)*)([^<>&]+)((?:</[a-z]+>)*)")
_OPENING = re.compile(r"<([a-z]+)")
_SPACED = re.compile("[^\\S \u00a0\u202f]|\u200b|  ")


def parsed(markup: str, style: ParagraphStyle, kind: type[Para] = Para,
           line: Callable[[ParaFrag, ParagraphStyle], Flowable | None] | None = None) -> Flowable:
    """A paragraph (of ``kind``) of the report's own markup: every piece of outside text in it must already be escaped.

    ``line``, given the one fragment of a one-run markup, may return a flowable
    that stands for the paragraph (a line of plain text), or None for the paragraph.

    The markup is read by reportlab's parser the first time this report meets it
    in ``style``; later paragraphs start from copies of that reading's fragments.
    A markup of one run of text (bare, or in tags) is not read at all: its
    fragment is the one reportlab reads for that shape of tags, with its text.
    """
    with read_lock:
        readings = _read.setdefault(style, {})
        reading = readings.get(markup)
    if reading is None:
        one_run = _one_run(markup, style)
        if one_run is not None:
            text, frags = one_run
            if line is not None and len(frags) == 1:
                alone = line(frags[0], style)
                if alone is not None:
                    return alone
            return kind(text, style, frags=frags)
        paragraph = kind(markup, style)
        with read_lock:
            readings[markup] = (paragraph.text, [copy.copy(frag) for frag in paragraph.frags])
        return paragraph
    text, frags = reading
    return kind(text, style, frags=[copy.copy(frag) for frag in frags])


def _one_run(markup: str, style: ParagraphStyle) -> tuple[str, list] | None:
    """The text and fragments reportlab's parser makes of ``markup`` in ``style`` if it is one run of text, else None."""
    match = _ONE_RUN.fullmatch(markup)
    if match is None:
        return None
    opening, text, closing = match.groups()
    if opening or closing:
        if _SPACED.search(text) or text != text.strip(" ") or _OPENING.findall(opening)[::-1] != closing[2:-1].split("></"):
            return None  # spaces the parser would gather, or tags that do not close in order: let it read them
        cleaned = markup
    else:
        cleaned = text = cleanBlockQuotedText(markup)  # as Paragraph cleans its text before reading it
        if not text:
            return cleaned, []
    shape = (opening, closing)
    with read_lock:
        shapes = _shapes.setdefault(style, {})
        known = shape in shapes
        template = shapes.get(shape)
    if not known:
        frags = Paragraph(f"{opening}x{closing}", style).frags
        template = frags[0] if len(frags) == 1 and frags[0].text == "x" else None
        with read_lock:
            shapes[shape] = template
    if template is None:
        return None
    frag = copy.copy(template)
    frag.text = text
    return cleaned, [frag]


def hex_of(c) -> str:  # noqa: ANN001
    return c.hexval().replace("0x", "#")
