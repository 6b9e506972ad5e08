"""The action-plan service: checked input, clear messages, recommendations turned into actions."""

from __future__ import annotations

from datetime import date

import pytest

from bodiag.domain.vocabulary import ACTION_STATUS, label
from bodiag.errors import InputError
from bodiag.services import action_plan
from bodiag.services.documents import open_document


def test_add_normalises_what_a_person_types(diagnostic, assessment):
    action = action_plan.add(
        diagnostic, "  Formaliser   les rôles ", assessment=assessment, owner=" Alice  Martin ", deadline=date(2025, 3, 31),
        status="En cours", cost="1 234,50 €", effort="élevé", question_ids="q1, q2;q1", notes=" note ",
    )
    assert (action.title, action.owner, action.deadline, action.status, action.cost, action.effort) == (
        "Formaliser les rôles", "Alice Martin", "2025-03-31", "in_progress", 1234.5, "high"
    )
    assert (action.question_ids, action.notes, action.assessment_id) == (("q1", "q2"), "note", assessment.id)
    by_number = action_plan.add(diagnostic, "Autre", assessment="1", status="to do", effort="MEDIUM", cost=0)
    assert (by_number.assessment_id, by_number.status, by_number.effort, by_number.cost) == (1, "todo", "medium", 0.0)
    free = action_plan.add(diagnostic, "Sans évaluation", question_ids=["anything.goes"])
    assert free.assessment_id is None and free.question_ids == ("anything.goes",) and free.status == "todo"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"title": ""}, "the action needs a title"),
        ({"title": "   "}, "the action needs a title"),
        ({"title": "x" * 301}, "the title is longer than 300 characters"),
        ({"deadline": "2025-02-30"}, r"the deadline must be a real date written YYYY-MM-DD \(got '2025-02-30'\)"),
        ({"deadline": "31/03/2025"}, "must be a real date written YYYY-MM-DD"),
        ({"deadline": "20250331"}, "must be a real date written YYYY-MM-DD"),
        ({"deadline": "1899-12-31"}, "before 1900"),
        ({"cost": -1}, r"the cost cannot be negative \(got -1\)"),
        ({"cost": "abc"}, "the cost 'abc' is not a number"),
        ({"cost": float("nan")}, "is not a number"),
        ({"cost": 1e13}, "the cost is more than"),
        ({"status": "later"}, "unknown status 'later' .*todo, in_progress, done, dropped.*à faire"),
        ({"effort": "huge"}, "unknown effort 'huge' .*low, medium, high"),
        ({"question_ids": ["q9"]}, r"no question 'q9' in questionnaire 'mini' \(assessment 1\)"),
        ({"question_ids": ["q8", "q1", "q9"]}, "no questions 'q8', 'q9' in questionnaire 'mini'"),
        ({"owner": "o" * 201}, "the owner is longer than 200 characters"),
        ({"notes": "n" * 40_000}, "the notes are longer than 32767 characters"),
        ({"assessment": 7}, "no assessment 7"),
    ],
)
def test_add_refuses_bad_values_with_a_clear_message(diagnostic, assessment, kwargs, message):
    values = {"title": "Une action", "assessment": assessment, **kwargs}
    with pytest.raises(InputError, match=message):
        action_plan.add(diagnostic, values.pop("title"), **values)
    assert action_plan.list_actions(diagnostic) == []


def test_question_ids_without_an_assessment_must_look_like_ids(diagnostic):
    with pytest.raises(InputError, match="'Q 1' is not a question id"):
        action_plan.add(diagnostic, "x", question_ids=["Q 1"])


def test_update_by_number_or_uuid(diagnostic, assessment):
    action = action_plan.add(diagnostic, "x", assessment=assessment, cost=10, deadline="2025-01-01", owner="Ann")
    changed = action_plan.update(diagnostic, action.uuid, title="y", status="terminée", cost="", deadline=None, owner="")
    assert (changed.title, changed.status, changed.cost, changed.deadline, changed.owner) == ("y", "done", None, None, "")
    assert changed.completed_at is not None
    reopened = action_plan.update(diagnostic, str(action.id), status="in_progress")
    assert reopened.completed_at is None
    with pytest.raises(InputError, match="unknown action field 'colour'"):
        action_plan.update(diagnostic, action.id, colour="red")
    with pytest.raises(InputError, match="no action 'nope'"):
        action_plan.update(diagnostic, "nope", title="z")
    with pytest.raises(InputError, match="no action 9"):
        action_plan.update(diagnostic, 9, title="z")


