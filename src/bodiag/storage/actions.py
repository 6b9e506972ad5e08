"""The action plan: actions, and the questions each one is linked to.

An action has a stable ``uuid`` (it survives copies of the document and is what
exported files carry), a title, an owner, a deadline (an ISO date), a status
(:data:`STATUSES`), an estimated cost in euros, an effort (:data:`EFFORTS`),
notes and linked questions. ``completed_at`` is set when the status becomes
``done`` and cleared when it leaves ``done``.

Values are expected checked (see :mod:`bodiag.services.action_plan`); the table's
own constraints are the last line of defence. Every write is one committed
transaction.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field

from bodiag.domain.records import ActionRecord
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL
from bodiag.errors import InputError
from bodiag.storage.document import Document, describe_sqlite_error, now
from bodiag.storage.errors import DamagedDocument

STATUSES: tuple[str, ...] = tuple(ACTION_STATUS)  # also the order of the plan
EFFORTS: tuple[str, ...] = tuple(LEVEL)
DONE = "done"
FIELDS = ("assessment_id", "recommendation_id", "title", "owner", "deadline", "status", "cost", "effort", "notes",
          "question_ids")


@dataclass(frozen=True)
class ActionFields:
    """What a new action is made of."""

    title: str
    assessment_id: int | None = None
    recommendation_id: str | None = None
    owner: str = ""
    deadline: str | None = None
    status: str = "todo"
    cost: float | None = None
    effort: str | None = None
    notes: str = ""
    question_ids: tuple[str, ...] = field(default_factory=tuple)


_COLUMNS = ("id, uuid, assessment_id, recommendation_id, title, owner, deadline, status, cost, effort, notes,"
            " created_at, updated_at, completed_at, workload_days")
_ORDER = (
    " ORDER BY CASE status "
    + " ".join(f"WHEN '{status}' THEN {rank}" for rank, status in enumerate(STATUSES))
    + f" ELSE {len(STATUSES)} END, deadline IS NULL, deadline, id"
)


def _records(conn: sqlite3.Connection, where: str = "", params: Sequence = ()) -> list[ActionRecord]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM actions {where}{_ORDER}", params).fetchall()
    if not rows:
        return []
    ids = [row[0] for row in rows]
    links: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for action_id, question_id in conn.execute(
            f"SELECT action_id, question_id FROM action_questions WHERE action_id IN ({marks}) ORDER BY rowid", chunk
        ):
            links.setdefault(action_id, []).append(question_id)
    return [
        ActionRecord(
            id=r[0], uuid=r[1], assessment_id=r[2], recommendation_id=r[3], title=r[4], owner=r[5], deadline=r[6],
            status=r[7], cost=r[8], effort=r[9], notes=r[10], question_ids=tuple(links.get(r[0], ())),
            created_at=r[11], updated_at=r[12], completed_at=r[13], workload_days=r[14],
        )
        for r in rows
    ]


def _read(doc: Document, where: str = "", params: Sequence = ()) -> list[ActionRecord]:
    try:
        return _records(doc.conn, where, params)
    except sqlite3.DatabaseError as exc:
        raise DamagedDocument(f"{doc.path}: cannot be read: {describe_sqlite_error(exc)}") from None


def list_actions(doc: Document, assessment_id: int | None = None) -> list[ActionRecord]:
    """The plan (or one assessment's part of it): to do, in progress, done, dropped; then by deadline
    (actions without one last), then in the order they were created."""
    if assessment_id is None:
        return _read(doc)
    return _read(doc, "WHERE assessment_id = ?", [assessment_id])


def get_action(doc: Document, action_id: int) -> ActionRecord:
    found = _read(doc, "WHERE id = ?", [action_id])
    if not found:
        raise InputError(f"{doc.path}: no action {action_id}")
    return found[0]


def find_action(doc: Document, action_uuid: str) -> ActionRecord | None:
    found = _read(doc, "WHERE uuid = ?", [action_uuid.strip().lower()])
    return found[0] if found else None


def _check(values: Mapping[str, object]) -> None:
    if "status" in values and values["status"] not in STATUSES:
        raise InputError(f"unknown status '{values['status']}' (statuses: {', '.join(STATUSES)})")
    if values.get("effort") is not None and values["effort"] not in EFFORTS:
        raise InputError(f"unknown effort '{values['effort']}' (efforts: {', '.join(EFFORTS)})")
    if not str(values.get("title", "x")).strip():
        raise InputError("the action needs a title")


def _link(db: sqlite3.Connection, action_id: int, question_ids: Iterable[str]) -> None:
    db.execute("DELETE FROM action_questions WHERE action_id = ?", [action_id])
    for question_id in dict.fromkeys(question_ids):
        db.execute("INSERT INTO action_questions (action_id, question_id) VALUES (?, ?)", [action_id, question_id])


def _insert(db: sqlite3.Connection, fields: ActionFields, stamp: str) -> int:
    cursor = db.execute(
        "INSERT INTO actions (uuid, assessment_id, recommendation_id, title, owner, deadline, status, cost, effort,"
        " notes, created_at, updated_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            str(uuid_module.uuid4()), fields.assessment_id, fields.recommendation_id, fields.title, fields.owner,
            fields.deadline, fields.status, fields.cost, fields.effort, fields.notes, stamp, stamp,
            stamp if fields.status == DONE else None,
        ],
    )
    _link(db, cursor.lastrowid, fields.question_ids)
    return cursor.lastrowid


def _update(db: sqlite3.Connection, action_id: int, changes: Mapping[str, object], stamp: str) -> bool:
    """Apply what differs from the stored action; return whether anything did."""
    found = _records(db, "WHERE id = ?", [action_id])
    if not found:
        raise InputError(f"no action {action_id}")
    current = found[0]
    columns: dict[str, object] = {}
    for name, value in changes.items():
        if name == "question_ids":
            continue
        if getattr(current, name) != value:
            columns[name] = value
    links = changes.get("question_ids")
    relink = links is not None and tuple(dict.fromkeys(links)) != current.question_ids
    if not columns and not relink:
        return False
    if "status" in columns:
        if columns["status"] == DONE:
            columns["completed_at"] = stamp
        elif current.status == DONE:
            columns["completed_at"] = None
    columns["updated_at"] = stamp
    sets = ", ".join(f"{name} = ?" for name in columns)
    db.execute(f"UPDATE actions SET {sets} WHERE id = ?", [*columns.values(), action_id])
    if relink:
        _link(db, action_id, links)
    return True


def _check_changes(changes: Mapping[str, object]) -> None:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InputError(f"unknown action field {', '.join(sorted(unknown))}")
    _check(changes)


def create_actions(doc: Document, new: Iterable[ActionFields]) -> list[ActionRecord]:
    """Store new actions in one transaction; return them in the order given."""
    new = list(new)
    for fields in new:
        _check(asdict(fields))
    stamp = now()
    with doc.transaction() as db:
        ids = [_insert(db, fields, stamp) for fields in new]
    by_id = {a.id: a for a in _read(doc, "WHERE id IN (" + ", ".join("?" * len(ids)) + ")", ids)} if ids else {}
    return [by_id[i] for i in ids]


def create_action(doc: Document, fields: ActionFields) -> ActionRecord:
    return create_actions(doc, [fields])[0]


def update_action(doc: Document, action_id: int, **changes: object) -> ActionRecord:
    """Change some of :data:`FIELDS` (``question_ids`` replaces the links); ``updated_at`` moves only
    when something changed."""
    _check_changes(changes)
    get_action(doc, action_id)
    with doc.transaction() as db:
        _update(db, action_id, changes, now())
    return get_action(doc, action_id)


def write_actions(
    doc: Document, new: Iterable[ActionFields], changes: Iterable[tuple[int, Mapping[str, object]]],
    also: Callable[[sqlite3.Connection, list[int]], Iterable[int]] | None = None,
) -> tuple[list[int], list[int]]:
    """Create ``new`` and apply ``changes`` (action id, fields) in one transaction: all or nothing; ``also``
    writes more in the same transaction (given the ids created, it returns the ids it changed).
    Return the ids created and the ids actually changed."""
    new, changes = list(new), list(changes)
    for fields in new:
        _check(asdict(fields))
    for _, fields in changes:
        _check_changes(fields)
    stamp = now()
    with doc.transaction() as db:
        created = [_insert(db, fields, stamp) for fields in new]
        changed = [action_id for action_id, fields in changes if _update(db, action_id, fields, stamp)]
        if also is not None:
            changed += [i for i in dict.fromkeys(also(db, created)) if i not in created and i not in changed]
    return created, changed


def delete_action(doc: Document, action_id: int) -> None:
    get_action(doc, action_id)
    with doc.transaction() as db:
        db.execute("DELETE FROM action_questions WHERE action_id = ?", [action_id])
        db.execute("DELETE FROM actions WHERE id = ?", [action_id])
