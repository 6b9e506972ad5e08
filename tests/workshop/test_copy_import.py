"""A respondent's own answered copy of the document, taken back as their answers."""

from __future__ import annotations

import json
import shutil

import pytest

from bodiag.domain.answers import Answer
from bodiag.errors import InputError
from bodiag.services import workshop
from bodiag.services.answer_files import ImportRejected
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.storage.errors import DocumentNotFound, NotADocument


def state(diagnostic, assessment, doc_path):
    return workshop.respondent_answers(diagnostic, assessment), doc_path.read_bytes()


def test_import_from_a_respondents_copy(diagnostic, mini_assessment, trio, copy_path):
    a, bob = mini_assessment, trio[1]
    workshop.respondent_answer(diagnostic, a, bob, "q1", "none", note="old")
    before = copy_path.read_bytes()
    assert workshop.import_respondent_copy(diagnostic, a, bob, copy_path) == 2
    assert workshop.respondent_answers(diagnostic, a)[bob.id] == {
        "q1": (Answer(option="applied"), "d'après moi"),
        "q2": (Answer(option="l4"), ""),
    }
    assert copy_path.read_bytes() == before  # opened read-only
    assert diagnostic.answers(a) == {}  # the consensus is the facilitator's
    # the copy is the respondent's whole state: a question they cleared is cleared here too
    with open_document(copy_path) as theirs:
        theirs.answer(theirs.assessment(a.id), "q2", None)
    assert workshop.import_respondent_copy(diagnostic, a, bob, copy_path) == 1
    assert set(workshop.respondent_answers(diagnostic, a)[bob.id]) == {"q1"}


def test_a_copy_without_the_same_assessment_is_refused(diagnostic, mini_assessment, trio, copy_path, doc_path):
    with open_document(copy_path) as theirs:
        with theirs.document.transaction() as db:
            db.execute("UPDATE assessments SET uuid = 'another-identity'")
    before = state(diagnostic, mini_assessment, doc_path)
    with pytest.raises(InputError, match="holds no copy of assessment 1"):
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[1], copy_path)
    assert state(diagnostic, mini_assessment, doc_path) == before


def test_another_document_on_the_same_questionnaire_is_refused(diagnostic, mini_assessment, trio, tmp_path, mini_path):
    with Diagnostic.create(tmp_path / "other.bodiag", "Autre") as other:
        assessment = other.start(str(mini_path))
        other.answer(assessment, "q1", "decided")
    with pytest.raises(InputError, match="holds no copy"):
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[0], tmp_path / "other.bodiag")


def test_a_copy_on_another_questionnaire_text_is_refused(
    diagnostic, mini_assessment, trio, copy_path, doc_path, tmp_path, mini_path
):
    edited = tmp_path / "mini-1.1.yaml"
    text = mini_path.read_text(encoding="utf-8")
    edited.write_text(text.replace('version: "1.0"', 'version: "1.1"'), encoding="utf-8")
    with open_document(copy_path) as theirs:
        newer = theirs.start(str(edited))
        with theirs.document.transaction() as db:
            db.execute("UPDATE assessments SET snapshot = ? WHERE id = ?", [newer.snapshot, mini_assessment.id])
    before = state(diagnostic, mini_assessment, doc_path)
    with pytest.raises(InputError, match=r"another text of the questionnaire \(mini v1.1, here v1.0\)"):
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[1], copy_path)
    assert state(diagnostic, mini_assessment, doc_path) == before


def test_a_bad_answer_in_the_copy_rejects_it_all(diagnostic, mini_assessment, trio, copy_path, doc_path):
    with open_document(copy_path) as theirs:
        with theirs.document.transaction() as db:
            db.execute(
                "INSERT INTO answers (assessment_id, question_id, value, updated_at) VALUES (1, 'q9', ?, 'now')",
                [Answer(option="none").to_json()],
            )
    before = state(diagnostic, mini_assessment, doc_path)
    with pytest.raises(ImportRejected) as caught:
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[1], copy_path)
    assert caught.value.problems == ["answer to 'q9': no question 'q9' in questionnaire 'mini'"]
    assert state(diagnostic, mini_assessment, doc_path) == before


def test_missing_foreign_or_self_copies_are_refused(diagnostic, mini_assessment, trio, doc_path, tmp_path):
    with pytest.raises(DocumentNotFound):
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[0], tmp_path / "missing.bodiag")
    (tmp_path / "notes.bodiag").write_text("pas un document")
    with pytest.raises(NotADocument):
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[0], tmp_path / "notes.bodiag")
    with pytest.raises(InputError, match="the open document itself"):
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[0], doc_path)
    with pytest.raises(InputError, match="nothing imported: assessment 1 has no answers"):
        shutil.copyfile(doc_path, tmp_path / "blank.bodiag")
        workshop.import_respondent_copy(diagnostic, mini_assessment, trio[0], tmp_path / "blank.bodiag")


def test_import_from_csv_and_json(diagnostic, mini_assessment, trio, tmp_path):
    a, chloe = mini_assessment, trio[2]
    (tmp_path / "chloe.csv").write_text("question;value;note\nq1;Décidé;en cours\n", encoding="utf-8")
    assert workshop.import_respondent_copy(diagnostic, a, chloe, tmp_path / "chloe.csv") == 1
    (tmp_path / "chloe.json").write_text(json.dumps({"answers": {"q2": 2}}), encoding="utf-8")
    assert workshop.import_respondent_copy(diagnostic, a, chloe, tmp_path / "chloe.json") == 1
    assert workshop.respondent_answers(diagnostic, a)[chloe.id] == {  # a file adds to what was there
        "q1": (Answer(option="decided"), "en cours"),
        "q2": (Answer(option="l2"), ""),
    }
    (tmp_path / "bad.csv").write_text("question,value\nq1,none\nq2,l9\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="row 3: question 'q2': 'l9' is not an option"):
        workshop.import_respondent_copy(diagnostic, a, chloe, tmp_path / "bad.csv")
    assert workshop.respondent_answers(diagnostic, a)[chloe.id]["q1"][0] == Answer(option="decided")
