"""Reading CSV strictly, with the line where each record starts: what both CSV imports share."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from bodiag.errors import InputError


def delimiter_of(text: str, *, ties: str = ",") -> str:
    """``;`` (Excel in French) or ``,``, from the header line; ``ties`` when both appear as often."""
    first = text.split("\n", 1)[0]
    semicolons, commas = first.count(";"), first.count(",")
    return ";" if semicolons > commas or (semicolons == commas and ties == ";") else ","


def records(path: Path, text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) for every record of ``text``, numbered as a spreadsheet shows them (1 = the header).

    Read strictly: a quote opened and never closed is an error that names the row
    where it opened, instead of the rest of the file being swallowed into one cell.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    row = 0
    while True:
        row += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            hint = " (a quote opened there is never closed)" if "end of data" in str(exc) else ""
            raise InputError(f"{path}: row {row}: {exc}{hint}") from None
        yield row, record
