"""User-visible text in French (required) and English (optional).

Every text a questionnaire shows a user is a :class:`LocalText`. In a file it is
either a plain string, taken as French, or a mapping ``{fr: ..., en: ...}``.
Where the English text is missing, the French one is shown.
"""

from __future__ import annotations

from typing import Any

from bodiag.errors import InputError

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

# JSON Schema of a text as a file may write it (used by bodiag.domain.schema).
JSON_SCHEMA: dict[str, Any] = {
    "title": "LocalText",
    "description": "A text shown to users: a French string, or {fr, en}.",
    "anyOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "properties": {
                "fr": {"type": "string", "minLength": 1},
                "en": {"type": "string"},
            },
            "required": ["fr"],
            "additionalProperties": False,
        },
    ],
}


class LocalText:
    """An immutable French text with an optional English translation; a blank English text counts as missing."""

    __slots__ = ("fr", "en")
    fr: str
    en: str | None

    def __init__(self, fr: str, en: str | None = None):
        if not isinstance(fr, str):
            raise TypeError("French text must be a string")
        if not fr.strip():
            raise ValueError("French text is empty")
        if en is not None and not isinstance(en, str):
            raise TypeError("English text must be a string")
        object.__setattr__(self, "fr", fr)
        object.__setattr__(self, "en", en if en is not None and en.strip() else None)

    @classmethod
    def parse(cls, data: Any) -> LocalText:
        """A text as a file writes it: a French string or ``{fr, en}``; raises ValueError/TypeError saying why not."""
        if isinstance(data, str):
            return cls(data)
        if isinstance(data, LocalText):
            return data
        if isinstance(data, dict):
            unknown = [key for key in data if key not in LANGUAGES]
            if unknown:
                raise ValueError(f"unknown key '{unknown[0]}'")
            if "fr" not in data:
                raise ValueError("French text is required")
            return cls(data["fr"], data.get("en"))
        raise TypeError("expected a text: a string, or {fr, en}")

    def to_json(self) -> dict[str, str | None]:
        return {"fr": self.fr, "en": self.en}

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``lang``, falling back to French."""
        if lang == "en" and self.en:
            return self.en
        return self.fr

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"LocalText is immutable; cannot set '{name}'")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LocalText):
            return NotImplemented
        return self.fr == other.fr and self.en == other.en

    def __hash__(self) -> int:
        return hash((self.fr, self.en))

    def __repr__(self) -> str:
        return f"LocalText(fr={self.fr!r}, en={self.en!r})"

    def __str__(self) -> str:
        return self.fr

    def __reduce__(self) -> tuple[Any, ...]:
        return (LocalText, (self.fr, self.en))


def text(fr: str, en: str | None = None) -> LocalText:
    """Shorthand used by code that builds texts (profiles, defaults)."""
    return LocalText(fr=fr, en=en)


def is_blank(value: object) -> bool:
    """Whether a value given (typed, or read from a file or a cell) is empty: none, or only white space."""
    return value is None or (isinstance(value, str) and not value.strip())


def required_line(value: object, limit: int, *, missing: str, too_long: str) -> str:
    """A required one-line text such as a title: runs of white space as one space, ends trimmed; an
    :class:`InputError` saying ``missing`` when nothing is left, ``too_long`` past ``limit`` characters."""
    line = " ".join(str(value or "").split())
    if not line:
        raise InputError(missing)
    if len(line) > limit:
        raise InputError(too_long)
    return line
