"""The synthesis across questionnaires, on the demo and on small documents built for one rule each."""

from __future__ import annotations

import json

import pytest

from bodiag.cli import main
from bodiag.domain import i18n
from bodiag.domain.synthesis import FIRST
from bodiag.services import action_plan, reassessment
from bodiag.services.documents import open_document
from bodiag.services.synthesis import synthesis


@pytest.fixture
def demo(demo_path):
    with open_document(demo_path) as diagnostic:
        yield diagnostic


def test_every_open_recommendation_is_in_exactly_one_item(demo):
    result = synthesis(demo)
    gathered = [(r.questionnaire_id, r.recommendation_id) for item in result.items for r in item.reasons]
    assert len(gathered) == len(set(gathered)) == result.recommendations > 0
    assert [i.rank for i in result.items] == list(range(1, len(result.items) + 1))
    values = [i.value for i in result.items]
    assert values == sorted(values, reverse=True)


def test_the_same_action_asked_by_three_questionnaires_is_one_item(demo):
    result = synthesis(demo)
    inventory = next(i for i in result.items if len(i.questionnaires) == 3)
    assert set(inventory.questionnaires) == {"back-office-maturity", "master-plan-readiness", "outsourcing-readiness"}
    assert inventory.key == inventory.reasons[0].recommendation_id or "." not in inventory.key  # a theme
    top, *others = sorted((r.urgency for r in inventory.reasons), reverse=True)
    assert inventory.urgency == pytest.approx(top + 0.25 * sum(others), abs=0.01)
    assert all(r.why and r.question and r.answer for r in inventory.reasons)
    assert any("process_inventory" not in f and "3 questionnaires" in f for f in result.findings)


def test_first_three_fit_the_quarter_and_decided_work_comes_first(demo):
    assessment = demo.assessments()[0]
    [started] = action_plan.from_recommendations(demo, assessment, top=1)
    action_plan.update(demo, started, status="in_progress", cost="1 200 €")
    result = synthesis(demo)
    assert result.capacity_from == "headcount"
    assert result.first[0].actions == [started.uuid] and result.first[0].status == "in_progress"
    assert len(result.first) <= FIRST
    assert result.first_workload == sum(i.workload_days for i in result.first) <= result.capacity_days
    assert result.first_cost == 1200
    assert any(i18n.money(1200, "fr") in d for d in result.decisions)

    tight = synthesis(demo, capacity=1)
    assert len(tight.first) == 1  # never none, even when nothing fits


def test_done_and_dropped_actions_leave_the_list_and_are_counted(demo):
    assessment = demo.assessments()[0]
    first, second = action_plan.from_recommendations(demo, assessment, top=2)
    action_plan.update(demo, first, status="done")
    action_plan.update(demo, second, status="dropped")
    result = synthesis(demo)
    assert (result.done, result.dropped) == (1, 1)
    listed = {uuid for item in result.items for uuid in item.actions}
    assert first.uuid not in listed and second.uuid not in listed
    assert any("1 terminées" in f or "0 en cours, 1" in f for f in result.findings)


def test_an_action_of_an_earlier_assessment_joins_the_latest_one(demo):
    earlier = demo.assessments()[0]
    [action] = action_plan.from_recommendations(demo, earlier, top=1)
    later = reassessment.start_from(demo, earlier, True, "Second passage")
    result = synthesis(demo)
    holder = next(i for i in result.items if action.uuid in i.actions)
    assert any(r.recommendation_id == action.recommendation_id for r in holder.reasons)
    latest = [r.id for r in reassessment.latest_assessments(demo)]
    assert later.id in latest and earlier.id not in latest
    assert len(result.items) == len({i.key for i in result.items})


