"""Checks made on a file's first bytes, before SQLite is let near it.

Reading the 100-byte SQLite header tells an empty file, a text file, another
application's database and a document from a newer bodiag apart without
opening a connection, so none of them can be modified by the attempt.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import msgspec

from bodiag.file_safety import NotARegularFile, kind_of, open_for_reading
from bodiag.storage.errors import DocumentError, DocumentNotFound, NewerDocument, NotADocument


SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x42444947  # "BDIG"
HEADER_SIZE = 100


class Header(msgspec.Struct, frozen=True):
    page_size: int
    page_count: int
    user_version: int
    application_id: int
    wal: bool


def read_header(path: Path) -> Header:
    """Read and check the header of ``path``; raise a :class:`DocumentError` that says why it is unusable."""
    try:
        check_regular_file(path)
        with open_for_reading(path) as handle:
            raw = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except NotARegularFile as exc:  # swapped in after the check
        raise NotADocument(f"{path}: is {exc.kind}, not a bodiag document") from None
    except PermissionError:
        raise DocumentError(f"{path}: permission denied: the file cannot be read") from None
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise NotADocument(f"{path}: the file is empty (0 bytes): it is not a bodiag document")
    if not raw.startswith(SQLITE_MAGIC):
        kind = "a text file" if _looks_like_text(raw) else "not a database"
        raise NotADocument(f"{path}: not a bodiag document ({kind})")
    if len(raw) < HEADER_SIZE:
        raise NotADocument(f"{path}: not a bodiag document (truncated database header)")
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count, = struct.unpack(">I", raw[28:32])
    user_version, = struct.unpack(">I", raw[60:64])
    application_id, = struct.unpack(">I", raw[68:72])
    header = Header(page_size, page_count, user_version, application_id, raw[18] == 2 or raw[19] == 2)
    if application_id != APPLICATION_ID:
        what = "an empty SQLite database" if page_count <= 1 and application_id == 0 else "an SQLite database"
        raise NotADocument(
            f"{path}: not a bodiag document ({what} of another application, application id {application_id:#x})"
        )
    return header


def check_regular_file(path: Path) -> None:
    """Refuse at once, without opening it, anything but a regular file (or a link to one).

    Opening a named pipe for reading waits for a writer, for ever; a device may
    never end: neither is read, whatever its name.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise DocumentNotFound(f"{path}: no such file") from None
    kind = kind_of(mode)
    if kind is None:
        return
    raise NotADocument(f"{path}: is {kind}, not a bodiag document")


def check_version(path: Path, header: Header, supported: int) -> None:
    if header.user_version > supported:
        raise NewerDocument(
            f"{path}: made by a newer version of bodiag (document version {header.user_version}, "
            f"this bodiag reads up to {supported}): update bodiag to open it"
        )


def _looks_like_text(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in raw
