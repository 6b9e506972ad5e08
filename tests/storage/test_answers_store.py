"""Answers, notes and their history survive a close and reopen exactly, and deleted notes leave no trace."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bodiag.domain.answers import Answer
from bodiag.services.documents import open_document
from tests.storage.storage_helpers import listing, raw_query

HOSTILE_NOTES = {
    "html": "<script>alert('pwned')</script><img src=x onerror=alert(1)>&amp;",
    "sql": "'; DROP TABLE answers; --",
    "long": ("éà漢字🧾-ab" * 7_000)[:50_000],
    "emoji": "🧾🔥 👩\u200d💻 🇫🇷 🧑🏽\u200d💼 \ufe0f",
    "rtl": "مرحبا بالعالم \u202eتقرير\u202c \u200fنعم",
    "control": "".join(chr(c) for c in range(1, 32)) + "\x7f\x85\u2028\u2029",
}


def _utc(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def test_hostile_notes_are_what_they_claim():
    assert len(HOSTILE_NOTES["long"]) == 50_000
    assert "\x00" not in "".join(HOSTILE_NOTES.values())


@pytest.mark.parametrize("note", HOSTILE_NOTES.values(), ids=HOSTILE_NOTES.keys())
def test_a_hostile_note_comes_back_byte_identical(diagnostic, doc_path, mini_path, note):
    assessment = diagnostic.start(str(mini_path))
    diagnostic.answer(assessment, "q1", "applied", note=note, respondent="alice")
    diagnostic.close()

    with open_document(doc_path) as reopened:
        record = reopened.answers(reopened.assessment(assessment.id))["q1"]
        assert record.note == note
        assert record.value == Answer(option="applied")
        assert reopened.assessments()  # the tables are all still there
    [(stored,)] = raw_query(doc_path, "SELECT CAST(note AS BLOB) FROM answers WHERE question_id = 'q1'")
    assert stored == note.encode("utf-8")


def test_round_trip_keeps_organisation_assessment_and_answers(diagnostic, doc_path, mini_path):
    organisation = diagnostic.update_organisation(
        name="ACME <script>x</script>", sector="Négoce '; DROP TABLE organisation; --", outsourcing="partial"
    )
    assessment = diagnostic.start(
        str(mini_path), title="Audit « 2025 » 🧾", assessor="Zoë", mode="workshop", target=80
    )
    combined = "\n".join(v for k, v in HOSTILE_NOTES.items() if k != "long")
    diagnostic.answer(assessment, "q1", "decided", note=combined)
    diagnostic.answer(assessment, "q2", "l3", note=HOSTILE_NOTES["long"], respondent="بشير")
    assessments = diagnostic.assessments()
    answers = diagnostic.answers(assessment)
    history = diagnostic.history(assessment)
    diagnostic.close()

    with open_document(doc_path) as reopened:
        assert reopened.organisation == organisation
        assert (organisation.name, organisation.phase, organisation.headcount, organisation.outsourcing) == (
            "ACME <script>x</script>", "growth", "small", "partial"
        )
        assert reopened.assessments() == assessments
        (stored,) = assessments
        assert (stored.title, stored.assessor, stored.mode, stored.target) == ("Audit « 2025 » 🧾", "Zoë", "workshop", 80)
        assert reopened.answers(stored) == answers
        assert answers["q1"].note == combined and answers["q2"].note == HOSTILE_NOTES["long"]
        assert answers["q2"].respondent == "بشير" and answers["q1"].respondent == "Zoë"
        assert reopened.history(stored) == history
        assert reopened.questionnaire_source(stored) == mini_path.read_text(encoding="utf-8")
    blobs = dict(raw_query(doc_path, "SELECT question_id, CAST(note AS BLOB) FROM answers"))
    assert blobs == {"q1": combined.encode("utf-8"), "q2": HOSTILE_NOTES["long"].encode("utf-8")}


def test_history_records_who_when_old_and_new(diagnostic, doc_path, mini_path):
    assessment = diagnostic.start(str(mini_path))
    before = _now()
    diagnostic.answer(assessment, "q1", "identified", respondent="alice")
    diagnostic.answer(assessment, "q1", "decided", respondent="bob")
    diagnostic.answer(assessment, "q2", "l4", respondent="carol")
    after = _now()
    diagnostic.close()

    with open_document(doc_path) as reopened:
        history = reopened.history(reopened.assessment(assessment.id))
        q1_only = reopened.history(reopened.assessment(assessment.id), "q1")
    assert [(h.question_id, h.old_value, h.new_value, h.respondent) for h in history] == [
        ("q1", None, Answer(option="identified"), "alice"),
        ("q1", Answer(option="identified"), Answer(option="decided"), "bob"),
        ("q2", None, Answer(option="l4"), "carol"),
    ]
    assert q1_only == history[:2]
    for entry in history:
        assert before <= _utc(entry.changed_at) <= after
        assert _utc(entry.changed_at).utcoffset().total_seconds() == 0
        assert (entry.old_note, entry.new_note) == (None, None)  # the note did not change


def test_a_changed_note_is_recorded_in_history_without_its_text(diagnostic, mini_path):
    assessment = diagnostic.start(str(mini_path))
    diagnostic.answer(assessment, "q1", "decided", note="confidential: salaries", respondent="alice")
    diagnostic.answer(assessment, "q1", note="rewritten", respondent="alice")
    first, second = diagnostic.history(assessment)
    assert (first.old_note, first.new_note) == ("", "")
    assert (second.old_value, second.new_value) == (Answer(option="decided"), Answer(option="decided"))
    assert (second.old_note, second.new_note) == ("", "")


def test_saving_the_same_answer_again_changes_nothing(diagnostic, mini_path):
    assessment = diagnostic.start(str(mini_path))
    diagnostic.answer(assessment, "q1", "decided", note="same")
    pending = diagnostic.prepare(assessment, "q1", "decided", "same", current=diagnostic.answers(assessment)["q1"])
    assert diagnostic.save(assessment, [pending]) == 0
    assert len(diagnostic.history(assessment)) == 1


def test_clearing_an_answer(diagnostic, doc_path, mini_path):
    assessment = diagnostic.start(str(mini_path))
    diagnostic.answer(assessment, "q1", "decided", note="keep me", respondent="alice")
    diagnostic.answer(assessment, "q2", "l2", respondent="alice")

    kept = diagnostic.answer(assessment, "q1", None, respondent="bob")  # clear the value, keep the note
    assert (kept.value, kept.note, kept.respondent) == (None, "keep me", "bob")
    assert diagnostic.answer(assessment, "q2", None, respondent="bob") is None  # nothing left: row removed
    assert diagnostic.answer(assessment, "q1", None, note=None, respondent="bob") is None
    diagnostic.close()

    assert raw_query(doc_path, "SELECT count(*) FROM answers") == [(0,)]
    with open_document(doc_path) as reopened:
        stored = reopened.assessment(assessment.id)
        assert reopened.answers(stored) == {}
        history = reopened.history(stored)
    assert [(h.question_id, h.old_value, h.new_value, h.respondent) for h in history[-3:]] == [
        ("q1", Answer(option="decided"), None, "bob"),
        ("q2", Answer(option="l2"), None, "bob"),
        ("q1", None, None, "bob"),
    ]
    assert (history[-1].old_note, history[-1].new_note) == ("", "")


MARKER = "distinctive-marker"


@pytest.mark.parametrize(
    ("first", "change"),
    [
        pytest.param(f"{MARKER} 42", {"note": "something else"}, id="note-rewritten"),
        pytest.param(f"{MARKER} 42", {"note": None}, id="note-deleted"),
        pytest.param(f"{MARKER} 42", {"value": None, "note": None}, id="answer-cleared"),
        pytest.param(f"{MARKER} " * 2_000, {"note": "short now"}, id="long-note-with-overflow-pages"),
    ],
)
def test_a_deleted_note_leaves_no_trace_in_the_file(diagnostic, doc_path, mini_path, first, change):
    assessment = diagnostic.start(str(mini_path))
    diagnostic.answer(assessment, "q1", "decided", note=first)
    assert MARKER.encode() in doc_path.read_bytes()  # committed: in the file itself

    diagnostic.answer(assessment, "q1", **change)
    diagnostic.close()

    assert MARKER.encode() not in doc_path.read_bytes()
    assert listing(doc_path.parent) == [doc_path.name]  # and no journal keeps it either
