"""A workshop: respondents answer, divergences show, the facilitator settles the consensus."""

from __future__ import annotations

import json

import pytest

from bodiag.domain.answers import Answer, parse_answer
from bodiag.domain.levels import answer_level, lower_median
from bodiag.errors import InputError
from bodiag.services import workshop
from bodiag.services.catalog import resolve


def answer_all(diagnostic, assessment, people, question_id, values):
    for person, value in zip(people, values):
        workshop.respondent_answer(diagnostic, assessment, person, question_id, value)


def test_three_respondents_a_divergent_and_a_unanimous_question(diagnostic, mini_assessment, trio):
    a = mini_assessment
    answer_all(diagnostic, a, trio, "q1", ["none", "Décidé", "3"])  # by id, by label, by value: as for 'answer'
    answer_all(diagnostic, a, trio, "q2", ["l3", "Niveau 3", "l3"])
    items = workshop.divergence(diagnostic, a)
    assert [(i.question.id, i.levels, i.spread, i.divergent) for i in items] == [
        ("q1", [1, 3, 4], 3, True),
        ("q2", [3, 3, 3], 0, False),
    ]
    assert [i.question.id for i in workshop.divergence(diagnostic, a, only_divergent=True)] == ["q1"]
    data = items[0].as_dict("en")
    json.dumps(data)
    assert data["suggestion"] == {"value": "decided", "display": "Décidé", "level": 3, "basis": "median"}
    assert data["consensus"] == {"value": None, "display": None}
    assert [(x["respondent"]["name"], x["respondent"]["role_label"], x["display"]) for x in data["answers"]] == [
        ("Alice", "director", "Not addressed"),
        ("Bob", "accounting", "Décidé"),
        ("Chloé", "HR", "Formalisé et appliqué"),
    ]


def test_divergence_ignores_na_and_dk_in_the_spread_and_needs_two_answers(diagnostic, mini_assessment, trio):
    a = mini_assessment
    answer_all(diagnostic, a, trio, "q1", ["na", "identified", "?"])
    workshop.respondent_answer(diagnostic, a, trio[0], "q2", "l5")  # one answer only: not listed
    [item] = workshop.divergence(diagnostic, a)
    assert [(x.status, x.level) for x in item.answers] == [("na", None), ("answered", 2), ("dk", None)]
    assert (item.levels, item.spread, item.divergent) == ([2], 0, False)
    answer_all(diagnostic, a, trio, "q1", ["na", "na", "dk"])
    [item] = workshop.divergence(diagnostic, a)
    assert (item.spread, item.divergent, item.suggestion.answer) == (None, False, Answer(option="na"))


def test_divergence_is_sorted_by_spread_then_questionnaire_order(demo_path):
    from bodiag.services.documents import open_document

    with open_document(demo_path) as diagnostic:
        a = diagnostic.assessment("outsourcing-readiness")
        people = [workshop.add_respondent(diagnostic, a, n) for n in ("A", "B", "C")]
        plan = {
            "q03_volume": ["identified", "identified", "decided"],  # spread 1
            "q02_profiles": ["not_addressed", "decided", "decided"],  # spread 2
            "q01_benefits": ["identified", "decided", "identified"],  # spread 1
            "q04_peaks": ["not_addressed", "formalised", "decided"],  # spread 3
            "weak_signals": ["routine_overload", "routine_overload,no_standards", "-"],  # no spread
            "q05_rituals": ["decided", "decided", "decided"],  # spread 0
        }
        for qid, values in plan.items():
            answer_all(diagnostic, a, people, qid, values)
        items = workshop.divergence(diagnostic, a)
        assert [(i.question.id, i.spread) for i in items] == [
            ("q04_peaks", 3), ("q02_profiles", 2), ("q01_benefits", 1), ("q03_volume", 1), ("q05_rituals", 0),
            ("weak_signals", None),
        ]
        assert items[-1].split_items == ["routine_overload", "no_standards"]
        assert items[-1].suggestion.answer == Answer(items=("routine_overload",))


@pytest.fixture(scope="module")
def outsourcing():
    return resolve("outsourcing-readiness").questionnaire


@pytest.fixture(scope="module")
def maturity():
    return resolve("back-office-maturity").questionnaire


def suggestion(questionnaire, question_id, *values):
    question = questionnaire.questions_by_id[question_id]
    answers = [parse_answer(questionnaire, question, v) for v in values]
    return workshop.suggest(questionnaire, question, answers)


def test_lower_median():
    assert lower_median([4, 1, 3]) == 3
    assert lower_median([4, 1, 3, 2]) == 2  # even count: the lower of the two middle values
    assert lower_median([2, 4]) == 2
    assert lower_median([]) is None


