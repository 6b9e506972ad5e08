"""The roadmap's rules: waves, workloads, the suggestion, totals against capacity and budget, warnings, cycles."""

from __future__ import annotations

from bodiag.domain.roadmap import WaveSetting, creates_cycle, roadmap, suggest, waves_for
from tests.plan.roadmap_helpers import item, planned, ranked


def test_waves_follow_the_horizon():
    assert waves_for(36) == ("w0_6", "w6_18", "w18_36")
    assert waves_for(60) == ("w0_6", "w6_18", "w18_36", "w36_60")


def test_workload_is_stated_else_from_effort_else_from_the_item():
    actions = [planned(1, days=7.5, effort="high"), planned(2, effort="low"), planned(3), planned(4)]
    items = [item(1, "u1"), item(2, "u2"), item(3, "u3", effort="high", days=30.0), item(4, "u4", effort=None)]
    result = roadmap(actions, items, 36, 15.0, "default")
    got = {a.id: (a.workload_days, a.workload_from) for a in result.actions}
    assert got == {1: (7.5, "stated"), 2: (3.0, "effort"), 3: (30.0, "item"), 4: (10.0, "default")}


def test_each_action_goes_to_the_earliest_wave_with_room_in_rank_order():
    actions = [planned(1, days=20), planned(2, days=20), planned(3, days=5)]
    # capacity 15 a quarter: 30, 60 and 90 person-days
    assert suggest(actions, ranked(actions), 36, 15.0) == {1: "w0_6", 2: "w6_18", 3: "w0_6"}


def test_rank_order_comes_from_the_synthesis_not_the_list():
    actions = [planned(1, days=20), planned(2, days=20)]
    items = [item(1, "u2"), item(2, "u1")]
    assert suggest(actions, items, 36, 15.0) == {2: "w0_6", 1: "w6_18"}


def test_an_action_never_comes_before_what_it_depends_on():
    # 1 ranks first but depends on 2, which only fits in the second wave
    actions = [planned(1, days=3, depends_on=(2,)), planned(2, days=40)]
    assert suggest(actions, ranked(actions), 36, 15.0) == {2: "w6_18", 1: "w6_18"}


def test_stated_waves_are_kept_and_use_capacity_first_unless_redone():
    actions = [planned(1, days=20), planned(2, days=25, wave="w0_6")]
    assert suggest(actions, ranked(actions), 36, 15.0) == {2: "w0_6", 1: "w6_18"}
    assert suggest(actions, ranked(actions), 36, 15.0, redo=True) == {1: "w0_6", 2: "w6_18"}


def test_in_progress_actions_start_now_whatever_the_room():
    actions = [planned(1, days=30), planned(2, days=30, status="in_progress")]
    assert suggest(actions, ranked(actions), 36, 15.0) == {2: "w0_6", 1: "w6_18"}


def test_without_room_anywhere_the_wave_with_most_room_left_takes_it():
    actions = [planned(1, days=200)]
    assert suggest(actions, ranked(actions), 36, 15.0) == {1: "w18_36"}
    result = roadmap(actions, ranked(actions), 36, 15.0, "default")
    assert [(w.kind, w.wave) for w in result.warnings] == [("overload", "w18_36")]


def test_a_stated_wave_capacity_replaces_quarters_times_the_quarter_capacity():
    actions = [planned(1, days=20)]
    settings = [WaveSetting("w0_6", capacity_days=10.0)]
    assert suggest(actions, ranked(actions), 36, 15.0, settings) == {1: "w6_18"}
    totals = roadmap(actions, ranked(actions), 36, 15.0, "plan", settings).totals
    assert [(t.wave, t.capacity_days, t.capacity_from) for t in totals] == [
        ("w0_6", 10.0, "wave"), ("w6_18", 60.0, "quarter"), ("w18_36", 90.0, "quarter")]


def test_totals_and_warnings():
    actions = [planned(1, days=25, cost=1000.0, wave="w0_6", milestone="Carte validée"),
               planned(2, days=10, cost=500.0, wave="w0_6"), planned(3, days=5, wave="w0_6", depends_on=(4,)),
               planned(4, days=5, wave="w6_18"), planned(5, days=3, wave="w36_60")]
    result = roadmap(actions, ranked(actions), 36, 15.0, "headcount", [WaveSetting("w0_6", budget=1200.0)])
    first = result.wave_totals("w0_6")
    assert (first.actions, first.workload_days, first.capacity_days, first.cost, first.costed, first.budget,
            first.milestones) == (3, 40.0, 30.0, 1500.0, 2, 1200.0, 1)
    assert first.overloaded and first.over_budget
    assert [(w.kind, w.wave, w.action, w.depends_on) for w in result.warnings] == [
        ("overload", "w0_6", None, None), ("over_budget", "w0_6", None, None),
        ("late_dependency", "w0_6", 3, 4), ("beyond_horizon", "w36_60", 5, None)]
    assert result.total_workload == 48.0 and result.total_cost == 1500.0


def test_done_and_dropped_actions_are_apart_and_count_nowhere():
    actions = [planned(1, days=10), planned(2, days=50, status="done", wave="w0_6"), planned(3, status="dropped")]
    result = roadmap(actions, ranked(actions[:1]), 36, 15.0, "default")
    assert [a.id for a in result.actions] == [1]
    assert [(a.id, a.wave) for a in result.closed] == [(2, None), (3, None)]
    assert result.wave_totals("w0_6").workload_days == 10.0


def test_a_done_dependency_constrains_nothing():
    actions = [planned(1, days=3, depends_on=(2,)), planned(2, status="done", wave="w18_36")]
    assert suggest(actions, ranked(actions), 36, 15.0) == {1: "w0_6"}


def test_the_suggestion_is_shown_beside_a_hand_placed_wave():
    actions = [planned(1, days=3, wave="w18_36")]
    [view] = roadmap(actions, ranked(actions), 36, 15.0, "default").actions
    assert (view.wave, view.placed, view.suggested) == ("w18_36", True, "w0_6")


def test_cycles_are_detected_at_any_remove():
    edges = [(1, 2), (2, 3)]
    assert creates_cycle(edges, 3, 1)
    assert creates_cycle(edges, 1, 1)
    assert not creates_cycle(edges, 1, 3)
    assert not creates_cycle(edges, 4, 1)


def test_the_timeline_spends_each_wave_in_order_and_shows_the_overflow():
    from bodiag.domain.roadmap import timeline

    actions = [planned(1, days=15, wave="w0_6", milestone="M"), planned(2, days=10, wave="w0_6", depends_on=(3,)),
               planned(3, days=15, wave="w0_6"), planned(4, days=30, wave="w6_18")]
    bars = timeline(roadmap(actions, ranked(actions), 36, 15.0, "default"))
    # 0–6 months, 30 person-days: 1 takes 3 months, then 3 (needed by 2) 3 more, then 2 runs past the wave's end
    assert [(b.action, b.start, b.end, b.overflow, b.milestone) for b in bars] == [
        (1, 0.0, 3.0, False, True), (3, 3.0, 6.0, False, False), (2, 6.0, 8.0, True, False),
        (4, 6.0, 12.0, False, False)]
