"""The checks every opened document goes through (services/received.py), on content planted with SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from bodiag.services.received import check_received
from bodiag.storage.document import Document
from bodiag.storage.errors import DamagedDocument, NotADocument


def _planted(path, sql: str) -> Document:
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()
    return Document.open(path, readonly=True)


def test_two_notes_that_would_join_into_valid_utf8_are_each_refused(demo_path):
    # each half of « é » (C3 A9) ends one note and starts the next: checked in one piece, the texts must not be
    # joined into a valid sequence
    first = "(SELECT min(rowid) FROM answers)"
    second = f"(SELECT min(rowid) FROM answers WHERE rowid > {first})"
    doc = _planted(demo_path, f"UPDATE answers SET note = CASE rowid WHEN {first} THEN CAST(X'41C3' AS TEXT) "
                              f"WHEN {second} THEN CAST(X'A942' AS TEXT) ELSE note END")
    try:
        with pytest.raises(NotADocument, match="answers.note holds text that is not valid UTF-8"):
            check_received(doc)
    finally:
        doc.close()


def test_an_unreadable_answer_names_its_question_and_table(demo_path):
    doc = _planted(demo_path, """UPDATE answers SET value = '{"number": 1e999}' WHERE rowid = 2""")
    try:
        with pytest.raises(DamagedDocument, match=r"unreadable answer to question '[^']+' in answers"):
            check_received(doc)
    finally:
        doc.close()


@pytest.mark.parametrize("raw", ['{"option": "m1"}', '{"items": ["a", "b"]}', '{"number": 12.5}', '{"number": 3}',
                                 '{"text": "libre"}', '{"special": "na"}', '{"option": null}'])
def test_what_bodiag_writes_is_read(demo_path, raw):
    doc = _planted(demo_path, f"UPDATE answers SET value = '{raw}' WHERE rowid = 2")
    try:
        check_received(doc)
    finally:
        doc.close()
