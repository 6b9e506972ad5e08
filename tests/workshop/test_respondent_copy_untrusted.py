"""A respondent's copy is someone else's file: importing it applies every untrusted-file check.

Each hostile copy is built with plain ``sqlite3`` from a real answered copy.
Each import is refused with a message naming the copy (exit code 3 through
``bodiag respondent-import``, one line, no traceback); the workshop document
and the hostile copy are left byte for byte as they were.
"""

from __future__ import annotations

import sqlite3

import pytest

from bodiag.cli import main
from bodiag.errors import ExitCode
from bodiag.services import workshop
from bodiag.storage.errors import DamagedDocument, DocumentError, NewerDocument, NotADocument

DEEP = "[" * 100_000 + "]" * 100_000

HOSTILE = {  # name: (SQL run on the copy, error class, what the message says)
    "trigger": (
        "CREATE TRIGGER wipe AFTER INSERT ON answers BEGIN DELETE FROM answers; END",
        NotADocument, "trigger 'wipe'",
    ),
    "view": ("CREATE VIEW everything AS SELECT * FROM answers", NotADocument, "view 'everything'"),
    "newer-user-version": ("PRAGMA user_version = 999", NewerDocument, "newer version of bodiag"),
    "malformed-json": (
        """UPDATE answers SET value = '{"option": "applied"' WHERE question_id = 'q1'""",
        DamagedDocument, "unreadable answer to question 'q1'",
    ),
    "deep-json": (
        f"""UPDATE answers SET value = '{{"text": {DEEP}}}' WHERE question_id = 'q1'""",
        DamagedDocument, "unreadable answer to question 'q1'",
    ),
    "integer-for-text": (
        """UPDATE answers SET value = '{"option": 7}' WHERE question_id = 'q1'""",
        DamagedDocument, "unreadable answer to question 'q1'",
    ),
    "blob-note": ("UPDATE answers SET note = X'00FF00' WHERE question_id = 'q1'", NotADocument, "answers.note holds binary data"),
}


def hostile(copy, kind):
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute(HOSTILE[kind][0])
    finally:
        conn.close()
    return copy


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_copy_is_refused_and_nothing_changes(diagnostic, mini_assessment, trio, doc_path, copy_path, kind):
    copy = hostile(copy_path, kind)
    _, error, words = HOSTILE[kind]
    workshop.respondent_answer(diagnostic, mini_assessment, trio[1], "q1", "none", note="avant")
    before, theirs = doc_path.read_bytes(), copy.read_bytes()
    with pytest.raises(error) as info:
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[1], copy)
    assert str(info.value).startswith(f"{copy}: ") and words in str(info.value)
    assert doc_path.read_bytes() == before
    assert copy.read_bytes() == theirs
    assert workshop.respondent_answers(diagnostic, mini_assessment)[trio[1].id] == {
        "q1": (diagnostic.prepare(mini_assessment, "q1", "none").value, "avant")
    }


@pytest.mark.parametrize("kind", HOSTILE)
def test_the_command_line_refuses_it_in_one_line(diagnostic, mini_assessment, trio, doc_path, copy_path, kind, capsys):
    diagnostic.close()  # the command opens the workshop document itself
    copy = hostile(copy_path, kind)
    before, theirs = doc_path.read_bytes(), copy.read_bytes()
    code = main(["respondent-import", str(doc_path), "1", "Bob", str(copy)])
    out, err = capsys.readouterr()
    assert code == ExitCode.DOCUMENT == DocumentError.exit_code
    assert out == "" and err.count("\n") == 1 and str(copy) in err and HOSTILE[kind][2] in err
    assert "Traceback" not in err
    assert doc_path.read_bytes() == before
    assert copy.read_bytes() == theirs


def test_the_sound_copy_still_imports(diagnostic, mini_assessment, trio, copy_path):
    assert workshop.import_respondent_copy(diagnostic, mini_assessment, trio[1], copy_path) == 2


def test_a_copy_a_crash_left_mid_change_is_read_as_saved_and_never_written(
        diagnostic, mini_assessment, trio, copy_path):
    """Bob's computer stopped while his copy was being saved: his saved answers are imported, his file untouched."""
    from bodiag.storage.document import journal_of
    from tests.storage.test_interrupted import crash_mid_change

    left = crash_mid_change(copy_path)
    log = journal_of(copy_path).read_bytes()
    assert workshop.import_respondent_copy(diagnostic, mini_assessment, trio[1], copy_path) == 2
    imported = workshop.respondent_answers(diagnostic, mini_assessment)[trio[1].id]
    assert imported["q1"] == (diagnostic.prepare(mini_assessment, "q1", "applied").value, "d'après moi")
    assert copy_path.read_bytes() == left and journal_of(copy_path).read_bytes() == log, "their file is not written"
