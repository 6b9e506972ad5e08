"""The plan's changes of many rows at once are each one step to undo and redo: the actions created from the
recommendations or imported from a file, the suggested waves applied, the suggested risks, KPIs and accompanying
actions, the method's scenarios; and the action plan tab's own changes, on the same history as the plan directeur's.
Through the presenters (no window), then through the window's Undo and Redo."""

from __future__ import annotations

import pytest

from bodiag.services import action_plan, governance, plan, roadmap
from bodiag.services.action_files import export_actions
from bodiag.ui.presenters.action_plan import ActionPlanPresenter
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.governance import GovernancePresenter
from bodiag.ui.presenters.plan import PlanPresenter
from bodiag.ui.presenters.roadmap import RoadmapPresenter
from bodiag.ui.presenters.session import DocumentSession
from bodiag.ui.views.action_plan import NUMBER, OWNER, STATUS, TITLE

MATURITY = "back-office-maturity"


@pytest.fixture
def session(demo_path):
    opened = DocumentSession.open(demo_path)
    yield opened
    opened.close()


def _maturity(session):
    return next(a for a in session.diagnostic.assessments() if a.questionnaire_id == MATURITY)


def _actions_plan(session, prompter) -> ActionPlanPresenter:
    return ActionPlanPresenter(prompter, AnsweringPresenter(session, _maturity(session)))


def _stored(session) -> list[tuple]:
    """Every action as stored, with what the roadmap keeps of it: what undo must give back exactly."""
    planned = {a.id: roadmap.planned(session.diagnostic, a.id) for a in action_plan.list_actions(session.diagnostic)}
    return sorted((a.id, a.uuid, a.title, a.owner, a.status, a.question_ids, a.created_at, a.updated_at,
                   planned[a.id].wave, planned[a.id].depends_on) for a in action_plan.list_actions(session.diagnostic))


def test_the_actions_created_from_the_recommendations_are_one_step(context, prompter, session):
    presenter = _actions_plan(session, prompter)
    action_plan.add(session.diagnostic, "Déjà là", assessment=_maturity(session))  # before: not touched by undo
    presenter.reload()
    before = _stored(session)
    assert presenter.create_from_recommendations()
    created = _stored(session)
    assert len(created) > len(before) + 3 and presenter.can_undo
    presenter.undo()
    assert _stored(session) == before and [a.title for a in presenter.actions] == ["Déjà là"]  # the tab read again
    assert presenter.can_redo
    presenter.redo()
    assert _stored(session) == created  # the same numbers, identifiers and times
    assert presenter.create_from_recommendations()  # nothing new: nothing to undo
    presenter.undo()
    assert _stored(session) == before and not presenter.can_undo


def test_the_suggested_waves_applied_are_one_step(context, prompter, session):
    action_plan.from_recommendations(session.diagnostic, _maturity(session), top=6)
    presenter = RoadmapPresenter(prompter, session, "fr")
    first = presenter.model.rows[0].id
    assert presenter.place(first, "w18_36")
    assert presenter.apply_suggestion()
    placed = {r.id: r.wave for r in presenter.model.rows}
    assert all(placed.values()) and placed[first] == "w18_36"
    session.plan_edits.undo(prompter)  # every wave the suggestion gave, at once; the one placed by hand stays
    assert {r.id: r.wave for r in presenter.model.rows} == {i: ("w18_36" if i == first else None) for i in placed}
    session.plan_edits.redo(prompter)
    assert {r.id: r.wave for r in presenter.model.rows} == placed
    prompter.script("confirm", True)
    assert presenter.apply_suggestion(redo=True)  # again for every action, the one placed by hand too
    assert {r.id: r.wave for r in presenter.model.rows} != placed
    session.plan_edits.undo(prompter)
    assert {r.id: r.wave for r in presenter.model.rows} == placed
    session.plan_edits.undo(prompter)
    session.plan_edits.undo(prompter)
    assert all(r.wave is None for r in presenter.model.rows) and not session.plan_edits.can_undo


