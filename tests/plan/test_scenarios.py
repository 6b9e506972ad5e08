"""Scenarios compared: totals, ranking, the sensitivity of the first place, evidence, and their checks."""

from __future__ import annotations

import json
import random

import pytest

from bodiag.cli import main
from bodiag.domain.scenarios import CRITERIA, MAX_WEIGHT, ScenarioRecord, compare, sensitivity
from bodiag.errors import InputError
from bodiag.services import plan, sharing
from bodiag.services.documents import open_document


def _record(n: int, ratings) -> ScenarioRecord:
    return ScenarioRecord(id=n, uuid=f"s{n}", kind="custom", title=f"S{n}", description="",
                          ratings=dict(zip(CRITERIA, ratings)), cost_estimate=None, position=n)


def _first(records, weights) -> str:
    return compare(records, weights).first.scenario.uuid


def test_each_crossing_is_where_the_first_place_changes_and_nowhere_else():
    rng = random.Random(20261203)
    checked = 0
    for _ in range(300):
        records = [_record(n, [rng.randint(1, 5) for _ in CRITERIA]) for n in range(1, rng.randint(2, 5) + 1)]
        weights = {c: float(rng.randint(0, 4)) for c in CRITERIA}
        if not any(weights.values()):
            continue
        comparison = compare(records, weights)
        top = comparison.first.scenario.uuid
        for crossing in comparison.crossings:
            beyond = crossing.weight + (1e-6 if crossing.above else -1e-6)
            assert _first(records, {**weights, crossing.criterion: beyond}) == crossing.first
            if abs(crossing.weight - crossing.current) > 0.02:  # between today and the crossing, the first holds
                between = (crossing.weight + crossing.current) / 2
                assert _first(records, {**weights, crossing.criterion: between}) == top
            checked += 1
        crossed = {c.criterion for c in comparison.crossings}
        for criterion in set(CRITERIA) - crossed:  # no crossing: the first holds over the whole range
            for weight in (0.137, 1.414, 2.718, 5.333, MAX_WEIGHT - 0.13):  # off the ties of round weights
                tried = {**weights, criterion: weight}
                if any(tried.values()):
                    assert _first(records, tried) == top
    assert checked > 100


def test_unrated_scenarios_wait_and_ties_keep_their_order():
    records = [_record(1, [3, 3, 3, 3, 3]), _record(2, [3, 3, 3, 3, 3]), _record(3, [1, None, 1, 1, 1])]
    comparison = compare(records, dict.fromkeys(CRITERIA, 1.0))
    assert [(s.scenario.uuid, s.rank) for s in comparison.scenarios] == [("s1", 1), ("s2", 2), ("s3", None)]
    assert comparison.scenarios[2].unrated == ["complexity"]
    assert sensitivity(comparison, "en") == ["The first place holds whatever one criterion weighs, from 0 to 10."]


@pytest.fixture
def demo(demo_path):
    with open_document(demo_path) as diagnostic:
        yield diagnostic


def test_the_method_s_options_are_added_once_and_the_outsourcing_verdict_speaks_to_two(demo):
    added = plan.add_article_scenarios(demo, "en")
    assert [s.kind for s in added] == ["optimise", "acquire", "outsource_partial", "outsource_total"]
    assert added[0].title == "Optimise the existing tools in-house" and added[0].description
    assert plan.add_article_scenarios(demo) == []
    view = plan.scenarios(demo, "fr")
    with_evidence = {s.kind for s in added if view.evidence[s.uuid]}
    assert with_evidence == {"outsource_partial", "outsource_total"}
    evidence = view.evidence[added[2].uuid][0]
    assert evidence.verdict == "À préparer" and evidence.reasons
    assert evidence.notes and all(" — «" in note for note in evidence.notes)
    assert plan.scenarios(demo, "fr", without_notes=True).evidence[added[2].uuid][0].notes == []


