"""The untrusted-file checks: what a document must hold to be read, when bodiag cannot vouch for it.

:mod:`bodiag.services.documents` (the one door into a document) applies them
to every file it cannot vouch for, after :meth:`Document.open
<bodiag.storage.document.Document.open>` has refused, leaving the file
untouched, whatever is not a sound bodiag document: header, application id,
version, ``quick_check``, and any trigger, view or unknown table (none is ever
honoured: ``trusted_schema`` is off). A received file is also checked, before
anything else reads it, against what bodiag itself ever writes: its size, the
type and length of every value (a note is at most
:data:`~bodiag.storage.answers.MAX_NOTE` characters, no binary data, every text UTF-8), every
stored answer (JSON of known keys and types; a nesting too deep to read is
refused, not a crash), and every stored questionnaire.

A copy saved with :func:`bodiag.services.sharing.save_copy_to_share` carries a
mark (``document.shared_at``), read and cleared here; the door opens a marked
copy read-only until its receiver takes it over.

Imports: :mod:`bodiag.domain` and :mod:`bodiag.storage` only; the door
(:mod:`bodiag.services.documents`) builds on this module.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import msgspec

from bodiag.domain import validation
from bodiag.domain.answers import MAX_TEXT
from bodiag.domain.loader import MAX_FILE_BYTES, load_snapshot
from bodiag.domain.model import Questionnaire
from bodiag.storage.answers import MAX_NOTE
from bodiag.storage.document import EXPECTED_TABLES, Document
from bodiag.storage.errors import DamagedDocument, NotADocument

MAX_RECEIVED_BYTES = 512 * 1024 * 1024
NOTE_COLUMNS = {("answers", "note"), ("respondent_answers", "note"), ("actions", "notes"), ("plan_reviews", "notes"),
                ("commentary", "text"), ("commentary_history", "old_text"), ("commentary_history", "new_text")}
ANSWER_COLUMNS = {
    ("answers", "value"),
    ("respondent_answers", "value"),
    ("answer_history", "old_value"),
    ("answer_history", "new_value"),
}
LONGEST = {  # the longest text bodiag writes in a column; any other column: MAX_NOTE
    **{column: MAX_NOTE for column in NOTE_COLUMNS},
    **{column: 2 * MAX_TEXT + 1_000 for column in ANSWER_COLUMNS},  # JSON of a free-text answer
    ("questionnaire_snapshots", "source"): MAX_FILE_BYTES,
    ("questionnaire_snapshots", "model"): 8 * MAX_FILE_BYTES,
}
ANSWER_KEYS = {"option", "items", "number", "text", "special"}


class SharedMark(msgspec.Struct, frozen=True):
    """When and by whom a shared copy was saved."""

    shared_at: str
    shared_by: str


def read_mark(document: Document) -> SharedMark | None:
    rows = document.query("SELECT shared_at, shared_by FROM document")
    if not rows or rows[0]["shared_at"] is None:
        return None
    return SharedMark(str(rows[0]["shared_at"]), str(rows[0]["shared_by"] or ""))


def clear_mark(document: Document) -> bool:
    """Clear a shared copy's mark; ``False`` if it had none."""
    if read_mark(document) is None:
        return False
    with document.transaction() as db:
        db.execute("UPDATE document SET shared_at = NULL, shared_by = ''")
    return True


# -- the checks ---------------------------------------------------------------------------------


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_RECEIVED_BYTES:
        raise NotADocument(
            f"{path}: refused: {size // (1024 * 1024)} MiB, far larger than a bodiag document "
            f"(at most {MAX_RECEIVED_BYTES // (1024 * 1024)} MiB)"
        )