def test_an_imported_file_of_actions_is_one_step(context, prompter, session, tmp_path):
    presenter = _actions_plan(session, prompter)
    assert presenter.create_from_recommendations() and presenter.change(0, owner="Claire")
    path = tmp_path / "plan.csv"
    export_actions(session.diagnostic, path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace("Claire", "Julien")  # an action updated
    lines.append(";;Nouvelle action importée;Nadine;;À faire;;;;;;;;")  # and one created
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    before = _stored(session)
    prompter.script("choose_spreadsheet_to_open", path)
    assert presenter.import_()
    assert any(a.title == "Nouvelle action importée" for a in presenter.actions)
    assert any(a.owner == "Julien" for a in presenter.actions)
    after = _stored(session)
    presenter.undo()
    assert _stored(session) == before
    presenter.redo()
    assert _stored(session) == after
    presenter.undo()
    presenter.undo()  # the owner typed before the import
    assert not any(a.owner for a in action_plan.list_actions(session.diagnostic))


def test_the_action_plan_tabs_own_changes_are_undone_and_a_deleted_action_keeps_its_number(context, prompter, session):
    presenter = _actions_plan(session, prompter)
    assert presenter.create_from_recommendations()
    row = next(i for i, a in enumerate(presenter.actions) if a.number not in (presenter.actions[0].number,))
    action = presenter.actions[row]
    other = presenter.actions[0]
    assert roadmap.set_dependencies(session.diagnostic, other.id, [action.id])  # from the command line, say
    before = _stored(session)
    prompter.script("confirm", True)
    assert presenter.delete(row)
    assert all(a.id != action.id for a in presenter.actions)
    assert roadmap.planned(session.diagnostic, other.id).depends_on == ()
    presenter.undo()
    assert _stored(session) == before  # back under its own number, and what depended on it depends on it again
    assert roadmap.planned(session.diagnostic, other.id).depends_on == (action.id,)
    presenter.redo()
    assert all(a.id != action.id for a in action_plan.list_actions(session.diagnostic))


def test_a_bulk_step_is_not_undone_over_a_change_made_since(context, prompter, session):
    presenter = _actions_plan(session, prompter)
    assert presenter.create_from_recommendations()
    changed = presenter.actions[2]
    action_plan.update(session.diagnostic, changed.id, owner="Nadine")  # elsewhere, unrecorded
    count = len(presenter.actions)
    prompter.expect_error()
    assert not session.plan_edits.undo(prompter)
    [(title, message, _details)] = prompter.calls("show_error")
    assert title == "La modification n’a pas été annulée" and "modifiées depuis" in message
    assert len(action_plan.list_actions(session.diagnostic)) == count  # nothing deleted, not even the others
    assert not session.plan_edits.can_undo and not session.plan_edits.can_redo


def test_the_suggested_risks_kpis_and_accompanying_actions_are_one_step_each(context, prompter, session):
    action_plan.from_recommendations(session.diagnostic, _maturity(session), top=3)
    presenter = GovernancePresenter(prompter, session, "fr")
    assert presenter.add_suggested_risks() and presenter.add_suggested_kpis() and presenter.add_suggested_change()
    risks, kpis, change = presenter.model.risks, presenter.model.kpis, presenter.model.change
    assert len(risks) > 1 and len(kpis) > 1 and len(change) > 1
    session.plan_edits.undo(prompter)
    assert presenter.model.change == [] and presenter.model.kpis == kpis
    session.plan_edits.undo(prompter)
    assert presenter.model.kpis == [] and presenter.model.risks == risks
    assert presenter.update_risk(risks[0].id, likelihood=1)  # a step of its own, after the risks added
    session.plan_edits.undo(prompter)
    session.plan_edits.undo(prompter)
    assert presenter.model.risks == [] and not session.plan_edits.can_undo
    session.plan_edits.redo(prompter)
    assert [(r.title, r.likelihood) for r in presenter.model.risks] == [(r.title, r.likelihood) for r in risks]
    session.plan_edits.redo(prompter)
    assert presenter.model.risks[0].likelihood == 1
    assert not session.plan_edits.can_redo  # adding the risks again dropped what was undone after them


def test_a_row_added_in_bulk_then_edited_elsewhere_stops_the_undo(context, prompter, session):
    presenter = GovernancePresenter(prompter, session, "fr")
    assert presenter.add_suggested_risks()
    count = len(presenter.model.risks)
    governance.update_risk(session.diagnostic, presenter.model.risks[-1].id, owner="Nadine")
    prompter.expect_error()
    assert not session.plan_edits.undo(prompter)
    assert len(governance.risk_register(session.diagnostic).risks) == count


def test_the_methods_scenarios_are_one_step(context, prompter, session):
    presenter = PlanPresenter(prompter, session, "fr")
    assert presenter.add_method_options()
    kinds = [plan.find_scenario(session.diagnostic, r.uuid).kind for r in presenter.scenarios.rows]
    assert len(kinds) == 4
    session.plan_edits.undo(prompter)
    assert presenter.scenarios.rows == []
    session.plan_edits.redo(prompter)
    assert [plan.find_scenario(session.diagnostic, r.uuid).kind for r in presenter.scenarios.rows] == kinds
    assert presenter.add_method_options()  # none missing: nothing recorded
    session.plan_edits.undo(prompter)
    assert presenter.scenarios.rows == []


# -- through the window ---------------------------------------------------------------------------------------


def test_the_windows_undo_takes_back_the_action_plan_tabs_changes(window, demo_path, qtbot):
    window.open_document(demo_path)
    workspace = window.workspace
    view = workspace.action_plan
    workspace.show_view(view)
    assert not window.act_undo.isEnabled()
    view.create_from_recommendations()
    created = view.table.rowCount()
    assert created > 3 and window.act_undo.isEnabled()
    view.table.item(0, OWNER).setText("Julien")
    assert action_plan.list_actions(window.session.diagnostic)[0].owner == "Julien"
    window.act_undo.trigger()
    assert view.table.item(0, OWNER).text() == "" and view.table.rowCount() == created
    view.table.setFocus()
    from PySide6.QtCore import Qt

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # every action created, at once
    assert view.table.rowCount() == 0 and action_plan.list_actions(window.session.diagnostic) == []
    assert window.act_redo.isEnabled() and not window.act_undo.isEnabled()
    window.act_redo.trigger()
    assert view.table.rowCount() == created
    window.act_redo.trigger()
    assert view.table.item(0, OWNER).text() == "Julien"
    workspace.show_view(workspace.plan)  # the same history on the plan directeur's tab
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert action_plan.list_actions(window.session.diagnostic)[0].owner == ""
    workspace.show_answers()  # elsewhere, Undo is the answers': none changed
    assert not window.act_undo.isEnabled()


def test_the_windows_undo_takes_back_the_suggestion_applied_on_the_roadmap(window, demo_path):
    window.open_document(demo_path)
    action_plan.from_recommendations(window.session.diagnostic, window.presenter.assessment, top=4)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    view = workspace.plan
    view.pages.setCurrentWidget(view.roadmap)
    view.roadmap.apply_button.click()
    assert all(r.wave for r in view.roadmap.roadmap.model.rows)
    window.act_undo.trigger()
    assert all(r.wave is None for r in view.roadmap.roadmap.model.rows) and not window.act_undo.isEnabled()
    window.act_redo.trigger()
    assert all(r.wave for r in view.roadmap.roadmap.model.rows)


# -- the action's own number, the roadmap's ------------------------------------------------------------------


def _numbers_shown(view) -> dict[str, int]:
    return {view.table.item(r, TITLE).text(): view.table.item(r, NUMBER).data(0) for r in range(view.table.rowCount())}


def test_the_action_plan_shows_each_actions_number_as_the_roadmap_does(window, demo_path):
    window.open_document(demo_path)
    workspace = window.workspace
    view = workspace.action_plan
    workspace.show_view(view)
    view.create_from_recommendations()
    roadmap_page = RoadmapPresenter(window.context.prompter, window.session, "fr")

    def roadmap_numbers() -> dict[str, int]:
        roadmap_page.reload()
        return {r.title: r.number for r in roadmap_page.model.rows}

    assert view.table.horizontalHeaderItem(NUMBER).text() == "N°"
    assert not view.table.item(0, NUMBER).flags() & view.table.item(0, NUMBER).flags().ItemIsEditable
    assert _numbers_shown(view) == roadmap_numbers()
    window.context.prompter.script("confirm", True, True)
    view.table.setCurrentCell(1, TITLE)
    view.delete_selected()
    view.table.setCurrentCell(2, TITLE)
    view.delete_selected()
    status = view.table.cellWidget(view.table.rowCount() - 1, STATUS)  # the last one under way: it moves up the list
    status.setCurrentIndex(status.findData("in_progress"))
    view.plan.reload()
    shown = _numbers_shown(view)
    assert shown == roadmap_numbers()
    assert sorted(shown.values()) != list(range(1, len(shown) + 1))  # gaps where actions were deleted
    window.act_undo.trigger()  # the status
    window.act_undo.trigger()  # the second action deleted comes back under its own number
    assert _numbers_shown(view) == roadmap_numbers()
