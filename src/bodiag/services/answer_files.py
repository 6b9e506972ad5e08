"""Answers to and from files: CSV (comma or semicolon), JSON and XLSX.

An import is checked whole before anything is written: every bad row is
reported with its row number (a spreadsheet's own row number) and reason, and
if there is one, nothing is stored. Exported files import back unchanged.
A spreadsheet is read as an untrusted file (see :mod:`bodiag.services.xlsx`);
in one that bodiag writes, a text is always a text, never a formula.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from bodiag.domain.answers import Answer
from bodiag.domain.model import ChecklistQuestion
from bodiag.domain.text import is_blank
from bodiag.errors import InputError
from bodiag.file_safety import guard, read_at_most, unguard, write_atomically
from bodiag.services import csv_rows
from bodiag.services.diagnostic import Diagnostic, PendingAnswer
from bodiag.storage.assessments import AssessmentRecord
from bodiag.storage.document import describe_os_error

MAX_IMPORT_BYTES = 20 * 1024 * 1024
COLUMNS = {
    "question": ("question", "question_id", "id"),
    "value": ("value", "answer", "réponse", "reponse", "valeur"),
    "note": ("note", "notes", "commentaire"),
    "respondent": ("respondent", "répondant", "repondant"),
}


MAX_PROBLEMS = 100  # problems told one by one; the rest are counted


class ImportRejected(InputError):
    """An import with bad rows; ``problems`` lists the first :data:`MAX_PROBLEMS`, then how many more there are."""

    def __init__(self, path: Path, problems: list[str]):
        self.problems = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            self.problems.append(f"… and {len(problems) - MAX_PROBLEMS} more problems, not listed")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{path}: nothing imported: {problems[0]}{more}")


def all_or_nothing(path: Path, pending: list[PendingAnswer], problems: list[str], *, nothing: str) -> list[PendingAnswer]:
    """The checked answers of an import from ``path``, to save all at once: refused with every problem when there is
    any, and with the message ``nothing`` when there is no answer to save."""
    if problems:
        raise ImportRejected(path, problems)
    if not pending:
        raise InputError(nothing)
    return pending


MAX_ID = 200  # longer than any question id: not echoed whole
MAX_ANSWER_ROWS = 10_000  # an answer file has a row per question: far fewer


FILE_TYPES = "expected .csv, .json or .xlsx"
SHEET_NAMES = ("réponses", "reponses", "answers")
MAX_TITLE_ROWS = 5  # rows above a spreadsheet's header (a title, a date) that are skipped


def read_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """(where, row) pairs from a CSV, JSON or XLSX file; ``where`` is 'row N' or 'answers[N]'."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _xlsx_rows(path)
    if suffix in (".xls", ".xlsm", ".ods"):
        raise InputError(f"{path}: unknown file type ({FILE_TYPES}): save the spreadsheet as .xlsx")
    try:
        raw = read_at_most(path, MAX_IMPORT_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({describe_os_error(exc)})") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise InputError(f"{path}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text (save the spreadsheet as 'CSV UTF-8')") from None
    if path.suffix.lower() == ".json":
        return _json_rows(path, text)
    if path.suffix.lower() in (".csv", ".txt"):
        return _csv_rows(path, text)
    raise InputError(f"{path}: unknown file type ({FILE_TYPES})")


def _json_rows(path: Path, text: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{path}: refused: nested far deeper than any answer file") from None
    except ValueError:  # an integer of thousands of digits
        raise InputError(f"{path}: refused: it holds a number far longer than any answer") from None
    if isinstance(data, dict):
        data = data.get("answers")
    if isinstance(data, dict):  # {question: value} or {question: {value, note}}
        data = [
            {"question": k, **(v if isinstance(v, dict) else {"value": v})}
            for k, v in data.items()
        ]
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a list of answers or an object with 'answers'")
    if len(data) > MAX_ANSWER_ROWS:
        raise InputError(f"{path}: more than {MAX_ANSWER_ROWS} answers: refused (one per question)")
    rows = []
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            rows.append((f"answers[{i}]", {"_error": "each answer is an object with 'question' and 'value'"}))
        else:
            rows.append((f"answers[{i}]", item))
    return rows


def _csv_rows(path: Path, text: str) -> list[tuple[str, dict[str, Any]]]:
    lines = csv_rows.records(path, text, csv_rows.delimiter_of(text))
    header = next(lines, None)
    if header is None:
        raise InputError(f"{path}: the file is empty")
    index = _column_index([h.strip().lower() for h in header[1]], path, 1)
    rows = []
    for start, record in lines:
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) >= MAX_ANSWER_ROWS:
            raise InputError(f"{path}: more than {MAX_ANSWER_ROWS} rows: refused (one row per question)")
        rows.append((f"row {start}", {key: unguard(record[i]) if i < len(record) else "" for key, i in index.items()}))
    return rows


def _column_index(names: list[str], path: Path, row: int, required: bool = True) -> dict[str, int] | None:
    index: dict[str, int] = {}
    for key, aliases in COLUMNS.items():
        for i, name in enumerate(names):
            if name in aliases:
                index[key] = i
                break
    if "question" not in index or "value" not in index:
        if not required:
            return None
        raise InputError(
            f"{path}: row {row} must name the columns 'question' and 'value' (and optionally 'note', 'respondent')"
        )
    return index


def _xlsx_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """Rows of the sheet named Réponses/Answers, or else the first one.

    The columns are named by the first filled row, or by a later one among the first
    few when those above are a title (the rows above the header are ignored).
    """
    from bodiag.services import xlsx

    rows: list[tuple[str, dict[str, Any]]] = []
    index: dict[str, int] | None = None
    first: int | None = None
    with xlsx.read_workbook(path) as workbook:
        sheets = workbook.worksheets
        if not sheets:
            raise InputError(f"{path}: the spreadsheet has no sheet")
        sheet = next((s for s in sheets if xlsx.header_key(s.title) in SHEET_NAMES), sheets[0])
        for number, values in xlsx.sheet_rows(sheet, path):
            if all(is_blank(v) for v in values):
                continue
            if index is None:
                first = first or number
                last_chance = number - first >= MAX_TITLE_ROWS
                index = _column_index([xlsx.header_key(v) for v in values], path, first, required=last_chance)
                continue
            row: dict[str, Any] = {}
            for key, i in index.items():
                value = values[i] if i < len(values) else None
                if key == "value" and isinstance(value, (int, float)) and not isinstance(value, bool):
                    row[key] = value  # a number stays a number: an indicator's value, a scale's value
                else:
                    row[key] = xlsx.cell_text(value)
            rows.append((f"row {number}", row))
    if index is None and first is not None:
        _column_index([], path, first)  # says which row should have named the columns
    if index is None:
        raise InputError(f"{path}: the spreadsheet is empty")
    return rows


def check_import(diagnostic: Diagnostic, assessment: AssessmentRecord, path: Path) -> list[PendingAnswer]:
    """Every row of ``path`` checked against the assessment; raises with all bad rows, writes nothing."""
    rows = read_rows(path)
    current = diagnostic.answers(assessment)
    problems: list[str] = []
    pending: list[PendingAnswer] = []
    seen: dict[str, str] = {}
    for where, row in rows:
        if "_error" in row:
            problems.append(f"{where}: {row['_error']}")
            continue
        qid = str(row.get("question") or "").strip()
        if not qid:
            problems.append(f"{where}: no question id")
            continue
        if len(qid) > MAX_ID:
            problems.append(f"{where}: question '{qid[:40]}…' ({len(qid)} characters): no question has such an id")
            continue
        if qid in seen:
            problems.append(f"{where}: question '{qid}' already given in {seen[qid]}")
            continue
        seen[qid] = where
        value = row.get("value")
        if is_blank(value):
            value = None
        elif not _answer_shaped(value):
            problems.append(f"{where}: question '{qid}': the value is {_json_kind(value)}; give an option, "
                            "a number, a text or a list of checklist items")
            continue
        note = row.get("note")
        respondent = row.get("respondent")
        try:
            pending.append(
                diagnostic.prepare(
                    assessment,
                    qid,
                    value=value,
                    note="" if note is None else str(note),
                    respondent=str(respondent).strip() if respondent else None,
                    current=current.get(qid),
                )
            )
        except InputError as exc:
            problems.append(f"{where}: {exc}")
    return all_or_nothing(path, pending, problems, nothing=f"{path}: no answers to import")


def _answer_shaped(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (str, int, float)):
        return True
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    return "a list of other things than item ids" if isinstance(value, list) else type(value).__name__


def import_answers(diagnostic: Diagnostic, assessment: AssessmentRecord, path: str | Path) -> int:
    pending = check_import(diagnostic, assessment, Path(path))
    diagnostic.save(assessment, pending)
    return len(pending)


def export_value(value: Answer | None) -> Any:
    if value is None:
        return None
    if value.special is not None:
        return value.special
    if value.option is not None:
        return value.option
    if value.items is not None:
        return list(value.items)
    if value.number is not None:
        return value.number
    return value.text


def export_rows(diagnostic: Diagnostic, assessment: AssessmentRecord) -> list[dict[str, Any]]:
    questionnaire = diagnostic.questionnaire(assessment)
    answers = diagnostic.answers(assessment)
    rows = []
    for question in questionnaire.questions:
        record = answers.get(question.id)
        if record is None:
            continue
        rows.append(
            {
                "question": question.id,
                "value": export_value(record.value),
                "note": record.note,
                "respondent": record.respondent,
                "_question": question,
            }
        )
    return rows


def _cell_value(row: dict[str, Any]) -> Any:
    """The value as CSV and XLSX write it: a checklist's items comma-separated ('-' for none)."""
    value = row["value"]
    if isinstance(row["_question"], ChecklistQuestion) and isinstance(value, list):
        return ",".join(value) if value else "-"
    return value


def export_answers(diagnostic: Diagnostic, assessment: AssessmentRecord, path: str | Path) -> int:
    """Write the assessment's answers to ``path`` (.csv, .json or .xlsx), atomically."""
    path = Path(path)
    rows = export_rows(diagnostic, assessment)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, rows)
        return len(rows)
    if path.suffix.lower() == ".json":
        questionnaire = diagnostic.questionnaire(assessment)
        payload = {
            "questionnaire": questionnaire.id,
            "version": questionnaire.version,
            "assessment": assessment.title,
            "answers": [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows],
        }
        content = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    elif path.suffix.lower() == ".csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["question", "value", "note", "respondent"])
        for row in rows:
            value = _cell_value(row)
            cells = [row["question"], "" if value is None else value, row["note"], row["respondent"]]
            writer.writerow([guard(cell) if isinstance(cell, str) else cell for cell in cells])
        content = out.getvalue()
    else:
        raise InputError(f"{path}: unknown file type ({FILE_TYPES})")
    write_atomically(path, content)
    return len(rows)


def _write_xlsx(path: Path, rows: list[dict[str, Any]]) -> None:
    """One sheet, Réponses, with the columns of the CSV file; checked whole before the file is written."""
    from bodiag.services import xlsx

    workbook = xlsx.new_workbook()
    sheet = xlsx.add_table(workbook, "Réponses", [("question", 28), ("value", 26), ("note", 60), ("respondent", 22)])
    for row in rows:
        try:
            xlsx.append_row(
                sheet,
                [row["question"], _cell_value(row), row["note"], row["respondent"]],
                f"question '{row['question']}'",
                wrap=(False, True, True, False),
            )
        except InputError as exc:
            raise InputError(f"{path}: not written: {exc}") from None
    xlsx.save_workbook(workbook, path)
