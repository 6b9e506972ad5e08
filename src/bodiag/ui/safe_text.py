"""User and questionnaire text shown by Qt exactly as typed, never as rich text.

Qt renders a tooltip, or a label in its default mode, as HTML when the text
merely looks like HTML, so ``<img src=…>`` in a note would load a local file.
Labels showing such text are set to plain text; tooltips go through
:func:`tooltip`, which makes them rich text whose every character is escaped.
"""

from __future__ import annotations

# What html.escape does, without importing the html package (and its table of entities) at start-up.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


def tooltip(text: str | None) -> str:
    if not text:
        return ""
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"
