"""Rows of a few tables exactly as stored, read before and after a change, and put back as they were: what undoing a
change of many rows at once needs (the actions created from the recommendations, a file of actions imported, the
suggested waves applied).

A state is every row of the tables named, by table and rowid, each with all its
columns: put back, a row keeps its number, its uuid and its times. Putting a
difference back is one transaction, and is refused (:class:`RowsMoved`, nothing
written) unless the rows it touches are still exactly as the difference left
them and no other row of those tables moves with it (a row that a deletion would
take along through a foreign key, say).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from bodiag.errors import InputError
from bodiag.storage.document import Document

Rows = dict[str, dict[int, tuple]]  # table → rowid → the row's columns, in the table's order


class RowsMoved(InputError):
    """The rows are no longer as the difference left them: putting it back would do something else."""


class Difference:
    """The rows of ``tables`` a change touched: each as it was ``before`` and ``after`` (absent: ``None``)."""

    def __init__(self, tables: Sequence[str], before: Rows, after: Rows):
        self.tables = tuple(tables)
        self.before = before
        self.after = after

    def __bool__(self) -> bool:
        return any(self.before[t] or self.after[t] for t in self.tables)


def _columns(db: sqlite3.Connection, table: str) -> tuple[list[str], bool]:
    """The table's columns, and whether its rowid is one of them (an ``INTEGER PRIMARY KEY``)."""
    info = db.execute(f"PRAGMA table_info({table})").fetchall()  # cid, name, type, notnull, default, pk
    keys = [r for r in info if r[5]]
    alias = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
    return [r[1] for r in info], alias


def _read(db: sqlite3.Connection, tables: Sequence[str]) -> Rows:
    out: Rows = {}
    for table in tables:
        names, _ = _columns(db, table)
        listed = ", ".join(names)
        out[table] = {r[0]: tuple(r[1:]) for r in db.execute(f"SELECT rowid, {listed} FROM {table} ORDER BY rowid")}
    return out


def read(doc: Document, tables: Sequence[str]) -> Rows:
    """Every row of ``tables`` as stored now."""
    return _read(doc.conn, tables)


def difference(tables: Sequence[str], before: Rows, after: Rows) -> Difference:
    """The rows that differ between two states of ``tables`` (read with :func:`read`)."""
    was: Rows = {t: {} for t in tables}
    now: Rows = {t: {} for t in tables}
    for table in tables:
        for key in before[table].keys() | after[table].keys():
            old, new = before[table].get(key), after[table].get(key)
            if old != new:
                was[table][key] = old  # type: ignore[assignment]
                now[table][key] = new  # type: ignore[assignment]
    return Difference(tables, was, now)


def put(doc: Document, change: Difference, *, back: bool) -> None:
    """Put the rows ``change`` touched as they were before it (``back``) or after it, in one transaction; refused with
    :class:`RowsMoved`, nothing written, unless they are as the other side left them and nothing else moves."""
    expected, wanted = (change.after, change.before) if back else (change.before, change.after)
    tables = change.tables
    with doc.transaction() as db:
        current = _read(db, tables)
        for table in tables:
            for key, row in expected[table].items():
                if current[table].get(key) != row:
                    raise RowsMoved("the rows were changed since")
        for table in reversed(tables):  # children first; a row deleted takes its children along
            for key, row in wanted[table].items():
                if row is None:
                    db.execute(f"DELETE FROM {table} WHERE rowid = ?", [key])
        for table in tables:  # parents first, so that a child's row finds its parent
            names, alias = _columns(db, table)
            for key, row in wanted[table].items():
                if row is None:
                    continue
                if expected[table].get(key) is not None:
                    sets = ", ".join(f"{n} = ?" for n in names)
                    db.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*row, key])
                else:
                    listed = ", ".join(names if alias else ["rowid", *names])
                    values = list(row) if alias else [key, *row]
                    db.execute(f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(values))})", values)
        _check_the_rest(_read(db, tables), current, wanted)


def _check_the_rest(written: Rows, current: Rows, wanted: Mapping[str, Mapping[int, tuple | None]]) -> None:
    """Every row ``wanted`` names is as wanted, and every other one as it was (none taken along by a deletion)."""
    for table, rows in written.items():
        touched = wanted[table]
        for key in rows.keys() | current[table].keys() | touched.keys():
            expected = touched[key] if key in touched else current[table].get(key)
            if rows.get(key) != expected:
                raise RowsMoved("other rows would have been changed with them")