@pytest.mark.parametrize(
    "values, option, level",
    [
        (["formalised", "not_addressed", "decided"], "decided", 3),  # odd count: the median
        (["formalised", "not_addressed", "decided", "identified"], "identified", 2),  # even: the lower middle
        (["formalised", "decided"], "decided", 3),
        (["na", "formalised", "dk", "identified", "na", "na"], "identified", 2),  # N/A and don't know left out
        (["formalised"], "formalised", 4),
    ],
)
def test_suggestion_is_the_median_level(outsourcing, values, option, level):
    s = suggestion(outsourcing, "q01_benefits", *values)
    assert (s.answer, s.level, s.basis, s.count) == (Answer(option=option), level, "median", len(values))


def test_suggestion_when_nobody_gives_a_level(outsourcing):
    assert suggestion(outsourcing, "q01_benefits", "na", "na", "dk").answer == Answer(option="na")
    s = suggestion(outsourcing, "q01_benefits", "na", "dk")
    assert (s.answer, s.basis) == (None, "none")


def test_checklist_suggestion_is_the_items_ticked_by_a_majority(outsourcing):
    s = suggestion(
        outsourcing, "weak_signals",
        "routine_overload,load_peaks", "routine_overload,no_standards", "load_peaks,routine_overload", "na",
    )
    assert (s.answer, s.basis) == (Answer(items=("routine_overload", "load_peaks")), "majority")
    # two of four is not a majority
    s = suggestion(outsourcing, "weak_signals", "routine_overload", "routine_overload", "-", "no_standards")
    assert s.answer == Answer(items=())


def test_numeric_suggestion_is_a_value_given_at_the_median_level(maturity):
    # lower is better: 0.5 → m5, 3 → m3, 12 → m1; the median level is m3, reached by 3
    s = suggestion(maturity, "ind.processing_time", "0,5", "12", "3")
    assert (s.answer, s.level) == (Answer(number=3.0), 3)
    s = suggestion(maturity, "ind.processing_time", "0,5", "12")  # even: the lower level, m1
    assert (s.answer, s.level) == (Answer(number=12.0), 1)
    question = maturity.questions_by_id["ind.internal_satisfaction"]
    assert answer_level(maturity, question, Answer(number=7.5)) == 4
    assert suggestion(maturity, "ind.priorities", "a", "a").answer is None  # free text: no suggestion


def test_apply_consensus_suggested_or_chosen(diagnostic, mini_assessment, trio):
    a = mini_assessment
    answer_all(diagnostic, a, trio, "q1", ["none", "applied", "decided"])
    diagnostic.answer(a, "q1", note="à revoir en comité")
    record = workshop.apply_consensus(diagnostic, a, "q1")
    assert (record.value, record.note, record.respondent) == (Answer(option="decided"), "à revoir en comité", "Claire")
    record = workshop.apply_consensus(diagnostic, a, "q1", "Formalisé et appliqué")
    assert record.value == Answer(option="applied")
    assert [(h.old_value, h.new_value) for h in diagnostic.history(a, "q1")][-2:] == [
        (None, Answer(option="decided")), (Answer(option="decided"), Answer(option="applied")),
    ]
    assert diagnostic.score(a).questions["q1"].option == "applied"
    [item] = workshop.divergence(diagnostic, a)
    assert item.as_dict()["consensus"]["value"] == "applied"
    with pytest.raises(InputError, match="no consensus to suggest"):
        workshop.apply_consensus(diagnostic, a, "q2")
    with pytest.raises(InputError, match="'maybe' is not an option"):
        workshop.apply_consensus(diagnostic, a, "q1", "maybe")


def test_respondent_answers_are_checked_like_the_assessments(diagnostic, mini_assessment, trio, mini_path):
    a, alice = mini_assessment, trio[0]
    with pytest.raises(InputError, match="'l9' is not an option"):
        workshop.respondent_answer(diagnostic, a, alice, "q2", "l9")
    with pytest.raises(InputError, match="no question 'q9'"):
        workshop.respondent_answer(diagnostic, a, alice, "q9", "l1")
    assert workshop.respondent_answers(diagnostic, a)[alice.id] == {}
    assert workshop.respondent_answer(diagnostic, a, alice, "q1", "n/a", note="pas concerné") == (
        Answer(option="na"), "pas concerné",
    )
    assert workshop.respondent_answer(diagnostic, a, alice, "q1", "decided") == (Answer(option="decided"), "pas concerné")
    assert diagnostic.answers(a) == {}  # the assessment's own answers are untouched
    other = diagnostic.start(str(mini_path))
    with pytest.raises(InputError, match="belongs to assessment 1, not 2"):
        workshop.respondent_answer(diagnostic, other, alice, "q1", "decided")


def test_find_respondent_by_number_or_name(diagnostic, mini_assessment, trio):
    assert workshop.find_respondent(diagnostic, mini_assessment, "chloé").id == trio[2].id
    assert workshop.find_respondent(diagnostic, mini_assessment, str(trio[1].id)).name == "Bob"
    with pytest.raises(InputError, match="no respondent 'Dan'"):
        workshop.find_respondent(diagnostic, mini_assessment, "Dan")
