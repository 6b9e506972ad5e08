"""Undo and redo of the plan directeur's edits, decided without any window: presenters over a document, one shared
history, a scripted prompter. Each step is checked against what the services read back from the document."""

from __future__ import annotations

import pytest

from bodiag.services import action_plan, governance, plan, roadmap
from bodiag.ui.presenters.governance import GovernancePresenter
from bodiag.ui.presenters.plan import PlanPresenter
from bodiag.ui.presenters.roadmap import RoadmapPresenter
from bodiag.ui.presenters.session import DocumentSession

MATURITY = "back-office-maturity"
READINESS = "master-plan-readiness"


@pytest.fixture
def session(demo_path):
    opened = DocumentSession.open(demo_path)
    yield opened
    opened.close()


def _part(session, questionnaire_id, section_id):
    return next(p for v in plan.vision(session.diagnostic) if v.questionnaire_id == questionnaire_id for p in v.parts
                if p.section_id == section_id)


def _undo(session, prompter):
    assert session.plan_edits.undo(prompter)


def _redo(session, prompter):
    assert session.plan_edits.redo(prompter)


def test_targets_and_ambitions_are_undone_and_redone(context, prompter, session):
    presenter = PlanPresenter(prompter, session, "fr")
    section = next(t for t in presenter.vision if t.questionnaire_id == MATURITY).parts[0].section_id
    suggested = _part(session, MATURITY, section).target
    assert not session.plan_edits.can_undo
    assert presenter.set_target(MATURITY, section, 5) and presenter.set_ambition(MATURITY, section, "Tout dématérialisé")
    _undo(session, prompter)  # the ambition
    part = _part(session, MATURITY, section)
    assert part.chosen and part.target_level == 5 and part.ambition == ""
    _undo(session, prompter)  # the target: back to the suggestion
    part = _part(session, MATURITY, section)
    assert not part.chosen and part.target == suggested
    shown = next(t for t in presenter.vision if t.questionnaire_id == MATURITY).parts[0]
    assert not shown.chosen  # the page was read again
    assert not session.plan_edits.can_undo and session.plan_edits.can_redo
    _redo(session, prompter)
    _redo(session, prompter)
    part = _part(session, MATURITY, section)
    assert part.target_level == 5 and part.ambition == "Tout dématérialisé"
    assert presenter.clear_target(MATURITY, section)
    _undo(session, prompter)
    part = _part(session, MATURITY, section)
    assert part.chosen and part.target_level == 5 and part.ambition == "Tout dématérialisé"
    score_section = next(t for t in presenter.vision if t.questionnaire_id == READINESS).parts[0].section_id
    assert presenter.set_target(READINESS, score_section, 80)
    _undo(session, prompter)
    assert not _part(session, READINESS, score_section).chosen
    assert not prompter.calls("show_error")


def test_scenario_ratings_weights_and_choice_are_undone_and_redone(context, prompter, session):
    presenter = PlanPresenter(prompter, session, "fr")
    assert presenter.add_method_options()  # one step of its own (test_plan_bulk_undo), before those below
    first, second = presenter.scenarios.rows[:2]
    assert presenter.update_scenario(first.uuid, cost=4) and presenter.update_scenario(first.uuid, cost=2)
    assert presenter.update_scenario(second.uuid, cost_estimate="35 000")
    assert presenter.set_weight("risk", 2)
    assert presenter.choose(first.uuid, "Le moins risqué")
    _undo(session, prompter)
    assert plan.settings(session.diagnostic)["chosen_scenario"] is None and not presenter.scenarios.rows[0].chosen
    _undo(session, prompter)
    assert plan.weights(session.diagnostic)["risk"] == 1
    _undo(session, prompter)
    assert plan.find_scenario(session.diagnostic, second.uuid).cost_estimate is None
    _undo(session, prompter)
    assert plan.find_scenario(session.diagnostic, first.uuid).ratings["cost"] == 4
    _undo(session, prompter)
    assert plan.find_scenario(session.diagnostic, first.uuid).ratings["cost"] is None
    for _ in range(5):
        _redo(session, prompter)
    assert plan.find_scenario(session.diagnostic, first.uuid).ratings["cost"] == 2
    assert plan.find_scenario(session.diagnostic, second.uuid).cost_estimate == 35000
    assert plan.weights(session.diagnostic)["risk"] == 2
    assert plan.settings(session.diagnostic)["chosen_scenario"] == first.uuid
    assert plan.settings(session.diagnostic)["rationale"] == "Le moins risqué"
    assert not session.plan_edits.can_redo


