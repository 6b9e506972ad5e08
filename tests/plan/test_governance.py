"""The governance rules: committee checks, calendar, risk scores and suggestions, KPI suggestions, progress."""

from __future__ import annotations

import datetime as dt

import pytest

from bodiag.domain import governance as g
from bodiag.domain.synthesis import Item, Reason, Risk, Synthesis


def _member(role: str, n: int = 1) -> g.Member:
    return g.Member(id=n, name=f"M{n}", function="", role=role)


def test_committee_without_a_decider_or_a_funder_is_flagged():
    assert g.committee_warnings([]) == ["empty"]
    assert g.committee_warnings([_member("steers")]) == ["no_decider", "no_funder"]
    assert g.committee_warnings([_member("decides"), _member("contributes", 2)]) == ["no_funder"]
    assert g.committee_warnings([_member("funds"), _member("steers", 2)]) == ["no_decider"]
    assert g.committee_warnings([_member("decides"), _member("funds", 2)]) == []


def test_reviews_every_six_months_over_the_horizon():
    start = g.parse_month("2027-01")
    assert [d.isoformat() for d in g.review_dates(start, 36)] == [
        "2027-07-01", "2028-01-01", "2028-07-01", "2029-01-01", "2029-07-01", "2030-01-01"]
    assert len(g.review_dates(g.parse_month("2026-11"), 60)) == 10
    assert g.review_dates(g.parse_month("2026-11"), 60)[0] == dt.date(2027, 5, 1)


def test_committee_dates_follow_the_cadence():
    start = g.parse_month("2027-11")
    assert [d.isoformat() for d in g.committee_dates(start, 36, "quarterly")][:3] == [
        "2027-11-01", "2028-02-01", "2028-05-01"]
    assert len(g.committee_dates(start, 36, "monthly")) == 36
    assert len(g.committee_dates(start, 36, "bimonthly")) == 18
    assert g.committee_dates(start, 36, "") == []


def test_next_meeting_prefers_the_review_in_a_shared_month():
    start = g.parse_month("2027-01")
    assert g.next_meeting(start, 36, "quarterly", dt.date(2027, 6, 20)) == g.Meeting(day="2027-07-01", kind="review")
    assert g.next_meeting(start, 36, "quarterly", dt.date(2027, 2, 3)) == g.Meeting(day="2027-04-01", kind="committee")
    assert g.next_meeting(start, 36, "", dt.date(2031, 1, 1)) is None


@pytest.mark.parametrize("text", ["2027-13", "2027-1", "27-01", "", "2027-01-01", "janvier"])
def test_a_bad_month_is_refused(text):
    with pytest.raises(ValueError, match="YYYY-MM"):
        g.parse_month(text)


@pytest.mark.parametrize(("likelihood", "impact", "level"), [
    (1, 1, "low"), (2, 2, "low"), (1, 5, "moderate"), (3, 3, "moderate"), (2, 5, "high"), (3, 5, "high"),
    (4, 4, "critical"), (5, 5, "critical")])
def test_risk_levels(likelihood, impact, level):
    assert g.risk_level(g.risk_score(likelihood, impact)) == level


def _item(key: str, title: str, urgency: float, questionnaires: tuple[str, ...], owner: str = "") -> Item:
    reasons = [Reason(questionnaire_id=q, questionnaire=q.title(), question_id="q", question="Q ?", answer="Non",
                      recommendation_id="q.1", title=title, why=f"why {key}", urgency=urgency) for q in questionnaires]
    return Item(key=key, rank=1, title=title, how="Une page.", urgency=urgency, value=urgency, impact="high",
                effort="low", workload_days=3, status="open", owner=owner, deadline=None, cost=None, actions=[],
                reasons=reasons)


def _synthesis(items: list[Item]) -> Synthesis:
    risks = [Risk(title=i.title, why=i.reasons[0].why, questionnaire="Q", question="Q ?", answer="Non") for i in items]
    return Synthesis(lang="fr", items=items, first=[], first_workload=0, first_cost=None, capacity_days=15,
                     capacity_from="default", findings=[], decisions=[], risks=risks, provisional=[], done=0, dropped=0,
                     recommendations=len(items))


