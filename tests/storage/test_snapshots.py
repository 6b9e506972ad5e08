"""Each assessment keeps the exact questionnaire it was made with, whatever later happens to the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bodiag.domain.loader import load_file, load_text, source_hash
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.storage.document import Document
from tests.storage.storage_helpers import raw_query

EXTRA_QUESTION = """\
      - id: q3
        kind: scale
        scale: readiness
        text: Troisième question ?
"""


@pytest.fixture
def questionnaire(tmp_path, mini_path) -> Path:
    """A copy of mini.yaml the test may edit."""
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    return Path(shutil.copyfile(mini_path, folder / "mine.yaml"))


def _edit(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert "Non traité" in source and source.endswith("\n")
    path.write_text(source.replace("Non traité", "Pas encore traité") + EXTRA_QUESTION, encoding="utf-8")
    edited = load_file(path).raise_for_problems()
    assert "q3" in edited.questions_by_id


def _snapshot_rows(doc: Path) -> list[tuple]:
    return raw_query(doc, "SELECT sha256, source FROM questionnaire_snapshots ORDER BY stored_at, sha256")


def test_editing_the_file_does_not_change_a_past_assessment(diagnostic, doc_path, questionnaire):
    original = questionnaire.read_text(encoding="utf-8")
    assessment = diagnostic.start(str(questionnaire))
    _edit(questionnaire)
    diagnostic.close()

    with open_document(doc_path) as reopened:
        stored = reopened.assessment(assessment.id)
        assert stored.snapshot == source_hash(original)
        assert reopened.questionnaire_source(stored) == original
        kept = reopened.questionnaire(stored)
        assert kept == load_text(original).questionnaire
        assert set(kept.questions_by_id) == {"q1", "q2"}
        assert kept.scales[0].options[0].label.fr == "Non traité"
    assert _snapshot_rows(doc_path) == [(source_hash(original), original)]


def test_an_edited_file_is_stored_as_a_second_snapshot(diagnostic, doc_path, questionnaire):
    original = questionnaire.read_text(encoding="utf-8")
    first = diagnostic.start(str(questionnaire))
    _edit(questionnaire)
    edited = questionnaire.read_text(encoding="utf-8")
    second = diagnostic.start(str(questionnaire))
    diagnostic.close()

    assert first.snapshot != second.snapshot
    assert sorted(_snapshot_rows(doc_path)) == sorted([(source_hash(original), original), (source_hash(edited), edited)])
    with open_document(doc_path) as reopened:
        old, new = reopened.questionnaire(reopened.assessment(first.id)), reopened.questionnaire(reopened.assessment(second.id))
        assert "q3" not in old.questions_by_id and "q3" in new.questions_by_id
        assert old.scales[0].options[0].label.fr == "Non traité"
        assert new.scales[0].options[0].label.fr == "Pas encore traité"
        assert reopened.questionnaire_source(reopened.assessment(second.id)) == edited


def test_assessments_of_the_identical_file_share_one_snapshot(diagnostic, doc_path, questionnaire, mini_path):
    first = diagnostic.start(str(questionnaire), title="Premier")
    second = diagnostic.start(str(questionnaire), title="Second")
    third = diagnostic.start(str(mini_path), title="Même texte, autre chemin")
    diagnostic.close()

    assert first.snapshot == second.snapshot == third.snapshot
    assert len({first.id, second.id, third.id}) == 3
    assert raw_query(doc_path, "SELECT count(*) FROM questionnaire_snapshots") == [(1,)]
    assert raw_query(doc_path, "SELECT count(DISTINCT snapshot) FROM assessments") == [(1,)]


def test_the_title_is_read_without_rebuilding_the_questionnaire(doc_path, mini_path):
    with Diagnostic.create(doc_path, "ACME") as diagnostic:
        record = diagnostic.start(str(mini_path))
    # storage's document alone: the door (Diagnostic.open) rebuilds every questionnaire as it checks the file
    with Diagnostic(Document.open(doc_path, readonly=True)) as diagnostic:
        record = diagnostic.assessments()[0]
        assert diagnostic.questionnaire_title(record).get("en") == "Mini questionnaire"
        assert diagnostic._questionnaires == {}  # nothing was rebuilt
