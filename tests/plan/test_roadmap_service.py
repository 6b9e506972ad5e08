"""The roadmap of a document: placing, suggesting, dependencies, wave settings, read-only copies, the commands."""

from __future__ import annotations

import json

import pytest

from bodiag.cli import main
from bodiag.errors import InputError
from bodiag.services import action_plan, plan, roadmap, sharing
from bodiag.services.documents import open_document


@pytest.fixture
def demo(demo_path):
    with open_document(demo_path) as diagnostic:
        yield diagnostic


@pytest.fixture
def three(demo):
    """Three decided actions of the maturity grid's top recommendations (20 person-days a quarter)."""
    plan.set_capacity(demo, 20)
    maturity = next(a for a in demo.assessments() if a.questionnaire_id == "back-office-maturity")
    actions = action_plan.from_recommendations(demo, maturity, top=3)
    for action in actions:
        action_plan.update(demo, action, effort="high")  # 30 person-days each
    return actions


def _waves(diagnostic):
    return {a.id: (a.wave, a.placed) for a in roadmap.view(diagnostic).actions}


def test_the_view_suggests_every_open_action_by_rank_and_capacity(demo, three):
    view = roadmap.view(demo)
    assert view.quarter_capacity == 20.0 and view.capacity_from == "plan"
    assert [t.capacity_days for t in view.totals] == [40.0, 80.0, 120.0]
    by_rank = sorted(view.actions, key=lambda a: a.rank)
    assert [a.wave for a in by_rank] == ["w0_6", "w6_18", "w6_18"]
    assert all(not a.placed for a in view.actions) and all(a.workload_from == "effort" for a in view.actions)


def test_placing_by_hand_and_giving_back_to_the_suggestion(demo, three):
    first = three[0]
    roadmap.place(demo, first.id, "18–36 mois")
    assert _waves(demo)[first.id] == ("w18_36", True)
    roadmap.place(demo, first.uuid, "")
    assert _waves(demo)[first.id][1] is False
    with pytest.raises(InputError, match="unknown wave '4-8'"):
        roadmap.place(demo, first.id, "4-8")
    with pytest.raises(InputError, match="beyond the plan's horizon of 36 months"):
        roadmap.place(demo, first.id, "36-60")
    plan.set_horizon(demo, 60)
    assert roadmap.place(demo, first.id, "w36_60").wave == "w36_60"


def test_applying_the_suggestion_fills_the_unplaced_and_redo_moves_the_placed(demo, three):
    a, b, c = three
    roadmap.place(demo, c.id, "0-6")
    changed = roadmap.apply_suggestion(demo)
    assert set(changed) == {a.id, b.id}
    assert all(placed for _, placed in _waves(demo).values())
    assert roadmap.apply_suggestion(demo) == {}
    assert roadmap.apply_suggestion(demo, redo=True) != {}


def test_dependencies_and_cycles(demo, three):
    a, b, c = three
    assert roadmap.depend(demo, b.id, a.id) is True
    assert roadmap.depend(demo, b.id, a.id) is False
    roadmap.depend(demo, c.id, b.id)
    with pytest.raises(InputError, match=f"action {a.id} cannot depend on action {c.id}"):
        roadmap.depend(demo, a.id, c.id)
    with pytest.raises(InputError, match="cannot depend on itself"):
        roadmap.depend(demo, a.id, a.id)
    roadmap.place(demo, a.id, "6-18")
    roadmap.place(demo, b.id, "0-6")
    view = roadmap.view(demo)
    assert [(w.kind, w.action, w.depends_on) for w in view.warnings if w.kind == "late_dependency"] == [
        ("late_dependency", b.id, a.id)]
    assert roadmap.undepend(demo, b.id, a.id) is True
    assert roadmap.set_dependencies(demo, c.id, [a.id, str(b.id)]).depends_on == (a.id, b.id)
    with pytest.raises(InputError, match="a cycle"):
        roadmap.set_dependencies(demo, a.id, [c.id])


def test_an_action_deleted_takes_its_dependencies_with_it(demo, three):
    a, b, _ = three
    roadmap.depend(demo, b.id, a.id)
    action_plan.delete(demo, a.id)
    assert next(p for p in roadmap.store.planned(demo.document) if p.id == b.id).depends_on == ()


