"""Save a copy of a document to hand to someone, without its notes or names if asked.

The copy is a self-contained ``.bodiag``: SQLite's ``VACUUM INTO`` writes a
compact snapshot of the open document to a temporary file beside the target
(the open document is only read, never written). Everything else happens on
that temporary copy with plain ``sqlite3``: notes and names are stripped as
asked, the copy is marked as shared (``document.shared_at``/``shared_by``),
then ``VACUUM`` rewrites it so that no stripped text survives in a free page.
The copy is flushed to disk and renamed to the target: it appears complete, or
not at all.

A copy with the mark opens read-only until its receiver takes it over: see
:mod:`bodiag.services.documents` (its functions are also importable from here).

Imports: :mod:`bodiag.storage`, :mod:`bodiag.file_safety`, the door and its checks.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from bodiag.errors import InputError, WriteError
from bodiag.file_safety import describe_os_error, publish, temporary_beside
from bodiag.file_safety import fsync_dir as _fsync_dir
from bodiag.file_safety import fsync_file as _fsync_file
from bodiag.services.anonymising import name_parts
from bodiag.services.text_hiding import PERSON, TERM, Hider
from bodiag.services.diagnostic import Diagnostic
from bodiag.storage.document import describe_sqlite_error, now, writable
from bodiag.storage.lock import DocumentLock

MAX_SHARED_BY = 200
HIDDEN_TERM = "[terme masqué]"
# Every column users type free text into (the names are replaced in their own columns first).
FREE_TEXTS = (("answers", "note"), ("respondent_answers", "note"), ("answer_history", "old_note"),
              ("answer_history", "new_note"), ("assessments", "title"), ("actions", "title"), ("actions", "notes"),
              ("actions", "milestone"), ("commentary", "text"), ("commentary_history", "old_text"),
              ("commentary_history", "new_text"), ("plan", "rationale"), ("plan_targets", "ambition"),
              ("plan_scenarios", "title"), ("plan_scenarios", "description"), ("plan_members", "function"),
              ("plan_reviews", "notes"), ("plan_risks", "title"), ("plan_risks", "mitigation"), ("plan_kpis", "label"),
              ("plan_kpis", "source"), ("plan_kpis", "unit"), ("workshop_attendees", "role"),
              ("workshop_attendees", "organisation"), ("workshop_sessions", "place"), ("sign_off", "assessor_role"),
              ("sign_off", "director_role"), ("sign_off_events", "reason"))
TEXT_ANSWERS = (("answers", "value"), ("respondent_answers", "value"), ("answer_history", "old_value"),
                ("answer_history", "new_value"))
PSEUDONYMS = {"respondent": "Répondant", "assessor": "Évaluateur", "owner": "Responsable", "member": "Membre",
              "attendee": "Participant", "director": "Dirigeant"}


def save_copy_to_share(
    diagnostic: Diagnostic,
    target: str | Path,
    *,
    strip_notes: bool = False,
    strip_names: bool = False,
    shared_by: str = "",
    overwrite: bool = False,
) -> Path:
    """Write a copy of the open document to ``target``, marked as shared; return its path.

    ``strip_notes`` removes every note (answers, respondents' answers, actions,
    the plan's review notes, and the trace of note changes in the history); ``strip_names`` replaces the
    respondents' names with « Répondant 1 », « Répondant 2 »… wherever they
    appear (respondents, answers, history), the assessors with « Évaluateur N »
    the action and risk owners with « Responsable N » and the plan's steering
    committee with « Membre N » (one person keeps one pseudonym throughout), and hides the document's terms to hide
    (:mod:`.hidden_terms`) with them in every text users typed, then empties that list. The open document is left exactly as it was. An
    existing ``target`` is replaced only with ``overwrite``, and never when it
    is the open document itself or a document open elsewhere.
    """
    source = diagnostic.document
    target = Path(target)
    _check_target(source.path, target, overwrite)
    holder = None
    if target.exists():  # never replace a document someone has open
        holder = DocumentLock(target)
        holder.acquire()
    try:
        try:
            tmp = temporary_beside(target)
        except OSError as exc:
            raise WriteError(f"{target}: the copy was not saved: {describe_os_error(exc)}") from None
        try:
            _vacuum_into(source.conn, tmp)
            _prepare_copy(tmp, strip_notes, strip_names, " ".join(shared_by.split())[:MAX_SHARED_BY])
            _fsync_file(tmp)
            try:
                publish(tmp, target, overwrite=overwrite)
            except FileExistsError:  # the name was taken meanwhile: never clobber
                raise InputError(f"{target}: a file with this name already exists (nothing was written)") from None
            _fsync_dir(target.parent)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise WriteError(f"{target}: the copy was not saved: {describe_os_error(exc)}") from None
            if isinstance(exc, sqlite3.Error):
                raise WriteError(f"{target}: the copy was not saved: {describe_sqlite_error(exc)}") from None
            raise
    finally:
        if holder is not None:
            holder.release()
    return target


# -- the steps --------------------------------------------------------------------------------


def _check_target(source: Path, target: Path, overwrite: bool) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise WriteError(f"{target}: the copy was not saved: the folder {folder} does not exist")
    if target.exists():
        if _same_file(source, target):
            raise InputError(f"{target}: is the open document itself: give the copy another name")
        if target.is_dir():
            raise InputError(f"{target}: is a folder: give the name of the copy to write")
        if not overwrite:
            raise InputError(f"{target}: a file with this name already exists (nothing was written)")
        if not writable(target):
            raise WriteError(f"{target}: the copy was not saved: the existing file is read-only")
    if not writable(folder):
        raise WriteError(f"{target}: the copy was not saved: the folder {folder} is read-only")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _vacuum_into(conn: sqlite3.Connection, tmp: Path) -> None:
    """A consistent, compact snapshot of the open document; the document itself is only read."""
    conn.execute("VACUUM INTO ?", [str(tmp)])


def _prepare_copy(tmp: Path, strip_notes: bool, strip_names: bool, shared_by: str) -> None:
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = MEMORY")  # the unstripped pages go to no journal file
        conn.execute("BEGIN IMMEDIATE")
        try:
            if strip_notes:
                _strip_notes(conn)
            if strip_names:
                _strip_names(conn)
            conn.execute("UPDATE document SET shared_at = ?, shared_by = ?", [now(), shared_by])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")  # rewrite the file: no stripped text is left in a free page
    finally:
        conn.close()


def _strip_notes(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE answers SET note = '' WHERE note <> ''")
    conn.execute("DELETE FROM answers WHERE value IS NULL AND note = ''")  # rows that only held a note
    conn.execute("UPDATE respondent_answers SET note = '' WHERE note <> ''")
    conn.execute("DELETE FROM respondent_answers WHERE value IS NULL AND note = ''")
    conn.execute("UPDATE actions SET notes = '' WHERE notes <> ''")
    conn.execute("UPDATE plan_reviews SET notes = '' WHERE notes <> ''")
    # History records that a note changed, never its text; the copy keeps neither.
    conn.execute("DELETE FROM answer_history WHERE old_value IS new_value")  # changes of a note alone
    conn.execute("UPDATE answer_history SET old_note = NULL, new_note = NULL")
    conn.execute("DELETE FROM commentary_history")  # the commentary's earlier wordings, as notes' are


class _Pseudonyms:
    """One neutral name per person, numbered by role in order of first appearance."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.counts = dict.fromkeys(PSEUDONYMS, 0)

    def __call__(self, name: str, role: str) -> str:
        if not name:
            return name
        if name not in self.names:
            self.counts[role] += 1
            self.names[name] = f"{PSEUDONYMS[role]} {self.counts[role]}"
        return self.names[name]


def _strip_names(conn: sqlite3.Connection) -> None:
    pseudonym = _Pseudonyms()
    # (table, column, order, role): people met first as respondents keep « Répondant N » everywhere.
    places = [
        ("respondents", "name", "assessment_id, id", "respondent"),
        ("answers", "respondent", "assessment_id, rowid", "respondent"),
        ("answer_history", "respondent", "id", "respondent"),
        ("assessments", "assessor", "id", "assessor"),
        ("actions", "owner", "id", "owner"),
        ("plan_risks", "owner", "id", "owner"),
        ("plan_members", "name", "id", "member"),
        ("workshop_attendees", "name", "assessment_id, position, id", "attendee"),
        ("sign_off", "assessor", "id", "assessor"),
        ("sign_off", "director", "id", "director"),
        ("sign_off_events", "by_whom", "id", "assessor"),
        ("commentary", "author", "id", "assessor"),
        ("commentary_history", "author", "id", "assessor"),
    ]
    for table, column, order, role in places:
        rows = conn.execute(f"SELECT rowid, {column} FROM {table} ORDER BY {order}").fetchall()
        new = [(pseudonym(name, role), rowid) for rowid, name in rows if name]
        if table == "respondents":  # names are unique per assessment: step aside first, then rename
            conn.execute("UPDATE respondents SET name = lower(hex(randomblob(16))) || '.' || id WHERE name <> ''")
        conn.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", new)
    # What users typed may name a person or a term the document asks to hide: each becomes its neutral word there too.
    hide = Hider()
    for name, neutral in pseudonym.names.items():
        hide.add(name, neutral, PERSON, first=False)
    for word, neutral in name_parts(pseudonym.names, "fr").items():  # « Denis » for « Denis Owner »
        hide.add(word, neutral, PERSON, first=False)
    terms = [row[0] for row in conn.execute("SELECT term FROM hidden_terms ORDER BY id")]
    hide.extend(terms, HIDDEN_TERM, TERM)
    for table, column in FREE_TEXTS:
        rows = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {column} <> ''").fetchall()
        changed = [(new, rowid) for rowid, text in rows if (new := hide(text)) != text]
        conn.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", changed)
    for table, column in TEXT_ANSWERS:
        rows = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {column} LIKE '%\"text\"%'").fetchall()
        conn.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                         [(_hidden_answer(value, hide), rowid) for rowid, value in rows])
    conn.execute("DELETE FROM hidden_terms")  # the list itself says what was hidden


def _hidden_answer(value: str, hide: Hider) -> str:
    """A stored answer (JSON) with its free text hidden; anything else as it was."""
    try:
        answer = json.loads(value)
    except ValueError:
        return value
    if isinstance(answer, dict) and isinstance(answer.get("text"), str):
        answer["text"] = hide(answer["text"])
        return json.dumps(answer, ensure_ascii=False)
    return value
