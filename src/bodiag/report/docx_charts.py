"""The report's charts as PNG pictures for the Word copy, drawn with Pillow from the PDF's geometry.

The radar's shape comes from :class:`bodiag.domain.chart_geometry.RadarGeometry`,
as in the PDF and the app; the faces are the report's own (resources/fonts).
Each picture comes with its alternative text, the figures it shows in words;
the table beside it in the report gives them too.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from bodiag.domain import i18n
from bodiag.domain.chart_geometry import Point, RadarGeometry
from bodiag.paths import resources_dir
from bodiag.report.charts import ChartItem
from bodiag.report.markup import one_line

SCALE = 3  # pixels per point: sharp when printed
INK = (31, 41, 51)
MUTED = (95, 107, 122)
RULE = (213, 219, 225)
TARGET = (192, 57, 43)
BEFORE = (154, 160, 166)
DEFAULT_ACCENT = "#1f5f8b"


@lru_cache(maxsize=8)
def _font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansCondensed-Bold.ttf" if bold else "DejaVuSansCondensed.ttf"
    return ImageFont.truetype(str(resources_dir() / "fonts" / name), round(size * SCALE))


def _rgb(hex_code: str | None, default: str = DEFAULT_ACCENT) -> tuple[int, int, int]:
    code = (hex_code or default).lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: float, lines: int = 3) -> list[str]:
    words, out, current = one_line(text).split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1].rstrip(" .,;") + "…"
    return out


def _dashed(draw: ImageDraw.ImageDraw, points: list[Point], fill: tuple, width: int, dash: float = 10.0) -> None:
    for a, b in zip(points, points[1:] + points[:1]):
        length = ((b.x - a.x) ** 2 + (b.y - a.y) ** 2) ** 0.5
        steps = max(1, int(length // dash))
        for k in range(0, steps, 2):
            t0, t1 = k / steps, min(1.0, (k + 1) / steps)
            draw.line([(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0), (a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1)], fill=fill, width=width)


def radar_png(items: list[ChartItem], lang: str, accent: str = DEFAULT_ACCENT, *, evolution: bool = False,
              legend: tuple[str, str] | None = None) -> bytes:
    """The radar of the sections (the score filled, the target dashed; with ``evolution``, the scores then in grey);
    ``legend`` names the score and the target below the chart (« Aujourd’hui / Cible » for the target vision)."""
    width, height = 460 * SCALE, (346 if legend else 330) * SCALE
    image = Image.new("RGBA", (width, height), "white")
    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw, shade = ImageDraw.Draw(image), ImageDraw.Draw(overlay)
    g = RadarGeometry(len(items), Point(width / 2, height / 2 + 4 * SCALE), 112 * SCALE, y_down=True, label_gap=8 * SCALE)
    for ring in g.rings():
        draw.polygon([(p.x, p.y) for p in ring], outline=RULE, width=SCALE)
    for axis in g.axes:
        draw.line([(g.center.x, g.center.y), (axis.end.x, axis.end.y)], fill=RULE, width=SCALE)
    colour = _rgb(accent)
    if evolution:
        before = g.polygon([i.before for i in items])
        if len(before) >= 3:
            shade.polygon([(p.x, p.y) for p in before], fill=(*BEFORE, 60), outline=(*BEFORE, 255), width=2 * SCALE)
    else:
        _dashed(draw, g.polygon([i.target for i in items]), TARGET, 2 * SCALE)
    scores = g.polygon([i.score for i in items])
    if len(scores) >= 3:
        shade.polygon([(p.x, p.y) for p in scores], fill=(*colour, 50), outline=(*colour, 255), width=2 * SCALE)
    image = Image.alpha_composite(image, overlay)
    draw = ImageDraw.Draw(image)
    font, bold = _font(7.6), _font(7.6, bold=True)
    for item, axis in zip(items, g.axes):
        if item.score is not None:
            p = g.point(axis.index, item.score)
            r = 3 * SCALE
            draw.ellipse([p.x - r, p.y - r, p.x + r, p.y + r], fill=_rgb(item.color), outline=INK, width=1)
        lines = _wrap(draw, item.label, font, label_width(g, axis.index)) + [item.figure if item.figure is not None else i18n.score(item.score, lang)]
        leading = 9.2 * SCALE
        block = leading * len(lines)
        a = axis.label_anchor
        top = a.y - (block if axis.valign == "above" else 0 if axis.valign == "below" else block / 2)
        anchor = {"left": "la", "right": "ra", "center": "ma"}[axis.align]
        for n, line in enumerate(lines):
            draw.text((a.x, top + n * leading), line, fill=INK, font=bold if n == len(lines) - 1 else font, anchor=anchor)
    if legend:
        _legend(draw, legend, colour, width, height - 9 * SCALE)
    return _png(image.convert("RGB"))


def _legend(draw: ImageDraw.ImageDraw, names: tuple[str, str], colour: tuple[int, int, int], width: int, y: float) -> None:
    """A filled square before the score's name, a dashed stroke before the target's, centred on ``y``."""
    font = _font(7.4)
    score, target = names
    total = 14 * SCALE + draw.textlength(score, font=font) + 24 * SCALE + 18 * SCALE + draw.textlength(target, font=font)
    x = (width - total) / 2
    draw.rectangle([x, y - 3.5 * SCALE, x + 9 * SCALE, y + 3.5 * SCALE], fill=tuple(255 - (255 - c) * 3 // 10 for c in colour), outline=colour, width=SCALE)
    draw.text((x + 14 * SCALE, y), score, fill=MUTED, font=font, anchor="lm")
    x += 14 * SCALE + draw.textlength(score, font=font) + 24 * SCALE
    for k in range(0, 14, 6):
        draw.line([(x + k * SCALE, y), (x + min(14, k + 3.5) * SCALE, y)], fill=TARGET, width=int(1.5 * SCALE))
    draw.text((x + 18 * SCALE, y), target, fill=MUTED, font=font, anchor="lm")


def label_width(g: RadarGeometry, index: int, width: float = 110 * SCALE) -> float:
    """How wide axis ``index``'s label may be: one centred on the top or bottom axis stays between its
    neighbours' labels, which end (or start) at their own anchors; the others have ``width``."""
    axis = g.axes[index]
    if axis.align != "center" or g.count < 3:
        return width
    neighbours = (g.axes[index - 1].label_anchor.x, g.axes[(index + 1) % g.count].label_anchor.x)
    return max(48.0 * SCALE, min(width, 2 * min(abs(axis.label_anchor.x - x) for x in neighbours) - 8 * SCALE))


