"""The roadmap's columns and tables: each action's wave, workload, milestone, kind and dependencies; each wave's
capacity and budget (schema step ``m004_plan_directeur``).

Values are expected checked (see :mod:`bodiag.services.roadmap`); the tables'
constraints are the last line of defence. Every write is one committed
transaction, and an action's ``updated_at`` moves only when it changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from bodiag.domain.roadmap import Planned, WaveSetting
from bodiag.errors import InputError
from bodiag.storage.document import Document, now

FIELDS = ("wave", "workload_days", "milestone", "kind")


def dependencies(doc: Document) -> list[tuple[int, int]]:
    """Every (action, action it depends on) pair."""
    return [(r["action_id"], r["depends_on"]) for r in
            doc.query("SELECT action_id, depends_on FROM action_dependencies ORDER BY action_id, depends_on")]


def planned(doc: Document) -> list[Planned]:
    """Every action of the plan with its roadmap fields, in the order they were created."""
    needs: dict[int, list[int]] = {}
    for action, depends_on in dependencies(doc):
        needs.setdefault(action, []).append(depends_on)
    rows = doc.query("SELECT id, uuid, title, owner, status, cost, effort, wave, workload_days, milestone, kind"
                      " FROM actions ORDER BY id")
    return [Planned(id=r["id"], uuid=r["uuid"], title=r["title"], owner=r["owner"], status=r["status"], cost=r["cost"],
                    effort=r["effort"], wave=r["wave"], workload_days=r["workload_days"], milestone=r["milestone"],
                    kind=r["kind"], depends_on=tuple(needs.get(r["id"], ()))) for r in rows]


def update(doc: Document, changes: Mapping[int, Mapping[str, object]]) -> list[int]:
    """Apply ``changes`` (action id → some of :data:`FIELDS`) in one transaction; the ids actually changed."""
    with doc.transaction() as db:
        return write(db, changes, {})


def write(db: sqlite3.Connection, changes: Mapping[int, Mapping[str, object]],
          needs: Mapping[int, Sequence[int]]) -> list[int]:
    """Within a transaction: apply ``changes`` (as for :func:`update`) and replace what each action of ``needs``
    depends on; the ids of the actions that changed (an action's ``updated_at`` moves with them)."""
    unknown = {name for fields in changes.values() for name in fields} - set(FIELDS)
    if unknown:
        raise ValueError(f"not a roadmap field: {sorted(unknown)[0]}")
    stamp, changed = now(), []
    for action_id in dict.fromkeys([*changes, *needs]):
        fields = changes.get(action_id, {})
        row = db.execute(f"SELECT {', '.join(FIELDS)} FROM actions WHERE id = ?", [action_id]).fetchone()
        if row is None:
            raise InputError(f"no action {action_id}")
        current = dict(zip(FIELDS, row))
        different = {k: v for k, v in fields.items() if current[k] != v}
        if action_id in needs:
            before = [r[0] for r in db.execute("SELECT depends_on FROM action_dependencies WHERE action_id = ?"
                                               " ORDER BY depends_on", [action_id])]
            wanted = sorted(set(needs[action_id]))
            if before != wanted:
                db.execute("DELETE FROM action_dependencies WHERE action_id = ?", [action_id])
                db.executemany("INSERT INTO action_dependencies (action_id, depends_on) VALUES (?, ?)",
                               [(action_id, other) for other in wanted])
                different["_"] = True
        if different:
            columns = {k: v for k, v in different.items() if k != "_"}
            sets = "".join(f"{name} = ?, " for name in columns)
            db.execute(f"UPDATE actions SET {sets}updated_at = ? WHERE id = ?", [*columns.values(), stamp, action_id])
            changed.append(action_id)
    return changed


def add_dependency(doc: Document, action_id: int, depends_on: int) -> bool:
    """Record that ``action_id`` needs ``depends_on`` first; whether it was new."""
    with doc.transaction() as db:
        cursor = db.execute("INSERT OR IGNORE INTO action_dependencies (action_id, depends_on) VALUES (?, ?)",
                            [action_id, depends_on])
    return cursor.rowcount > 0


def remove_dependency(doc: Document, action_id: int, depends_on: int) -> bool:
    with doc.transaction() as db:
        cursor = db.execute("DELETE FROM action_dependencies WHERE action_id = ? AND depends_on = ?",
                            [action_id, depends_on])
    return cursor.rowcount > 0


def set_dependencies(doc: Document, needs: Mapping[int, Sequence[int]]) -> None:
    """Replace what each action of ``needs`` depends on, in one transaction."""
    with doc.transaction() as db:
        write(db, {}, needs)


def wave_settings(doc: Document) -> list[WaveSetting]:
    return [WaveSetting(wave=r["wave"], capacity_days=r["capacity_days"], budget=r["budget"])
            for r in doc.query("SELECT wave, capacity_days, budget FROM plan_waves ORDER BY wave")]


def set_wave_setting(doc: Document, setting: WaveSetting) -> None:
    """Store what the user states for a wave; a wave with neither capacity nor budget has no row."""
    with doc.transaction() as db:
        if setting.capacity_days is None and setting.budget is None:
            db.execute("DELETE FROM plan_waves WHERE wave = ?", [setting.wave])
        else:
            db.execute("INSERT INTO plan_waves (wave, capacity_days, budget) VALUES (?, ?, ?) ON CONFLICT (wave)"
                       " DO UPDATE SET capacity_days = excluded.capacity_days, budget = excluded.budget",
                       [setting.wave, setting.capacity_days, setting.budget])
