"""Making the report faster without changing a byte of it: reading the report's markup, and reportlab's slow paths.

**Reading paragraphs.** reportlab reads a paragraph's markup with an
``HTMLParser`` and turns it into fragments (one per run of text in one style);
with thousands of paragraphs, that is most of the time spent composing the
report. The report's own markup is a small language — text, the entities
:func:`~bodiag.report.markup.esc` writes, ``<b>``, ``<font color= name= size=>``
and ``<br/>`` — which :func:`fragments` reads with one regular expression and
turns into the very fragments reportlab's parser makes, step for step (the
same attribute converters, the same copies). Anything else (``None``) goes
through reportlab's parser. :func:`fragments` checks itself against reportlab's
parser once per process, on samples of every construct, and stands aside if
they ever differ (another reportlab version).

**reportlab's pure-Python paths.** Without its optional C accelerator,
reportlab measures text, writes every number and encodes every stream in pure
Python. While a report is made, :func:`accelerated` puts equivalent faster
functions in their place — a text's width summed in C and memoised, like the
font metrics, a text's font subsets and its PDF escaping (each a pure function
once the document is given); numbers memoised; ASCII-85 by the standard
library — each giving exactly what the original gives (the tests check it,
and that the report's bytes are the same), and puts the originals back
afterwards. It also pauses the cyclic garbage collector meanwhile.
"""

from __future__ import annotations

import base64
import gc
import html
import itertools
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab.lib import rl_accel
from reportlab.lib.colors import toColor
from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfgen import canvas, pathobject, textobject
from reportlab.platypus import flowables, paragraph, paraparser, tables

from bodiag.report.fonts import FONTS

# -- reading the report's markup ---------------------------------------------------------------

_MARKUP = re.compile(
    r"""<(/?)(b|font|br)((?:\s+[a-z]+\s*=\s*(?:'[^'<>]*'|"[^"<>]*"))*)\s*(/?)>|&(amp|lt|gt);|[^<&]+"""
)
_ATTRIBUTE = re.compile(r"""([a-z]+)\s*=\s*(?:'([^']*)'|"([^"]*)")""")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_COLORS: dict[str, object] = {}


def markup_tree(text: str) -> tuple | None:
    """``text`` as a tree ``(tag, attributes, children)`` under ``para``, or None if it is not the report's markup.

    Cut as reportlab's ``HTMLParser`` cuts it: each run of text between tags and
    entities is one piece, each entity another; attribute values unescaped. A
    stray ``<`` or ``&``, another tag or unbalanced tags give None.
    """
    root: tuple = ("para", {}, [])
    stack = [root]
    position = 0
    for match in _MARKUP.finditer(text):
        if match.start() != position:
            return None
        position = match.end()
        closing, tag, attributes, self_closing, entity = match.groups()
        if tag is None:
            stack[-1][2].append(_ENTITIES[entity] if entity else match.group(0))
        elif closing:
            if attributes or self_closing or len(stack) == 1 or stack[-1][0] != tag:
                return None
            stack.pop()
        elif (tag == "br") != bool(self_closing):  # <br/> only, never <b/> or <font/>
            return None
        else:
            values = {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
                      for m in _ATTRIBUTE.finditer(attributes)}
            node = (tag, values, None if self_closing else [])
            stack[-1][2].append(node)
            if not self_closing:
                stack.append(node)
    if position != len(text) or len(stack) != 1:
        return None
    return root


def _copy(frag: paraparser.ParaFrag) -> paraparser.ParaFrag:
    """What ``copy.copy`` makes of a fragment (a new object with the same attributes, in the same order), faster."""
    new = paraparser.ParaFrag.__new__(paraparser.ParaFrag)
    new.__dict__.update(frag.__dict__)
    return new


def _color(value: str):  # noqa: ANN202
    found = _COLORS.get(value)
    if found is None:
        found = _COLORS[value] = toColor(value)
    return found


