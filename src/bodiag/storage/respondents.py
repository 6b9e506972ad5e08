"""The respondents of a workshop assessment, and each one's own answers and notes.

A respondent belongs to one assessment and has a name unique within it (letter
case aside) and a role (:data:`bodiag.domain.vocabulary.ROLES`). Their answers
are kept apart from the assessment's own answers, which hold the consensus the
facilitator chose. Every write is one committed transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bodiag.domain.answers import Answer
from bodiag.domain.records import RespondentRecord
from bodiag.domain.vocabulary import ROLES
from bodiag.errors import InputError
from bodiag.storage.answers import MAX_NOTE
from bodiag.storage.assessments import check_not_frozen
from bodiag.storage.document import Document, now

MAX_NAME = 200
DEFAULT_ROLE = "other"

RespondentAnswers = dict[str, tuple[Answer | None, str]]  # question id -> (answer, note)


@dataclass(frozen=True)
class RespondentChange:
    """What to store for one question: ``value=None`` with an empty note removes the row."""

    question_id: str
    value: Answer | None
    note: str = ""


_SELECT = "SELECT id, assessment_id, name, role, created_at FROM respondents"


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"unknown role '{role}' (roles: {', '.join(ROLES)})")
    return role


def _check_name(doc: Document, assessment_id: int, name: str, keep_id: int | None = None) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise InputError("the respondent needs a name")
    if len(clean) > MAX_NAME:
        raise InputError(f"the respondent's name is longer than {MAX_NAME} characters")
    for other in list_respondents(doc, assessment_id):
        if other.id != keep_id and other.name.casefold() == clean.casefold():
            raise InputError(f"assessment {assessment_id} already has a respondent named '{other.name}'")
    return clean


def list_respondents(doc: Document, assessment_id: int) -> list[RespondentRecord]:
    """The assessment's respondents, in the order they were added."""
    rows = doc.query(_SELECT + " WHERE assessment_id = ? ORDER BY id", [assessment_id])
    return [RespondentRecord(**row) for row in rows]


def get_respondent(doc: Document, respondent_id: int) -> RespondentRecord:
    rows = doc.query(_SELECT + " WHERE id = ?", [respondent_id])
    if not rows:
        raise InputError(f"{doc.path}: no respondent {respondent_id}")
    return RespondentRecord(**rows[0])


def add_respondent(doc: Document, assessment_id: int, name: str, role: str = DEFAULT_ROLE) -> RespondentRecord:
    role = _check_role(role)
    if not doc.query("SELECT 1 AS found FROM assessments WHERE id = ?", [assessment_id]):
        raise InputError(f"{doc.path}: no assessment {assessment_id}")
    clean = _check_name(doc, assessment_id, name)
    with doc.transaction() as db:
        cursor = db.execute(
            "INSERT INTO respondents (assessment_id, name, role, created_at) VALUES (?, ?, ?, ?)",
            [assessment_id, clean, role, now()],
        )
        new_id = cursor.lastrowid
    return get_respondent(doc, new_id)


def rename_respondent(doc: Document, respondent_id: int, name: str) -> RespondentRecord:
    current = get_respondent(doc, respondent_id)
    clean = _check_name(doc, current.assessment_id, name, keep_id=respondent_id)
    if clean != current.name:
        with doc.transaction() as db:
            db.execute("UPDATE respondents SET name = ? WHERE id = ?", [clean, respondent_id])
    return get_respondent(doc, respondent_id)


def set_respondent_role(doc: Document, respondent_id: int, role: str) -> RespondentRecord:
    current = get_respondent(doc, respondent_id)
    role = _check_role(role)
    if role != current.role:
        with doc.transaction() as db:
            db.execute("UPDATE respondents SET role = ? WHERE id = ?", [role, respondent_id])
    return get_respondent(doc, respondent_id)


