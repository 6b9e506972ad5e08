"""Helpers shared by the storage tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bodiag.services.diagnostic import Diagnostic

CHILD_TIMEOUT = 10


@dataclass(frozen=True)
class FileState:
    """What must not change when bodiag refuses or fails: the bytes, the modification time, the mode."""

    data: bytes
    mtime_ns: int
    mode: int

    @classmethod
    def of(cls, path: Path) -> FileState:
        st = path.stat()
        data = b"" if path.is_dir() else path.read_bytes()
        return cls(data, st.st_mtime_ns, stat.S_IMODE(st.st_mode))


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain read-only SQLite connection, bypassing bodiag."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def raw_query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = raw_connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def quick_check(path: Path) -> list[str]:
    return [row[0] for row in raw_query(path, "PRAGMA quick_check")]


def raw_write(path: Path, *statements: str) -> None:
    """Change a document behind bodiag's back (plain sqlite3, as another program would)."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def make_document(path: Path, questionnaire: Path) -> Path:
    """A closed document with one assessment (id 1) of ``questionnaire`` and one answer to q1."""
    with Diagnostic.create(path, "ACME") as diagnostic:
        assessment = diagnostic.start(str(questionnaire), assessor="alice")
        diagnostic.answer(assessment, "q1", "decided", note="first note")
    return path


def run_child(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True, text=True, timeout=CHILD_TIMEOUT, check=False,
    )


def child_json(code: str, *args: str) -> dict:
    """Run ``code`` in a child Python; it prints one JSON object as its last line."""
    done = run_child(code, *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


class BlockedChild:
    """A child Python that prints a line once it has done its work, then waits to be killed."""

    def __init__(self, code: str, *args: str):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *map(str, args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def read_line(self) -> str:
        ready, _, _ = select.select([self.proc.stdout], [], [], CHILD_TIMEOUT)
        if not ready:
            self.proc.kill()
            raise AssertionError("the child process did not report within the time limit")
        line = self.proc.stdout.readline().strip()
        if not line:
            self.proc.wait(timeout=CHILD_TIMEOUT)
            raise AssertionError(f"the child process ended early: {self.proc.stderr.read()}")
        return line

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(timeout=CHILD_TIMEOUT) == -signal.SIGKILL

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=CHILD_TIMEOUT)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()
