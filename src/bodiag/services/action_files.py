"""The action plan to and from spreadsheets: CSV for French Excel, and XLSX.

Both carry the same French columns (:data:`HEADERS`). A CSV file is UTF-8 with a
byte-order mark, ``;``-separated, dates as JJ/MM/AAAA and costs with a decimal
comma; an XLSX file has real dates, costs as numbers in euros and drop-down lists
for the status and the effort.

The first column, ``N°``, is the action's own number, the one the roadmap names
it by (:attr:`~bodiag.domain.records.ActionRecord.number`); it is there to be
read, and importing ignores it: the ``Identifiant`` says which action a row is.

Importing reads the same files (French or English column names and labels; a
CSV saved by Excel in Windows-1252 too): a row whose ``Identifiant`` is an
action of the document updates it, a row without one creates an action. The
whole file is checked first: every bad row is reported as ``row N: reason`` and
nothing is written unless every row is good; then all of it is written in one
transaction. The roadmap's columns (wave, workload, milestone, depends on) go
with it: a dependency names an action by its ``Identifiant``, its number or its
title (a new row's title too), and one that would close a cycle is refused.
Text that a spreadsheet would take for a formula (``=``, ``+``,
``-``, ``@``…) is written with a leading apostrophe, which importing removes.
"""

from __future__ import annotations

import csv
import io
import os
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from bodiag.domain import i18n
from bodiag.domain.report_content import Hidden
from bodiag.domain.roadmap import WAVES, Planned
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL
from bodiag.errors import InputError
from bodiag.file_safety import guard, open_for_reading, read_at_most, unguard, write_atomically
from bodiag.services import action_plan, csv_rows, roadmap
from bodiag.services.action_plan import fold
from bodiag.services.answer_files import ImportRejected
from bodiag.services.diagnostic import Diagnostic
from bodiag.storage import actions as store
from bodiag.storage import roadmap as roadmap_store
from bodiag.storage.actions import ActionFields, ActionRecord
from bodiag.storage.assessments import AssessmentRecord
from bodiag.storage.document import describe_os_error

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_XLSX_UNPACKED = 200 * 1024 * 1024  # a workbook is a zip: refuse one that would unpack to more
MAX_ROWS = 10_000
MAX_COLUMNS = 64
SHEET_TITLE = "Plan d'action"
NOTICE_SHEET = "À lire"
KINDS = (".csv", ".xlsx")

# key, French header (written), other names accepted on import (compared without case or accents)
COLUMNS = (
    ("number", "N°", ("no.", "no", "number", "numero")),  # read, never imported
    ("uuid", "Identifiant", ("identifier", "id", "uuid")),
    ("title", "Titre", ("title", "action")),
    ("owner", "Responsable", ("owner", "responsible")),
    ("deadline", "Échéance", ("deadline", "due date", "due")),
    ("status", "Statut", ("status",)),
    ("cost", "Coût estimé (€)", ("estimated cost (€)", "estimated cost", "cost (€)", "cost", "cout", "cout (€)")),
    ("effort", "Effort", ()),
    ("question_ids", "Questions liées", ("linked questions", "questions")),
    ("notes", "Notes", ("note",)),
    ("wave", "Vague", ("wave",)),
    ("workload", "Charge (jours-personne)", ("workload (person-days)", "workload", "charge", "person-days",
                                             "jours-personne")),
    ("milestone", "Jalon", ("milestone",)),
    ("depends_on", "Dépend de", ("depends on", "dependencies", "dependances")),
)
ROADMAP_KEYS = ("wave", "workload", "milestone", "depends_on")
HEADERS = tuple(header for _, header, _ in COLUMNS)
WIDTHS = (6, 38, 48, 22, 13, 14, 17, 10, 26, 60, 12, 14, 30, 40)
_NAMES = {fold(name): key for key, header, others in COLUMNS for name in (header, *others)}
_COLUMN = {key: i for i, (key, _, _) in enumerate(COLUMNS, start=1)}  # a key's column in the sheet, from 1


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int


