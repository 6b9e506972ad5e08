"""Open, create and close a ``.bodiag`` document safely.

The document stays one file a user can copy: ``journal_mode=DELETE``, never WAL.
Every write is its own transaction with ``synchronous=FULL``, so an acknowledged
change survives the process being killed. Opening never creates a file
(``mode=rw``), and a file that is not a sound bodiag document is refused with a
message that says why, before anything could modify it. Services open a
document through their one door, :mod:`bodiag.services.documents`, which adds
the untrusted-file checks.

Imports: the standard library, :mod:`bodiag.file_safety` and the rest of
:mod:`bodiag.storage`; never services.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Collection, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from bodiag import __version__
from bodiag.errors import Notice
from bodiag.file_safety import (
    copy_atomically,
    describe_os_error,
    fsync_dir,
    fsync_file,
    kind_of,
    publish,
    temporary_beside,
)
from bodiag.storage.errors import (
    DamagedDocument,
    DocumentError,
    DocumentLocked,
    DocumentReadOnly,
    InterruptedDocument,
    NewerDocument,
    NotADocument,
    SaveFailed,
)
from bodiag.storage.header import APPLICATION_ID, check_version, read_header
from bodiag.storage.lock import DocumentLock, held_elsewhere
from bodiag.storage.migrations import SCHEMA_VERSION, STEPS, applied_steps, database, migration_set

SUFFIX = ".bodiag"
BUSY_TIMEOUT_MS = 500
EXPECTED_TABLES = {
    "organisation",
    "questionnaire_snapshots",
    "assessments",
    "answers",
    "answer_history",
    "document",
    "respondents",
    "respondent_answers",
    "actions",
    "action_questions",
    "action_dependencies",
    "plan",
    "plan_targets",
    "plan_scenarios",
    "plan_waves",
    "plan_members",
    "plan_reviews",
    "plan_risks",
    "plan_kpis",
    "commentary",
    "commentary_history",
    "sign_off",
    "sign_off_events",
    "workshop_attendees",
    "workshop_sessions",
    "hidden_terms",
    "_sqlite_migrations",
}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the document or its folder is read-only"
    if "unable to open" in text:
        return "the file can no longer be opened (moved or deleted?)"
    if "I/O" in text or "disk" in text:
        return f"a disk error occurred ({text})"
    return text


class Document:
    """An open document. Use :meth:`open` or :meth:`create`, and close it (or use ``with``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool, lock: DocumentLock | None,
                 notices: list[str] | None = None):
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._lock = lock
        # What opening it did that the user should be told (a stray file set aside…), in plain words.
        self.notices: list[str] = notices or []

    # -- opening ----------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, recover: bool = False,
             as_found: bool = False) -> Document:
        """Open an existing document, upgrading it (after a backup copy) if it is older.

        Raises a :class:`~bodiag.storage.errors.DocumentError` subclass, leaving the file
        untouched, when it is missing, empty, foreign, damaged, newer, locked or read-only.

        A document whose writer stopped mid-change (a crash, a kill) keeps that change's
        undo log beside it (``NAME-journal``). Opened for writing, the change is undone at
        once, as SQLite does. Opened read-only, it is undone first when ``recover`` says
        the document is the user's own (:func:`roll_back`); otherwise
        :class:`InterruptedDocument` says so and nothing is written. Either way
        :attr:`notices` tells the user what was done.

        ``as_found`` opens it read-only and never upgrades it: an older document
        is read in its own schema, to be checked before anything writes to it.
        """
        readonly = readonly or as_found
        path = Path(path)
        header = read_header(path)
        check_version(path, header, SCHEMA_VERSION)
        size = path.stat().st_size
        if header.page_count and size < header.page_count * header.page_size:
            raise DamagedDocument(f"{path}: the document is damaged (the file is truncated)")
        if header.wal:
            raise NotADocument(f"{path}: not a bodiag document (uses a write-ahead log, which bodiag never does)")
        if not readonly and not writable(path):
            raise DocumentReadOnly(f"{path}: the file is read-only: it can be opened read-only")
        if not readonly and not writable(path.parent):
            raise DocumentReadOnly(
                f"{path}: the folder {path.parent} is read-only: open the document read-only, "
                "or copy it to a folder you can write to"
            )
        _refuse_a_strange_journal(path)
        lock = None
        if not readonly:
            lock = DocumentLock(path)
            lock.acquire()
        try:
            notices = _set_aside_strays(path)
            if interrupted(path) and (not readonly or not held_elsewhere(path)):
                if readonly and not recover:
                    raise InterruptedDocument(
                        f"{path}: a change was being written when bodiag (or another program) stopped, and its "
                        f"undo log {journal_of(path).name} lies beside it; undoing it writes to the file, which "
                        "is not done on a copy you received: take it over to let bodiag undo the change, or ask "
                        "for a new copy"
                    )
                if readonly:
                    roll_back(path)
                notices.append(ROLLED_BACK)
            conn = _connect(path, "ro" if readonly else "rw")
            try:
                cls._check_integrity(path, conn)
                _configure(conn, readonly)
            except BaseException:
                conn.close()
                raise
        except sqlite3.DatabaseError as exc:
            if lock:
                lock.release()
            raise DamagedDocument(f"{path}: the document is damaged ({exc})") from None
        except UnicodeDecodeError as exc:  # SQLite's own message quotes the damaged bytes, which are not UTF-8
            if lock:
                lock.release()
            said = exc.object.decode("utf-8", "replace") if isinstance(exc.object, bytes) else "unreadable text"
            raise DamagedDocument(f"{path}: the document is damaged ({said})") from None
        except BaseException:
            if lock:
                lock.release()
            raise
        doc = cls(path, conn, readonly, lock, notices)
        try:
            doc._check_schema()
            if header.user_version < SCHEMA_VERSION and not as_found:
                doc._upgrade(header.user_version)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # its tables cannot be read: damage
            doc.close()
            raise DamagedDocument(f"{path}: the document is damaged ({type(exc).__name__})") from None
        except BaseException:
            doc.close()
            raise
        return doc

    @staticmethod
    def _check_integrity(path: Path, conn: sqlite3.Connection) -> None:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise NotADocument(f"{path}: not a bodiag document (application id {app_id:#x})")
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        if rows != ["ok"]:
            raise DamagedDocument(f"{path}: the document is damaged ({'; '.join(rows)})")

    def _check_schema(self) -> None:
        objects = self.conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
        unexpected = [f"{kind} '{name}'" for kind, name in objects if kind in ("trigger", "view")]
        unexpected += [
            f"table '{name}'" for kind, name in objects if kind == "table" and name not in EXPECTED_TABLES
        ]
        if unexpected:
            raise NotADocument(
                f"{self.path}: not a bodiag document (contains {', '.join(unexpected[:3])}, which bodiag never creates)"
            )
        if "_sqlite_migrations" in {name for _, name in objects}:
            applied = applied_steps(self.conn)
            unknown = [name for name in applied if name not in STEPS]
            if unknown:
                raise NewerDocument(
                    f"{self.path}: made by a newer version of bodiag (unknown schema step {unknown[0]}): "
                    "update bodiag to open it"
                )

    def _upgrade(self, from_version: int) -> None:
        if self.readonly:
            raise DocumentReadOnly(
                f"{self.path}: made by an older bodiag (version {from_version}) and must be upgraded, "
                "which needs it opened for writing once: in the desktop app, or with any command that changes "
                f"it, such as `bodiag organisation {self.path.name} --name …`; a copy of the old version is kept beside it "
                f"as {self.path.stem}.v{from_version}-backup{self.path.suffix}"
            )
        backup = self.path.with_name(f"{self.path.stem}.v{from_version}-backup{self.path.suffix}")
        try:
            self._backup_to(backup)
            migration_set().apply(database(self.conn))
            with self.transaction() as conn:
                conn.execute("UPDATE document SET written_by = ?", [__version__])
        except (sqlite3.Error, OSError) as exc:
            reason = describe_os_error(exc) if isinstance(exc, OSError) else describe_sqlite_error(exc)
            raise SaveFailed(f"{self.path}: could not be upgraded: {reason}; the document is unchanged") from None
        except Exception as exc:  # a bug in a step: the transaction rolled back, say so plainly
            raise SaveFailed(
                f"{self.path}: could not be upgraded ({type(exc).__name__}: {exc}); the document is unchanged"
            ) from exc
        self.backup_path = backup

    def _backup_to(self, target: Path) -> None:
        """Copy the document's exact bytes to ``target`` (written beside it first, then renamed).

        A byte copy, not SQLite's backup API, which rewrites header fields (change
        counter, schema cookie) so the backup would not be the user's file as it was.
        Nothing else writes the file meanwhile: we hold its lock and have not written.
        """
        copy_atomically(self.path, target)

    # -- creating ---------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, organisation: str, *, overwrite: bool = False) -> Document:
        """Create a new document for ``organisation`` and open it.

        The file is built under a temporary name in the same folder and appears
        complete, or not at all. An existing file is never replaced unless
        ``overwrite`` is true.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError(f"{path}: a file with this name already exists")
        if not path.parent.is_dir():
            raise DocumentError(f"{path.parent}: no such folder")
        holder = None
        if path.exists():  # never replace a document someone has open
            holder = DocumentLock(path)
            holder.acquire()
        try:
            cls._write_new(path, organisation, overwrite)
        finally:
            if holder is not None:
                holder.release()
        return cls.open(path)

    @classmethod
    def _write_new(cls, path: Path, organisation: str, overwrite: bool) -> None:
        try:
            tmp = temporary_beside(path)
        except OSError as exc:
            raise SaveFailed(f"{path}: cannot create the document: {describe_os_error(exc)}") from None
        try:
            cls._initialise(tmp, organisation)
            fsync_file(tmp)
            publish(tmp, path, overwrite=overwrite)
            fsync_dir(path.parent)
        except FileExistsError:
            tmp.unlink(missing_ok=True)
            raise DocumentError(f"{path}: a file with this name already exists") from None
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            reason = describe_os_error(exc) if isinstance(exc, OSError) else describe_sqlite_error(exc)
            raise SaveFailed(f"{path}: cannot create the document: {reason}") from None
        except BaseException:  # interrupted: no half-built document left beside the user's files
            tmp.unlink(missing_ok=True)
            raise

    @staticmethod
    def _initialise(path: Path, organisation: str) -> None:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db = database(conn)
            migration_set().apply(db)
            stamp = now()
            with db.atomic():
                db.execute(
                    "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)",
                    [organisation, stamp, stamp],
                )
                db.execute("UPDATE document SET created_by = ?, written_by = ?", [__version__, __version__])
        finally:
            conn.close()

    # -- using ------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed unit of change; on failure nothing of it is kept and :class:`SaveFailed` says why."""
        if self.readonly:
            raise DocumentReadOnly(f"{self.path}: the document is open read-only")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise SaveFailed(f"{self.path}: not saved: {self._why_not_saved(describe_sqlite_error(exc))}") from None
        except OSError as exc:
            raise SaveFailed(f"{self.path}: not saved: {self._why_not_saved(describe_os_error(exc))}") from None

    def _why_not_saved(self, reason: str) -> str:
        """SQLite calls a file deleted or moved while open "read-only": say what happened instead."""
        if not self.path.exists():
            return ("the file was moved, renamed or deleted while it was open: put it back, or save a copy "
                    "elsewhere; what is on screen is kept")
        return reason

    def query(self, sql: str, params: tuple | list = ()) -> list[dict]:
        try:
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        except sqlite3.DatabaseError as exc:
            raise DamagedDocument(f"{self.path}: cannot be read: {describe_sqlite_error(exc)}") from None
        except UnicodeDecodeError:  # bodiag writes UTF-8 only: another program wrote this
            raise DamagedDocument(f"{self.path}: the document is damaged (text that is not valid UTF-8)") from None

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


