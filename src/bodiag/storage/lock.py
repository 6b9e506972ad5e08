"""Tell a second process (or window) that a document is already open, and by whom.

A lock file sits beside the document (``.~lock.NAME#``, as office suites do) and
holds who opened it. The operating system's lock on it is what counts: it is
released when the holder exits or crashes, so a stale file never blocks anyone,
and a second opener learns at once, without waiting, who holds the document.
"""

from __future__ import annotations

import getpass
import os
import platform
import stat
import sys
from datetime import datetime, timezone
from pathlib import Path

import msgspec

from bodiag.errors import describe_holder
from bodiag.storage.errors import DocumentLocked, DocumentReadOnly

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock a byte far past the holder's description, so that others can still read it.
    _LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# The lock file is opened without following a link: one planted where the lock goes would
# otherwise have its target truncated and overwritten (or, dangling, created).
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


class DocumentLock:
    """An exclusive hold on a document for the life of this object."""

    def __init__(self, document: Path):
        self.document = document
        # The real path, so that a link to the document in another folder meets the same lock.
        self.path = lock_path(document.resolve())
        self._fd: int | None = None

    def acquire(self) -> None:
        for _ in range(5):  # the holder may remove the file between our open and our lock
            self._refuse_a_planted_link()
            try:
                fd = os.open(self.path, _OPEN_FLAGS, 0o644)
            except PermissionError:
                raise DocumentReadOnly(
                    f"{self.document}: the folder {self.document.parent} is read-only: "
                    "open the document read-only, or copy it to a folder you can write to"
                ) from None
            except OSError as exc:
                if os.path.islink(self.path):  # ELOOP: a link appeared between the check and the open
                    self._refuse_a_planted_link()
                raise DocumentReadOnly(f"{self.document}: cannot lock the document ({exc.strerror or exc})") from None
            if not _plain_file(fd):
                os.close(fd)
                raise DocumentLocked(
                    f"{self.document}: the lock file {self.path.name} beside it is not a plain file of its own "
                    "(a hard link, a device?): bodiag never makes one; remove it, then open the document again"
                )
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise DocumentLocked(
                    f"{self.document}: already open in bodiag by {describe_holder(holder)}", holder
                )
            if _same_file(fd, self.path):
                self._fd = fd
                self._write_holder()
                return
            _unlock(fd)
            os.close(fd)
        raise DocumentLocked(f"{self.document}: the document is being opened and closed by another process")

    def _refuse_a_planted_link(self) -> None:
        if os.path.islink(self.path):
            raise DocumentLocked(
                f"{self.document}: a link stands where its lock file {self.path.name} goes; bodiag never makes one "
                "and does not follow it: remove the link, then open the document again"
            )

    def _write_holder(self) -> None:
        info = {
            "app": "bodiag",
            "user": _user(),
            "host": platform.node(),
            "pid": os.getpid(),
            "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        data = msgspec.json.encode(info)
        try:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, data, 0) if hasattr(os, "pwrite") else os.write(self._fd, data)
        except OSError:
            pass  # the lock holds even if its description cannot be written (disk full)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def held_elsewhere(document: Path) -> bool:
    """Another process holds ``document`` open for writing now (its lock file is locked); nothing is created."""
    path = lock_path(document.resolve())
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False  # no lock file, a link, or a folder that cannot be written: nobody writes here
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


def _read_holder(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 4096)
        holder = msgspec.json.decode(data)  # invalid: a ValueError
        return holder if isinstance(holder, dict) else {}
    except (OSError, ValueError):
        return {}


def _plain_file(fd: int) -> bool:
    """A regular file with no other name: writing the holder into it changes nothing else."""
    info = os.fstat(fd)
    return stat.S_ISREG(info.st_mode) and info.st_nlink <= 1


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "unknown"