def test_a_scenario_added_or_deleted_is_undone_and_its_later_edits_follow_it(context, prompter, session):
    presenter = PlanPresenter(prompter, session, "fr")
    assert presenter.add_scenario()
    added = presenter.scenarios.rows[-1]
    assert presenter.update_scenario(added.uuid, title="Centre de services partagés")
    assert presenter.update_scenario(added.uuid, human_impact=5)
    prompter.script("confirm", True)
    assert presenter.delete_scenario(added.uuid) and presenter.scenarios.rows == []
    _undo(session, prompter)  # added back with its fields, under a new identifier
    [back] = presenter.scenarios.rows
    assert back.title == "Centre de services partagés" and back.ratings["human_impact"] == 5
    _undo(session, prompter)  # the rating, on the row added back
    assert plan.find_scenario(session.diagnostic, back.uuid).ratings["human_impact"] is None
    _undo(session, prompter)
    _undo(session, prompter)  # the scenario added: deleted
    assert presenter.scenarios.rows == []
    for _ in range(3):  # added, renamed, rated
        _redo(session, prompter)
    [again] = presenter.scenarios.rows
    assert again.title == "Centre de services partagés" and again.ratings["human_impact"] == 5
    _redo(session, prompter)  # and deleted
    assert presenter.scenarios.rows == [] and not session.plan_edits.can_redo


def test_roadmap_edits_are_undone_and_redone(context, prompter, session):
    maturity = next(a for a in session.diagnostic.assessments() if a.questionnaire_id == MATURITY)
    first, second, _third = action_plan.from_recommendations(session.diagnostic, maturity, top=3)
    presenter = RoadmapPresenter(prompter, session, "fr")
    assert presenter.place(first.id, "w18_36")
    assert presenter.set_workload(first.id, "7,5")
    assert presenter.set_milestone(first.id, "Carte validée")
    assert presenter.set_dependencies(second.id, str(first.id))
    assert presenter.set_wave_capacity("w0_6", "12") and presenter.set_wave_budget("w0_6", "2 000")

    def stored():
        a, b = roadmap.planned(session.diagnostic, first.id), roadmap.planned(session.diagnostic, second.id)
        w = roadmap.wave_setting(session.diagnostic, "w0_6")
        return a.wave, a.workload_days, a.milestone, tuple(b.depends_on), w.capacity_days, w.budget

    done = stored()
    assert done == ("w18_36", 7.5, "Carte validée", (first.id,), 12, 2000)
    for expected in ((*done[:5], None), (*done[:4], None, None), (*done[:3], (), None, None),
                     (*done[:2], "", (), None, None), ("w18_36", None, "", (), None, None), (None, None, "", (), None, None)):
        _undo(session, prompter)
        assert stored() == expected
    assert presenter.row(first.id).wave is None and presenter.row(second.id).depends_on == ""
    for _ in range(6):
        _redo(session, prompter)
    assert stored() == done
    assert presenter.model.waves[0].budget == "2\u202f000"


def test_governance_rows_and_calendar_are_undone_and_redone(context, prompter, session):
    presenter = GovernancePresenter(prompter, session, "fr")
    assert presenter.add_member()
    member = presenter.model.members[0]
    assert presenter.update_member(member.id, name="Claire Vasseur")
    assert presenter.add_risk()
    risk = presenter.model.risks[0]
    assert presenter.update_risk(risk.id, likelihood=2, impact=4)
    assert presenter.add_kpi()
    kpi = presenter.model.kpis[0]
    assert presenter.update_kpi(kpi.id, baseline="12,5")
    assert presenter.set_cadence("quarterly") and presenter.set_start("2027-01")
    _undo(session, prompter)
    _undo(session, prompter)
    committee = governance.committee(session.diagnostic)
    assert committee.cadence == "" and committee.start_from != "plan"
    _undo(session, prompter)
    assert governance.kpi_board(session.diagnostic).kpis[0].baseline is None
    _undo(session, prompter)
    assert governance.kpi_board(session.diagnostic).kpis == [] and presenter.model.kpis == []
    _undo(session, prompter)
    [stored] = [e.risk for e in governance.risk_register(session.diagnostic).risks]
    assert (stored.likelihood, stored.impact) == (3, 3)
    _undo(session, prompter)
    assert presenter.model.risks == []
    _undo(session, prompter)
    assert governance.committee(session.diagnostic).members[0].name == "Nouveau membre"
    _undo(session, prompter)
    assert presenter.model.members == [] and not session.plan_edits.can_undo
    for _ in range(8):
        _redo(session, prompter)
    committee = governance.committee(session.diagnostic)
    assert [m.name for m in committee.members] == ["Claire Vasseur"]
    assert (committee.cadence, committee.start_month) == ("quarterly", "2027-01")
    [stored] = [e.risk for e in governance.risk_register(session.diagnostic).risks]
    assert (stored.likelihood, stored.impact) == (2, 4)
    assert governance.kpi_board(session.diagnostic).kpis[0].baseline == 12.5