def test_a_part_below_target_is_never_called_a_strength(demo):
    for lang, least, reached in (("fr", "la moins faible", "à la cible ou au-dessus"),
                                 ("en", "the least weak", "at or above target")):
        result = synthesis(demo, lang)
        for part in reassessment.latest_assessments(demo):
            scored = demo.score(part)
            if not any(s.score is not None and s.score >= s.target for s in scored.top_sections):
                finding = next(f for f in result.findings if scored.questionnaire.title.get(lang) in f)
                assert least in finding and reached not in finding


def test_few_answers_make_it_provisional_and_ask_for_the_rest(diagnostic):
    assessment = diagnostic.start("outsourcing-readiness")
    questions = [q for q in diagnostic.questionnaire(assessment).questions if q.kind == "scale"][:3]
    for question in questions:
        diagnostic.answer(assessment, question.id, "not_addressed")
    result = synthesis(diagnostic, "en")
    applicable = diagnostic.score(assessment).counts.applicable
    assert result.provisional == [
        f"“{diagnostic.questionnaire(assessment).title.en}”: 3 of {applicable} questions have a usable answer; "
        "what is drawn from it is provisional."
    ]
    assert any(f"Have the {applicable - 3} questions without a usable answer completed" in d for d in result.decisions)
    assert result.first and result.first[0].reasons[0].question_id in {q.id for q in questions}


def test_an_empty_document_has_nothing_to_do(diagnostic):
    result = synthesis(diagnostic)
    assert (result.items, result.first, result.findings, result.risks) == ([], [], [], [])


def test_risks_are_open_high_impact_items_with_their_answer(demo):
    result = synthesis(demo)
    assert 0 < len(result.risks) <= 3
    titles = {i.title: i for i in result.items}
    for risk in result.risks:
        item = titles[risk.title]
        assert item.impact == "high" and item.status != "in_progress"
        assert risk.why == item.reasons[0].why and risk.answer == item.reasons[0].answer


def test_the_command_line_prints_it_as_text_and_json(demo_path, capsys):
    assert main(["plan", "synthesis", str(demo_path), "--top", "3"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Constats\n") and "Décisions demandées" in text and "Les trois premières actions" in text
    assert "  4. " not in text.split("Ce qu’il y a à faire")[1]

    assert main(["plan", "synthesis", str(demo_path), "--json", "--lang", "en", "--capacity", "12,5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lang"] == "en" and data["capacity_days"] == 12.5 and data["capacity_from"] == "plan"
    assert data["first"][0]["key"] == data["items"][0]["key"] or data["first"][0]["status"] == "in_progress"

    assert main(["plan", "synthesis", str(demo_path), "--top", "0"]) != 0
    assert "--top must be 1 or more" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["plan", "synthesis", str(demo_path), "--capacity", "-3"])


def test_the_chosen_scenario_defers_what_only_the_questionnaires_it_sets_aside_ask_for(demo):
    from bodiag.services import plan

    undecided = synthesis(demo)
    assert not any(i.deferred for i in undecided.items)
    assert any("Choisir le scénario" in d for d in undecided.decisions)
    outsourcing_only = [i.key for i in undecided.items if i.questionnaires == ["outsourcing-readiness"] and not i.actions]
    assert outsourcing_only

    optimise = plan.add_scenario(demo, "optimise")
    plan.choose(demo, optimise.id, "En interne d’abord")
    chosen = synthesis(demo)
    deferred = [i for i in chosen.items if i.deferred]
    assert sorted(i.key for i in deferred) == sorted(outsourcing_only)
    assert chosen.items[-len(deferred):] == deferred  # ranked after everything else
    assert not any(i.deferred for i in chosen.first) and not any(r.title in {i.title for i in deferred} for r in chosen.risks)
    assert not any("Choisir le scénario" in d or "Prêt à externaliser" in d for d in chosen.decisions)

    partial = plan.add_scenario(demo, "outsource_partial")
    plan.choose(demo, partial.id, "Confier la saisie")
    assert not any(i.deferred for i in synthesis(demo).items)  # outsourcing chosen: its questions count again