def bars_png(items: list[ChartItem], lang: str, accent: str = DEFAULT_ACCENT) -> bytes:
    """One bar per section in its band's colour, the target as a red tick, the score at the bar's end."""
    row, label_w, bar_w, pad = 19 * SCALE, 170 * SCALE, 240 * SCALE, 6 * SCALE
    width, height = label_w + bar_w + 50 * SCALE, row * len(items) + 2 * pad
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font, bold = _font(7.6), _font(7.6, bold=True)
    for n, item in enumerate(items):
        y = pad + n * row
        lines = _wrap(draw, item.label, font, label_w - 8 * SCALE, lines=2)
        for k, line in enumerate(lines):
            draw.text((0, y + row / 2 + (k - (len(lines) - 1) / 2) * 8.6 * SCALE), line, fill=INK, font=font, anchor="lm")
        x0, top, bottom = label_w, y + 4 * SCALE, y + row - 4 * SCALE
        draw.rectangle([x0, top, x0 + bar_w, bottom], fill=(245, 247, 249))
        if item.score is not None:
            draw.rectangle([x0, top, x0 + bar_w * max(0.0, min(100.0, item.score)) / 100, bottom], fill=_rgb(item.color, accent))
        if item.target is not None:
            tx = x0 + bar_w * item.target / 100
            draw.line([(tx, y + 2 * SCALE), (tx, y + row - 2 * SCALE)], fill=TARGET, width=2 * SCALE)
        draw.text((x0 + bar_w + 6 * SCALE, y + row / 2), i18n.score(item.score, lang), fill=INK, font=bold, anchor="lm")
    return _png(image)


def alt_text(items: list[ChartItem], lang: str, kind: str) -> str:
    """The chart in words: each section's score and target (``alt_radar``, ``alt_bars``) or then and now (``alt_evolution``)."""
    if kind == "alt_evolution":
        parts = [i18n.tr("alt_move", lang, title=i.label, before=i18n.score(i.before, lang), after=i18n.score(i.score, lang)) for i in items]
    else:
        parts = [
            i18n.tr("alt_item", lang, title=i.label, score=i18n.score(i.score, lang), target=i18n.plain(i.target, lang))
            if i.target is not None else i18n.tr("alt_item_no_target", lang, title=i.label, score=i18n.score(i.score, lang))
            for i in items
        ]
    return i18n.tr(kind, lang, items=i18n.list_separator(lang).join(parts))