# -- export -----------------------------------------------------------------------------


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in KINDS:
        raise InputError(f"{path}: unknown file type (expected .csv or .xlsx)")
    return suffix


def _cost_text(cost: float | None) -> str:
    if cost is None:
        return ""
    text = repr(float(cost))
    return (text[:-2] if text.endswith(".0") else text).replace(".", ",")


def _fr(table: dict, key: str | None) -> str:
    return table[key].fr if key in table else (key or "")


def _wave_text(wave: str | None) -> str:
    return i18n.tr(f"rm_wave_{wave}", "fr") if wave else ""


def _roadmap_cells(a: ActionRecord, planned: Mapping[int, Planned]) -> tuple[str, float | None, str, str]:
    """Wave, stated workload, milestone and the identifiers of what the action depends on."""
    p = planned.get(a.id)
    if p is None:
        return "", None, "", ""
    uuids = {q.id: q.uuid for q in planned.values()}
    return _wave_text(p.wave), p.workload_days, p.milestone, ", ".join(uuids[d] for d in p.depends_on if d in uuids)


def csv_bytes(actions: list[ActionRecord], planned: Mapping[int, Planned] | None = None) -> bytes:
    planned = planned or {}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for a in actions:
        deadline = date.fromisoformat(a.deadline).strftime("%d/%m/%Y") if a.deadline else ""
        wave, workload, milestone, depends_on = _roadmap_cells(a, planned)
        writer.writerow([
            a.number, a.uuid, guard(a.title), guard(a.owner), deadline, _fr(ACTION_STATUS, a.status), _cost_text(a.cost),
            _fr(LEVEL, a.effort), ", ".join(a.question_ids), guard(a.notes), wave, _cost_text(workload), guard(milestone),
            depends_on,
        ])
    return out.getvalue().encode("utf-8-sig")


class Brand(msgspec.Struct, frozen=True):
    """A consultant's marks on the action list: the firm's name (properties, printed header) and the header's colour."""

    firm: str = ""
    accent: str | None = None  # "#rrggbb"


