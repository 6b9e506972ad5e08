"""The report's fonts (DejaVu, shipped in ``resources/fonts`` with their licence) and two reportlab fixes.

Every font is embedded (subset) in the PDF; no standard-14 font is ever used,
so accents, œ, €, « », narrow no-break spaces and most scripts render the same
on every reader's machine.

reportlab fixes, applied once with the fonts (both only change behaviour for
characters the report needs):

- *narrow no-break space*: reportlab's paragraph wrapping treats U+202F as a
  breaking space (and turns it into a plain space). French typography puts it
  before ``%``, ``;``, ``?``, ``!`` and between groups of digits: it must neither
  break nor vanish, exactly like U+00A0, which reportlab already keeps.
- *characters beyond U+FFFF* (emoji…): reportlab writes their ToUnicode entry as
  an odd-length hex string, so text extraction and copy-paste lose them; they are
  written as UTF-16 surrogate pairs, as the PDF specification says.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from bodiag.paths import resources_dir


@dataclass(frozen=True)
class Fonts:
    regular: str = "bodiag-Sans"
    bold: str = "bodiag-Sans-Bold"
    italic: str = "bodiag-Sans-Oblique"
    bold_italic: str = "bodiag-Sans-BoldOblique"
    condensed: str = "bodiag-SansCondensed"
    condensed_bold: str = "bodiag-SansCondensed-Bold"


FONTS = Fonts()
_FILES = {
    FONTS.regular: "DejaVuSans.ttf",
    FONTS.bold: "DejaVuSans-Bold.ttf",
    FONTS.italic: "DejaVuSans-Oblique.ttf",
    FONTS.bold_italic: "DejaVuSans-BoldOblique.ttf",
    FONTS.condensed: "DejaVuSansCondensed.ttf",
    FONTS.condensed_bold: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_ready = False


def register_fonts() -> Fonts:
    """Register the DejaVu fonts with reportlab (once per process, thread-safe) and apply the fixes."""
    global _ready
    with _lock:
        if not _ready:
            folder = resources_dir() / "fonts"
            for name, file in _FILES.items():
                path = folder / file
                if not path.is_file():
                    raise FileNotFoundError(f"font file missing: {path} (reinstall bodiag)")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            addMapping(FONTS.regular, 0, 0, FONTS.regular)
            addMapping(FONTS.regular, 1, 0, FONTS.bold)
            addMapping(FONTS.regular, 0, 1, FONTS.italic)
            addMapping(FONTS.regular, 1, 1, FONTS.bold_italic)
            addMapping(FONTS.condensed, 0, 0, FONTS.condensed)
            addMapping(FONTS.condensed, 1, 0, FONTS.condensed_bold)
            addMapping(FONTS.condensed, 0, 1, FONTS.condensed)
            addMapping(FONTS.condensed, 1, 1, FONTS.condensed_bold)
            _keep_narrow_no_break_space()
            _fix_to_unicode_beyond_bmp()
            _ready = True
    return FONTS


def has_glyph(font_name: str, char: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    return ord(char) in getattr(font.face, "charToGlyph", {})


# -- reportlab fixes -------------------------------------------------------------------

_NNBSP = "\u202f"


def _keep_narrow_no_break_space() -> None:
    if _NNBSP not in paragraph._wsc:
        return
    wsc = paragraph._wsc.replace(_NNBSP, "")
    paragraph._wsc = wsc
    paragraph._wsc_re_split = re.compile("[%s]+" % re.escape(wsc)).split
    paragraph._wsc_end_search = re.compile("[%s]+$" % re.escape(wsc)).search
    original = paragraph.split

    def split(text, delim=None):  # noqa: ANN001, ANN202 - reportlab's signature
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if delim is None and _NNBSP in text:
            return [word for word in paragraph._wsc_re_split(text) if word]  # as str.split(): no empty words
        return original(text, delim)

    paragraph.split = split


def _fix_to_unicode_beyond_bmp() -> None:
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_bodiag_fixed", False):
        return

    def utf16_hex(code: int) -> str:
        if code <= 0xFFFF:
            return "%04X" % code
        code -= 0x10000
        return "%04X%04X" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))

    def make_to_unicode_cmap(fontname, subset):  # noqa: ANN001, ANN202 - reportlab's signature
        text = original(fontname, subset)
        if all(v <= 0xFFFF for v in subset):
            return text
        lines = text.split("\n")
        start = lines.index("%d beginbfchar" % len(subset)) + 1
        for i, v in enumerate(subset):
            lines[start + i] = "<%02X> <%s>" % (i, utf16_hex(v))
        return "\n".join(lines)

    make_to_unicode_cmap._bodiag_fixed = True
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
