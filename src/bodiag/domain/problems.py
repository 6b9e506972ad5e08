"""A problem found in a file, located by line, column and path inside the data."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec


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
        return f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}"
