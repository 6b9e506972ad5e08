"""Respondents and their answers in the document."""

from __future__ import annotations

import pytest

from bodiag.domain.answers import Answer
from bodiag.domain.vocabulary import ROLES
from bodiag.errors import InputError
from bodiag.services.documents import open_document
from bodiag.storage import respondents as store
from bodiag.storage.errors import DocumentReadOnly
from bodiag.storage.respondents import RespondentChange


def test_roles_have_labels_in_both_languages():
    assert list(ROLES) == ["director", "accounting", "hr", "sales_admin", "provider", "other"]
    assert ROLES["sales_admin"].get("fr") == "administration des ventes"
    assert ROLES["provider"].get("en") == "external provider"


def test_add_rename_role_delete_and_list(diagnostic, mini_assessment):
    doc, aid = diagnostic.document, mini_assessment.id
    alice = store.add_respondent(doc, aid, "  Alice   Martin ", "director")
    bob = store.add_respondent(doc, aid, "Bob")
    assert (alice.name, alice.role, bob.role) == ("Alice Martin", "director", "other")
    assert [r.name for r in store.list_respondents(doc, aid)] == ["Alice Martin", "Bob"]
    assert store.rename_respondent(doc, bob.id, "Robert").name == "Robert"
    assert store.rename_respondent(doc, alice.id, "alice martin").name == "alice martin"  # own name, other case
    assert store.set_respondent_role(doc, bob.id, "provider").role == "provider"
    store.delete_respondent(doc, alice.id)
    assert [r.name for r in store.list_respondents(doc, aid)] == ["Robert"]


@pytest.mark.parametrize(
    "name, role, message",
    [
        ("bob", "other", "already has a respondent named 'Bob'"),
        ("  ", "other", "needs a name"),
        ("Zoé", "boss", "unknown role 'boss'"),
        ("x" * 201, "other", "longer than 200"),
    ],
)
def test_bad_respondents_are_refused(diagnostic, mini_assessment, name, role, message):
    store.add_respondent(diagnostic.document, mini_assessment.id, "Bob")
    with pytest.raises(InputError, match=message):
        store.add_respondent(diagnostic.document, mini_assessment.id, name, role)
    assert len(store.list_respondents(diagnostic.document, mini_assessment.id)) == 1


def test_same_name_in_another_assessment_is_fine(diagnostic, mini_assessment, mini_path):
    other = diagnostic.start(str(mini_path))
    store.add_respondent(diagnostic.document, mini_assessment.id, "Bob")
    store.add_respondent(diagnostic.document, other.id, "Bob")
    with pytest.raises(InputError, match="no assessment 9"):
        store.add_respondent(diagnostic.document, 9, "Bob")


def test_answers_per_respondent(diagnostic, mini_assessment, trio):
    doc, aid = diagnostic.document, mini_assessment.id
    alice, bob, chloe = trio
    assert store.get_respondent_answers(doc, aid) == {alice.id: {}, bob.id: {}, chloe.id: {}}
    store.set_respondent_answer(doc, alice.id, "q1", Answer(option="decided"), "vu en réunion")
    store.set_respondent_answer(doc, bob.id, "q1", None, "ne sait pas trop")  # a note without an answer
    store.set_respondent_answer(doc, bob.id, "q2", Answer(option="l3"))
    assert store.get_respondent_answers(doc, aid) == {
        alice.id: {"q1": (Answer(option="decided"), "vu en réunion")},
        bob.id: {"q1": (None, "ne sait pas trop"), "q2": (Answer(option="l3"), "")},
        chloe.id: {},
    }
    assert store.set_respondent_answer(doc, alice.id, "q1", Answer(option="decided"), "vu en réunion") == 0
    store.set_respondent_answer(doc, bob.id, "q1", None, "")  # nothing left: the row goes
    assert store.respondent_answers_of(doc, bob.id) == {"q2": (Answer(option="l3"), "")}
    # replace: the given answers are the respondent's whole copy
    changed = store.set_respondent_answers(doc, bob.id, [RespondentChange("q1", Answer(option="none"))], replace=True)
    assert changed == 2 and store.respondent_answers_of(doc, bob.id) == {"q1": (Answer(option="none"), "")}
    # deleting a respondent deletes their answers, not the others'
    store.delete_respondent(doc, bob.id)
    assert doc.query("SELECT count(*) AS n FROM respondent_answers WHERE respondent_id = ?", [bob.id]) == [{"n": 0}]
    assert store.get_respondent_answers(doc, aid)[alice.id]["q1"][0] == Answer(option="decided")


def test_a_batch_is_all_or_nothing(diagnostic, mini_assessment, trio):
    doc, alice = diagnostic.document, trio[0]
    changes = [RespondentChange("q1", Answer(option="decided")), RespondentChange("q2", Answer(option="l2"), "x" * 100_001)]
    with pytest.raises(InputError, match="note is longer"):
        store.set_respondent_answers(doc, alice.id, changes)
    assert store.respondent_answers_of(doc, alice.id) == {}


def test_read_only_document_refuses_respondents(diagnostic, mini_assessment, doc_path):
    diagnostic.close()
    with open_document(doc_path, readonly=True) as reader:
        with pytest.raises(DocumentReadOnly):
            store.add_respondent(reader.document, mini_assessment.id, "Bob")