def _font_attributes(attributes: dict[str, str]) -> dict | None:
    """``ParaParser.start_font``'s reading of the attributes; None for any it would not read the plain way."""
    out = {}
    for name, value in attributes.items():
        entry = paraparser._spanAttrMap.get(name)
        if entry is None or isinstance(entry[1], paraparser._ExValidate) or entry[0] == "style":
            return None
        key, convert = entry
        out[key] = _color(value) if convert is toColor else (convert(value) if convert is not None else value)
    if "fontName" in out:
        out["fontName"], out["bold"], out["italic"] = paraparser.ps2tt(out["fontName"])
    return out


def _data(out: list, top: paraparser.ParaFrag, text: str) -> None:
    """``ParaParser.handle_data``: a copy of the current fragment holding ``text``."""
    frag = _copy(top)
    frag.fontName = paraparser.tt2ps(frag.fontName, frag.bold, frag.italic)
    frag.text = text
    out.append(frag)


def _walk(out: list, node: tuple, top: paraparser.ParaFrag) -> bool:
    """The children of ``node`` as ``ParaParser``'s start and end handlers take them; False for anything unexpected."""
    for child in node[2]:
        if isinstance(child, str):
            _data(out, top, child)
            continue
        tag, attributes, _ = child
        frag = _copy(top)  # ParaParser._push
        frag.__tag__ = tag
        if tag == "b":
            paraparser._applyAttributes(frag, {"bold": 1})
        elif tag == "font":
            values = _font_attributes(attributes)
            if values is None:
                return False
            paraparser._applyAttributes(frag, values)
        else:  # <br/>: start_br, then end_br
            if attributes:
                return False
            paraparser._applyAttributes(frag, {"_selfClosingTag": "br", "lineBreak": True, "text": ""})
            del frag._selfClosingTag
            _data(out, frag, "")
            continue
        if not _walk(out, child, frag):
            return False
    return True


def _build(tree: tuple, style) -> list | None:  # noqa: ANN001
    """The fragments ``ParaParser.tt_parse(tree, style)`` makes, made the same way without the parser's machinery.

    Plain functions, no closures: a paragraph's reading leaves no reference cycle for the garbage collector.
    """
    base = paraparser.ParaFrag()  # ParaParser._initial_frag, then start_para
    base.rise = 0
    base.greek = 0
    base.link = []
    base.fontName, base.bold, base.italic = paraparser.ps2tt(style.fontName)
    base.fontSize = style.fontSize
    base.textColor = style.textColor
    base.us_lines = []
    base.__tag__ = "para"
    out: list = []
    return out if _walk(out, tree, base) else None


def _reportlab_fragments(text: str, style) -> list | None:  # noqa: ANN001
    parser = paraparser.ParaParser()
    parser.caseSensitive = 1
    _, frags, bullets = parser.parse(paragraph.cleanBlockQuotedText(text), style)
    return None if bullets else frags


def _same(mine: list | None, theirs: list | None) -> bool:
    if mine is None or theirs is None:
        return False
    return [list(f.__dict__.items()) for f in mine] == [list(f.__dict__.items()) for f in theirs]


_SAMPLES = (
    "plain text, « quoted »\u202f? 12\u00a0%",
    "a &amp; b &lt;c&gt; <b>bold</b> tail",
    "<font color='#5f6b7a'>muted <b>both</b></font> then<br/>next line<br/>",
    "<font name='{font}' size='7' color='#8a96a3'>id</font> <b></b><font color=\"#E69F00\">■</font>",
    "<b>x <font size='9.5'>y</font> <font name='{font}'>z</font></b>",
)
_checked: bool | None = None
_lock = threading.Lock()


def _self_check(style) -> bool:  # noqa: ANN001
    """Whether :func:`_build` makes what reportlab's parser makes, on a sample of every construct (once per process)."""
    global _checked
    with _lock:
        if _checked is None:
            samples = [s.format(font=FONTS.condensed) for s in _SAMPLES]
            try:
                _checked = all(_same(_build(markup_tree(s), style), _reportlab_fragments(s, style)) for s in samples)
            except Exception:  # noqa: BLE001 - any surprise: reportlab's parser reads everything
                _checked = False
        return _checked