ROLLED_BACK = Notice("bodiag (or the computer) stopped while a change was being saved: that last, unfinished "
                     "change was undone. Every answer saved before it is there.", "rolled_back")


def update_row(doc: Document, table: str, columns: Collection[str], changes: Mapping[str, object], what: str, *,
               row_id: int = 1, stamped: bool = True, single: bool = False) -> None:
    """Set ``changes`` in the row ``row_id`` of ``table``, with its ``updated_at`` when ``stamped``, in one
    transaction; a table of a ``single`` row gets it made first if there is none yet. A :class:`ValueError`
    ("not a ``what``") for a name not in ``columns``."""
    unknown = [name for name in changes if name not in columns]
    if unknown:
        raise ValueError(f"not a {what}: {unknown[0]}")
    if changes:
        with doc.transaction() as db:
            if single:
                db.execute(f"INSERT OR IGNORE INTO {table} (id, updated_at) VALUES (?, ?)", [row_id, now()])
            sets = ", ".join([*(f"{name} = ?" for name in changes), *(["updated_at = ?"] if stamped else [])])
            db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), *([now()] if stamped else []), row_id])


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def interrupted(path: Path) -> bool:
    """An undo log is left beside ``path``: its writer stopped in the middle of a change."""
    try:
        info = os.lstat(journal_of(path))
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size > 0


