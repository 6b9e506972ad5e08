"""Text as reportlab's paragraph markup shows it verbatim (pure Python, no reportlab).

reportlab's ``Paragraph`` reads a small XML-like markup: ``<img src=…>`` there
would read a local file, ``<a href=…>`` would make a link, and a stray ``<`` or
``&`` breaks the paragraph. Every text that is not the report's own markup
(organisation name, notes, free-text answers, and questionnaire texts too)
goes through :func:`esc` before it reaches a ``Paragraph``.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 control characters other than tab and line feed are invisible and some
# would break the PDF's text or reportlab's parser: dropped. Lone surrogates are
# not text: shown as U+FFFD.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NEWLINES = re.compile("\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
CHUNK = 2000  # characters per flowing paragraph of a long text


# any character clean() changes: the control characters (carriage return and the other newlines among them),
# the Unicode line and paragraph separators, the surrogates; most texts have none
_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def clean(text: str) -> str:
    """Newlines made uniform, invisible control characters dropped, lone surrogates shown as U+FFFD."""
    if _UNCLEAN.search(text) is None:
        return text
    text = _NEWLINES.sub("\n", text)
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def esc(text: str | None) -> str:
    """``text`` as paragraph markup that shows exactly ``text``: ``<``, ``>`` and ``&`` escaped, line breaks kept."""
    if not text:
        return ""
    text = clean(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """A long text cut into flowing paragraphs that a page break can fall between.

    Blank lines separate paragraphs; a paragraph longer than ``size`` is cut at
    the last whitespace before ``size`` (inside a word only when a single word is
    longer than ``size``). Joined back with whitespace, the pieces give the text.
    """
    text = clean(text).strip("\n")
    out: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        paragraph = paragraph.strip("\n")
        while len(paragraph) > size:
            cut = max(paragraph.rfind(" ", 0, size), paragraph.rfind("\n", 0, size))
            if cut <= size // 2:
                cut = size
            out.append(paragraph[:cut])
            paragraph = paragraph[cut:].lstrip(" \n")
        if paragraph.strip():
            out.append(paragraph)
    return out


_RUNS = re.compile(r"[ \t\n]+")


def one_line(text: str) -> str:
    """``text`` on one line: line breaks and runs of ordinary spaces become one space; no-break spaces stay."""
    return _RUNS.sub(" ", clean(text)).strip(" ")


def normalise_space(text: str) -> str:
    """Runs of whitespace as one space (how text compares once laid out and extracted)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def truncate(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary, with an ellipsis."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"
