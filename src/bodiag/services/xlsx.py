"""Spreadsheets (``.xlsx``) read and written safely, for answers and questionnaires.

Reading treats the file as untrusted: a cap on its size and on what it unpacks
to, openpyxl's read-only mode, values only (a formula gives the value it last
computed and is never evaluated), and a cap on rows and columns. Writing makes
every text a text cell, even one that starts with ``=`` (never a formula), and
writes the file beside its target before renaming it over the target.

openpyxl is imported inside the functions: neither the command line nor the
desktop app loads it until a spreadsheet is read or written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import math
import os
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bodiag.domain.text import is_blank
from bodiag.errors import InputError, WriteError
from bodiag.file_safety import describe_os_error, open_for_reading, write_atomically
from bodiag.storage.document import writable

MAX_XLSX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 64
MAX_CELL_CHARS = 32_767  # what a spreadsheet cell holds
HEADER_FILL = "DDE4EE"


# -- reading ------------------------------------------------------------------------------


@contextlib.contextmanager
def _checked_archive(path: Path) -> Iterator[Any]:
    """``path`` opened (a regular file, or refused at once), its size and zip directory checked."""
    try:
        handle = open_for_reading(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({describe_os_error(exc)})") from None
    with handle:
        _check_archive(path, handle)
        handle.seek(0)
        yield handle


def _check_archive(path: Path, handle: Any) -> None:
    size = os.fstat(handle.fileno()).st_size
    if size > MAX_XLSX_BYTES:
        raise InputError(f"{path}: larger than {MAX_XLSX_BYTES // (1024 * 1024)} MiB")
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"{path}: not an .xlsx spreadsheet (save it as 'Excel workbook (.xlsx)')") from None
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        raise InputError(f"{path}: not an .xlsx spreadsheet (no workbook inside)")
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise InputError(f"{path}: unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB: refused")


@contextlib.contextmanager
def read_workbook(path: Path) -> Iterator[Any]:
    """An openpyxl workbook in read-only, values-only mode, closed afterwards."""
    import openpyxl

    # openpyxl warns of every Excel extension it skips: not the user's concern
    with _checked_archive(path) as handle, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # noqa: BLE001 - any parser failure means an unreadable file
            raise InputError(f"{path}: not a readable .xlsx spreadsheet ({type(exc).__name__})") from None
        try:
            yield workbook
        finally:
            workbook.close()


def sheet_rows(sheet: Any, path: Path, max_rows: int | None = None) -> Iterator[tuple[int, tuple]]:
    """(row number as the spreadsheet shows it, values) for every row, blank ones included."""
    max_rows = MAX_ROWS if max_rows is None else max_rows
    rows = sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True)
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - malformed sheet XML surfaces while iterating
            raise InputError(f"{path}: sheet '{sheet.title}' cannot be read ({type(exc).__name__})") from None
        number += 1
        if number > max_rows:
            raise InputError(f"{path}: sheet '{sheet.title}' has more than {max_rows} rows: refused")
        yield number, tuple(values)


def format_number(value: float | int) -> str:
    """A number as a person would type it: ``3``, not ``3.0``."""
    if isinstance(value, float) and value.is_integer() and math.isfinite(value):
        return str(int(value))
    return str(value)


def cell_text(value: Any) -> str | None:
    """A cell's value as text (numbers without a useless ``.0``); ``None`` when blank."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def header_key(value: Any) -> str:
    """A header cell folded for comparison: case, accents kept, apostrophes and spaces normalised."""
    text = cell_text(value) or ""
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split()).casefold()


# -- writing ------------------------------------------------------------------------------


def new_workbook() -> Any:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    return workbook


def add_table(workbook: Any, title: str, columns: Sequence[tuple[str, float]]) -> Any:
    """A sheet with a bold, frozen, filtered header row and the given column widths."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    bold, fill = Font(bold=True), PatternFill("solid", start_color=HEADER_FILL)
    align = Alignment(vertical="top", wrap_text=True)
    for index, (header, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=header)
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = bold, fill, align
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    return sheet


def check_text(text: str, where: str) -> None:
    """Refuse a text a spreadsheet cannot hold, saying where it is."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if len(text) > MAX_CELL_CHARS:
        raise InputError(
            f"{where}: {len(text)} characters, more than a spreadsheet cell holds ({MAX_CELL_CHARS}): "
            "use CSV or JSON instead"
        )
    found = ILLEGAL_CHARACTERS_RE.search(text)
    if found:
        raise InputError(
            f"{where}: contains the control character U+{ord(found.group()):04X}, which a spreadsheet cannot hold"
        )


def append_row(sheet: Any, values: Sequence[Any], where: str, wrap: Sequence[bool] = ()) -> None:
    """Add a row; texts are text cells (``=…`` stays text), numbers are numbers."""
    from openpyxl.styles import Alignment

    top, wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    row = sheet.max_row + 1
    for index, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=index)  # created even when blank: the row is never skipped
        cell.alignment = wrapped if index <= len(wrap) and wrap[index - 1] else top
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            raise TypeError("booleans are written as words")
        if isinstance(value, str):
            check_text(value, where)
            cell.value = value
            cell.data_type = "s"  # never a formula, whatever the text starts with
        else:
            cell.value = int(value) if isinstance(value, float) and value.is_integer() else value


def add_choices(sheet: Any, column: int, choices: Sequence[str], rows: int) -> None:
    """A drop-down list of ``choices`` on a column (blank allowed), for the reviewer's convenience."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = get_column_letter(column)
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    validation.add(f"{letter}2:{letter}{max(rows, 2) + 200}")
    sheet.add_data_validation(validation)


def save_workbook(workbook: Any, path: Path) -> None:
    """Write ``workbook`` beside ``path`` then rename it: never a half-written file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"{path}: cannot be written: the folder {folder} does not exist")
    if not writable(folder):
        raise WriteError(f"{path}: cannot be written: the folder {folder} is read-only")
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())
