"""Re-assessment over time: start again, compare, and the organisation's history."""

from __future__ import annotations

import json

import pytest

from bodiag.domain.answers import Answer
from bodiag.errors import InputError
from bodiag.services import reassessment, workshop
from bodiag.services.documents import open_document
from bodiag.storage.assessments import based_on
from tests.workshop.helpers import add_action, set_created_at


def snapshot_of(diagnostic, assessment):
    """Everything stored about an assessment: its row, answers and history."""
    doc = diagnostic.document
    return (
        doc.query("SELECT * FROM assessments WHERE id = ?", [assessment.id]),
        doc.query("SELECT * FROM answers WHERE assessment_id = ? ORDER BY question_id", [assessment.id]),
        doc.query("SELECT * FROM answer_history WHERE assessment_id = ? ORDER BY id", [assessment.id]),
    )


@pytest.fixture
def demo(demo_path):
    with open_document(demo_path) as diagnostic:
        yield diagnostic


def test_start_from_with_answers_copied(demo):
    previous = demo.assessment("outsourcing-readiness")
    before = snapshot_of(demo, previous)
    new = reassessment.start_from(demo, previous, copy_answers=True, title="Un an après")
    assert (new.title, new.snapshot, new.assessor) == ("Un an après", previous.snapshot, previous.assessor)
    assert new.uuid != previous.uuid and based_on(demo.document)[new.id] == previous.id
    old_answers, new_answers = demo.answers(previous), demo.answers(new)
    assert {q: (r.value, r.note, r.respondent) for q, r in new_answers.items()} == {
        q: (r.value, r.note, r.respondent) for q, r in old_answers.items()
    }
    assert len(demo.history(new)) == len(old_answers)
    assert demo.score(new).as_dict() == demo.score(previous).as_dict()
    demo.answer(new, "q01_benefits", "not_addressed", note="tout est à refaire")
    assert snapshot_of(demo, previous) == before  # the previous assessment is unchanged


def test_start_from_blank(demo):
    previous = demo.assessment("back-office-maturity")
    before = snapshot_of(demo, previous)
    new = reassessment.start_from(demo, previous, copy_answers=False)
    assert new.title.startswith(previous.title + " (") and demo.answers(new) == {}
    assert demo.score(new).score is None and new.questionnaire_version == previous.questionnaire_version
    assert snapshot_of(demo, previous) == before


def test_respondents_are_not_copied(diagnostic, mini_assessment, trio):
    workshop.respondent_answer(diagnostic, mini_assessment, trio[0], "q1", "decided")
    new = reassessment.start_from(diagnostic, mini_assessment, copy_answers=True)
    assert workshop.respondents(diagnostic, new) == [] and len(workshop.respondents(diagnostic, mini_assessment)) == 3


def test_comparison_deltas_are_the_difference_of_the_two_scores(demo):
    before = demo.assessment("back-office-maturity")
    after = reassessment.start_from(demo, before, copy_answers=True)
    demo.answer(after, "adm.file_tracking", "m5")
    demo.answer(after, "acc.closing", "na")
    demo.answer(after, "ind.processing_time", "0,5")
    comparison = reassessment.compare(demo, before, after)
    then, now = demo.score(before), demo.score(after)
    assert comparison.score.delta == now.score - then.score != 0
    assert comparison.level.delta == now.level - then.level
    assert comparison.coverage.delta == now.coverage - then.coverage
    for change in comparison.sections:
        b, a = then.section(change.id), now.section(change.id)
        assert (change.score.before, change.score.after) == (b.score, a.score)
        assert change.score.delta == (None if a.score is None or b.score is None else a.score - b.score)
    data = comparison.as_dict("en")
    json.dumps(data)
    shown_then, shown_now = then.as_dict(), now.as_dict()
    assert data["score"]["before"] == shown_then["score"] and data["score"]["after"] == shown_now["score"]
    assert data["score"]["delta"] == round(shown_now["score"] - shown_then["score"], 2)
    for section, b, a in zip(data["sections"], shown_then["sections"], shown_now["sections"]):
        assert (section["id"], section["score"]["before"], section["score"]["after"]) == (b["id"], b["score"], a["score"])
    assert [s["id"] for s in data["radar"]] == [s.id for s in now.top_sections if s.counts.any_scored_question]
    moves = {m["question"]: m for m in data["moves"]}
    assert set(moves) == {"adm.file_tracking", "acc.closing", "ind.processing_time"}
    moved = moves["adm.file_tracking"]
    assert moved["after"] == {"value": "m5", "display": moved["after"]["display"], "level": 5}
    assert moved["level_delta"] == 5 - moved["before"]["level"]
    assert moves["acc.closing"]["level_delta"] is None and moves["acc.closing"]["after"]["value"] == "na"
    assert moves["ind.processing_time"]["after"]["level"] == 5