def _refuse_a_strange_journal(path: Path) -> None:
    """Refuse ``path`` when what lies at its undo log's name is not a plain file: SQLite would read it.

    An undo log is always a plain file of the document's writer. A link would
    have SQLite read (and then delete) whatever it names; a named pipe, with
    nobody writing to it, would keep SQLite waiting for ever.
    """
    journal = journal_of(path)
    try:
        info = os.lstat(journal)
    except OSError:
        return
    kind = "a link" if stat.S_ISLNK(info.st_mode) else kind_of(info.st_mode)
    if kind is not None:
        raise DocumentError(
            f"{path}: {journal.name} beside it is {kind}, not an undo log (which is always a plain file), and SQLite "
            "would read it: the document is not opened; remove it, then open the document again"
        )


def roll_back(path: Path) -> None:
    """Undo the unfinished change left in ``path``'s undo log, as a writable open does, then close.

    Held under the document's lock, so that no bodiag writing it now is mistaken for a
    stopped one (its own change in progress would be undone).
    """
    if not writable(path) or not writable(path.parent):
        raise InterruptedDocument(
            f"{path}: a change was being written when bodiag stopped, and undoing it needs the file and its "
            f"folder writable: copy the document with {journal_of(path).name} to a folder you can write to"
        )
    lock = DocumentLock(path)
    try:
        lock.acquire()
    except DocumentLocked:
        return  # a bodiag holds it for writing: the log is its change in progress, not a stopped one
    try:
        conn = _connect(path, "rw")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SQLite undoes the change here
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # (SQLite's message may quote damaged bytes)
        raise DamagedDocument(f"{path}: the document is damaged ({type(exc).__name__})") from None
    finally:
        lock.release()


