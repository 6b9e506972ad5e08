"""A problem found in a file, located by line, column and path inside the data.

However large the file, what is told stays short: a quoted value longer than
:data:`MAX_ECHO` characters is cut (with its length said), and a list of
problems is told up to :data:`MAX_LISTED`, the rest counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import msgspec

MAX_ECHO = 60  # characters of a quoted value told back; longer ones are cut, with their length
MAX_LISTED = 100  # problems told one by one; the rest are counted
_LONG_QUOTE = re.compile("'([^'\n]{%d,})'" % (MAX_ECHO + 1))


def shorten(text: str) -> str:
    """``text`` with every quoted value longer than :data:`MAX_ECHO` cut: no megabyte id is echoed whole."""
    return _LONG_QUOTE.sub(lambda m: f"'{m[1][:MAX_ECHO]}…' ({len(m[1])} characters)", text)


def listed(problems: Iterable[object], limit: int = MAX_LISTED) -> Iterator[str]:
    """Each problem as text, the first ``limit`` of them, then a line that counts the rest."""
    count = 0
    for problem in problems:
        count += 1
        if count <= limit:
            yield str(problem)
    if count > limit:
        yield f"… and {count - limit} more problems, not listed"


PathPart = str | int


def format_path(parts: Sequence[PathPart]) -> str:
    """``('sections', 2, 'questions', 4, 'scale')`` → ``sections[2].questions[4].scale``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top)"


class Problem(msgspec.Struct, frozen=True, order=True):
    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {shorten(self.path)}: {shorten(self.message)}"
