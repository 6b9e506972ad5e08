"""Documents written by earlier bodiag versions are upgraded, after an exact backup, without losing anything.

The fixtures in tests/fixtures/documents/ (built by make_fixtures.py) are never
opened in place: each test works on a copy.
"""

from __future__ import annotations

import errno
import re
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from bodiag import __version__
from bodiag.storage.document import Document
from bodiag.storage.errors import DocumentReadOnly, SaveFailed
from bodiag.storage.header import APPLICATION_ID
from bodiag.storage.migrations import SCHEMA_VERSION, STEPS, migration_set
from tests.storage.storage_helpers import FileState, listing, quick_check, raw_query

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
FIXTURE_NAME = re.compile(r"^v(\d+)\.bodiag$")
FIXTURE_FILES = sorted(p for p in FIXTURES.glob("v*.bodiag") if FIXTURE_NAME.match(p.name))

# What must come through an upgrade unchanged, as (table, columns) read with plain SQL.
KEPT = {
    "organisation": "id, name, sector, headcount, phase, outsourcing, created_at, updated_at",
    "questionnaire_snapshots": "sha256, questionnaire_id, version, source, model, stored_at",
    "assessments": "id, snapshot, title, assessor, mode, target, created_at, updated_at",
    "answers": "assessment_id, question_id, value, note, respondent, updated_at",
    "answer_history": "id, assessment_id, question_id, old_value, new_value, old_note, new_note, respondent, changed_at",
}


def _version(fixture: Path) -> int:
    return int(FIXTURE_NAME.match(fixture.name).group(1))


def _contents(path: Path) -> dict[str, list[tuple]]:
    return {table: raw_query(path, f"SELECT {cols} FROM {table} ORDER BY rowid") for table, cols in KEPT.items()}


@pytest.fixture(params=FIXTURE_FILES, ids=[p.name for p in FIXTURE_FILES])
def old_doc(request, tmp_path) -> Path:
    """A copy of one past-version fixture, alone in its own folder."""
    folder = tmp_path / "old"
    folder.mkdir()
    return Path(shutil.copyfile(request.param, folder / request.param.name))


@pytest.fixture
def v1_doc(tmp_path) -> Path:
    folder = tmp_path / "v1"
    folder.mkdir()
    return Path(shutil.copyfile(FIXTURES / "v1.bodiag", folder / "v1.bodiag"))


def _step(name: str):
    (step,) = [m for m in migration_set()._migrations if m.name == name]
    return step


