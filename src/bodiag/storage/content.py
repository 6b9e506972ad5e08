"""A document's assessed content, table by table, as the fingerprint reads it.

What the user has said and decided — the organisation, the assessments and the
questionnaire versions they use, answers and notes, respondents, actions, the
plan directeur — without what only records *when* or *how* it was said: the
change history, the schema's bookkeeping, the document's own identity and any
column named ``…_at``. A value equal to its column's default counts as absent
and an empty table as no table, so upgrading a document to a newer schema (which
adds tables, and columns with defaults) leaves its content as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from bodiag.storage.document import Document
from bodiag.storage.errors import DamagedDocument

# history and bookkeeping: when things changed, by which program, under which identity
SKIPPED_TABLES = frozenset({"_sqlite_migrations", "answer_history", "document"})
# a questionnaire version is its hash: where it was loaded from and its stored copy add nothing
SKIPPED_COLUMNS = {"questionnaire_snapshots": frozenset({"source", "model"})}


def _defaults(doc: Document, table: str) -> dict[str, object]:
    """Each column's default value, as SQLite evaluates it (None for a column without one)."""
    defaults: dict[str, object] = {}
    for column in doc.query("SELECT name, dflt_value FROM pragma_table_info(?)", [table]):
        expression = column["dflt_value"]
        value = None
        if expression is not None:
            try:  # the schema's own literal ('', 'improvement', 36): evaluated, never stored
                value = doc.conn.execute(f"SELECT {expression}").fetchone()[0]
            except sqlite3.Error:
                value = None
        defaults[column["name"]] = value
    return defaults


def content(doc: Document) -> Iterator[tuple[str, list[dict[str, object]]]]:
    """``(table, rows)`` for every table holding content, by name; each row without its absent values."""
    tables = doc.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
    for table in (t["name"] for t in tables):
        if table in SKIPPED_TABLES:
            continue
        defaults = _defaults(doc, table)
        columns = sorted(name for name in defaults if not name.endswith("_at") and name not in SKIPPED_COLUMNS.get(table, ()))
        if not columns:
            continue
        quoted = ", ".join(f'"{name}"' for name in columns)
        try:
            cursor = doc.conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY {quoted}')
            rows = [
                {name: value for name, value in zip(columns, row) if value is not None and value != defaults[name]}
                for row in cursor
            ]
        except sqlite3.DatabaseError as exc:
            raise DamagedDocument(f"{doc.path}: cannot be read: {exc}") from None
        if rows:
            yield table, rows
