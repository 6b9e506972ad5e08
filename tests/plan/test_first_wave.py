"""The board asked to approve the first wave's budget and workload, with the roadmap's figures, on every face."""

from __future__ import annotations

import json

import pytest

from bodiag.cli import main
from bodiag.domain.first_wave import approve_first_wave, decision
from bodiag.domain.roadmap import roadmap as build_roadmap
from bodiag.domain.synthesis import FirstWave, Synthesis
from bodiag.services import action_plan, plan, roadmap
from bodiag.services.documents import open_document
from tests.plan.roadmap_helpers import planned, ranked


def _synthesis(decisions: list[str], provisional: list[str] | None = None) -> Synthesis:
    return Synthesis(lang="fr", items=[], first=[], first_workload=0, first_cost=None, capacity_days=15,
                     capacity_from="plan", findings=[], decisions=decisions, risks=[], provisional=provisional or [],
                     done=0, dropped=0, recommendations=0)


def _wave(**figures) -> FirstWave:
    return FirstWave(**{"wave": "w0_6", "actions": 3, "workload_days": 16.0, "capacity_days": 30.0, "cost": 12000.0,
                        "costed": 3, "budget": None, **figures})


def test_the_decision_says_the_wave_figures():
    assert decision(_wave(), "fr") == ("Approuver le budget et la charge de la première vague (0–6 mois)\u00a0: "
                                       "12\u202f000\u00a0€ pour 3 actions, 16 jours-personne pour une "
                                       "capacité de 30.")
    assert decision(_wave(), "en") == ("Approve the first wave's budget and workload (0–6 months): €12,000 for "
                                       "3 actions, 16 person-days against a capacity of 30.")


@pytest.mark.parametrize(("figures", "said"), [
    ({"costed": 2, "cost": 5000.0}, "€5,000 for 2 of the 3 actions (1 still to be costed)"),
    ({"costed": 0, "cost": 0.0}, "3 actions with no stated cost yet, to be costed"),
    ({"workload_days": 41.5}, "The workload exceeds the capacity by 11.5 person-days"),
    ({"budget": 15000.0}, "The budget planned for the wave is €15,000."),
    ({"budget": 10000.0}, "The cost exceeds the planned budget (€10,000) by €2,000: raise the budget"),
])
def test_the_decision_follows_costs_capacity_and_budget(figures, said):
    assert said in decision(_wave(**figures), "en")


def test_it_joins_the_decisions_before_completing_a_provisional_diagnostic():
    actions = [planned(1, days=10, cost=4000, wave="w0_6"), planned(2, days=50, wave="w0_6"), planned(3, wave="w6_18", days=5, cost=100)]
    plan_ = build_roadmap(actions, ranked(actions), 36, 15, "plan")
    approved = approve_first_wave(_synthesis(["Choose.", "Commit.", "Complete."], provisional=["few answers"]), plan_)
    assert approved.first_wave == FirstWave(wave="w0_6", actions=2, workload_days=60.0, capacity_days=30.0,
                                            cost=4000.0, costed=1, budget=None)
    assert approved.decisions[:2] == ["Choose.", "Commit."] and approved.decisions[3] == "Complete."
    assert approved.decisions[2].startswith("Approuver le budget et la charge de la première vague")
    assert "4\u202f000\u00a0€ pour 1 des 2 actions (1 à chiffrer), 60 jours-personne" in approved.decisions[2]
    assert "dépasse la capacité de 30 jours-personne\u00a0: donner des moyens" in approved.decisions[2]
    assert approve_first_wave(_synthesis(["Choose."]), plan_).decisions[-1] == approved.decisions[2]


def test_an_empty_first_wave_asks_for_nothing():
    actions = [planned(1, wave="w6_18", days=10)]
    approved = approve_first_wave(_synthesis(["Choose."]), build_roadmap(actions, ranked(actions), 36, 15, "plan"))
    assert approved.first_wave is None and approved.decisions == ["Choose."]


@pytest.fixture
def costed(demo_path):
    """Two decided actions in the first wave, one with a cost, and a budget stated for the wave."""
    with open_document(demo_path) as diagnostic:
        plan.set_capacity(diagnostic, 20)
        maturity = next(a for a in diagnostic.assessments() if a.questionnaire_id == "back-office-maturity")
        first, second = action_plan.from_recommendations(diagnostic, maturity, top=2)
        action_plan.update(diagnostic, first, cost=2500)
        for action in (first, second):
            roadmap.place(diagnostic, action.id, "0-6")
            roadmap.set_fields(diagnostic, action.id, workload="7")
        roadmap.set_wave(diagnostic, "0-6", budget="2000")
    return demo_path


def test_the_board_note_the_command_and_its_json_ask_it(costed, capsys):
    with open_document(costed, readonly=True) as diagnostic:
        result, placed = roadmap.for_board(diagnostic, "en")
        first = placed.wave_totals("w0_6")
    wave = result.first_wave
    assert (wave.actions, wave.workload_days, wave.capacity_days, wave.cost, wave.costed, wave.budget) == \
        (first.actions, first.workload_days, 40.0, 2500.0, 1, 2000.0)
    asked = next(d for d in result.decisions if d.startswith("Approve the first wave"))
    assert f"€2,500 for 1 of the {first.actions} actions" in asked and "by €500" in asked
    assert main(["plan", "synthesis", str(costed), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["first_wave"]["cost"] == 2500.0 and data["first_wave"]["budget"] == 2000.0
    assert asked in data["decisions"]
    assert main(["plan", "synthesis", str(costed), "--lang", "en"]) == 0
    assert asked in capsys.readouterr().out
