"""The action store: round trip, order, completion time, one transaction per write."""

from __future__ import annotations

import pytest

from bodiag.errors import InputError
from bodiag.storage import actions as store
from bodiag.storage.actions import ActionFields
from bodiag.storage.document import Document


def test_round_trip_survives_reopening(diagnostic, assessment, doc_path, clock):
    created = store.create_action(
        diagnostic.document,
        ActionFields(
            title="Formaliser les rôles", assessment_id=assessment.id, recommendation_id="q1.1", owner="Alice",
            deadline="2025-03-31", status="in_progress", cost=1234.5, effort="medium", notes="ligne 1\nligne 2",
            question_ids=("q2", "q1", "q2"),
        ),
    )
    diagnostic.close()
    with Document.open(doc_path, readonly=True) as doc:
        (stored,) = store.list_actions(doc)
    assert stored == created
    assert len(stored.uuid) == 36 and stored.id == 1
    assert (stored.title, stored.owner, stored.deadline, stored.status, stored.cost, stored.effort) == (
        "Formaliser les rôles", "Alice", "2025-03-31", "in_progress", 1234.5, "medium"
    )
    assert stored.question_ids == ("q2", "q1")  # in the order given, once each
    assert (stored.assessment_id, stored.recommendation_id, stored.notes) == (1, "q1.1", "ligne 1\nligne 2")
    assert stored.created_at == stored.updated_at == "2025-01-01T09:00:00+00:00" and stored.completed_at is None
    assert stored.as_dict()["question_ids"] == ["q2", "q1"]


def test_listed_by_status_then_deadline_then_number(diagnostic):
    doc = diagnostic.document
    rows = [
        ("done late", "done", "2025-09-01"), ("todo none", "todo", None), ("dropped", "dropped", "2024-01-01"),
        ("todo late", "todo", "2025-06-01"), ("progress", "in_progress", None), ("todo soon", "todo", "2025-02-01"),
        ("done soon", "done", "2025-01-01"), ("todo none 2", "todo", None),
    ]
    store.create_actions(doc, [ActionFields(title=t, status=s, deadline=d) for t, s, d in rows])
    assert [a.title for a in store.list_actions(doc)] == [
        "todo soon", "todo late", "todo none", "todo none 2", "progress", "done soon", "done late", "dropped"
    ]


def test_list_by_assessment_get_and_find(diagnostic, assessment):
    doc = diagnostic.document
    mine, other = store.create_actions(doc, [ActionFields("a", assessment_id=assessment.id), ActionFields("b")])
    assert store.list_actions(doc, assessment.id) == [mine]
    assert store.get_action(doc, other.id) == other
    assert store.find_action(doc, other.uuid.upper()) == other
    assert store.find_action(doc, "nope") is None
    with pytest.raises(InputError, match="no action 9"):
        store.get_action(doc, 9)


def test_completed_at_follows_the_done_status(diagnostic, clock):
    doc = diagnostic.document
    action = store.create_action(doc, ActionFields("x"))
    clock.set("2025-02-01T10:00:00+00:00")
    done = store.update_action(doc, action.id, status="done")
    assert done.completed_at == done.updated_at == "2025-02-01T10:00:00+00:00"
    clock.set("2025-02-02T10:00:00+00:00")
    assert store.update_action(doc, action.id, status="done", owner="Bob").completed_at == "2025-02-01T10:00:00+00:00"
    clock.set("2025-02-03T10:00:00+00:00")
    assert store.update_action(doc, action.id, status="in_progress").completed_at is None
    assert store.update_action(doc, action.id, status="dropped").completed_at is None
    born_done = store.create_action(doc, ActionFields("y", status="done"))
    assert born_done.completed_at == "2025-02-03T10:00:00+00:00"


def test_an_update_that_changes_nothing_keeps_updated_at(diagnostic, clock):
    doc = diagnostic.document
    action = store.create_action(doc, ActionFields("x", owner="Ann", question_ids=("q1",)))
    clock.set("2025-05-05T00:00:00+00:00")
    same = store.update_action(doc, action.id, owner="Ann", question_ids=["q1"])
    assert same.updated_at == action.updated_at
    relinked = store.update_action(doc, action.id, question_ids=["q2"])
    assert relinked.question_ids == ("q2",) and relinked.updated_at == "2025-05-05T00:00:00+00:00"


def test_delete_removes_the_links(diagnostic):
    doc = diagnostic.document
    action = store.create_action(doc, ActionFields("x", question_ids=("q1", "q2")))
    store.delete_action(doc, action.id)
    assert store.list_actions(doc) == []
    assert doc.query("SELECT COUNT(*) AS n FROM action_questions")[0]["n"] == 0
    with pytest.raises(InputError):
        store.delete_action(doc, action.id)


def test_write_actions_is_all_or_nothing(diagnostic):
    doc = diagnostic.document
    kept = store.create_action(doc, ActionFields("kept"))
    with pytest.raises(InputError, match="no action 42"):
        store.write_actions(doc, [ActionFields("new")], [(kept.id, {"title": "renamed"}), (42, {"title": "z"})])
    assert store.list_actions(doc) == [kept]
    created, changed = store.write_actions(doc, [ActionFields("new")], [(kept.id, {"title": "renamed"})])
    assert len(created) == 1 and changed == [kept.id]
    assert sorted(a.title for a in store.list_actions(doc)) == ["new", "renamed"]


@pytest.mark.parametrize(
    "changes, message",
    [({"status": "later"}, "unknown status 'later'"), ({"effort": "huge"}, "unknown effort 'huge'"),
     ({"title": " "}, "needs a title"), ({"colour": "red"}, "unknown action field colour")],
)
def test_the_store_refuses_values_the_table_would(diagnostic, changes, message):
    action = store.create_action(diagnostic.document, ActionFields("x"))
    with pytest.raises(InputError, match=message):
        store.update_action(diagnostic.document, action.id, **changes)
