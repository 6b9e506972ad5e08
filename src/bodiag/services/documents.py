"""The one door into a document: every way of opening a ``.bodiag`` file goes through :func:`open_document`.

The command line, the desktop app's session, the report export's worker,
sharing, taking over a shared copy and importing a respondent's copy into a
workshop all open a document here, and nowhere else (``tests/test_one_door.py``
checks it). Creating one is storage's (:meth:`Document.create
<bodiag.storage.document.Document.create>` opens the file it has just built).

Which file is trusted, and how far:

- Every file gets storage's checks on opening (header, application id,
  version, ``quick_check``, no trigger, view or unknown table; ``trusted_schema``
  is off), and is refused, untouched, when it fails them.
- A file bodiag cannot vouch for also gets the untrusted-file checks of
  :mod:`bodiag.services.received` (size, type and length of every value, every
  stored answer and questionnaire, the shared-copy mark) before anything else
  reads it, with the document opened read-only until they pass (an older
  document is checked in its own schema before its upgrade, which writes to
  it, and again after). That is any file the user names, whether received,
  shared, a respondent's copy, or one of their own: bodiag cannot tell a file
  it wrote from one that was handed over or edited since.
- The only exception is the app's own default document (the demo, which bodiag
  builds in its data folder on first start), when the caller says it opens
  that one (``own``) and the path is indeed it: nobody hands that file over,
  and the app's start-up is faster without the scan.

A shared copy opens read-only until its receiver takes it over
(:func:`take_over`, or :meth:`OpenDocument.take_over` on the open copy).

Imports: :mod:`bodiag.storage`, :mod:`bodiag.services.received` (the checks)
and :mod:`bodiag.services.diagnostic`; never the faces (``cli``, ``ui``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bodiag.errors import InputError
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.received import SharedMark, check_received, check_size, clear_mark, read_mark
from bodiag.storage.document import Document, interrupted, journal_of, roll_back
from bodiag.storage.errors import DocumentError, InterruptedDocument
from bodiag.storage.header import check_version, read_header
from bodiag.storage.migrations import SCHEMA_VERSION

MARK_VERSION = 3  # the schema step that added document.shared_at and shared_by


class OpenDocument(Diagnostic):
    """A document opened through the door: read-only while ``shared`` holds its shared-copy mark."""

    def __init__(self, document: Document, shared: SharedMark | None):
        super().__init__(document)
        self.shared = shared

    @property
    def is_shared_copy(self) -> bool:
        return self.shared is not None

    @property
    def readonly(self) -> bool:
        return self.document.readonly

    def take_over(self) -> None:
        """Make the copy the receiver's own: clear its mark and reopen it for writing.

        On failure (read-only file or folder, open elsewhere) the copy stays open read-only, marked.
        """
        path = self.document.path
        self.document.close()
        try:
            document = Document.open(path)
            try:
                check_received(document)
                clear_mark(document)
            except BaseException:
                document.close()
                raise
        except BaseException:
            self.document = Document.open(path, readonly=True)
            raise
        self.document = document
        self.shared = None


ReceivedDiagnostic = OpenDocument  # its name when only received files were checked


def open_document(path: str | Path, *, readonly: bool = False, own: bool = False) -> OpenDocument:
    """Open ``path`` through the door; a file that fails a check raises a ``DocumentError`` and is left untouched.

    A shared copy opens read-only (``is_shared_copy`` is true) until it is
    taken over; any other document opens for writing unless ``readonly`` (an
    older one is upgraded, after a backup copy). ``own``: the caller opens the
    app's default document (see the module's docstring).
    """
    path = Path(path)
    if own and _is_default_document(path):
        return OpenDocument(Document.open(path, readonly=readonly, recover=True), None)
    header = read_header(path)
    check_version(path, header, SCHEMA_VERSION)
    check_size(path)
    current = header.user_version >= SCHEMA_VERSION
    # An interrupted change is undone on the user's own document (never on a received copy) before anything reads it.
    recover = _own_interrupted(path)
    if not current:  # checked as it is, before the upgrade writes to it (and again after, in the new schema)
        with Document.open(path, as_found=True, recover=recover) as found:
            check_received(found)
    # read-only first: nothing written before the checks
    try:
        document = Document.open(path, readonly=readonly or current, recover=recover)
    except InterruptedDocument as exc:  # a received copy, or one the user cannot write to: never undone on it
        raise InterruptedDocument(f"{exc}; or recover it on a private copy, which leaves it as it is "
                                  f"(bodiag recover {path})") from None
    try:
        questionnaires = check_received(document)
        mark = read_mark(document)
        told = document.notices
        if mark is not None and not document.readonly:  # an older shared copy, just upgraded
            document.close()
            document = Document.open(path, readonly=True)
        elif mark is None and document.readonly and not readonly:
            document.close()
            document = Document.open(path)
        document.notices = [*told, *(n for n in document.notices if n not in told)]
    except BaseException:
        document.close()
        raise
    opened = OpenDocument(document, mark)
    opened._questionnaires.update(questionnaires)  # already rebuilt by the checks
    return opened


@contextlib.contextmanager
def read_someone_elses(path: str | Path) -> Iterator[OpenDocument]:
    """Someone else's document (a respondent's copy), opened read-only through the door and never written.

    Their copy may have been left mid-change on their computer. Undoing that
    change writes to the file, which is theirs: it is undone on a private copy
    of the file and its undo log instead, and that copy is what is read (then
    removed). Messages name their file, never the private copy.
    """
    path = Path(path)
    if not interrupted(path):
        with open_document(path, readonly=True) as opened:
            yield opened
        return
    read_header(path)  # a regular file, and a document, before it is copied
    with tempfile.TemporaryDirectory(prefix="bodiag-recover-") as folder:
        private = Path(folder) / path.name
        try:
            shutil.copyfile(path, private)
            shutil.copyfile(journal_of(path), journal_of(private))
            roll_back(private)
            opened = open_document(private, readonly=True)
        except OSError as exc:
            raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        except DocumentError as exc:
            raise type(exc)(str(exc).replace(str(private), str(path))) from None
        with opened:
            yield opened


def left_mid_change(path: str | Path) -> bool:
    """Whether ``path`` was left in the middle of a change (its undo log lies beside it), read without opening it."""
    return interrupted(Path(path))


def recovered_copy_path(path: str | Path) -> Path:
    """Where :func:`recover_on_private_copy` puts the private copy of ``path`` by default: the user's data folder,
    under ``recovered/``, named after the received file, never over an earlier copy."""
    from bodiag.paths import user_data_dir

    path = Path(path)
    folder = user_data_dir() / "recovered"
    target = folder / f"{path.stem}-recovered.bodiag"
    number = 2
    while target.exists() or journal_of(target).exists():
        target = folder / f"{path.stem}-recovered-{number}.bodiag"
        number += 1
    return target


def recover_on_private_copy(path: str | Path, target: str | Path | None = None) -> Path:
    """Undo the unfinished change of a document left mid-change (a crash) on a private copy, never on ``path``.

    For a copy the user received (or one they cannot write to): undoing the change
    writes to the file, which is not theirs to change without their consent. The
    file and its undo log are copied, the change undone on the copy, the copy
    checked as any received file is, and only then given its name (``target``, by
    default :func:`recovered_copy_path`): no half-made copy is ever left. ``path``
    and its undo log stay byte for byte as they were. A shared copy's mark stays on
    the private copy, which opens read-only until taken over. Returns the copy's path.
    """
    path = Path(path)
    if not interrupted(path):
        raise InputError(f"{path}: no change was left unfinished in it (no undo log beside it): nothing to recover")
    read_header(path)  # a regular file, and a document, before it is copied
    target = Path(target) if target is not None else recovered_copy_path(path)
    if target.exists() or journal_of(target).exists():
        raise InputError(f"{target}: already exists: choose another name for the recovered copy")
    if target.resolve() == path.resolve():
        raise InputError(f"{target}: the recovered copy cannot replace the file it is made from")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".bodiag-recover-", dir=target.parent) as folder:
            private = Path(folder) / path.name
            try:
                shutil.copyfile(path, private)
                shutil.copyfile(journal_of(path), journal_of(private))
                roll_back(private)
                with open_document(private, readonly=True):
                    pass  # every check of a received file, on the copy with its change undone
            except DocumentError as exc:
                raise type(exc)(str(exc).replace(str(private), str(path))) from None
            os.replace(private, target)
    except OSError as exc:
        raise DocumentError(f"{target}: the recovered copy cannot be written ({exc.strerror or exc})") from None
    return target


def is_current(path: str | Path) -> bool:
    """``path`` is of this bodiag's schema, so it can be read without an upgrade (read from its header only)."""
    path = Path(path)
    header = read_header(path)
    check_version(path, header, SCHEMA_VERSION)
    return header.user_version >= SCHEMA_VERSION


