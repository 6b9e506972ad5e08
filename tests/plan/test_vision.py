"""The target vision: suggestions, choices kept in the document, and their checks."""

from __future__ import annotations

import json

import pytest

from bodiag.cli import main
from bodiag.errors import InputError
from bodiag.services import plan, reassessment, sharing
from bodiag.services.documents import open_document

MATURITY = "back-office-maturity"


@pytest.fixture
def demo(demo_path):
    with open_document(demo_path) as diagnostic:
        yield diagnostic


def _parts(diagnostic, questionnaire_id=MATURITY):
    return {p.section_id: p for v in plan.vision(diagnostic) if v.questionnaire_id == questionnaire_id for p in v.parts}


def test_suggestions_go_one_step_up_and_never_above_the_top(demo):
    for v in plan.vision(demo):
        assert v.parts, v.questionnaire_id
        for p in v.parts:
            assert not p.chosen and p.target == p.suggested and p.score is not None
            assert p.suggested <= 100
            if v.levels is not None:
                assert p.target_level == int(p.target_level)  # a whole level
                if p.score < 60:  # below the questionnaire's target: the next whole level up
                    assert p.target_level == min(v.levels, int(p.level + 1e-9) + 1)
            assert p.gap == pytest.approx(max(0.0, p.target - p.score), abs=0.01)


def test_a_part_at_a_whole_level_is_suggested_the_next_one(demo):
    hr = _parts(demo)["hr"]
    assert (hr.level, hr.target_level, hr.target) == (3.0, 4.0, 75.0)


def test_a_part_at_its_target_holds_and_context_parts_have_none(demo):
    outsourcing = _parts(demo, "outsourcing-readiness")
    assert "context" not in outsourcing  # the list of signals and pitfalls is context only
    for p in outsourcing.values():
        assert p.target > p.score or p.target == p.score  # never below today


def test_a_chosen_target_is_kept_survives_a_reassessment_and_can_be_cleared(demo):
    choice = plan.set_target(demo, MATURITY, "data_security", level=4, ambition="  Sauvegardes   testées  ")
    assert (choice.score, choice.ambition) == (75.0, "Sauvegardes testées")
    part = _parts(demo)["data_security"]
    assert (part.chosen, part.target, part.target_level, part.ambition) == (True, 75.0, 4.0, "Sauvegardes testées")

    plan.set_target(demo, MATURITY, "data_security", ambition="Plan de reprise testé")  # the target is kept
    assert (_parts(demo)["data_security"].target, _parts(demo)["data_security"].ambition) == (75.0, "Plan de reprise testé")

    earlier = next(r for r in demo.assessments() if r.questionnaire_id == MATURITY)
    reassessment.start_from(demo, earlier, True, "Un an après")
    assert _parts(demo)["data_security"].chosen  # the vision belongs to the plan, not to one assessment

    assert plan.clear_target(demo, MATURITY, "data_security") is True
    assert not _parts(demo)["data_security"].chosen
    assert plan.clear_target(demo, MATURITY, "data_security") is False


@pytest.mark.parametrize(("questionnaire", "part", "values", "message"), [
    ("nope", "hr", {"level": 3}, "no assessment of questionnaire 'nope'"),
    (MATURITY, "nope", {"level": 3}, "'nope' is not a part of questionnaire 'back-office-maturity'"),
    (MATURITY, "hr", {"level": 6}, "the level is from 1 to 5"),
    (MATURITY, "hr", {"level": float("nan")}, "the level is from 1 to 5"),
    (MATURITY, "hr", {"score": 101}, "the target score is from 0 to 100"),
    (MATURITY, "hr", {"level": 3, "score": 50}, "a level or a score, not both"),
    ("outsourcing-readiness", "contract", {"level": 3}, "has no levels"),
    (MATURITY, "hr", {"ambition": "x" * 301}, "longer than 300 characters"),
])
def test_bad_targets_are_refused_and_nothing_is_written(demo, questionnaire, part, values, message):
    with pytest.raises(InputError, match=message):
        plan.set_target(demo, questionnaire, part, **values)
    assert not any(p.chosen for v in plan.vision(demo) for p in v.parts)


def test_capacity_and_horizon(demo):
    assert plan.settings(demo)["capacity_days"] is None
    plan.set_capacity(demo, 20)
    plan.set_horizon(demo, 60)
    assert (plan.settings(demo)["capacity_days"], plan.settings(demo)["horizon_months"]) == (20, 60)
    from bodiag.services.synthesis import synthesis

    assert (synthesis(demo).capacity_days, synthesis(demo).capacity_from) == (20, "plan")
    for bad in (0, -1, float("inf"), 10_001):
        with pytest.raises(InputError, match="capacity"):
            plan.set_capacity(demo, bad)
    with pytest.raises(InputError, match="36 or 60"):
        plan.set_horizon(demo, 48)


def test_a_shared_copy_shows_the_vision_but_takes_no_target(demo, tmp_path):
    plan.set_target(demo, MATURITY, "hr", level=5)
    copy = tmp_path / "copie.bodiag"
    sharing.save_copy_to_share(demo, copy)
    with open_document(copy) as received:
        assert _parts(received)["hr"].target == 100.0
        with pytest.raises(Exception, match="read-only|lecture seule|shared"):
            plan.set_target(received, MATURITY, "hr", level=4)


def test_the_command_line_sets_and_lists_targets(demo_path, capsys):
    assert main(["plan", "target", str(demo_path), MATURITY, "data_security", "--level", "4",
                 "--ambition", "Sauvegardes testées"]) == 0
    assert main(["plan", "vision", str(demo_path)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "data_security" in x)
    assert "→ 75,0 (niveau 4,0) (47,9) · Sauvegardes testées" in line and "[suggérée]" not in line
    assert main(["plan", "vision", str(demo_path), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    maturity = next(v for v in data if v["questionnaire_id"] == MATURITY)
    assert next(p for p in maturity["parts"] if p["section_id"] == "data_security")["chosen"] is True
    assert main(["plan", "target", str(demo_path), MATURITY, "data_security", "--clear", "--level", "3"]) != 0
    assert "--clear takes no" in capsys.readouterr().err
    assert main(["plan", "target", str(demo_path), MATURITY, "data_security", "--clear"]) == 0
    assert main(["plan", "settings", str(demo_path), "--capacity", "25", "--horizon", "60"]) == 0
    assert capsys.readouterr().out.strip() == "Horizon\u00a0: 60 mois ; capacité\u00a0: 25 jours-personne par trimestre.".replace(" ;", "\u202f;")
