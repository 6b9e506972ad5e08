"""The plan directeur's governance tables: the committee, its calendar, the reviews, the risk register, the KPI board.

Values are expected checked (see :mod:`bodiag.services.governance`); the tables'
constraints are the last line of defence. Every write is one committed
transaction. Rows are listed in their ``position`` order, new ones after the others.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping

from bodiag.domain.governance import CHANGE_KINDS, ChangeAction, KpiRecord, Member, ReviewRecord, RiskRecord
from bodiag.storage.document import Document, now, update_row

MEMBER_FIELDS = ("name", "function", "role")
RISK_FIELDS = ("title", "category", "likelihood", "impact", "owner", "mitigation")
KPI_FIELDS = ("label", "unit", "source", "baseline", "target", "direction", "question_id")
REVIEW_FIELDS = ("day", "kind", "notes")


def calendar(doc: Document) -> dict[str, object]:
    """The plan's start month (``YYYY-MM`` or None), committee cadence ('' when not set) and horizon in months."""
    rows = doc.query("SELECT start_month, committee_cadence, horizon_months FROM plan WHERE id = 1")
    return dict(rows[0]) if rows else {"start_month": None, "committee_cadence": "", "horizon_months": 36}


def set_calendar(doc: Document, changes: Mapping[str, object]) -> dict[str, object]:
    update_row(doc, "plan", ("start_month", "committee_cadence"), changes, "calendar setting", single=True)
    return calendar(doc)


def _add(doc: Document, table: str, fields: Mapping[str, object], with_uuid: bool) -> int:
    with doc.transaction() as db:
        (last,) = db.execute(f"SELECT coalesce(max(position), 0) FROM {table}").fetchone()
        names = [*fields, "position", *(["uuid"] if with_uuid else [])]
        values = [*fields.values(), last + 1, *([str(uuid_module.uuid4())] if with_uuid else [])]
        cursor = db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
    return int(cursor.lastrowid)


def _update(doc: Document, table: str, allowed: tuple[str, ...], row_id: int, changes: Mapping[str, object]) -> None:
    update_row(doc, table, allowed, changes, f"field of {table}", row_id=row_id, stamped=False)


def _delete(doc: Document, table: str, row_id: int) -> bool:
    with doc.transaction() as db:
        cursor = db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
    return cursor.rowcount > 0


# -- the committee ------------------------------------------------------------------------


def members(doc: Document) -> list[Member]:
    rows = doc.query("SELECT id, name, function, role, position FROM plan_members ORDER BY position, id")
    return [Member(**r) for r in rows]


def add_member(doc: Document, fields: Mapping[str, object]) -> int:
    return _add(doc, "plan_members", fields, with_uuid=False)


def update_member(doc: Document, member_id: int, changes: Mapping[str, object]) -> None:
    _update(doc, "plan_members", MEMBER_FIELDS, member_id, changes)


def delete_member(doc: Document, member_id: int) -> bool:
    return _delete(doc, "plan_members", member_id)


# -- reviews ------------------------------------------------------------------------------


def reviews(doc: Document) -> list[ReviewRecord]:
    rows = doc.query("SELECT id, day, kind, notes FROM plan_reviews ORDER BY day, id")
    return [ReviewRecord(**r) for r in rows]


def add_review(doc: Document, fields: Mapping[str, object]) -> int:
    with doc.transaction() as db:
        cursor = db.execute("INSERT INTO plan_reviews (day, kind, notes) VALUES (?, ?, ?)",
                            [fields["day"], fields.get("kind", "review"), fields.get("notes", "")])
    return int(cursor.lastrowid)


def update_review(doc: Document, review_id: int, changes: Mapping[str, object]) -> None:
    _update(doc, "plan_reviews", REVIEW_FIELDS, review_id, changes)


def delete_review(doc: Document, review_id: int) -> bool:
    return _delete(doc, "plan_reviews", review_id)


# -- risks --------------------------------------------------------------------------------


def risks(doc: Document) -> list[RiskRecord]:
    rows = doc.query("SELECT id, uuid, title, category, likelihood, impact, owner, mitigation, position FROM plan_risks"
                     " ORDER BY position, id")
    return [RiskRecord(**r) for r in rows]


def add_risk(doc: Document, fields: Mapping[str, object]) -> int:
    return _add(doc, "plan_risks", fields, with_uuid=True)


def update_risk(doc: Document, risk_id: int, changes: Mapping[str, object]) -> None:
    _update(doc, "plan_risks", RISK_FIELDS, risk_id, changes)


def delete_risk(doc: Document, risk_id: int) -> bool:
    return _delete(doc, "plan_risks", risk_id)


# -- KPIs ---------------------------------------------------------------------------------


def kpis(doc: Document) -> list[KpiRecord]:
    rows = doc.query("SELECT id, uuid, label, unit, source, baseline, target, direction, question_id, position"
                     " FROM plan_kpis ORDER BY position, id")
    return [KpiRecord(**r) for r in rows]


def add_kpi(doc: Document, fields: Mapping[str, object]) -> int:
    return _add(doc, "plan_kpis", fields, with_uuid=True)


def update_kpi(doc: Document, kpi_id: int, changes: Mapping[str, object]) -> None:
    _update(doc, "plan_kpis", KPI_FIELDS, kpi_id, changes)


def delete_kpi(doc: Document, kpi_id: int) -> bool:
    return _delete(doc, "plan_kpis", kpi_id)


# -- change management: actions of kind communication, training or gains --------------------------


def change_actions(doc: Document) -> list[ChangeAction]:
    marks = ", ".join("?" * len(CHANGE_KINDS))
    rows = doc.query(f"SELECT id, title, kind, owner, deadline, status FROM actions WHERE kind IN ({marks})"
                     " ORDER BY id", list(CHANGE_KINDS))
    return [ChangeAction(**r) for r in rows]


def action_titles(doc: Document) -> list[str]:
    return [r["title"] for r in doc.query("SELECT title FROM actions")]


def add_change_actions(doc: Document, new: list[Mapping[str, object]]) -> list[int]:
    """Store actions (title, kind, owner, effort) to do, each with its kind, in one transaction."""
    stamp = now()
    ids = []
    with doc.transaction() as db:
        for fields in new:
            cursor = db.execute(
                "INSERT INTO actions (uuid, title, owner, status, kind, effort, created_at, updated_at)"
                " VALUES (?, ?, ?, 'todo', ?, ?, ?, ?)",
                [str(uuid_module.uuid4()), fields["title"], fields.get("owner", ""), fields["kind"], fields.get("effort"),
                 stamp, stamp])
            ids.append(int(cursor.lastrowid))
    return ids