def test_there_is_a_fixture_for_every_past_schema_version():
    versions = {_version(p) for p in FIXTURE_FILES}
    assert set(range(1, SCHEMA_VERSION)) <= versions
    for fixture in FIXTURE_FILES:  # read from the header: the fixture itself is never opened by SQLite
        header = fixture.read_bytes()[:100]
        assert header.startswith(b"SQLite format 3\x00")
        assert int.from_bytes(header[60:64], "big") == _version(fixture)  # user_version
        assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_the_v1_fixture_is_what_it_claims(v1_doc):
    assert raw_query(v1_doc, "SELECT name FROM _sqlite_migrations") == [("m001_initial",)]
    tables = {name for (name,) in raw_query(v1_doc, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "document" not in tables
    contents = _contents(v1_doc)
    assert len(contents["assessments"]) == 2
    assert len(contents["questionnaire_snapshots"]) == 1
    assert len(contents["answers"]) >= 3 and any(row[3] for row in contents["answers"])
    assert len(contents["answer_history"]) >= 3


def test_an_old_document_is_upgraded_after_an_exact_backup(old_doc):
    original = old_doc.read_bytes()
    expected = _contents(old_doc)
    version = _version(old_doc)

    with Document.open(old_doc) as doc:
        assert doc.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        backup = old_doc.with_name(f"{old_doc.stem}.v{version}-backup.bodiag")
        assert doc.backup_path == backup
        [document] = doc.query("SELECT uuid, created_by, written_by FROM document")
        uuids = [row["uuid"] for row in doc.query("SELECT uuid FROM assessments ORDER BY id")]

    assert backup.read_bytes() == original
    assert backup.read_bytes() == (FIXTURES / old_doc.name).read_bytes()
    assert raw_query(old_doc, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert [name for (name,) in raw_query(old_doc, "SELECT name FROM _sqlite_migrations ORDER BY id")] == STEPS
    # every answer, note and history row survived; history keeps that a note changed, not its text
    expected["answer_history"] = [
        row[:5] + tuple(None if note is None else "" for note in row[5:7]) + row[7:]
        for row in expected["answer_history"]
    ]
    assert _contents(old_doc) == expected
    assert str(uuid.UUID(document["uuid"])) == document["uuid"]
    assert document["written_by"] == __version__
    assert len(uuids) == len(expected["assessments"]) == len(set(uuids))
    assert all(str(uuid.UUID(u)) == u for u in uuids)
    assert quick_check(old_doc) == ["ok"]
    assert listing(old_doc.parent) == sorted([old_doc.name, backup.name])  # no temporary file left

    with Document.open(old_doc) as again:  # already current: no second upgrade, no new backup
        assert not hasattr(again, "backup_path")
    assert backup.read_bytes() == original


def test_v1_upgrade_keeps_the_notes(v1_doc):
    with Document.open(v1_doc) as doc:
        notes = {(r["assessment_id"], r["question_id"]): r["note"] for r in doc.query("SELECT * FROM answers")}
        [document] = doc.query("SELECT created_by FROM document")
    assert notes[(1, "q1")] == "Décidé en comité — à formaliser 🧾"
    assert notes[(2, "q1")] == "<b>sans objet</b>; '; DROP TABLE answers; --"
    assert notes[(2, "q2")] == "لا توجد بيانات بعد"
    assert document["created_by"] == "unknown (before version 2)"


def test_an_old_document_opened_read_only_is_refused_and_untouched(v1_doc):
    before = FileState.of(v1_doc)
    with pytest.raises(DocumentReadOnly) as info:
        Document.open(v1_doc, readonly=True)
    message = str(info.value)
    assert message.startswith(f"{v1_doc}: ")
    assert "older bodiag (version 1)" in message and "opened for writing" in message
    assert "in the desktop app, or with any command that changes it" in message, "it says how"
    assert f"{v1_doc.stem}.v1-backup.bodiag" in message
    assert FileState.of(v1_doc) == before
    assert listing(v1_doc.parent) == [v1_doc.name]  # no backup, no lock file


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        (sqlite3.OperationalError("disk I/O error"), "a disk error occurred (disk I/O error)"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    ],
    ids=["sqlite-full", "sqlite-io", "os-enospc"],
)
def test_a_failing_migration_leaves_the_document_untouched(v1_doc, monkeypatch, error, reason):
    _fail_migration(v1_doc, monkeypatch, error, f": {reason}")


def test_a_bug_in_a_migration_is_reported_not_a_traceback(v1_doc, monkeypatch):
    _fail_migration(v1_doc, monkeypatch, KeyError("uuid"), " (KeyError: 'uuid')")


def _fail_migration(v1_doc, monkeypatch, error, said):
    step = _step("m002_identities")
    real = step.fn

    def fail_after_writing(db):
        real(db)  # every change of the step is made...
        raise error  # ...and then it fails

    monkeypatch.setattr(step, "fn", fail_after_writing)
    before = FileState.of(v1_doc)

    with pytest.raises(SaveFailed) as info:
        Document.open(v1_doc)

    assert str(info.value) == f"{v1_doc}: could not be upgraded{said}; the document is unchanged"
    assert FileState.of(v1_doc) == before
    assert not [n for n in listing(v1_doc.parent) if n.endswith("-journal") or n.startswith(".")]

    monkeypatch.setattr(step, "fn", real)
    with Document.open(v1_doc) as doc:  # and it upgrades fine once the cause is gone
        assert doc.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_a_failing_backup_leaves_the_document_untouched_and_no_partial_copy(v1_doc, monkeypatch):
    def disk_full(source, target):
        Path(target).write_bytes(Path(source).read_bytes()[:1000])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", disk_full)
    before = FileState.of(v1_doc)

    with pytest.raises(SaveFailed, match="could not be upgraded: the disk is full; the document is unchanged"):
        Document.open(v1_doc)

    assert FileState.of(v1_doc) == before
    assert listing(v1_doc.parent) == [v1_doc.name]


def test_v4_upgrade_keeps_the_plan_and_adds_its_calendar(tmp_path):
    doc_path = Path(shutil.copyfile(FIXTURES / "v4.bodiag", tmp_path / "v4.bodiag"))
    with Document.open(doc_path) as doc:
        [plan] = doc.query("SELECT horizon_months, capacity_days, committee_cadence, start_month FROM plan")
        assert tuple(plan.values()) == (36, 20.0, "quarterly", None)
        [kpi] = doc.query("SELECT label, baseline, target, direction, question_id FROM plan_kpis")
        assert tuple(kpi.values()) == ("Délai de traitement", 10.0, 2.0, "lower_is_better", None)
        assert [tuple(r.values()) for r in doc.query("SELECT name, role FROM plan_members")] == [("Alice Martin", "decides")]
        assert [r["owner"] for r in doc.query("SELECT owner FROM plan_risks")] == ["Alice Martin"]
        with pytest.raises(SaveFailed, match="CHECK constraint"):
            with doc.transaction() as db:
                db.execute("UPDATE plan SET start_month = '2027-1'")


def test_v5_upgrade_keeps_the_plan_and_adds_the_deliverable(tmp_path):
    doc_path = Path(shutil.copyfile(FIXTURES / "v5.bodiag", tmp_path / "v5.bodiag"))
    with Document.open(doc_path) as doc:
        [plan] = doc.query("SELECT start_month FROM plan")
        assert plan["start_month"] == "2025-02"
        assert [r["frozen"] for r in doc.query("SELECT frozen FROM assessments ORDER BY id")] == [0, 0]
        for table in ("commentary", "commentary_history", "sign_off", "sign_off_events", "workshop_attendees", "workshop_sessions"):
            assert doc.query(f"SELECT count(*) AS n FROM {table}")[0]["n"] == 0
        with pytest.raises(SaveFailed, match="UNIQUE constraint"):  # one commentary per place, the whole report's too
            with doc.transaction() as db:
                db.execute("INSERT INTO commentary (assessment_id, part, text, updated_at) VALUES (NULL, '', 'a', 'x')")
                db.execute("INSERT INTO commentary (assessment_id, part, text, updated_at) VALUES (NULL, '', 'b', 'x')")


def test_v6_upgrade_keeps_the_deliverable_and_adds_the_city_and_the_terms_to_hide(tmp_path):
    doc_path = Path(shutil.copyfile(FIXTURES / "v6.bodiag", tmp_path / "v6.bodiag"))
    with Document.open(doc_path) as doc:
        assert [r["text"] for r in doc.query("SELECT text FROM commentary")] == ["Vue d’ensemble : « solide »"]
        assert [r["place"] for r in doc.query("SELECT place FROM workshop_sessions")] == ["Lyon"]
        assert doc.query("SELECT city FROM organisation") == [{"city": ""}]
        assert doc.query("SELECT count(*) AS n FROM hidden_terms") == [{"n": 0}]
        with pytest.raises(SaveFailed, match="CHECK constraint"):  # a blank term hides nothing
            with doc.transaction() as db:
                db.execute("INSERT INTO hidden_terms (term, added_at) VALUES ('  ', 'x')")
