"""Saving a copy to share: self-contained, stripped as asked (down to the raw bytes), the source untouched."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from bodiag.errors import InputError, WriteError
from bodiag.services import sharing
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.services.sharing import save_copy_to_share
from bodiag.storage.errors import DocumentLocked
from bodiag.storage.header import APPLICATION_ID
from bodiag.storage.migrations import SCHEMA_VERSION
from tests.sharing.conftest import NAMES, NOTES
from tests.storage.storage_helpers import FileState, listing, quick_check, raw_query


def _share(doc, target, **options):
    with open_document(doc) as diagnostic:
        return save_copy_to_share(diagnostic, target, **options)


def _raw(path) -> bytes:
    return path.read_bytes()


def test_a_plain_copy_keeps_everything_and_leaves_the_source_as_it_was(rich_doc, out_dir):
    before = FileState.of(rich_doc)
    target = out_dir / "copy.bodiag"

    with open_document(rich_doc) as diagnostic:
        assert save_copy_to_share(diagnostic, target, shared_by="Alice") == target
        assert FileState.of(rich_doc) == before  # even while it is open

    assert FileState.of(rich_doc) == before
    assert listing(out_dir) == ["copy.bodiag"]  # no temporary file left
    raw = _raw(target)
    for text in (*NOTES, *NAMES):
        assert text.encode() in raw
    assert (raw[18], raw[19]) == (1, 1)  # a rollback-journal file, never WAL
    assert quick_check(target) == ["ok"]
    assert raw_query(target, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert raw_query(target, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    [(shared_at, shared_by)] = raw_query(target, "SELECT shared_at, shared_by FROM document")
    assert shared_at and shared_by == "Alice"
    assert raw_query(rich_doc, "SELECT shared_at, shared_by FROM document") == [(None, "")]
    with open_document(target, readonly=True) as copy:
        answers = copy.answers(copy.assessment(1))
        assert (answers["q1"].note, answers["q1"].respondent, answers["q2"].note) == (NOTES[0], NAMES[1], NOTES[1])


def test_stripped_notes_are_gone_from_the_raw_bytes(rich_doc, out_dir):
    before = FileState.of(rich_doc)
    target = _share(rich_doc, out_dir / "copy.bodiag", strip_notes=True)

    assert FileState.of(rich_doc) == before
    raw = _raw(target)
    for note in (*NOTES, "NOTE-ECHO-alone", "rewritten"):
        assert note.encode() not in raw, note
    for name in NAMES:
        assert name.encode() in raw  # names were not asked for
    assert quick_check(target) == ["ok"]
    with open_document(target, readonly=True) as copy:
        assessment = copy.assessment(1)
        answers = copy.answers(assessment)
        assert list(answers) == ["q1"]  # q2 held only a note: nothing is left of it
        assert answers["q1"].value.option == "decided" and answers["q1"].note == ""
        history = copy.history(assessment)
        assert [(h.question_id, h.old_note, h.new_note) for h in history] == [("q1", None, None), ("q1", None, None)]
    assert raw_query(target, "SELECT question_id, value, note FROM respondent_answers") == [
        ("q1", '{"option":"applied"}', "")
    ]
    assert raw_query(target, "SELECT notes, owner FROM actions") == [("", NAMES[3])]


def test_stripped_names_become_pseudonyms_everywhere(rich_doc, out_dir):
    target = _share(rich_doc, out_dir / "copy.bodiag", strip_names=True)

    raw = _raw(target)
    for name in NAMES:
        assert name.encode() not in raw, name
    for note in NOTES:
        assert note.encode() in raw  # notes were not asked for
    assert raw_query(target, "SELECT id, name, role FROM respondents ORDER BY id") == [
        (1, "Répondant 1", "DAF"),
        (2, "Répondant 2", "DAF"),
    ]
    # One person, one pseudonym: Bob is respondent 2 wherever he appears; Alice, the assessor, answered
    # q2 herself (the default respondent), so she is a respondent too, and keeps that name as assessor.
    assert raw_query(target, "SELECT question_id, respondent FROM answers ORDER BY question_id") == [
        ("q1", "Répondant 2"),
        ("q2", "Répondant 3"),
    ]
    assert raw_query(target, "SELECT respondent FROM answer_history ORDER BY id") == [
        ("Répondant 3",), ("Répondant 2",), ("Répondant 3",),
    ]
    assert raw_query(target, "SELECT assessor FROM assessments") == [("Répondant 3",)]
    assert raw_query(target, "SELECT owner FROM actions") == [("Responsable 1",)]
    assert raw_query(target, "SELECT r.name, a.note FROM respondent_answers a JOIN respondents r ON r.id = a.respondent_id"
                     " ORDER BY r.id") == [("Répondant 1", NOTES[2]), ("Répondant 2", "NOTE-ECHO-alone")]


def test_pseudonyms_never_collide_with_existing_names(rich_doc, out_dir):
    with open_document(rich_doc) as diagnostic, diagnostic.document.transaction() as db:
        db.execute("UPDATE respondents SET name = 'Répondant 2' WHERE id = 1")  # met first: becomes Répondant 1
        db.execute("UPDATE respondents SET name = 'Répondant 1' WHERE id = 2")
    target = _share(rich_doc, out_dir / "copy.bodiag", strip_names=True)
    assert raw_query(target, "SELECT id, name FROM respondents ORDER BY id") == [(1, "Répondant 1"), (2, "Répondant 2")]


def test_people_met_only_as_assessors_or_owners_are_named_for_that_role(rich_doc, out_dir):
    with open_document(rich_doc) as diagnostic, diagnostic.document.transaction() as db:
        db.execute("UPDATE assessments SET assessor = 'Eve Evaluator'")
        db.execute("UPDATE actions SET owner = 'Bob Answerer'")
    target = _share(rich_doc, out_dir / "copy.bodiag", strip_names=True)
    assert raw_query(target, "SELECT assessor FROM assessments") == [("Évaluateur 1",)]
    assert raw_query(target, "SELECT owner FROM actions") == [("Répondant 2",)]
    assert b"Eve Evaluator" not in _raw(target)


def test_both_stripped_and_the_copy_is_still_a_sound_document(rich_doc, out_dir):
    target = _share(rich_doc, out_dir / "copy.bodiag", strip_notes=True, strip_names=True)

    raw = _raw(target)
    assert not [text for text in (*NOTES, *NAMES) if text.encode() in raw]
    assert quick_check(target) == ["ok"]
    assert raw_query(target, "PRAGMA foreign_key_check") == []
    with open_document(target, readonly=True) as copy:
        assert copy.score(copy.assessment(1)).score is not None
        assert copy.organisation.name == "ACME"


def test_a_document_open_read_only_can_be_shared(rich_doc, out_dir, chmod):
    chmod(rich_doc, 0o444)
    before = FileState.of(rich_doc)
    with open_document(rich_doc, readonly=True) as diagnostic:
        save_copy_to_share(diagnostic, out_dir / "copy.bodiag", strip_notes=True)
    assert FileState.of(rich_doc) == before
    assert quick_check(out_dir / "copy.bodiag") == ["ok"]


# -- where the copy goes ------------------------------------------------------------------------------


def test_an_existing_file_is_replaced_only_when_asked(rich_doc, out_dir):
    target = out_dir / "copy.bodiag"
    target.write_bytes(b"keep me")

    with pytest.raises(InputError, match="a file with this name already exists"):
        _share(rich_doc, target)
    assert target.read_bytes() == b"keep me"
    assert listing(out_dir) == ["copy.bodiag"]

    _share(rich_doc, target, overwrite=True)
    assert quick_check(target) == ["ok"]
    assert listing(out_dir) == ["copy.bodiag"]


def test_the_open_document_itself_is_never_overwritten(rich_doc, out_dir):
    before = FileState.of(rich_doc)
    link = out_dir / "link.bodiag"
    link.symlink_to(rich_doc)
    for target in (rich_doc, link, rich_doc.parent / ".." / rich_doc.parent.name / rich_doc.name):
        with pytest.raises(InputError, match="is the open document itself"):
            _share(rich_doc, target, overwrite=True)
    assert FileState.of(rich_doc) == before
    assert listing(rich_doc.parent) == [rich_doc.name]


def test_a_document_open_elsewhere_is_not_replaced(rich_doc, out_dir, mini_path):
    other = out_dir / "other.bodiag"
    Diagnostic.create(other, "Other").close()
    with open_document(other):
        before = FileState.of(other)
        with pytest.raises(DocumentLocked, match="already open"):
            _share(rich_doc, other, overwrite=True)
        assert FileState.of(other) == before
    assert sorted(listing(out_dir)) == ["other.bodiag"]


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_place_is_refused_clearly(rich_doc, out_dir, chmod, what):
    target = out_dir / "copy.bodiag"
    if what == "file":
        target.write_bytes(b"read-only")
        chmod(target, 0o444)
    chmod(out_dir, 0o555)
    with pytest.raises(WriteError, match="read-only") as info:
        _share(rich_doc, target, overwrite=True)
    assert str(info.value).startswith(f"{target}: the copy was not saved")
    assert listing(out_dir) == (["copy.bodiag"] if what == "file" else [])


def test_a_missing_folder_is_refused(rich_doc, out_dir):
    with pytest.raises(WriteError, match="does not exist"):
        _share(rich_doc, out_dir / "nope" / "copy.bodiag")


def test_a_full_disk_while_stripping_leaves_no_partial_file(rich_doc, out_dir, monkeypatch):
    def full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sharing, "_strip_notes", full)
    before = FileState.of(rich_doc)
    with pytest.raises(WriteError) as info:
        _share(rich_doc, out_dir / "copy.bodiag", strip_notes=True)
    assert str(info.value) == f"{out_dir / 'copy.bodiag'}: the copy was not saved: the disk is full"
    assert listing(out_dir) == []
    assert FileState.of(rich_doc) == before


def test_a_full_disk_while_flushing_leaves_no_partial_file(rich_doc, out_dir, monkeypatch):
    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sharing, "_fsync_file", full)
    with pytest.raises(WriteError, match="the copy was not saved: the disk is full"):
        _share(rich_doc, out_dir / "copy.bodiag")
    assert listing(out_dir) == []


def test_without_hard_links_the_copy_is_still_published(rich_doc, out_dir, monkeypatch):
    def no_links(source, target):
        raise OSError(errno.EPERM, "Operation not permitted")  # what a FAT USB stick answers

    monkeypatch.setattr(sharing.os, "link", no_links)
    _share(rich_doc, out_dir / "copy.bodiag")
    assert listing(out_dir) == ["copy.bodiag"]
    assert quick_check(out_dir / "copy.bodiag") == ["ok"]
