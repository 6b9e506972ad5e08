"""Files read only if they are files, written so that they are complete or absent; spreadsheet text never a formula.

Every file a user hands bodiag (a questionnaire, answers, an action plan, a
workbook, a logo) is opened with :func:`open_for_reading`: a named pipe, a
device, a socket or a folder given under a file's name is refused at once,
never read (reading one may wait or run for ever).

Every writer of bodiag goes through here: the document being created or
backed up (:mod:`bodiag.storage.document`), a copy to share, the PDF report,
the CSV, XLSX, JSON and YAML exports. A file is written under a temporary name
beside its target (same folder, so the rename is atomic), flushed, synced to
disk, renamed over the target, then the folder is synced (best effort: the file
is in place already). On any failure, a ``KeyboardInterrupt`` included, the
temporary is removed and the user's old file is left as it was.

A writer's caller words its own messages: :func:`write_atomically` takes the
exception to raise for a failure's reason, and the lower-level helpers raise
:class:`OSError` as the system gave it.

Imports: the standard library and :mod:`bodiag.errors` only, so that storage
and services can both use it (storage never imports services).
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from bodiag.errors import WriteError

# -- describing a failure ---------------------------------------------------------------------


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only file or folder)"
    return exc.strerror or str(exc)


# -- reading a file someone gave us -----------------------------------------------------------

# What a path that is not a plain file is, for the message that refuses it.
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def kind_of(mode: int) -> str | None:
    """What a file of ``mode`` is when it is not a regular file ("a named pipe (FIFO)"…); ``None`` for one."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


class NotARegularFile(OSError):
    """A folder, a named pipe, a device or a socket where a file was expected: never read, for it may never end."""

    def __init__(self, path: str | Path, kind: str):
        super().__init__(errno.EINVAL, f"it is {kind}, not a file", str(path))
        self.kind = kind


def open_for_reading(path: str | Path) -> BinaryIO:
    """``path`` opened for reading in binary, refused at once (:class:`NotARegularFile`) unless a regular file.

    Opened without blocking, so that a named pipe with nobody writing to it is
    refused instead of waited on for ever, then checked on the open file itself,
    so that nothing swapped in between a check and the open is read.
    """
    kind = kind_of(os.stat(path).st_mode)  # a socket cannot even be opened: say what it is
    if kind is not None:
        raise NotARegularFile(path, kind)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                 | getattr(os, "O_BINARY", 0))
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotARegularFile(path, kind)
        if hasattr(os, "O_NONBLOCK"):  # a regular file: reads block as usual again
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_at_most(path: str | Path, limit: int) -> bytes:
    """The first ``limit + 1`` bytes of the regular file ``path`` at most: more than ``limit`` means too large."""
    with open_for_reading(path) as handle:
        return handle.read(limit + 1)


# -- the steps of an atomic write -------------------------------------------------------------


def apply_umask(path: Path) -> None:
    """Give a file made by ``mkstemp`` (0600) the permissions a normally created file would have."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def temporary_beside(target: Path) -> Path:
    """A new empty file of our own in ``target``'s folder, with the permissions of a normal file."""
    folder = target.parent if str(target.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(name).absolute()
    try:
        apply_umask(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a file just renamed into it) to disk, where the system allows: best effort,
    for the file is in place already and a failure here must not say otherwise."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish(tmp: Path, target: Path, *, overwrite: bool = False) -> None:
    """Give ``tmp`` the name ``target``; without ``overwrite``, never replace a file that has that name.

    A hard link does that atomically (:class:`FileExistsError` if the name was
    taken meanwhile); file systems without links (FAT and exFAT USB sticks)
    get a check just before the rename instead.
    """
    if overwrite:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def _write_all(fd: int, content: bytes) -> None:
    view = memoryview(content)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "nothing written")
        view = view[written:]


# -- whole writes -----------------------------------------------------------------------------


def _cannot_be_written(path: Path) -> Callable[[str], Exception]:
    return lambda reason: WriteError(f"{path}: cannot be written: {reason}")


def write_atomically(
    path: str | Path, content: bytes | str, *, refused: Callable[[str], Exception] | None = None
) -> None:
    """Write ``content`` (text as UTF-8, line endings as given) to ``path``, complete or not at all.

    On failure the old file (if any) is intact, no temporary is left, and
    ``refused(reason)`` is raised (by default ``WriteError("PATH: cannot be
    written: REASON")``); an interruption is re-raised as it came.
    """
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    refuse = refused or _cannot_be_written(path)
    try:
        tmp = temporary_beside(path)
    except OSError as exc:
        raise refuse(describe_os_error(exc)) from None
    try:
        fd = os.open(tmp, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError):
            raise refuse(describe_os_error(exc)) from None
        raise
    fsync_dir(path.parent if str(path.parent) else Path("."))


def copy_atomically(source: Path, target: Path) -> None:
    """Copy ``source``'s exact bytes to ``target`` the same way; :class:`OSError` on failure, nothing left behind."""
    tmp = temporary_beside(target)
    try:
        shutil.copyfile(source, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    fsync_dir(target.parent)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


# -- spreadsheet text -------------------------------------------------------------------------

# A cell beginning with one of these may be taken for a formula by spreadsheet
# software opening a CSV or XLSX file (CSV injection).
RISKY = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(text: str) -> bool:
    return text.startswith(RISKY) or (text.startswith("'") and _needs_guard(text[1:]))


def guard(text: str) -> str:
    """``text`` as a spreadsheet cell that is never a formula: a leading apostrophe when it could be read as one.

    Read back with :func:`unguard`, so that the round trip is exact.
    """
    return "'" + text if _needs_guard(text) else text


def unguard(text: str) -> str:
    """The inverse of :func:`guard`."""
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text
