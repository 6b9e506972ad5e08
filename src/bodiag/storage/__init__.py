"""The .bodiag document: one SQLite file per organisation, and what is stored in it.

May import: :mod:`bodiag.domain` (the records it reads and writes), :mod:`bodiag.errors`,
:mod:`bodiag.paths`, sqlite3 and sqlite-utils. Never services, the report or a face.
"""