def delete_respondent(doc: Document, respondent_id: int) -> None:
    """Remove the respondent and all their answers (the assessment's own answers stay)."""
    get_respondent(doc, respondent_id)
    with doc.transaction() as db:
        db.execute("DELETE FROM respondents WHERE id = ?", [respondent_id])


def set_respondent_answers(
    doc: Document, respondent_id: int, changes: Iterable[RespondentChange], *, replace: bool = False
) -> int:
    """Store a respondent's answers in one transaction; return how many rows changed.

    With ``replace``, the respondent's answers to questions not in ``changes`` are
    removed: ``changes`` is then their whole answered copy.
    """
    changes = list(changes)
    for change in changes:
        if len(change.note) > MAX_NOTE:
            raise InputError(f"question '{change.question_id}': the note is longer than {MAX_NOTE} characters")
    respondent = get_respondent(doc, respondent_id)
    stamp = now()
    changed = 0
    with doc.transaction() as db:
        check_not_frozen(db, doc.path, respondent.assessment_id)
        if replace:
            keep = {c.question_id for c in changes}
            stored = [qid for (qid,) in db.execute(
                "SELECT question_id FROM respondent_answers WHERE respondent_id = ?", [respondent_id]
            ).fetchall()]
            for qid in stored:
                if qid not in keep:
                    db.execute(
                        "DELETE FROM respondent_answers WHERE respondent_id = ? AND question_id = ?",
                        [respondent_id, qid],
                    )
                    changed += 1
        for change in changes:
            new_value = None if change.value is None else change.value.to_json()
            row = db.execute(
                "SELECT value, note FROM respondent_answers WHERE respondent_id = ? AND question_id = ?",
                [respondent_id, change.question_id],
            ).fetchone()
            if row is not None and tuple(row) == (new_value, change.note):
                continue
            if new_value is None and not change.note:
                if row is None:
                    continue
                db.execute(
                    "DELETE FROM respondent_answers WHERE respondent_id = ? AND question_id = ?",
                    [respondent_id, change.question_id],
                )
            else:
                db.execute(
                    "INSERT INTO respondent_answers (respondent_id, question_id, value, note, updated_at)"
                    " VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (respondent_id, question_id) DO UPDATE SET"
                    " value = excluded.value, note = excluded.note, updated_at = excluded.updated_at",
                    [respondent_id, change.question_id, new_value, change.note, stamp],
                )
            changed += 1
        if changed:
            db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, respondent.assessment_id])
    return changed


def set_respondent_answer(
    doc: Document, respondent_id: int, question_id: str, value: Answer | None, note: str = ""
) -> int:
    """Store one answer and note of a respondent (``None`` and no note removes it)."""
    return set_respondent_answers(doc, respondent_id, [RespondentChange(question_id, value, note)])


def respondent_answers_of(doc: Document, respondent_id: int) -> RespondentAnswers:
    """One respondent's ``{question_id: (answer or None, note)}``."""
    rows = doc.query(
        "SELECT question_id, value, note FROM respondent_answers WHERE respondent_id = ?", [respondent_id]
    )
    return {r["question_id"]: (None if r["value"] is None else Answer.from_json(r["value"]), r["note"]) for r in rows}


def get_respondent_answers(doc: Document, assessment_id: int) -> dict[int, RespondentAnswers]:
    """``{respondent_id: {question_id: (answer or None, note)}}`` for every respondent of the assessment."""
    result: dict[int, RespondentAnswers] = {r.id: {} for r in list_respondents(doc, assessment_id)}
    rows = doc.query(
        "SELECT ra.respondent_id, ra.question_id, ra.value, ra.note FROM respondent_answers ra"
        " JOIN respondents r ON r.id = ra.respondent_id WHERE r.assessment_id = ? ORDER BY ra.respondent_id",
        [assessment_id],
    )
    for row in rows:
        value = None if row["value"] is None else Answer.from_json(row["value"])
        result.setdefault(row["respondent_id"], {})[row["question_id"]] = (value, row["note"])
    return result
