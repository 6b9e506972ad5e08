"""Answers and their history.

Each change is one committed transaction that writes the answer and its history
row together: once a save returns, it survives the process being killed.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from bodiag.domain.answers import Answer
from bodiag.domain.records import AnswerRecord
from bodiag.errors import InputError
from bodiag.storage.assessments import check_not_frozen
from bodiag.storage.document import Document, now


MAX_NOTE = 100_000


class AnswerChange(msgspec.Struct, frozen=True):
    """What to store for one question: ``value=None`` clears the answer."""

    question_id: str
    value: Answer | None
    note: str
    respondent: str = ""


class HistoryEntry(msgspec.Struct, frozen=True):
    question_id: str
    old_value: Answer | None
    new_value: Answer | None
    old_note: str | None
    new_note: str | None
    respondent: str
    changed_at: str


def _answer(raw: str | None) -> Answer | None:
    return None if raw is None else Answer.from_json(raw)


def get_answers(doc: Document, assessment_id: int) -> dict[str, AnswerRecord]:
    rows = doc.query(
        "SELECT question_id, value, note, respondent, updated_at FROM answers WHERE assessment_id = ?",
        [assessment_id],
    )
    return {
        r["question_id"]: AnswerRecord(r["question_id"], _answer(r["value"]), r["note"], r["respondent"], r["updated_at"])
        for r in rows
    }


def get_answer(doc: Document, assessment_id: int, question_id: str) -> AnswerRecord | None:
    """One question's stored answer, or None: what a single save needs, without reading the others."""
    rows = doc.query(
        "SELECT question_id, value, note, respondent, updated_at FROM answers WHERE assessment_id = ? AND question_id = ?",
        [assessment_id, question_id],
    )
    return next((AnswerRecord(r["question_id"], _answer(r["value"]), r["note"], r["respondent"], r["updated_at"])
                 for r in rows), None)


def save_answers(doc: Document, assessment_id: int, changes: Iterable[AnswerChange]) -> int:
    """Store ``changes`` in one transaction, with history; return how many rows changed."""
    changes = list(changes)
    for change in changes:
        if len(change.note) > MAX_NOTE:
            raise InputError(f"question '{change.question_id}': the note is longer than {MAX_NOTE} characters")
    stamp = now()
    changed = 0
    with doc.transaction() as db:
        check_not_frozen(db, doc.path, assessment_id)
        for change in changes:
            new_value = None if change.value is None else change.value.to_json()
            row = db.execute(
                "SELECT value, note FROM answers WHERE assessment_id = ? AND question_id = ?",
                [assessment_id, change.question_id],
            ).fetchone()
            old_value, old_note = row if row else (None, "")
            if (old_value, old_note) == (new_value, change.note):
                continue
            if new_value is None and not change.note:
                db.execute(
                    "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                    [assessment_id, change.question_id],
                )
            else:
                db.execute(
                    "INSERT INTO answers (assessment_id, question_id, value, note, respondent, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (assessment_id, question_id) DO UPDATE SET"
                    " value = excluded.value, note = excluded.note,"
                    " respondent = excluded.respondent, updated_at = excluded.updated_at",
                    [assessment_id, change.question_id, new_value, change.note, change.respondent, stamp],
                )
            db.execute(
                "INSERT INTO answer_history"
                " (assessment_id, question_id, old_value, new_value, old_note, new_note, respondent, changed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    assessment_id,
                    change.question_id,
                    old_value,
                    new_value,
                    # A changed note is recorded as '' (changed), never its text: a note the
                    # user deleted or rewrote must leave no copy in the file (secure_delete).
                    None if old_note == change.note else "",
                    None if old_note == change.note else "",
                    change.respondent,
                    stamp,
                ],
            )
            changed += 1
        if changed:
            db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])
    return changed


def get_history(doc: Document, assessment_id: int, question_id: str | None = None) -> list[HistoryEntry]:
    sql = (
        "SELECT question_id, old_value, new_value, old_note, new_note, respondent, changed_at"
        " FROM answer_history WHERE assessment_id = ?"
    )
    params: list = [assessment_id]
    if question_id is not None:
        sql += " AND question_id = ?"
        params.append(question_id)
    rows = doc.query(sql + " ORDER BY id", params)
    return [
        HistoryEntry(
            r["question_id"], _answer(r["old_value"]), _answer(r["new_value"]),
            r["old_note"], r["new_note"], r["respondent"], r["changed_at"],
        )
        for r in rows
    ]
