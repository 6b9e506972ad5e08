"""The deliverable's tables: commentary and its history, the report's sign-off, a workshop's attendance.

Values are expected checked (see :mod:`bodiag.services.deliverable`); the tables'
constraints are the last line of defence. Every write is one committed transaction.
Freezing is kept here, beside the answers it protects: a final version sets
``assessments.frozen`` on every assessment it covers, re-opening clears it.
"""

from __future__ import annotations

from bodiag.domain.deliverable import Attendee, Commentary, CommentaryChange, Session, SignOff, SignOffEvent
from bodiag.storage.document import Document, now, update_row

_PLACE = "ifnull(assessment_id, 0) = ifnull(?, 0) AND part = ?"


# -- commentary ----------------------------------------------------------------------------


def commentaries(doc: Document) -> list[Commentary]:
    rows = doc.query("SELECT assessment_id, part, text, author, updated_at FROM commentary ORDER BY ifnull(assessment_id, 0), part")
    return [Commentary(**row) for row in rows]


def set_commentary(doc: Document, assessment_id: int | None, part: str, text: str, author: str) -> bool:
    """Write (or, with ``text`` empty, remove) the commentary of a place; False when it was already that."""
    with doc.transaction() as db:
        row = db.execute(f"SELECT text FROM commentary WHERE {_PLACE}", [assessment_id, part]).fetchone()
        old = row[0] if row else ""
        if old == text:
            return False
        stamp = now()
        if text:
            db.execute(f"DELETE FROM commentary WHERE {_PLACE}", [assessment_id, part])
            db.execute("INSERT INTO commentary (assessment_id, part, text, author, updated_at) VALUES (?, ?, ?, ?, ?)",
                       [assessment_id, part, text, author, stamp])
        else:
            db.execute(f"DELETE FROM commentary WHERE {_PLACE}", [assessment_id, part])
        db.execute("INSERT INTO commentary_history (assessment_id, part, old_text, new_text, author, changed_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)", [assessment_id, part, old, text, author, stamp])
    return True


def commentary_history(doc: Document, assessment_id: int | None, part: str) -> list[CommentaryChange]:
    rows = doc.query(f"SELECT old_text, new_text, author, changed_at FROM commentary_history WHERE {_PLACE} ORDER BY id",
                     [assessment_id, part])
    return [CommentaryChange(**row) for row in rows]


# -- sign-off ------------------------------------------------------------------------------

_SIGN_OFF = ("status", "version", "issued_on", "assessor", "assessor_role", "director", "director_role")


def sign_off(doc: Document) -> SignOff:
    rows = doc.query(f"SELECT {', '.join(_SIGN_OFF)} FROM sign_off WHERE id = 1")
    events = [SignOffEvent(**row) for row in doc.query(
        "SELECT event, version, by_whom, reason, happened_at FROM sign_off_events ORDER BY id")]
    return SignOff(**rows[0], events=events) if rows else SignOff(events=events)


def update_sign_off(doc: Document, **changes: object) -> SignOff:
    """Change who signs (names and roles); the status moves only through :func:`issue` and :func:`reopen`."""
    update_row(doc, "sign_off", ("assessor", "assessor_role", "director", "director_role"), changes,
                "sign-off field", single=True)
    return sign_off(doc)


def issue(doc: Document, day: str, by_whom: str) -> SignOff:
    """The current version becomes final on ``day``: every assessment is frozen, the issue recorded."""
    with doc.transaction() as db:
        db.execute("INSERT OR IGNORE INTO sign_off (id, updated_at) VALUES (1, ?)", [now()])
        (version,) = db.execute("SELECT version FROM sign_off WHERE id = 1").fetchone()
        db.execute("UPDATE sign_off SET status = 'final', issued_on = ?, updated_at = ? WHERE id = 1", [day, now()])
        db.execute("UPDATE assessments SET frozen = 1")
        db.execute("INSERT INTO sign_off_events (event, version, by_whom, reason, happened_at) VALUES ('final', ?, ?, '', ?)",
                   [version, by_whom, now()])
    return sign_off(doc)


def reopen(doc: Document, by_whom: str, reason: str) -> SignOff:
    """Back to a draft of the next version: assessments thawed, the re-opening and its reason recorded."""
    with doc.transaction() as db:
        (version,) = db.execute("SELECT version FROM sign_off WHERE id = 1").fetchone()
        db.execute("UPDATE sign_off SET status = 'draft', version = version + 1, issued_on = NULL, updated_at = ? WHERE id = 1",
                   [now()])
        db.execute("UPDATE assessments SET frozen = 0")
        db.execute("INSERT INTO sign_off_events (event, version, by_whom, reason, happened_at) VALUES ('reopened', ?, ?, ?, ?)",
                   [version, by_whom, reason, now()])
    return sign_off(doc)


def is_frozen(doc: Document, assessment_id: int) -> bool:
    rows = doc.query("SELECT frozen FROM assessments WHERE id = ?", [assessment_id])
    return bool(rows and rows[0]["frozen"])


# -- a workshop's attendance ---------------------------------------------------------------


def attendees(doc: Document, assessment_id: int) -> list[Attendee]:
    rows = doc.query("SELECT id, assessment_id, name, role, organisation FROM workshop_attendees"
                     " WHERE assessment_id = ? ORDER BY position, id", [assessment_id])
    return [Attendee(**row) for row in rows]


def add_attendee(doc: Document, assessment_id: int, name: str, role: str, organisation: str) -> Attendee:
    with doc.transaction() as db:
        cursor = db.execute(
            "INSERT INTO workshop_attendees (assessment_id, name, role, organisation, position)"
            " VALUES (?, ?, ?, ?, (SELECT ifnull(max(position), 0) + 1 FROM workshop_attendees WHERE assessment_id = ?))",
            [assessment_id, name, role, organisation, assessment_id])
        new_id = cursor.lastrowid
    return next(a for a in attendees(doc, assessment_id) if a.id == new_id)


def remove_attendee(doc: Document, attendee_id: int) -> bool:
    with doc.transaction() as db:
        return db.execute("DELETE FROM workshop_attendees WHERE id = ?", [attendee_id]).rowcount > 0


def sessions(doc: Document, assessment_id: int) -> list[Session]:
    rows = doc.query("SELECT id, assessment_id, day, place FROM workshop_sessions WHERE assessment_id = ? ORDER BY day, id",
                     [assessment_id])
    return [Session(**row) for row in rows]


def add_session(doc: Document, assessment_id: int, day: str, place: str) -> Session:
    with doc.transaction() as db:
        new_id = db.execute("INSERT INTO workshop_sessions (assessment_id, day, place) VALUES (?, ?, ?)",
                            [assessment_id, day, place]).lastrowid
    return next(s for s in sessions(doc, assessment_id) if s.id == new_id)


def remove_session(doc: Document, session_id: int) -> bool:
    with doc.transaction() as db:
        return db.execute("DELETE FROM workshop_sessions WHERE id = ?", [session_id]).rowcount > 0