def check_received(document: Document) -> dict[str, Questionnaire]:
    """Refuse content bodiag never writes; return the stored questionnaires, rebuilt and checked, by hash."""
    check_size(document.path)
    tables = [r["name"] for r in document.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in sorted(set(tables) & EXPECTED_TABLES):
        _check_columns(document, table)
    _check_answers(document, tables)
    return _check_questionnaires(document)


def _allowed_types(declared: str) -> tuple[str, ...]:
    declared = declared.upper()
    if "INT" in declared:
        return ("integer", "null")
    if "REAL" in declared:
        return ("real", "integer", "null")
    if "TEXT" in declared:
        return ("text", "null")
    return ("text", "integer", "real", "null")


def _check_columns(document: Document, table: str) -> None:
    """Every value of ``table``: its type as declared, no binary data, no text longer than bodiag writes."""
    columns = [(r["name"], r["type"] or "") for r in document.query(f"PRAGMA table_info({table})")]
    if not columns:
        return
    parts = []
    for i, (name, declared) in enumerate(columns):
        quoted = '"' + name.replace('"', '""') + '"'
        allowed = ", ".join(f"'{t}'" for t in _allowed_types(declared))
        parts.append(
            f"max(length({quoted})) AS len{i}, "
            f"(SELECT typeof({quoted}) FROM {table} WHERE typeof({quoted}) NOT IN ({allowed}) LIMIT 1) AS bad{i}"
        )
    [row] = document.query(f"SELECT {', '.join(parts)} FROM {table}")
    path = document.path
    for i, (name, declared) in enumerate(columns):
        where = f"{table}.{name}"
        if row[f"bad{i}"] is not None:
            kind = "binary data" if row[f"bad{i}"] == "blob" else f"a value of type {row[f'bad{i}']}"
            raise NotADocument(f"{path}: refused: {where} holds {kind}, which bodiag never writes there")
        longest, cap = row[f"len{i}"] or 0, LONGEST.get((table, name), MAX_NOTE)
        if longest > cap:
            what = "a note" if (table, name) in NOTE_COLUMNS else f"a text in {where}"
            raise NotADocument(
                f"{path}: refused: {what} of {longest} characters, longer than bodiag ever writes ({cap})"
            )
    # blobs are refused above, so every value read as bytes here is a text
    _check_utf8(document, table, [name for name, declared in columns if "text" in _allowed_types(declared)])


def _check_utf8(document: Document, table: str, names: list[str]) -> None:
    """Every text of ``table``'s columns ``names`` is UTF-8, as bodiag writes it.

    Each column's texts are read as bytes in one piece, joined by a comma, and decoded once: a
    comma ends any sequence left open before it and cannot continue one, so the whole decodes
    exactly when every text does (and tens of thousands of answers are checked in a few ms).
    """
    conn = document.conn
    conn.text_factory = bytes
    try:
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            [joined] = conn.execute(f"SELECT group_concat(CAST({quoted} AS BLOB), ',') FROM {table}").fetchone()
            if isinstance(joined, bytes) and not _is_utf8(joined):
                raise NotADocument(
                    f"{document.path}: refused: {table}.{name} holds text that is not valid UTF-8, "
                    "which bodiag never writes"
                )
    finally:
        conn.text_factory = str


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_answers(document: Document, tables: list[str]) -> None:
    """Every stored answer is an answer's JSON as bodiag writes it; each distinct text is read once (a document
    holds thousands of answers but few different ones)."""
    columns = {"answers": ("value",), "respondent_answers": ("value",), "answer_history": ("old_value", "new_value")}
    for table, names in columns.items():
        if table not in tables:
            continue
        for name in names:
            for row in document.query(f"SELECT DISTINCT {name} AS value FROM {table} WHERE {name} IS NOT NULL"):
                if not _valid_answer(row["value"]):
                    found = document.query(f"SELECT question_id FROM {table} WHERE {name} = ? LIMIT 1", [row["value"]])
                    question = str(found[0]["question_id"])[:64] if found else "?"
                    raise DamagedDocument(
                        f"{document.path}: the document is damaged (an unreadable answer to question "
                        f"'{question}' in {table})"
                    )


class _StoredAnswer(msgspec.Struct, forbid_unknown_fields=True):
    """An answer's JSON as bodiag writes it (:meth:`bodiag.domain.answers.Answer.to_json`): nothing else is read."""

    option: str | None = None
    items: list[str] | None = None
    number: Annotated[float, msgspec.Meta(ge=-sys.float_info.max, le=sys.float_info.max)] | None = None
    text: str | None = None
    special: Literal["na", "dk"] | None = None


_STORED_ANSWER = msgspec.json.Decoder(_StoredAnswer)


def _valid_answer(raw: object) -> bool:
    """An object of the known keys, each of its type, numbers finite (not NaN, not overflowing)."""
    if not isinstance(raw, str):
        return False
    try:
        _STORED_ANSWER.decode(raw)
    except msgspec.MsgspecError:
        return False
    return True


def _check_questionnaires(document: Document) -> dict[str, Questionnaire]:
    found: dict[str, Questionnaire] = {}
    for row in document.query("SELECT sha256, questionnaire_id, model FROM questionnaire_snapshots"):
        try:
            questionnaire = load_snapshot(row["model"])
            problems = validation.check(questionnaire)
        except Exception:  # noqa: BLE001 - whatever is wrong, the stored questionnaire is unusable
            problems = ["unreadable"]
        if problems:
            raise DamagedDocument(
                f"{document.path}: the document is damaged (its copy of questionnaire "
                f"'{str(row['questionnaire_id'])[:64]}' cannot be read)"
            )
        found[row["sha256"]] = questionnaire
    return found
