"""Text that must stay text in a spreadsheet: what users typed is never run as a formula.

A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return may
be taken for a formula by spreadsheet software opening a CSV or XLSX file (CSV
injection). Such text is written with a leading apostrophe, and read back
without it, so that the round trip is exact.
"""

from __future__ import annotations

RISKY = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(text: str) -> bool:
    return text.startswith(RISKY) or (text.startswith("'") and _needs_guard(text[1:]))


def guard(text: str) -> str:
    """``text`` as a spreadsheet cell that is never a formula: a leading apostrophe when it could be read as one."""
    return "'" + text if _needs_guard(text) else text


def unguard(text: str) -> str:
    """The inverse of :func:`guard`."""
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text
