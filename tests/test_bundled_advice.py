"""Every bundled questionnaire advises at every gap and can be passed.

A consultant signs a questionnaire whose scale, targets and recommendations fit
together: an answer below its target always brings a recommendation for that
question, and an organisation that does everything the questionnaire asks
reaches its best outcome (the last verdict rule, or the top band) with nothing
left to advise.
"""

from __future__ import annotations

import itertools

import pytest

from bodiag.domain.answers import Answer
from bodiag.domain.conditions import visible_questions
from bodiag.domain.model import ChecklistQuestion, NumericQuestion, Questionnaire
from bodiag.domain.profile import PROFILE_FIELDS, OrganisationProfile
from bodiag.domain.scoring import score
from bodiag.domain.thresholds import level_option
from bodiag.services.catalog import bundled_files
from bodiag.domain.loader import load_file

PROFILES = [
    OrganisationProfile(**dict(zip(PROFILE_FIELDS, values)))
    for values in itertools.product(*[[None, *field.choices] for field in PROFILE_FIELDS.values()])
]


def _value_at(questionnaire: Questionnaire, question: NumericQuestion, index: int) -> float:
    """A measured value that reaches the scale's scored option ``index`` (0 = lowest)."""
    t = question.thresholds
    count = len(questionnaire.scale_of(question).scored_options)
    if question.direction == "higher_is_better":
        value = t[0] - 1 if index == 0 else t[index - 1]
    else:
        value = t[-1] + 1 if index == 0 else t[count - 1 - index]
    assert level_option(questionnaire, question, value).id == questionnaire.scale_of(question).scored_options[index].id
    return value


def _verdict_checklist_state(questionnaire: Questionnaire, question: ChecklistQuestion) -> tuple[str, ...]:
    """For a checklist that only the verdict reads: the items the best rule asks to be ticked (none by default)."""
    if questionnaire.verdict is None:
        return ()
    best = questionnaire.verdict.rules[-1]
    wanted = [c.at_least for c in best.criteria if c.metric == "ticked" and c.question == question.id and c.at_least]
    return tuple(item.id for item in question.items[: int(max(wanted))]) if wanted else ()


def top_answers(questionnaire: Questionnaire) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for question in questionnaire.questions:
        if isinstance(question, ChecklistQuestion):
            if not question.scored:
                answers[question.id] = Answer(items=_verdict_checklist_state(questionnaire, question))
            elif question.polarity == "positive":
                answers[question.id] = Answer(items=tuple(item.id for item in question.items))
            else:
                answers[question.id] = Answer(items=())
        elif isinstance(question, NumericQuestion):
            top = len(questionnaire.scale_of(question).scored_options) - 1
            answers[question.id] = Answer(number=_value_at(questionnaire, question, top))
        elif question.kind in ("scale", "grid"):
            answers[question.id] = Answer(option=questionnaire.scale_of(question).scored_options[-1].id)
    return answers


def _questionnaires():
    return [load_file(path).raise_for_problems() for path in bundled_files()]


@pytest.mark.parametrize("questionnaire", _questionnaires(), ids=lambda q: q.id)
def test_every_answer_below_target_gets_a_recommendation_for_its_question(questionnaire):
    top = top_answers(questionnaire)
    targets = {s.id: s.target for s in score(questionnaire, top).sections}
    silent = []
    for question in questionnaire.questions:
        if not question.scored or isinstance(question, ChecklistQuestion) or question.kind == "text":
            continue
        profile = next(p for p in PROFILES if question.id in visible_questions(questionnaire, top, p))
        scale = questionnaire.scale_of(question)
        for index, option in enumerate(scale.scored_options):
            if scale.percent(option) >= targets[questionnaire.section_of[question.id].id]:
                continue
            if isinstance(question, NumericQuestion):
                answer = Answer(number=_value_at(questionnaire, question, index))
            else:
                answer = Answer(option=option.id)
            result = score(questionnaire, {**top, question.id: answer}, profile)
            if not [r for r in result.recommendations if r.question_id == question.id]:
                silent.append(f"{question.id}={option.id}")
    assert silent == [], f"answers below target with no advice: {silent}"


@pytest.mark.parametrize("questionnaire", _questionnaires(), ids=lambda q: q.id)
def test_every_bad_item_of_a_scored_checklist_gets_a_recommendation(questionnaire):
    for question in questionnaire.questions:
        if isinstance(question, ChecklistQuestion) and question.scored:
            covered = {item for rec in question.recommendations for item in rec.items}
            assert [i.id for i in question.items if i.id not in covered] == [], question.id


@pytest.mark.parametrize("questionnaire", _questionnaires(), ids=lambda q: q.id)
def test_an_organisation_that_does_everything_reaches_the_best_outcome(questionnaire):
    for profile in (OrganisationProfile(), OrganisationProfile(phase="growth", headcount="small", outsourcing="partial")):
        result = score(questionnaire, top_answers(questionnaire), profile)
        assert result.score == pytest.approx(100.0)
        assert result.band_id == questionnaire.bands[-1].id
        assert result.recommendations == []
        if questionnaire.verdict is not None:
            assert result.verdict.rule is not None and result.verdict.rule.id == questionnaire.verdict.rules[-1].id


@pytest.mark.parametrize("questionnaire", _questionnaires(), ids=lambda q: q.id)
def test_targets_and_the_best_verdict_threshold_agree(questionnaire):
    """The score the best verdict asks for is the questionnaire's target, and the top band starts there or below."""
    if questionnaire.verdict is None:
        return
    best = questionnaire.verdict.rules[-1]
    thresholds = [c.at_least for c in best.criteria if c.metric == "score" and c.at_least is not None]
    assert thresholds == [questionnaire.target]
    assert questionnaire.bands[-1].min <= questionnaire.target