def test_ratings_weights_and_the_choice_are_checked_and_kept(demo):
    scenario = plan.add_scenario(demo, "custom", title="  Mutualiser   avec le groupe ", cost=2, cost_estimate="12 000 €")
    assert (scenario.title, scenario.ratings["cost"], scenario.cost_estimate) == ("Mutualiser avec le groupe", 2, 12000)
    for bad, message in (({"risk": 6}, "whole number from 1 to 5"), ({"risk": "2.5"}, "whole number"),
                         ({"risk": True}, "whole number"), ({"title": " "}, "needs a title"),
                         ({"kind": "merge"}, "unknown scenario kind"), ({"colour": 1}, "unknown scenario field")):
        with pytest.raises(InputError, match=message):
            plan.update_scenario(demo, scenario.id, **bad)
    plan.update_scenario(demo, scenario.uuid, complexity="3", human_impact=2, delay=2, risk=1)
    assert plan.scenarios(demo).comparison.first.scenario.uuid == scenario.uuid

    with pytest.raises(InputError, match="weight of risk is from 0 to 10"):
        plan.set_weights(demo, risk=11)
    with pytest.raises(InputError, match="at least one criterion"):
        plan.set_weights(demo, **dict.fromkeys(CRITERIA, 0))
    assert plan.set_weights(demo, risk="2,5")["risk"] == 2.5

    plan.choose(demo, scenario.id, "Le moins risqué")
    view = plan.scenarios(demo)
    assert (view.comparison.chosen, view.comparison.rationale) == (scenario.uuid, "Le moins risqué")
    plan.delete_scenario(demo, scenario.id)  # deleting the chosen scenario withdraws the choice
    assert plan.scenarios(demo).comparison.chosen is None
    with pytest.raises(InputError, match="no scenario '99'"):
        plan.choose(demo, 99)


def test_a_shared_copy_shows_scenarios_but_takes_none(demo, tmp_path):
    plan.add_article_scenarios(demo)
    copy = tmp_path / "copie.bodiag"
    sharing.save_copy_to_share(demo, copy)
    with open_document(copy) as received:
        assert len(plan.scenarios(received).comparison.scenarios) == 4
        with pytest.raises(Exception, match="read-only"):
            plan.add_scenario(received, "custom", title="Autre")


def test_the_command_line_compares_scenarios(demo_path, capsys):
    assert main(["plan", "scenarios", str(demo_path), "--add-article-options"]) == 0
    capsys.readouterr()
    for number, ratings in enumerate(((2, 2, 2, 3, 2), (4, 4, 3, 4, 3), (3, 3, 3, 2, 4), (3, 5, 5, 3, 5)), start=1):
        options = [x for c, r in zip(("--cost", "--complexity", "--human-impact", "--delay", "--risk"), ratings)
                   for x in (c, str(r))]
        assert main(["plan", "scenario-update", str(demo_path), str(number), *options]) == 0
    assert main(["plan", "weights", str(demo_path), "--risk", "2"]) == 0
    out = capsys.readouterr().out
    assert "risque 2" in out and " 1. [1] Optimiser l’existant en interne — 2,17" in out
    assert "si « délai » pèse plus de 7 (aujourd’hui 1)" in out.replace("\u00a0", " ").replace("«\u00a0", "« ")
    assert main(["plan", "choose", str(demo_path), "1", "--rationale", "Finançable cette année"]) == 0
    assert main(["plan", "choose", str(demo_path)]) != 0
    assert "give the chosen scenario, or --none" in capsys.readouterr().err
    assert main(["plan", "scenarios", str(demo_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["comparison"]["rationale"] == "Finançable cette année"
    assert [s["rank"] for s in data["comparison"]["scenarios"]] == [1, 2, 3, 4]
    assert main(["plan", "scenario-delete", str(demo_path), "4"]) == 0
    assert main(["plan", "scenario-add", str(demo_path), "--kind", "outsource_total"]) == 0
    assert capsys.readouterr().out.strip() == "4"  # numbers are reused; the uuid is what stays unique