def test_changing_the_assessment_checks_the_linked_questions_again(diagnostic, assessment):
    free = action_plan.add(diagnostic, "x", question_ids=["zz"])
    with pytest.raises(InputError, match="no question 'zz' in questionnaire 'mini'"):
        action_plan.update(diagnostic, free.id, assessment=assessment)
    moved = action_plan.update(diagnostic, free.id, assessment=assessment, question_ids=["q2"])
    assert (moved.assessment_id, moved.question_ids) == (assessment.id, ("q2",))
    assert action_plan.update(diagnostic, free.id, assessment=None).assessment_id is None


def test_delete(diagnostic):
    action = action_plan.add(diagnostic, "x")
    assert action_plan.delete(diagnostic, action.uuid).title == "x"
    assert action_plan.list_actions(diagnostic) == []


@pytest.mark.parametrize(
    "text, cost",
    [("1234", 1234.0), ("1234,5", 1234.5), ("1 234,50 €", 1234.5), ("1\u202f234,50\u00a0€", 1234.5),
     ("1,234.50", 1234.5), ("1.234,50", 1234.5), ("€12.5", 12.5), ("0", 0.0), ("", None), (None, None), (7, 7.0)],
)
def test_costs_as_people_write_them(text, cost):
    assert action_plan.parse_cost(text) == cost


def test_status_labels_in_both_languages():
    for key, entry in ACTION_STATUS.items():
        assert action_plan.parse_status(entry.fr) == action_plan.parse_status(entry.en) == key
        assert action_plan.parse_status(key.upper()) == key
    assert action_plan.parse_status("a faire") == "todo" and action_plan.parse_status("Terminé") == "done"
    assert label(ACTION_STATUS, "in_progress", "fr") == "en cours"
    assert label(ACTION_STATUS, "dropped", "en") == "dropped"


def test_from_recommendations_follows_priority_and_is_idempotent(demo_path):
    with open_document(demo_path) as diagnostic:
        assessment = diagnostic.assessment("outsourcing-readiness")
        ranked = diagnostic.score(assessment).recommendations
        assert len(ranked) > 5
        first = action_plan.from_recommendations(diagnostic, assessment, top=3)
        assert [a.recommendation_id for a in first] == [r.id for r in ranked[:3]]
        assert action_plan.from_recommendations(diagnostic, assessment, top=3) == []
        rest = action_plan.from_recommendations(diagnostic, assessment)
        assert [a.recommendation_id for a in rest] == [r.id for r in ranked[3:]]
        assert action_plan.from_recommendations(diagnostic, assessment) == []
        plan = action_plan.list_actions(diagnostic, assessment)
        assert [a.recommendation_id for a in plan] == [r.id for r in ranked]  # all to do, no deadline: priority order
        top = ranked[0]
        action = plan[0]
        assert action.title == top.recommendation.title.fr
        assert action.notes == top.recommendation.how.fr.strip()
        assert (action.effort, action.question_ids) == (top.recommendation.effort.value, (top.question_id,))
        assert (action.status, action.owner, action.deadline, action.cost) == ("todo", "", None, None)
        # another assessment's recommendations are its own
        other = diagnostic.assessment("back-office-maturity")
        assert len(action_plan.from_recommendations(diagnostic, other, top=2)) == 2


def test_from_recommendations_keeps_edited_and_dropped_actions(diagnostic, assessment):
    (made,) = action_plan.from_recommendations(diagnostic, assessment)
    assert made.recommendation_id == "q1.1" and made.title == "Faire quelque chose" and made.notes == "Comme ça"
    action_plan.update(diagnostic, made.id, title="Ma version", status="dropped")
    assert action_plan.from_recommendations(diagnostic, assessment) == []
    assert [a.title for a in action_plan.list_actions(diagnostic)] == ["Ma version"]
    with pytest.raises(InputError, match="top must be 1 or more"):
        action_plan.from_recommendations(diagnostic, assessment, top=0)
