"""Assessments, and the exact questionnaire each one was made with.

An assessment points at a snapshot of its questionnaire: the file's exact text,
its SHA-256 and the validated model. Editing or upgrading a questionnaire file
later never changes a past result.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from bodiag.domain.loader import load_snapshot, source_hash
from bodiag.domain.model import Questionnaire, questionnaire_to_json
from bodiag.domain.records import AssessmentRecord
from bodiag.domain.text import LocalText
from bodiag.domain.vocabulary import ASSESSMENT_MODES
from bodiag.errors import FrozenAssessment, InputError
from bodiag.storage.document import Document, now


_SELECT = """
    SELECT a.id, a.uuid, a.snapshot, s.questionnaire_id, s.version AS questionnaire_version,
           a.title, a.assessor, a.mode, a.target, a.created_at, a.updated_at, a.frozen = 1 AS frozen
    FROM assessments a JOIN questionnaire_snapshots s ON s.sha256 = a.snapshot
"""

def store_snapshot(doc: Document, source: str, questionnaire: Questionnaire) -> str:
    """Keep the questionnaire's exact text in the document (once per distinct text)."""
    sha = source_hash(source)
    with doc.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO questionnaire_snapshots (sha256, questionnaire_id, version, source, model, stored_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [sha, questionnaire.id, questionnaire.version, source, questionnaire_to_json(questionnaire), now()],
        )
    return sha


def _title(title: str) -> str:
    """An assessment's title as stored: trimmed, and not empty."""
    if not title.strip():
        raise InputError("the assessment needs a title")
    return title.strip()


def create_assessment(
    doc: Document, snapshot: str, title: str, assessor: str = "", mode: str = "self", target: float | None = None
) -> AssessmentRecord:
    if mode not in ASSESSMENT_MODES:
        raise InputError(f"mode must be one of {', '.join(ASSESSMENT_MODES)} (got '{mode}')")
    if target is not None and not 0 <= target <= 100:
        raise InputError(f"the target is a score from 0 to 100 (got {target:g})")
    title = _title(title)
    stamp = now()
    with doc.transaction() as db:
        cursor = db.execute(
            "INSERT INTO assessments (uuid, snapshot, title, assessor, mode, target, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [str(uuid.uuid4()), snapshot, title, assessor.strip(), mode, target, stamp, stamp],
        )
        new_id = cursor.lastrowid
    return get_assessment(doc, new_id)

def has_respondents(doc: Document, assessment_id: int) -> bool:
    """Whether anyone answered the assessment as a workshop respondent."""
    return bool(doc.query("SELECT 1 FROM respondents WHERE assessment_id = ? LIMIT 1", [assessment_id]))

def list_assessments(doc: Document) -> list[AssessmentRecord]:
    return [_record(row) for row in doc.query(_SELECT + " ORDER BY a.id")]

def get_assessment(doc: Document, assessment_id: int) -> AssessmentRecord:
    rows = doc.query(_SELECT + " WHERE a.id = ?", [assessment_id])
    if not rows:
        raise InputError(f"{doc.path}: no assessment {assessment_id}")
    return _record(rows[0])


def _record(row: dict) -> AssessmentRecord:
    return AssessmentRecord(**{**row, "frozen": bool(row["frozen"])})

def snapshot_source(doc: Document, sha: str) -> str:
    rows = doc.query("SELECT source FROM questionnaire_snapshots WHERE sha256 = ?", [sha])
    if not rows:
        raise InputError(f"{doc.path}: no questionnaire snapshot {sha[:12]}")
    return rows[0]["source"]

def snapshot_title(doc: Document, sha: str) -> LocalText:
    """The questionnaire's title without rebuilding the whole questionnaire."""
    rows = doc.query(
        "SELECT json_extract(model, '$.title.fr') AS fr, json_extract(model, '$.title.en') AS en"
        " FROM questionnaire_snapshots WHERE sha256 = ?",
        [sha],
    )
    if not rows or not rows[0]["fr"]:
        raise InputError(f"{doc.path}: no questionnaire snapshot {sha[:12]}")
    return LocalText(fr=rows[0]["fr"], en=rows[0]["en"])

def load_questionnaire(doc: Document, sha: str) -> Questionnaire:
    rows = doc.query("SELECT model FROM questionnaire_snapshots WHERE sha256 = ?", [sha])
    if not rows:
        raise InputError(f"{doc.path}: no questionnaire snapshot {sha[:12]}")
    return load_snapshot(rows[0]["model"])

def create_reassessment(
    doc: Document, previous: AssessmentRecord, title: str, *, copy_answers: bool = False,
    snapshot: str | None = None, only: list[str] | None = None,
) -> AssessmentRecord:
    """A new assessment on ``previous``'s questionnaire snapshot (or on ``snapshot``), marked ``based_on`` it.

    It takes the previous one's assessor, mode and target; with ``copy_answers``,
    its answers and notes too (each with a history entry, as any first answer),
    only those of the questions in ``only`` when given, all in one transaction.
    The previous assessment is left unchanged.
    """
    title = _title(title)
    stamp = now()
    with doc.transaction() as db:
        cursor = db.execute(
            "INSERT INTO assessments (uuid, snapshot, title, assessor, mode, target, created_at, updated_at, based_on)"
            " SELECT ?, COALESCE(?, snapshot), ?, assessor, mode, target, ?, ?, id FROM assessments WHERE id = ?",
            [str(uuid.uuid4()), snapshot, title, stamp, stamp, previous.id],
        )
        if cursor.rowcount != 1:
            raise InputError(f"{doc.path}: no assessment {previous.id}")
        new_id = cursor.lastrowid
        if copy_answers:
            # the questions to copy, as a JSON list the query reads (no list too long for SQL parameters)
            chosen = " AND question_id IN (SELECT value FROM json_each(?))" if only is not None else ""
            extra = [json.dumps(only)] if only is not None else []
            db.execute(
                "INSERT INTO answers (assessment_id, question_id, value, note, respondent, updated_at)"
                " SELECT ?, question_id, value, note, respondent, ? FROM answers WHERE assessment_id = ?" + chosen,
                [new_id, stamp, previous.id, *extra],
            )
            db.execute(
                "INSERT INTO answer_history"
                " (assessment_id, question_id, old_value, new_value, old_note, new_note, respondent, changed_at)"
                " SELECT ?, question_id, NULL, value, CASE WHEN note = '' THEN NULL ELSE '' END,"
                " CASE WHEN note = '' THEN NULL ELSE '' END, respondent, ? FROM answers WHERE assessment_id = ?" + chosen,
                [new_id, stamp, previous.id, *extra],
            )
    return get_assessment(doc, new_id)

def based_on(doc: Document) -> dict[int, int | None]:
    """For every assessment, the assessment it was started from (``None`` for a first one)."""
    return {row["id"]: row["based_on"] for row in doc.query("SELECT id, based_on FROM assessments")}


def check_not_frozen(db: sqlite3.Connection, path: Path, assessment_id: int) -> None:
    """Refuse a change to an assessment a final version of the report froze (inside the change's transaction)."""
    row = db.execute("SELECT frozen, title FROM assessments WHERE id = ?", [assessment_id]).fetchone()
    if row and row[0]:
        raise FrozenAssessment(
            f"{path}: assessment {assessment_id} ({row[1]}) is frozen: the report's final version was made from its "
            "answers; re-open the report to change them (the re-opening is recorded)")
