"""The deliverable's own records: the assessor's commentary, the report's sign-off, a workshop's attendance.

Commentary is plain text a consultant writes — paragraphs parted by a blank line,
bullet lists of lines that start with « - », « * » or « • » — never markup:
:func:`blocks` reads it the same way for every output (PDF, DOCX, the app).

Places of a commentary: the whole report (no assessment, part ``""``), a part of
the plan directeur (no assessment, part ``plan:<name>``), an assessment (its id,
part ``""``) or one of its sections (its id, the section's id).
"""

from __future__ import annotations

import re

import msgspec

MAX_COMMENTARY = 20_000  # characters: several pages of a report
PLAN_PARTS = ("synthesis", "vision", "scenarios", "roadmap", "governance")
STATUSES = ("draft", "final")
_BULLET = re.compile(r"^\s*[-*•]\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Commentary(msgspec.Struct, frozen=True):
    assessment_id: int | None
    part: str  # "" (the whole, or the assessment), a section id, or "plan:<part>"
    text: str
    author: str
    updated_at: str


class CommentaryChange(msgspec.Struct, frozen=True):
    old_text: str
    new_text: str
    author: str
    changed_at: str


class SignOffEvent(msgspec.Struct, frozen=True):
    event: str  # 'final' or 'reopened'
    version: int
    by_whom: str
    reason: str
    happened_at: str


class SignOff(msgspec.Struct, frozen=True):
    """The report's status: a draft, or a final version issued on a date, and who signs it."""

    status: str = "draft"
    version: int = 1
    issued_on: str | None = None  # ISO date of the final version
    assessor: str = ""
    assessor_role: str = ""
    director: str = ""
    director_role: str = ""
    events: list[SignOffEvent] = msgspec.field(default_factory=list)

    @property
    def final(self) -> bool:
        return self.status == "final"


class Attendee(msgspec.Struct, frozen=True):
    id: int
    assessment_id: int
    name: str
    role: str
    organisation: str


class Session(msgspec.Struct, frozen=True):
    id: int
    assessment_id: int
    day: str  # ISO date
    place: str


class Block(msgspec.Struct, frozen=True):
    """A paragraph (``items`` of one text) or a bullet list (``bullets`` true, one item per bullet)."""

    items: list[str]
    bullets: bool = False


def plan_part(name: str) -> str:
    """The place of a commentary on a part of the plan directeur."""
    if name not in PLAN_PARTS:
        raise ValueError(f"not a part of the plan: {name!r} (one of {', '.join(PLAN_PARTS)})")
    return f"plan:{name}"


def clean(text: str) -> str:
    """A commentary as stored: line endings unified, trailing spaces and outer blank lines gone.

    Raises ValueError for text no person types (control characters) or too long.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        raise ValueError("a commentary is plain text: it cannot hold control characters")
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if len(text) > MAX_COMMENTARY:
        raise ValueError(f"a commentary holds at most {MAX_COMMENTARY:,} characters ({len(text):,} given)".replace(",", " "))
    return text


def blocks(text: str) -> list[Block]:
    """Paragraphs and bullet lists of a commentary, in order; the lines of a paragraph are joined by a space."""
    out: list[Block] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(Block([" ".join(paragraph)]))
            paragraph.clear()
        if bullets:
            out.append(Block(list(bullets), bullets=True))
            bullets.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            flush()
        elif _BULLET.match(line):
            if paragraph:
                flush()
            bullets.append(_BULLET.sub("", line).strip())
        elif bullets and line[:1].isspace():  # a bullet's text continued on an indented line
            bullets[-1] += " " + stripped
        else:
            if bullets:
                flush()
            paragraph.append(stripped)
    flush()
    return out