def test_a_deleted_row_comes_back_with_its_fields(context, prompter, session):
    presenter = GovernancePresenter(prompter, session, "fr")
    governance.add_risk(session.diagnostic, "Départ du comptable", "skills", 4, 5, "DAF", "Documenter")
    governance.add_member(session.diagnostic, "Claire Vasseur", "decides", "Directrice")
    presenter.reload()
    prompter.script("confirm", True, True)
    assert presenter.delete_risk(presenter.model.risks[0].id)
    assert presenter.delete_member(presenter.model.members[0].id)
    _undo(session, prompter)
    _undo(session, prompter)
    [risk] = [e.risk for e in governance.risk_register(session.diagnostic).risks]
    assert (risk.title, risk.category, risk.likelihood, risk.impact, risk.owner, risk.mitigation) == (
        "Départ du comptable", "skills", 4, 5, "DAF", "Documenter")
    [member] = governance.committee(session.diagnostic).members
    assert (member.name, member.role, member.function) == ("Claire Vasseur", "decides", "Directrice")
    _redo(session, prompter)
    assert governance.risk_register(session.diagnostic).risks == []


def test_one_history_for_every_page_of_the_plan(context, prompter, session):
    plan_page = PlanPresenter(prompter, session, "fr")
    governance_page = GovernancePresenter(prompter, session, "fr")
    assert plan_page.set_weight("risk", 3) and governance_page.set_cadence("monthly")
    told = []
    plan_page.subscribe(lambda: told.append("plan"))
    _undo(session, prompter)  # the latest, whichever page made it
    assert governance.committee(session.diagnostic).cadence == "" and plan.weights(session.diagnostic)["risk"] == 3
    assert told  # every page is read again
    _undo(session, prompter)
    assert plan.weights(session.diagnostic)["risk"] == 1


def test_a_value_changed_elsewhere_is_not_undone_over_and_the_step_is_dropped(context, prompter, session):
    maturity = next(a for a in session.diagnostic.assessments() if a.questionnaire_id == MATURITY)
    [action] = action_plan.from_recommendations(session.diagnostic, maturity, top=1)
    presenter = RoadmapPresenter(prompter, session, "fr")
    assert presenter.set_milestone(action.id, "Carte validée") and presenter.set_workload(action.id, "4")
    roadmap.set_fields(session.diagnostic, action.id, workload="9")  # from the command line, say
    prompter.expect_error()
    assert not session.plan_edits.undo(prompter)
    [(title, message, _details)] = prompter.calls("show_error")
    assert message == "Elle a été modifiée depuis, ailleurs\u00a0: l’étape a été abandonnée." and roadmap.planned(session.diagnostic, action.id).workload_days == 9
    assert not session.plan_edits.can_redo  # dropped, not kept to be redone over
    _undo(session, prompter)  # the step before still applies: the milestone was not touched
    assert roadmap.planned(session.diagnostic, action.id).milestone == ""


def test_a_row_gone_is_said_and_the_step_dropped(context, prompter, session):
    presenter = GovernancePresenter(prompter, session, "fr")
    assert presenter.add_kpi()
    kpi = presenter.model.kpis[0]
    assert presenter.update_kpi(kpi.id, unit="jours")
    governance.delete_kpi(session.diagnostic, kpi.id)
    prompter.expect_error(2)
    assert not session.plan_edits.undo(prompter)  # the unit: its row is gone
    assert not session.plan_edits.undo(prompter)  # the KPI added: already gone
    gone = "La ligne n’existe plus\u00a0: l’étape a été abandonnée."
    assert [(t, m) for t, m, _d in prompter.calls("show_error")] == [("La modification n’a pas été annulée", gone)] * 2
    assert not session.plan_edits.can_undo and not session.plan_edits.can_redo
    assert governance.kpi_board(session.diagnostic).kpis == []


def test_a_refused_change_records_nothing(context, prompter, session):
    presenter = PlanPresenter(prompter, session, "fr")
    section = next(t for t in presenter.vision if t.questionnaire_id == MATURITY).parts[0].section_id
    prompter.expect_error()
    assert not presenter.set_target(MATURITY, section, 9)
    assert not session.plan_edits.can_undo


def test_the_chosen_scenario_deleted_then_undone_is_chosen_again(context, prompter, session):
    presenter = PlanPresenter(prompter, session, "fr")
    assert presenter.add_method_options()
    first = presenter.scenarios.rows[0]
    assert presenter.choose(first.uuid, "Le moins risqué")
    prompter.script("confirm", True)
    assert presenter.delete_scenario(first.uuid)
    assert plan.settings(session.diagnostic)["chosen_scenario"] is None
    _undo(session, prompter)
    back = next(r for r in presenter.scenarios.rows if r.title == first.title)
    assert back.chosen and presenter.scenarios.rationale == "Le moins risqué"
