"""Find what identifies an organisation in what users typed, and put neutral words in its place.

A :class:`Hider` knows what to hide (the organisation's name, its people's
names, the sector, the city, the document's own terms), each with the neutral
words that replace it. It matches whole words whatever their case and accents
(« menuiserie » hides « Menuiserie », « MENUISERIÉ » and « menuiseries », not « menuisier »),
and keeps the tally of what it hid, by kind, for the report to say so.
:func:`hide_everywhere` applies it to every text of a read model (msgspec
structures, lists, dicts' values), leaving identifiers and the questionnaires'
own texts alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

import msgspec

ORGANISATION, PERSON, SECTOR, CITY, TERM = "organisation", "person", "sector", "city", "term"
KINDS = (ORGANISATION, PERSON, SECTOR, CITY, TERM)
MIN_LENGTH = 3  # shorter texts are not searched for: « SA » or « Li » would hide half the words

# Fields that hold identifiers or codes, never what a user typed: hiding a word there would break a link.
_CODES = {"id", "uuid", "key", "status", "kind", "basis", "part", "mode", "snapshot", "color", "colour", "direction",
          "category", "wave", "event", "fingerprint", "source_hash", "band", "cadence", "horizon", "option", "items",
          "special", "role_id"}
# Modules whose structures are the questionnaires' own texts and the scores, not the organisation's.
_SKIPPED_MODULES = ("bodiag.domain.model", "bodiag.domain.results")


def _canonical(folded: str) -> str:
    """One key for a word and its plural: « menuiseries » and « menuiserie » hide each other."""
    return folded[:-1] if len(folded) > MIN_LENGTH and folded[-1] in "sx" else folded


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` in lower case without accents, and for each of its characters the index it comes from in ``text``."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        plain = "".join(c for c in unicodedata.normalize("NFKD", char.casefold()) if not unicodedata.combining(c))
        out.append(plain)
        origin.extend([index] * len(plain))
    return "".join(out), origin


class Hider:
    """Replace each known text, as a whole word whatever its case and accents, and count what was hidden."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, str, str]] = {}  # folded text -> (as given, replacement, kind)
        self._pattern: re.Pattern[str] | None = None
        self.passages: Counter[str] = Counter()  # by kind: how many passages were hidden
        self.found: dict[str, set[str]] = {kind: set() for kind in KINDS}  # by kind: which texts were met

    def add(self, text: str, replacement: str, kind: str, *, first: bool = True) -> None:
        """Hide ``text`` behind ``replacement``; with ``first`` False, an earlier entry of the same text wins."""
        text = " ".join((text or "").split())
        folded = fold(text)[0]
        if len(folded) < MIN_LENGTH or not re.search(r"\w", folded):
            return
        key = _canonical(folded)
        if first or key not in self._entries:
            self._entries[key] = (text, replacement, kind)
            self._pattern = None

    def extend(self, texts: Iterable[str], replacement: str, kind: str) -> None:
        for text in texts:
            self.add(text, replacement, kind, first=False)

    def _compiled(self) -> re.Pattern[str] | None:
        if self._pattern is None and self._entries:
            alternatives = sorted(self._entries, key=len, reverse=True)  # the longest first: « Jean Dupont » before « Dupont »
            body = "|".join(r"\s+".join(re.escape(w) for w in a.split(" ")) + "[sx]?" for a in alternatives)
            self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        return self._pattern

    def __call__(self, text: str) -> str:
        """``text`` with every known text replaced; the tally grows by what was found."""
        pattern = self._compiled()
        if not text or pattern is None:
            return text
        folded, origin = fold(text)
        pieces: list[str] = []
        last = 0
        for match in pattern.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):  # a decomposed accent goes with its letter
                end += 1
            given, replacement, kind = self._entries[_canonical(" ".join(match.group(0).split()))]
            gap = text[last:start]
            if pieces and pieces[-1] == replacement and not gap.strip():  # « Menuiseries Vasseur »: one neutral word
                pass
            else:
                pieces += [gap, replacement]
            last = end
            self.passages[kind] += 1
            self.found[kind].add(given)
        if not pieces:
            return text
        return "".join(pieces) + text[last:]


def _is_code(name: str) -> bool:
    return name in _CODES or name.endswith(("_id", "_ids", "uuid", "_key", "_at"))


def hide_everywhere(value: Any, hide: Hider) -> Any:
    """``value`` with every text a user could have typed passed through ``hide``: msgspec structures field by field
    (identifiers left alone), lists, tuples and dicts' values (their keys are identifiers)."""
    if isinstance(value, str):
        return hide(value)
    if isinstance(value, list):
        return [hide_everywhere(v, hide) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(hide_everywhere(v, hide) for v in value)
    if isinstance(value, dict):
        return {k: hide_everywhere(v, hide) for k, v in value.items()}
    if isinstance(value, msgspec.Struct):
        if type(value).__module__.startswith(_SKIPPED_MODULES):
            return value
        changes = {}
        for field in msgspec.structs.fields(value):
            if _is_code(field.name):
                continue
            old = getattr(value, field.name)
            new = hide_everywhere(old, hide)
            if new is not old and new != old:
                changes[field.name] = new
        return msgspec.structs.replace(value, **changes) if changes else value
    return value