# Files SQLite would read beside a document in write-ahead-log mode. bodiag documents
# never use one (rollback journal only), so any such file was put there by someone
# else, and SQLite would apply its pages to the document: it is set aside, unread.
STRAY_SUFFIXES = ("-wal", "-shm")


def _set_aside_strays(path: Path) -> list[str]:
    """Rename what lies beside ``path`` that is not bodiag's; say what was done. The document is not touched."""
    notices = []
    for suffix in STRAY_SUFFIXES:
        stray = path.with_name(path.name + suffix)
        if not os.path.lexists(stray):
            continue
        aside = stray.with_name(f"{stray.name}.set-aside-{datetime.now().strftime('%Y%m%d-%H%M%S')}")
        try:
            os.rename(stray, aside)
        except OSError as exc:
            raise DocumentError(
                f"{path}: a file {stray.name} lies beside the document; bodiag never writes one and will not let "
                f"SQLite apply it, but cannot set it aside ({describe_os_error(exc)}): move it away, then open "
                "the document again"
            ) from None
        notices.append(Notice(
            f"{stray.name} lay beside the document: bodiag never writes such a file, so it was not applied; "
            f"it was renamed {aside.name}. The document itself is unchanged.", "set_aside", stray.name, aside.name,
        ))
    return notices


def writable(path: Path) -> bool:
    """Whether the user may write ``path``: permitted, and not marked read-only.

    The mode bits are checked too because an administrator account may write
    anything, yet a file its user marked read-only must be treated as such.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