def test_fields_and_wave_settings_are_checked(demo, three):
    a = three[0]
    got = roadmap.set_fields(demo, a.id, workload="7,5", milestone="  Carte   validée ", kind="training")
    assert (got.workload_days, got.milestone, got.kind) == (7.5, "Carte validée", "training")
    assert roadmap.set_fields(demo, a.id, workload="1\u202f200,5").workload_days == 1200.5  # as French writes it
    assert roadmap.set_fields(demo, a.id, workload="").workload_days is None
    for bad, message in (({"workload": "-1"}, "from 0 to"), ({"workload": "beaucoup"}, "not a number"),
                         ({"milestone": "x" * 201}, "longer than 200"), ({"kind": "party"}, "unknown kind"),
                         ({"colour": "red"}, "unknown roadmap field")):
        with pytest.raises(InputError, match=message):
            roadmap.set_fields(demo, a.id, **bad)
    assert roadmap.set_wave(demo, "0-6", capacity="25", budget="3 000 €") == roadmap.WaveSetting("w0_6", 25.0, 3000.0)
    assert roadmap.set_wave(demo, "0-6", budget="").budget is None
    assert roadmap.wave_setting(demo, "0-6").capacity_days == 25.0
    totals = roadmap.view(demo).wave_totals("w0_6")
    assert (totals.capacity_days, totals.capacity_from) == (25.0, "wave")
    with pytest.raises(InputError, match="the capacity is from 0"):
        roadmap.set_wave(demo, "0-6", capacity="-3")


def test_a_shared_copy_shows_the_roadmap_but_takes_no_change(demo, three, tmp_path):
    roadmap.place(demo, three[0].id, "6-18")
    copy = tmp_path / "copie.bodiag"
    sharing.save_copy_to_share(demo, copy)
    with open_document(copy) as received:
        assert roadmap.view(received).actions
        with pytest.raises(Exception, match="read-only|lecture seule|shared"):
            roadmap.place(received, three[0].id, "0-6")
    assert main(["plan", "place", str(copy), "0-6", str(three[0].id)]) == 3


def test_the_commands(demo_path, capsys):
    with open_document(demo_path) as diagnostic:
        maturity = next(a for a in diagnostic.assessments() if a.questionnaire_id == "back-office-maturity")
        first, second = action_plan.from_recommendations(diagnostic, maturity, top=2)
    file = str(demo_path)
    assert main(["plan", "place", file, "6-18", str(first.id)]) == 0
    assert main(["plan", "depend", file, str(second.id), str(first.id)]) == 0
    assert main(["plan", "depend", file, str(first.id), str(second.id)]) == 4
    assert "a cycle" in capsys.readouterr().err
    assert main(["plan", "action", file, str(first.id), "--workload", "12", "--milestone", "Carte validée"]) == 0
    assert main(["plan", "wave", file, "6-18", "--budget", "5000"]) == 0
    assert capsys.readouterr().out.strip() == "6–18 mois\u00a0: capacité d’après les trimestres, budget 5\u202f000\u00a0€."
    assert main(["plan", "suggest", file, "--apply"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 action placée.") and "Jalon\u00a0: Carte validée" in out
    assert main(["plan", "roadmap", file, "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {a["id"]: a for a in data["actions"]}
    assert by_id[first.id]["wave"] == "w6_18" and by_id[first.id]["workload_days"] == 12.0
    assert by_id[second.id]["wave"] == "w6_18" and by_id[second.id]["depends_on"] == [first.id]
    assert main(["plan", "place", file, str(first.id)]) == 4  # neither a wave nor --unplace
    assert main(["plan", "place", file, "--unplace", str(first.id)]) == 0
    assert main(["plan", "roadmap", file, "--lang", "en"]) == 0
    assert "suggested" in capsys.readouterr().out


def test_a_workload_stated_on_the_roadmap_is_the_synthesis_one_too(demo, three):
    from bodiag.services.synthesis import synthesis

    first = three[0]
    item = next(i for i in synthesis(demo).items if first.uuid in i.actions)
    assert item.workload_days == 30.0  # from the effort
    roadmap.set_fields(demo, first.id, workload="4")
    item = next(i for i in synthesis(demo).items if first.uuid in i.actions)
    assert item.workload_days == 4.0
    assert next(a for a in roadmap.view(demo).actions if a.id == first.id).workload_days == 4.0


def test_a_copy_shared_without_names_names_nobody_in_its_milestones(demo, three, tmp_path):
    first = three[0]
    action_plan.update(demo, first, owner="Nadine Lefèvre")
    roadmap.set_fields(demo, first.id, milestone="Carte validée par Nadine Lefèvre")
    copy = tmp_path / "copie.bodiag"
    sharing.save_copy_to_share(demo, copy, strip_names=True)
    with open_document(copy) as received:
        shown = next(a for a in roadmap.view(received).actions if a.id == first.id)
    assert (shown.owner, shown.milestone) == ("Responsable 1", "Carte validée par Responsable 1")
    assert next(a for a in roadmap.view(demo).actions if a.id == first.id).milestone == "Carte validée par Nadine Lefèvre"
