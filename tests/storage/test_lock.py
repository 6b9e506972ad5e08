"""One writer at a time: a second opener learns at once who holds the document; stale locks never block."""

from __future__ import annotations

import getpass
import json
import os
import socket

import pytest

from bodiag.storage.document import Document
from bodiag.storage.errors import DocumentLocked
from bodiag.storage.lock import lock_path
from tests.storage.storage_helpers import BlockedChild, FileState, child_json, listing

# Opens the document given as argv[1] (read-only if argv[2] says so), timing only the open call.
OPEN_AND_TIME = r"""
import json, sys, time
from bodiag.storage.document import Document
from bodiag.storage.errors import DocumentError
path, readonly = sys.argv[1], sys.argv[2] == "readonly"
start = time.perf_counter()
try:
    doc = Document.open(path, readonly=readonly)
except DocumentError as exc:
    elapsed = time.perf_counter() - start
    outcome = {"error": type(exc).__name__, "message": str(exc), "holder": getattr(exc, "holder", None)}
else:
    elapsed = time.perf_counter() - start
    outcome = {"error": None, "answers": doc.query("SELECT count(*) AS n FROM answers")[0]["n"]}
    doc.close()
outcome["elapsed"] = elapsed
print(json.dumps(outcome))
"""

HOLD_THEN_EXIT_WITHOUT_CLOSING = r"""
import json, os, sys
from bodiag.storage.document import Document
doc = Document.open(sys.argv[1])
print(json.dumps({"pid": os.getpid()}), flush=True)
os._exit(0)
"""

HOLD_UNTIL_KILLED = r"""
import sys
from bodiag.storage.document import Document
doc = Document.open(sys.argv[1])
print("opened", flush=True)
sys.stdin.readline()
"""


def _holder_words() -> list[str]:
    return [f"already open in bodiag by {getpass.getuser()} on {socket.gethostname()} since "]


def test_a_second_open_in_the_same_process_is_refused(closed_doc):
    with Document.open(closed_doc):
        before = FileState.of(closed_doc)
        with pytest.raises(DocumentLocked) as info:
            Document.open(closed_doc)
        assert FileState.of(closed_doc) == before
    message = str(info.value)
    assert message.startswith(f"{closed_doc}: ")
    for word in _holder_words():
        assert word in message
    assert info.value.holder["user"] == getpass.getuser()
    assert info.value.holder["pid"] == os.getpid()
    assert info.value.holder["app"] == "bodiag"


def test_the_lock_file_lives_only_while_the_document_is_open(closed_doc):
    lock = lock_path(closed_doc)
    assert lock.name == f".~lock.{closed_doc.name}#"
    with Document.open(closed_doc):
        assert json.loads(lock.read_text())["pid"] == os.getpid()
    assert not lock.exists()
    with Document.open(closed_doc):  # after close() it opens fine
        pass
    assert listing(closed_doc.parent) == [closed_doc.name]


def test_another_process_is_refused_at_once_and_told_who_holds_it(closed_doc):
    with Document.open(closed_doc):
        outcome = child_json(OPEN_AND_TIME, closed_doc, "write")
    assert outcome["error"] == "DocumentLocked"
    assert outcome["elapsed"] < 0.5
    for word in _holder_words():
        assert word in outcome["message"]
    assert outcome["holder"]["pid"] == os.getpid()

    outcome = child_json(OPEN_AND_TIME, closed_doc, "write")  # closed: the other process gets it
    assert (outcome["error"], outcome["answers"]) == (None, 1)


def test_a_lock_held_by_another_process_blocks_this_one(closed_doc):
    child = BlockedChild(HOLD_UNTIL_KILLED, closed_doc)
    try:
        assert child.read_line() == "opened"
        with pytest.raises(DocumentLocked) as info:
            Document.open(closed_doc)
        assert info.value.holder["pid"] == child.proc.pid
        assert "already open in bodiag by" in str(info.value)
    finally:
        child.close()


@pytest.mark.parametrize("how", ["exit-without-closing", "sigkill"])
def test_a_stale_lock_left_by_a_dead_process_does_not_block(closed_doc, how):
    if how == "sigkill":
        child = BlockedChild(HOLD_UNTIL_KILLED, closed_doc)
        try:
            assert child.read_line() == "opened"
            child.kill()
        finally:
            child.close()
        pid = child.proc.pid
    else:
        pid = child_json(HOLD_THEN_EXIT_WITHOUT_CLOSING, closed_doc)["pid"]
    lock = lock_path(closed_doc)
    assert lock.exists()  # left behind
    assert json.loads(lock.read_text())["pid"] == pid

    with Document.open(closed_doc) as doc:
        assert doc.query("SELECT count(*) AS n FROM answers") == [{"n": 1}]
        assert json.loads(lock.read_text())["pid"] == os.getpid()
    assert not lock.exists()


def test_read_only_opens_need_no_lock(closed_doc):
    with Document.open(closed_doc) as holder:
        with Document.open(closed_doc, readonly=True) as reader:
            assert reader.query("SELECT count(*) AS n FROM answers") == [{"n": 1}]
        outcome = child_json(OPEN_AND_TIME, closed_doc, "readonly")
        assert (outcome["error"], outcome["answers"]) == (None, 1)
        assert holder._lock.held
    with Document.open(closed_doc, readonly=True):
        assert listing(closed_doc.parent) == [closed_doc.name]  # no lock file for a reader


def test_a_link_from_another_folder_meets_the_same_lock(closed_doc, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    link = other / "link.bodiag"
    link.symlink_to(closed_doc)
    with Document.open(closed_doc):
        with pytest.raises(DocumentLocked):
            Document.open(link)
