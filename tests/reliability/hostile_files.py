"""A corpus of hostile files, generated here (never committed blobs), and the command lines that meet them.

Each case is a folder holding a sound workshop document (``doc.bodiag``, the
mini questionnaire, respondent Bob), Bob's answered copy (``copy.bodiag``), a
file outside the document's reach (``outside/precious.txt``), and what the case
plants: something that is not a regular file where a document or an import
goes, links and logs beside the document, files of every import format built
to break their reader. Every case names the exit codes that refuse it cleanly
and the words its message must hold.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bodiag.errors import ExitCode

DOC, COPY = "doc.bodiag", "copy.bodiag"
OUTSIDE = Path("outside") / "precious.txt"
PRECIOUS = "nobody may change this file"


@dataclass(frozen=True)
class Case:
    argv: list[str]
    codes: frozenset[int]
    says: str
    may_change: tuple[str, ...] = ()  # glob patterns of names (relative to the case folder) that may change
    never_in_output: str = ""  # text a planted file holds that must not reach what the command prints or writes


def refused(argv: list[str], code: int, says: str, **more) -> Case:
    return Case(argv, frozenset({code}), says, **more)


# -- what stands where a file is expected --------------------------------------------------


def plant_fifo(path: Path) -> None:
    os.mkfifo(path)


def plant_folder(path: Path) -> None:
    path.mkdir()


def plant_device(path: Path) -> None:
    path.symlink_to(os.devnull if not Path("/dev/zero").exists() else "/dev/zero")


def plant_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(os.path.relpath(path))  # relative: socket paths are short
    finally:
        server.close()  # the name stays, a socket nobody listens on


NOT_FILES = {  # kind: (how to plant it, what the message calls it)
    "fifo": (plant_fifo, "named pipe (FIFO)"),
    "folder": (plant_folder, "a folder"),
    "device": (plant_device, "character device"),
    "socket": (plant_socket, "a socket"),
}


# -- documents that are not sound ------------------------------------------------------------


def _patched(path: Path, offset: int, data: bytes) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset:offset + len(data)] = data
    path.write_bytes(bytes(raw))


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def bad_document(kind: str, path: Path, sound: Path) -> None:
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("question,value\nq1,decided\n", encoding="utf-8")
    elif kind == "truncated":
        path.write_bytes(sound.read_bytes()[: sound.stat().st_size // 2])
    elif kind == "foreign":
        _sql(path, "CREATE TABLE things (x)")
    elif kind == "newer":
        shutil.copyfile(sound, path)
        _patched(path, 60, struct.pack(">I", 999))
    elif kind == "wal-header":
        shutil.copyfile(sound, path)
        _patched(path, 18, b"\x02\x02")
    elif kind == "garbage-pages":
        shutil.copyfile(sound, path)
        page = struct.unpack(">H", sound.read_bytes()[16:18])[0]
        _patched(path, page, os.urandom(page * 3))  # the schema's and first tables' pages scrambled
    elif kind == "trigger":
        shutil.copyfile(sound, path)
        _sql(path, "CREATE TRIGGER wipe AFTER INSERT ON answers BEGIN DELETE FROM answers; END")
    else:  # pragma: no cover - a typo in the table below
        raise ValueError(kind)


BAD_DOCUMENTS = {  # kind: what the message says
    "empty": "empty", "text": "a text file", "truncated": "truncated", "foreign": "another application",
    "newer": "newer version of bodiag", "wal-header": "write-ahead log", "garbage-pages": "damaged",
    "trigger": "trigger 'wipe'",
}

DOCUMENT_COMMANDS = {  # name: the command line, with X where the document (or the copy) goes
    "score": ["score", "X"],
    "answer": ["answer", "X", "1", "q1", "applied"],
    "take-over": ["take-over", "X"],
    "report": ["report", "X", "-o", "out.pdf"],
    "respondent-import": ["respondent-import", DOC, "1", "Bob", "X"],
}


def with_x(argv: list[str], name: str) -> list[str]:
    return [name if part == "X" else part for part in argv]


# -- import files built to break their reader ------------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000
HUGE_NUMBER = "9" * 5_000


def answers_csv(body: str) -> str:
    return "question,value,note\n" + body


def actions_csv(body: str) -> str:
    return "Identifiant,Titre,Statut\n" + body


CSV_FILES = {  # name: (answers CSV content, actions CSV content, message words)
    "unbalanced-quote": (answers_csv('q1,decided,"never closed\nq2,l4,ok\n'),
                         actions_csv(',"never closed\n,Autre,à faire\n'), "never closed"),
    "huge-field": (answers_csv("q1,decided," + "x" * 300_000 + "\n"), actions_csv(",T" + "x" * 300_000 + ",à faire\n"),
                   "field larger than field limit"),
    "many-rows": (answers_csv("".join(f"q{i},decided,\n" for i in range(20_000))),
                  actions_csv("".join(f",Action {i},à faire\n" for i in range(20_000))), "more than 10000"),
    "not-utf8": (answers_csv("q1,d\xe9cid\xe9\n").encode("utf-16"), actions_csv(",\x00\x01\x02\n").encode("utf-16"),
                 ""),
}

JSON_FILES = {  # name: (content, message words)
    "deep": (DEEP, "nested far deeper"),
    "huge-number": ('[{"question": "q1", "value": ' + HUGE_NUMBER + "}]", "a number far longer"),
    "true": ('[{"question": "q1", "value": true}]', "the value is true"),
    "huge-id": ('[{"question": "' + "x" * 1_500_000 + '", "value": "decided"}]', "(1500000 characters)"),
    "malformed": ('[{"question": "q1", "value": ', "JSON"),
    "not-a-list": ('"q1"', ""),
}

YAML_FILES = {  # name: (content, message words)
    "alias-bomb": ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)), "not allowed"),
    "python-tag": ("id: !!python/object/apply:os.system ['touch pwned']\n", "not allowed"),
    "deep": ("id: " + "[" * 1_000 + "]" * 1_000 + "\n", "nested too deeply"),
    "huge-number": ("format: 1\nid: mini\nversion: " + HUGE_NUMBER + "\n", "digits"),
    "too-large": ("# " + "x" * (3 * 1024 * 1024) + "\n", "larger than"),
    "binary": (b"\x00\xff\xfe\x00" * 1000, "UTF-8"),
    "not-a-mapping": ("- just\n- a list\n", "mapping"),
}


def _xlsx(rows: list[list[object]], title: str = "Sheet") -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _rewrite_member(xlsx: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, change(data) if info.filename == member else data)
    return out.getvalue()


def _declared_huge(xlsx: bytes) -> bytes:
    """The central directory claims a member unpacks to 3 GiB (what a zip bomb declares)."""
    raw = bytearray(xlsx)
    at = raw.find(b"PK\x01\x02")
    raw[at + 24:at + 28] = struct.pack("<I", 3 * 1024 ** 3)
    return bytes(raw)


SHEET = "xl/worksheets/sheet1.xml"


def _entity_bomb(sheet: bytes) -> bytes:
    """The sheet with a billion laughs: nine entities each ten times the one before, in one cell."""
    entities = b'<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(8)
    )
    body = sheet.split(b"?>", 1)[-1].replace(
        b"<sheetData>", b'<sheetData><row r="9"><c r="A9" t="inlineStr"><is><t>&i;</t></is></c></row>', 1)
    return b'<?xml version="1.0"?><!DOCTYPE worksheet [' + entities + b"]>" + body


def xlsx_files(header: list[str], row: list[object], title: str = "Sheet") -> dict[str, tuple[bytes, str]]:
    sound = _xlsx([header, row], title)
    return {
        "not-a-zip": (b"question,value\nq1,decided\n", ".xlsx"),
        "declared-huge": (_declared_huge(sound), "more than"),
        "entity-bomb": (_rewrite_member(sound, SHEET, _entity_bomb), ""),
        "huge-number": (_rewrite_member(sound, SHEET, lambda data: data.replace(
            b"</sheetData>", b'<row r="3"><c r="A3"><v>' + HUGE_NUMBER.encode() + b"</v></c></row></sheetData>")), ""),
        "broken-xml": (_rewrite_member(sound, SHEET, lambda data: data[: len(data) // 2]), ""),
    }