def test_notes_alone_are_not_moves_and_unanswered_ones_are(diagnostic, mini_assessment):
    diagnostic.answer(mini_assessment, "q1", "identified")
    after = reassessment.start_from(diagnostic, mini_assessment, copy_answers=True)
    diagnostic.answer(after, "q1", note="revu")
    diagnostic.answer(after, "q2", "l2")
    [move] = reassessment.compare(diagnostic, mini_assessment, after).moves
    assert (move.question_id, move.before, move.after, move.level_delta) == ("q2", None, Answer(option="l2"), None)


def test_actions_completed_in_between(diagnostic, mini_assessment):
    after = reassessment.start_from(diagnostic, mini_assessment, copy_answers=False)
    set_created_at(diagnostic, mini_assessment.id, "2025-01-15T09:00:00+00:00")
    set_created_at(diagnostic, after.id, "2026-01-15T09:00:00+00:00")
    add_action(diagnostic, "avant", "2025-01-10T10:00:00+00:00")
    add_action(diagnostic, "au début même", "2025-01-15T09:00:00+00:00")  # not after the first assessment
    add_action(diagnostic, "en juin", "2025-06-01T08:00:00+00:00")
    add_action(diagnostic, "en mars", "2025-03-01T08:00:00+00:00")
    add_action(diagnostic, "au jour même", "2026-01-15T10:00:00+01:00")  # 09:00 UTC: up to the second, included
    add_action(diagnostic, "après", "2026-02-01T08:00:00+00:00")
    add_action(diagnostic, "pas terminée", None, status="in_progress")
    before, after = diagnostic.assessment(mini_assessment.id), diagnostic.assessment(after.id)
    comparison = reassessment.compare(diagnostic, before, after)
    assert [a["title"] for a in comparison.actions] == ["en mars", "en juin", "au jour même"]
    assert len(comparison.as_dict()["actions"]) == 3
    assert reassessment.compare(diagnostic, after, before).actions == []


def test_only_assessments_of_one_questionnaire_compare(demo):
    with pytest.raises(InputError, match="different questionnaires"):
        reassessment.compare(demo, demo.assessment(1), demo.assessment(2))


def test_timeline_in_date_order_per_questionnaire(diagnostic, mini_assessment):
    diagnostic.answer(mini_assessment, "q1", "identified")
    second = reassessment.start_from(diagnostic, mini_assessment, copy_answers=True, title="deuxième")
    diagnostic.answer(second, "q1", "applied")
    diagnostic.answer(second, "q2", "l5")
    other = diagnostic.start("outsourcing-readiness")
    third = reassessment.start_from(diagnostic, second, copy_answers=False, title="troisième")
    set_created_at(diagnostic, mini_assessment.id, "2025-03-01T09:00:00+00:00")
    set_created_at(diagnostic, second.id, "2024-12-01T09:00:00+00:00")  # entered later, dated earlier
    set_created_at(diagnostic, other.id, "2024-06-01T09:00:00+00:00")
    set_created_at(diagnostic, third.id, "2026-03-01T09:00:00+01:00")
    history = reassessment.timeline(diagnostic)
    assert {q: [e.record.id for e in entries] for q, entries in history.by_questionnaire.items()} == {
        "outsourcing-readiness": [other.id],
        "mini": [second.id, mini_assessment.id, third.id],
    }
    data = history.as_dict("en")
    json.dumps(data)
    assert [g["questionnaire"]["id"] for g in data] == ["outsourcing-readiness", "mini"]
    rows = data[1]["assessments"]
    assert [(r["title"], r["based_on"]) for r in rows] == [
        ("deuxième", mini_assessment.id), ("Mini questionnaire", None), ("troisième", second.id),
    ]
    for row in rows:
        result = diagnostic.score(diagnostic.assessment(row["id"])).as_dict("en")
        assert (row["score"], row["band"], row["coverage"], row["level"]) == (
            result["score"], result["band"], result["coverage"], result["level"],
        )
    assert rows[0]["score"] == 100.0 and rows[2]["score"] is None and rows[2]["band"] is None