def fragments(text: str, style) -> tuple[str, list] | None:  # noqa: ANN001
    """``(cleaned text, fragments)`` of a paragraph of the report's markup, as reportlab's parser would make them; None otherwise."""
    cleaned = paragraph.cleanBlockQuotedText(text)
    tree = markup_tree(cleaned)
    if tree is None or not (_checked or _self_check(style)):
        return None
    frags = _build(tree, style)
    if frags is None:
        return None
    paragraph.textTransformFrags(frags, style)
    return cleaned, frags


# -- reportlab's pure-Python paths, while a report is laid out -------------------------------------

_FP_MODULES = (rl_accel, canvas, pathobject, textobject, pdfdoc, flowables, tables, ttfonts)
_active = 0
_saved: dict = {}


def _fast_functions() -> dict:
    """The replacements, each with a memo that lives as long as one acceleration."""
    fp_str = _saved["fp_str"]
    a85 = _saved["a85"]
    widths: dict = {}
    numbers: dict = {}

    def string_width(self, text, size, encoding="utf8"):  # noqa: ANN001, ANN202 - TTFont.stringWidth
        key = (self.fontName, text, size)
        try:
            return widths[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable size: not memoised
            return _saved["string_width"](self, text, size, encoding)
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        face = self.face
        # the same sum, in the same order, as reportlab's _py_instanceStringWidthTTF
        width = widths[key] = 0.001 * size * sum(map(face.charWidths.get, map(ord, text), itertools.repeat(face.defaultWidth)))
        return width

    def fast_fp_str(*values):  # noqa: ANN202
        try:
            return numbers[values]
        except KeyError:
            text = numbers[values] = fp_str(*values)
            return text
        except TypeError:  # a list: not memoised
            return fp_str(*values)

    def ascii85(data):  # noqa: ANN001, ANN202
        if not isinstance(data, (bytes, bytearray)):
            return a85(data)
        return base64.a85encode(bytes(data)).decode("latin-1") + "~>"

    split_string = _saved["split_string"]
    get_font = paragraph.getFont
    escape = _saved["escape"]
    pieces: dict = {}
    measured: dict = {}
    escaped: dict = {}

    def fast_split_string(self, text, doc, encoding="utf-8"):  # noqa: ANN001, ANN202 - TTFont.splitString
        # the first call assigns the characters' codes in the document's subsets; later calls find them assigned
        key = (self, doc, text)
        try:
            return pieces[key]
        except KeyError:
            found = pieces[key] = split_string(self, text, doc, encoding)
            return found
        except TypeError:
            return split_string(self, text, doc, encoding)

    def paragraph_width(text, fontName, fontSize, encoding="utf8"):  # noqa: ANN001, ANN202, N803 - pdfmetrics.stringWidth
        key = (text, fontName, fontSize, encoding)
        try:
            return measured[key]
        except KeyError:
            width = measured[key] = get_font(fontName).stringWidth(text, fontSize, encoding)
            return width
        except TypeError:
            return get_font(fontName).stringWidth(text, fontSize, encoding)

    def fast_escape(text):  # noqa: ANN001, ANN202 - escapePDF
        try:
            return escaped[text]
        except KeyError:
            found = escaped[text] = escape(text)
            return found
        except TypeError:
            return escape(text)

    ascent_descent = _saved["ascent_descent"]
    extents: dict = {}

    def fast_ascent_descent(fontName, fontSize=None):  # noqa: ANN001, ANN202, N803 - pdfmetrics.getAscentDescent
        key = (fontName, fontSize)
        try:
            return extents[key]
        except KeyError:
            found = extents[key] = ascent_descent(fontName, fontSize)
            return found
        except TypeError:
            return ascent_descent(fontName, fontSize)

    return {"string_width": string_width, "fp_str": fast_fp_str, "a85": ascii85, "split_string": fast_split_string,
            "paragraph_width": paragraph_width, "escape": fast_escape, "ascent_descent": fast_ascent_descent}


def _install(functions: dict) -> None:
    ttfonts.TTFont.stringWidth = functions["string_width"]
    ttfonts.TTFont.splitString = functions["split_string"]
    paragraph.stringWidth = functions["paragraph_width"]
    paragraph.getAscentDescent = functions["ascent_descent"]
    canvas.escapePDF = functions["escape"]
    for module in _FP_MODULES:
        if getattr(module, "fp_str", None) is _saved["fp_str"]:
            module.fp_str = functions["fp_str"]
    pdfdoc.asciiBase85Encode = functions["a85"]


def _restore() -> None:
    ttfonts.TTFont.stringWidth = _saved["string_width"]
    ttfonts.TTFont.splitString = _saved["split_string"]
    paragraph.stringWidth = _saved["paragraph_width"]
    paragraph.getAscentDescent = _saved["ascent_descent"]
    canvas.escapePDF = _saved["escape"]
    for module in _FP_MODULES:
        if getattr(module, "fp_str", None) is _saved["installed_fp_str"]:
            module.fp_str = _saved["fp_str"]
    pdfdoc.asciiBase85Encode = _saved["a85"]


@contextmanager
def accelerated() -> Iterator[None]:
    """reportlab's pure-Python text measuring, number writing and encoding replaced by faster equivalents, and the
    cyclic garbage collector paused, for the time of a report.

    With reportlab's C accelerator installed, its own functions are kept (they
    are fast already). Re-entrant and thread-safe: reportlab's functions, and
    the collector as it was, come back when the last acceleration ends.
    """
    global _active
    with _lock:
        if _active == 0:
            # The layout makes and drops a great many small objects, nearly all freed as soon as dropped:
            # the cyclic garbage collector's passes over them are a tenth of the time. It waits till the end.
            _saved["gc"] = gc.isenabled()
            gc.disable()
        if _active == 0 and not rl_accel._c_funcs:  # without reportlab's C accelerator
            _saved.update(string_width=ttfonts.TTFont.stringWidth, fp_str=rl_accel.fp_str, a85=pdfdoc.asciiBase85Encode,
                          split_string=ttfonts.TTFont.splitString, paragraph_width=paragraph.stringWidth,
                          ascent_descent=paragraph.getAscentDescent, escape=canvas.escapePDF)
            functions = _fast_functions()
            _saved["installed_fp_str"] = functions["fp_str"]
            _install(functions)
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                if "installed_fp_str" in _saved:
                    _restore()
                if _saved.get("gc"):
                    gc.enable()
                _saved.clear()


def check_equivalence(samples: int = 2000, seed: int = 7) -> None:
    """Raise AssertionError if a replacement ever differs from reportlab's function (used by the tests)."""
    import random

    from reportlab.pdfbase import pdfmetrics

    rng = random.Random(seed)
    fp_str, a85 = rl_accel.fp_str, pdfdoc.asciiBase85Encode
    widths = {}
    fonts = [pdfmetrics.getFont(name) for name in pdfmetrics.getRegisteredFontNames() if isinstance(pdfmetrics.getFont(name), ttfonts.TTFont)]
    words = ["", "a", "Élan", "n’est-ce\u202fpas\u00a0?", "😀 ☺", "Ω≈ç√∫", "1 234,56 €"]
    for font in fonts:
        for word in words:
            widths[(font.fontName, word)] = [font.stringWidth(word, size) for size in (7, 8.4, 9.2, 21)]
    cases = [tuple(rng.choice([rng.uniform(-1e4, 1e4), rng.uniform(-1, 1), rng.randint(-500, 500), 0, 1e-9, 0.5])
                   for _ in range(rng.randint(1, 6))) for _ in range(samples)]
    expected_numbers = [fp_str(*case) for case in cases]
    blobs = [bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40))) + b"\0" * rng.randint(0, 9) for _ in range(200)]
    expected_blobs = [a85(blob) for blob in blobs]
    with accelerated():
        for font in fonts:
            for word in words:
                assert [font.stringWidth(word, size) for size in (7, 8.4, 9.2, 21)] == widths[(font.fontName, word)], word
        assert [pdfdoc.fp_str(*case) for case in cases] == expected_numbers
        assert [canvas.fp_str(*case) for case in cases] == expected_numbers  # memoised the second time round
        assert [pdfdoc.asciiBase85Encode(blob) for blob in blobs] == expected_blobs