def _header_font_color(accent: str) -> str:
    """White on a dark accent, black on a light one (WCAG relative luminance)."""
    channels = [int(accent[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lum = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2]
    return "FFFFFF" if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) else "000000"


def xlsx_bytes(actions: list[ActionRecord], planned: Mapping[int, Planned] | None = None, brand: Brand | None = None,
               notices: Sequence[str] = ()) -> bytes:
    """The action list as a workbook; ``brand`` colours its header and names the firm, ``notices`` (what an anonymised
    list left out) go to a second sheet, so that the first one still imports."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    brand = brand or Brand()
    wb.properties.creator = brand.firm or "bodiag"
    top, wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    fill = PatternFill("solid", fgColor=brand.accent.lstrip("#").upper()) if brand.accent else None
    for column, (header, width) in enumerate(zip(HEADERS, WIDTHS), start=1):
        cell = ws.cell(row=1, column=column, value=header)
        cell.font = Font(bold=True, color=_header_font_color(brand.accent) if brand.accent else None)
        if fill is not None:
            cell.fill = fill
        ws.column_dimensions[get_column_letter(column)].width = width
    if brand.firm:
        ws.oddHeader.left.text = guard(ILLEGAL_CHARACTERS_RE.sub("", brand.firm)).replace("&", "&&")
        ws.oddHeader.right.text = "&D"
    for row, a in enumerate(actions, start=2):
        values = [
            a.number, a.uuid, a.title, a.owner, date.fromisoformat(a.deadline) if a.deadline else None,
            _fr(ACTION_STATUS, a.status), a.cost, _fr(LEVEL, a.effort) or None, ", ".join(a.question_ids), a.notes,
            *_roadmap_cells(a, planned or {}),
        ]
        for column, value in enumerate(values, start=1):
            if isinstance(value, str):
                value = guard(ILLEGAL_CHARACTERS_RE.sub("", value)) or None
            cell = ws.cell(row=row, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text
            cell.alignment = wrapped if column in (_COLUMN["title"], _COLUMN["notes"], _COLUMN["milestone"]) else top
        ws.cell(row=row, column=_COLUMN["deadline"]).number_format = "DD/MM/YYYY"
        ws.cell(row=row, column=_COLUMN["cost"]).number_format = '#,##0.00 "€"'
        ws.cell(row=row, column=_COLUMN["workload"]).number_format = "0.##"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(actions) + 1}"
    last = max(len(actions) + 1, 1000)  # rows typed into the sheet later get the drop-downs too
    waves = [_wave_text(w) for w in WAVES]
    for column, choices, title in ((_COLUMN["status"], [e.fr for e in ACTION_STATUS.values()], "Statut"),
                                   (_COLUMN["effort"], [e.fr for e in LEVEL.values()], "Effort"),
                                   (_COLUMN["wave"], waves, "Vague")):
        check = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True, showErrorMessage=True,
                               errorTitle=title, error=f"Choisissez dans la liste : {', '.join(choices)}.")
        letter = get_column_letter(column)
        check.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(check)
    if notices:
        about = wb.create_sheet(NOTICE_SHEET)
        about.column_dimensions["A"].width = 110
        for row, line in enumerate(notices, start=1):
            cell = about.cell(row=row, column=1, value=guard(ILLEGAL_CHARACTERS_RE.sub("", line)))
            cell.data_type = "s"
            cell.alignment = wrapped
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def export_actions(diagnostic: Diagnostic, path: str | Path, assessment: AssessmentRecord | None = None, *,
                   brand: Brand | None = None, anonymise: bool = False, without_notes: bool = False,
                   lang: str = "fr") -> int:
    """Write the plan (or one assessment's part of it) to ``path`` (.csv or .xlsx), atomically; return the count.

    ``anonymise`` gives the owners the report's neutral names and hides what identifies the organisation in every
    text (:mod:`.anonymising`); ``without_notes`` leaves the notes out; a workbook then says so on a second sheet.
    """
    path = Path(path)
    kind = _kind(path)
    actions = action_plan.list_actions(diagnostic, assessment)
    planned = {p.id: p for p in roadmap_store.planned(diagnostic.document)}
    notices: list[str] = []
    if without_notes:
        actions = [msgspec.structs.replace(a, notes="") for a in actions]
        notices.append(i18n.tr("without_notes_notice", lang))
    if anonymise:
        actions, planned, hidden = _anonymised(diagnostic, actions, planned, lang)
        notices[:0] = [i18n.tr("anonymised_notice", lang), hidden.sentence(lang)]
    content = csv_bytes(actions, planned) if kind == ".csv" else xlsx_bytes(actions, planned, brand, notices)
    write_atomically(path, content)
    return len(actions)


def _anonymised(diagnostic: Diagnostic, actions: list[ActionRecord], planned: Mapping[int, Planned],
                lang: str) -> tuple[list[ActionRecord], dict[int, Planned], Hidden]:
    """The actions with the neutral names and hidden words of the anonymised report of the same document."""
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services import anonymising, hidden_terms
    from bodiag.services.report_content import gather

    names = gather(diagnostic, options=ReportOptions(lang=lang, anonymise=True)).people
    hide = anonymising.hider(diagnostic.organisation, dict(names), hidden_terms.terms(diagnostic), lang)

    def owner(name: str) -> str:
        return names.get(name.strip()) or hide(name)

    actions = [msgspec.structs.replace(a, title=hide(a.title), owner=owner(a.owner), notes=hide(a.notes))
               for a in actions]
    planned = {key: msgspec.structs.replace(p, milestone=hide(p.milestone)) for key, p in planned.items()}
    return actions, planned, anonymising.summary(hide, names)


# -- reading files -------------------------------------------------------------------------

Row = tuple[int, dict[str, object]]  # spreadsheet row number (the header is row 1), values by column key


def _columns(path: Path, header: list[object]) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        key = _NAMES.get(fold(str(name or "")))
        if key is not None and key not in index:
            index[key] = i
    if "title" not in index:
        raise InputError(f"{path}: row 1 must name the columns, 'Titre' at least ({', '.join(HEADERS)})")
    return index


def _csv_rows(path: Path, raw: bytes) -> list[Row]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")  # "CSV (séparateur : point-virgule)" as Excel saves it
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a text file in UTF-8 or Windows-1252") from None
    lines = csv_rows.records(path, text, csv_rows.delimiter_of(text, ties=";"))
    header = next(lines, None)
    if header is None:
        raise InputError(f"{path}: the file is empty")
    index = _columns(path, header[1])
    rows: list[Row] = []
    for number, record in lines:
        if len(rows) >= MAX_ROWS:
            raise InputError(f"{path}: more than {MAX_ROWS} rows")
        if any(cell.strip() for cell in record):
            rows.append((number, {k: unguard(record[i]) if i < len(record) else "" for k, i in index.items()}))
    return rows


def _xlsx_value(cell: object) -> object:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f":
        return _Formula(str(value))
    return unguard(value) if isinstance(value, str) else value


class _Formula(str):
    """A cell holding a formula: refused, its value is not data bodiag can trust."""


def _xlsx_rows(path: Path) -> list[Row]:
    with open_for_reading(path) as handle:
        if os.fstat(handle.fileno()).st_size > MAX_IMPORT_BYTES:
            raise InputError(f"{path}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB")
        return _workbook_rows(path, handle)


def _workbook_rows(path: Path, handle: BinaryIO) -> list[Row]:
    try:
        with zipfile.ZipFile(handle) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise InputError(f"{path}: not an Excel workbook (.xlsx)") from None
    handle.seek(0)
    if unpacked > MAX_XLSX_UNPACKED:
        raise InputError(f"{path}: the workbook unpacks to more than {MAX_XLSX_UNPACKED // (1024 * 1024)} MiB")
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # extensions openpyxl does not read (Excel's own data validations…)
            book = load_workbook(handle, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise InputError(f"{path}: not a readable Excel workbook ({type(exc).__name__})") from None
    try:
        return _sheet_rows(path, book)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed sheet XML (an entity bomb…) surfaces while iterating
        raise InputError(f"{path}: not a readable Excel workbook ({type(exc).__name__})") from None
    finally:
        book.close()


def _sheet_rows(path: Path, book: Any) -> list[Row]:
    """The rows of the action plan's sheet (or the first), by column key."""
    sheet = book[SHEET_TITLE] if SHEET_TITLE in book.sheetnames else book.worksheets[0]
    rows: list[Row] = []
    lines = sheet.iter_rows(max_col=MAX_COLUMNS)
    header = next(lines, None)
    if header is None:
        raise InputError(f"{path}: the sheet '{sheet.title}' is empty")
    index = _columns(path, [_xlsx_value(cell) for cell in header])
    for number, line in enumerate(lines, start=2):
        values = {k: _xlsx_value(line[i]) if i < len(line) else None for k, i in index.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue
        if number > MAX_ROWS + 1:
            raise InputError(f"{path}: more than {MAX_ROWS} rows")
        rows.append((number, values))
    return rows


def read_rows(path: Path) -> list[Row]:
    """The non-empty rows of a CSV or XLSX file, by column key."""
    kind = _kind(path)
    try:
        if kind == ".xlsx":
            return _xlsx_rows(path)
        raw = read_at_most(path, MAX_IMPORT_BYTES)
        if len(raw) > MAX_IMPORT_BYTES:
            raise InputError(f"{path}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB")
        return _csv_rows(path, raw)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({describe_os_error(exc)})") from None


# -- import --------------------------------------------------------------------------------

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$")


def _deadline(value: object) -> object:
    """A cell's date as ``YYYY-MM-DD`` (an Excel date or serial number, JJ/MM/AAAA, AAAA-MM-JJ), or None."""
    if value is None or isinstance(value, (date, datetime)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        try:
            return from_excel(value)
        except (ValueError, OverflowError, TypeError):
            raise InputError(f"the deadline {value} is not a date") from None
    text = str(value).strip()
    if not text:
        return None
    match = _DAY_FIRST.match(text)
    parts = (match.group(3), match.group(2), match.group(1)) if match else None
    if parts is None and (match := _ISO.match(text)):
        parts = match.groups()
    try:
        if parts is None:
            raise ValueError
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise InputError(f"the deadline '{text}' is not a real date (JJ/MM/AAAA or AAAA-MM-JJ)") from None


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _row_changes(values: dict[str, object]) -> dict[str, object]:
    """A row's cells as changes for :func:`action_plan.check_changes` (an empty status: left as is); the roadmap's
    columns are read apart (:func:`_roadmap_changes`)."""
    changes: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, _Formula):
            header = next(header for k, header, _ in COLUMNS if k == key)
            raise InputError(f"column '{header}' holds a formula ({value[:40]}): type its value instead")
        if key in ("number", "uuid") or key in ROADMAP_KEYS or (key == "status" and not (_text(value) or "").strip()):
            continue
        changes[key] = _deadline(value) if key == "deadline" else value if key == "cost" else _text(value)
    return changes


def _roadmap_changes(diagnostic: Diagnostic, values: dict[str, object]) -> dict[str, object]:
    """A row's wave, workload and milestone, checked, in their stored form."""
    fields = {"wave": "wave", "workload": "workload", "milestone": "milestone"}
    return roadmap.check_fields(diagnostic, {fields[k]: values[k] if k == "workload" else _text(values[k])
                                             for k in fields if k in values})


@dataclass
class _Links:
    """Every row's dependencies, as written, resolved once every row is known."""

    rows: list[tuple[int, int, str]]  # row number, action id (negative: the n-th new row), the cell
    titles: dict[str, int]  # folded title → action id, the new rows' too

    def resolve(self, by_uuid: Mapping[str, ActionRecord], numbers: set[int]) -> tuple[dict[int, list[int]],
                                                                                    list[tuple[int, str]]]:
        needs: dict[int, list[int]] = {}
        problems: list[tuple[int, str]] = []
        for number, action_id, cell in self.rows:
            found = []
            for name in (n.strip() for n in re.split(r"[,;\n]+", cell) if n.strip()):
                key = by_uuid[name.lower()].id if name.lower() in by_uuid else int(name) if name.isdigit() and \
                    int(name) in numbers else self.titles.get(fold(name))
                if key is None:
                    problems.append((number, f"'{name}' in 'Dépend de' is not an action of the plan or of this file "
                                             "(give its Identifiant, number or title)"))
                    break
                found.append(key)
            else:
                needs[action_id] = found
        return needs, problems


def check_import(
    diagnostic: Diagnostic, path: Path, assessment: AssessmentRecord | None = None
) -> tuple[list[ActionFields], list[tuple[int, dict[str, object]]], dict[int, dict[str, object]], dict[int, list[int]]]:
    """Every row of ``path`` checked: the actions to create, the (id, changes) to apply, the roadmap changes and
    the dependencies (by action id; the n-th new action is ``-n``). Raises :class:`ImportRejected` listing every
    bad row; writes nothing."""
    rows = read_rows(path)
    if not rows:
        raise InputError(f"{path}: no actions to import")
    existing = action_plan.list_actions(diagnostic)
    by_uuid = {a.uuid: a for a in existing}
    problems: list[tuple[int, str]] = []
    new: list[tuple[int, ActionFields]] = []
    changes: list[tuple[int, dict[str, object]]] = []
    planned: dict[int, dict[str, object]] = {}
    links = _Links([], {fold(a.title): a.id for a in existing})
    seen: dict[str, int] = {}
    for number, values in rows:
        try:
            ident = str(_text(values.get("uuid")) or "").strip().lower()
            row = _row_changes(values)
            if not ident:
                row["assessment"] = assessment
                fields = action_plan.new_fields(action_plan.check_changes(diagnostic, row))
                action_id = -(len(new) + 1)
                new.append((number, fields))
                links.titles.setdefault(fold(fields.title), action_id)
            else:
                if ident in seen:
                    raise InputError(f"the action {ident} is already in row {seen[ident]}")
                current = by_uuid.get(ident)
                if current is None:
                    raise InputError(
                        f"no action '{ident}' in this document (leave 'Identifiant' empty to add a new action)"
                    )
                seen[ident] = number
                action_id = current.id
                changes.append((current.id, action_plan.check_changes(diagnostic, row, current)))
            planned[action_id] = _roadmap_changes(diagnostic, values)
            if "depends_on" in values:
                links.rows.append((number, action_id, _text(values["depends_on"]) or ""))
        except InputError as exc:
            problems.append((number, str(exc)))
    problems += _repeated_titles(by_uuid.values(), new, changes)
    needs, unknown = links.resolve(by_uuid, {a.id for a in existing})
    problems += unknown
    if not problems:
        cycle = roadmap.cycle_in(diagnostic, needs)
        if cycle is not None:
            row_of = {action_id: number for number, action_id, _ in links.rows}
            problems.append((row_of[cycle[0]], _cycle_in_file(row_of, roadmap.cycle_message(*cycle))))
    if problems:
        raise ImportRejected(path, [f"row {number}: {reason}" for number, reason in sorted(problems)])
    return [fields for _, fields in new], changes, planned, needs


def _cycle_in_file(row_of: Mapping[int, int], message: str) -> str:
    """A cycle's message, naming rows rather than the placeholder numbers of new actions."""
    for action_id, number in row_of.items():
        if action_id < 0:
            message = message.replace(f"action {action_id}", f"the action of row {number}")
    return "the dependencies close a cycle: " + message


def _repeated_titles(existing, new, changes) -> list[tuple[int, str]]:
    """A new row must not repeat the title of an action already in the plan or of another new row:
    importing the same file twice must not make the same actions twice."""
    renamed = {action_id: c["title"] for action_id, c in changes if "title" in c}
    titles: dict[str, str] = {}
    for action in existing:
        titles[fold(renamed.get(action.id, action.title))] = f"action {action.id}"
    problems = []
    for number, fields in new:
        key = fold(fields.title)
        if key in titles:
            problems.append((
                number,
                f"'{fields.title}' is already the title of {titles[key]}: "
                "give its 'Identifiant' to update it, or change the title",
            ))
        else:
            titles[key] = f"row {number}"
    return problems


def import_actions(diagnostic: Diagnostic, path: str | Path, assessment: AssessmentRecord | None = None) -> ImportResult:
    """Import a CSV or XLSX action plan: rows with a known ``Identifiant`` update their action, rows without one
    become new actions (of ``assessment`` if given). All or nothing."""
    path = Path(path)
    new, changes, planned, needs = check_import(diagnostic, path, assessment)

    def also(db, created: list[int]) -> list[int]:
        real = {-(n + 1): action_id for n, action_id in enumerate(created)}
        return roadmap_store.write(db, {real.get(a, a): c for a, c in planned.items()},
                                   {real.get(a, a): [real.get(d, d) for d in ds] for a, ds in needs.items()})

    created, changed = store.write_actions(diagnostic.document, new, changes, also)
    return ImportResult(created=len(created), updated=len(changed), unchanged=len(changes) - len(changed))