def _own_interrupted(path: Path) -> bool:
    """``path`` was left mid-change and is the user's own, not a shared copy: the change may be undone on it.

    What the document is can only be read once the change is undone, so that is
    done first on a private copy of the file and its undo log, which the checks
    then read; the file itself is not touched here.
    """
    if not interrupted(path):
        return False
    with tempfile.TemporaryDirectory(prefix="bodiag-recover-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(journal_of(path), journal_of(copy))
            with Document.open(copy) as private:
                check_received(private)
                return read_mark(private) is None
        except (OSError, DocumentError):
            return False  # the open of the file itself then says why it cannot be read


def _is_default_document(path: Path) -> bool:
    from bodiag.paths import default_document_path

    default = default_document_path()
    try:
        return os.path.samefile(path, default)
    except OSError:
        return False


def shared_mark(path: str | Path) -> SharedMark | None:
    """The mark of a shared copy, read without writing anything; ``None`` for an ordinary document."""
    path = Path(path)
    header = read_header(path)
    check_version(path, header, SCHEMA_VERSION)
    if header.user_version < MARK_VERSION:
        return None
    check_size(path)
    with Document.open(path, readonly=True) as document:
        check_received(document)
        return read_mark(document)


def is_shared_copy(path: str | Path) -> bool:
    """Whether ``path`` is a shared copy not yet taken over (opened read-only to find out)."""
    return shared_mark(path) is not None


def take_over(path: str | Path) -> bool:
    """Clear the mark of a shared copy, so that it opens for writing; ``False`` if it had none."""
    path = Path(path)
    check_size(path)
    with Document.open(path) as document:
        check_received(document)
        return clear_mark(document)