def test_risks_are_suggested_from_the_risks_of_doing_nothing():
    synthesis = _synthesis([_item("backups", "Tester les sauvegardes", 80.0, ("alpha",), owner="Luc"),
                            _item("key_person_backup", "Former un suppléant", 125.0, ("alpha", "beta")),
                            _item("alpha:a9.1", "Autre chose", 10.0, ("alpha",))])
    suggested = g.suggest_risks(synthesis)
    assert [(s.title, s.category, s.likelihood, s.impact, s.owner) for s in suggested] == [
        ("why backups", "continuity", 4, 4, "Luc"), ("why key_person_backup", "skills", 5, 5, ""),
        ("why alpha:a9.1", "other", 1, 4, "")]
    assert suggested[0].mitigation == "Tester les sauvegardes"
    registered = [g.RiskRecord(id=1, uuid="u", title="WHY  backups", category="other", likelihood=1, impact=1,
                               owner="", mitigation="")]
    assert [s.item for s in g.suggest_risks(synthesis, registered)] == ["key_person_backup", "alpha:a9.1"]


def test_the_matrix_places_each_risk_by_number():
    risks = [g.RiskRecord(id=7, uuid="a", title="A", category="other", likelihood=5, impact=1, owner="", mitigation=""),
             g.RiskRecord(id=3, uuid="b", title="B", category="data", likelihood=5, impact=1, owner="", mitigation=""),
             g.RiskRecord(id=4, uuid="c", title="C", category="data", likelihood=1, impact=5, owner="", mitigation="")]
    grid = g.risk_matrix(risks)
    assert len(grid) == 5 and all(len(row) == 5 for row in grid)
    assert grid[0][0].likelihood == 5 and grid[0][0].impact == 1 and grid[0][0].risks == [1, 2]
    assert grid[4][4].likelihood == 1 and grid[4][4].impact == 5 and grid[4][4].risks == [3]
    assert grid[0][4].level == "critical" and grid[4][0].level == "low"


def _candidate(label: str, question: str | None, value: float | None = 4.0) -> g.KpiCandidate:
    return g.KpiCandidate(label=label, unit="j", why="", question_id=question, assessment="Auto", value=value,
                          goal=2.0, direction="lower_is_better")


def test_kpis_are_suggested_once_per_measuring_question():
    candidates = [_candidate("Délai", "ind.processing_time"), _candidate("Délai des demandes", "ind.processing_time"),
                  _candidate("Budget", None, None), _candidate("budget", None, None)]
    suggested = g.suggest_kpis(candidates)
    assert [(s.label, s.baseline, s.target, s.direction) for s in suggested] == [
        ("Délai", 4.0, 2.0, "lower_is_better"), ("Budget", None, 2.0, "lower_is_better")]
    tracked = [g.KpiRecord(id=1, uuid="k", label="Suivi", unit="", source="", baseline=None, target=None,
                           direction="higher_is_better", question_id="ind.processing_time")]
    assert [s.label for s in g.suggest_kpis(candidates, tracked)] == ["Budget"]


def test_phase_focus():
    assert g.phase_focus("growth") == "reactivity"
    assert g.phase_focus("transformation") == g.phase_focus("sale_transfer") == "reliability"
    assert g.phase_focus(None) == "balanced"


def test_progress_in_either_direction():
    assert g.progress(25, 50, 75) == 50.0
    assert g.progress(10, 6, 2, "lower_is_better") == 50.0
    assert g.progress(10, 12, 2, "lower_is_better") == -25.0
    assert g.progress(80, 85, 75) == 100.0
    assert g.progress(80, 70, 75) == 0.0
    assert g.progress(None, 50, 75) is None and g.progress(25, None, 75) is None


def test_kpi_progress_and_reached():
    kpi = g.KpiRecord(id=1, uuid="k", label="Délai", unit="j", source="", baseline=10, target=2,
                      direction="lower_is_better")
    assert g.kpi_progress(kpi, 2.0).reached and g.kpi_progress(kpi, 2.0).progress == 100.0
    assert not g.kpi_progress(kpi, 3.0).reached
    assert g.kpi_progress(kpi, None).progress is None
    part = g.part_progress("q", "Q", "s", "S", 25.0, 80.0, 75.0)
    assert part.reached and part.progress == 110.0


def test_one_line_keeps_french_no_break_spaces():
    assert g.one_line("  Sans SLA,\n « réactif\u00a0»  reste\tvague ; ") == "Sans SLA, « réactif\u00a0» reste vague ;"


def test_part_progress_compares_the_figures_it_shows():
    part = g.part_progress("q", "Q", "s", "S", 46.428571, 46.43, 50.0)
    assert (part.first, part.latest, part.progress) == (46.43, 46.43, 0.0)
