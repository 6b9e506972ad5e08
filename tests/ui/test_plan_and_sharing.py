"""The action plan, shared copies and answer files, from the app."""

from __future__ import annotations

from bodiag.services import action_plan
from bodiag.ui.presenters.report_options import ShareOptions
from bodiag.ui.views.action_plan import OWNER, STATUS


def test_the_action_plan_comes_from_the_recommendations_and_is_edited_in_place(window, demo_path, prompter, tmp_path):
    window.open_document(demo_path)
    plan = window.workspace.action_plan
    assert plan.table.rowCount() == 0
    plan.create_from_recommendations()
    created = plan.table.rowCount()
    assert created == len(window.presenter.result.recommendations) > 0
    plan.create_from_recommendations()  # nothing twice
    assert plan.table.rowCount() == created
    plan.table.item(0, OWNER).setText("Julien <ADV>")  # the owner, typed in the cell
    status = plan.table.cellWidget(0, STATUS)
    status.setCurrentIndex(status.findData("done"))
    first = action_plan.list_actions(window.session.diagnostic)
    assert any(a.owner == "Julien <ADV>" and a.status == "done" and a.completed_at for a in first)
    target = tmp_path / "plan.xlsx"
    prompter.script("choose_spreadsheet_to_save", target)
    plan.export()
    assert target.is_file()
    prompter.script("choose_spreadsheet_to_open", target)
    plan.import_()
    assert len(action_plan.list_actions(window.session.diagnostic)) == created  # updated, not duplicated



def test_a_shared_copy_opens_read_only_until_taken_over(window, mini_doc, prompter, tmp_path):
    window.open_document(mini_doc)
    window.presenter.answer("decided")
    window.presenter.set_note("confidentiel")
    copy = tmp_path / "copie.bodiag"
    prompter.script("choose_share_options", ShareOptions(copy, strip_notes=True))
    window.act_share.trigger()
    assert b"confidentiel" not in copy.read_bytes()
    window.close_document()
    assert window.open_document(copy)
    assert window.session.read_only and window.workspace.take_over_button.isVisibleTo(window.workspace)
    assert window.workspace.banner.text().startswith("Copie partagée par")
    window.workspace.take_over_button.click()
    assert not window.session.read_only and window.session.shared is None
    window.presenter.answer("applied")
    assert window.save_indicator.text() == "Toutes les modifications sont enregistrées"



def test_the_evolution_and_plan_tabs_are_built_when_first_shown(window, mini_doc):
    from bodiag.ui.views.action_plan import ActionPlanView
    from bodiag.ui.views.evolution import EvolutionView

    window.open_document(mini_doc)
    tabs = window.workspace.tabs
    assert not window.findChildren(ActionPlanView) and not window.findChildren(EvolutionView)
    tabs.setCurrentIndex(3)  # what a click on « Plan d’action » does
    [plan] = window.findChildren(ActionPlanView)
    assert plan.isVisible() and window.workspace.action_plan is plan
    tabs.setCurrentIndex(2)
    [evolution] = window.findChildren(EvolutionView)
    assert evolution.isVisible() and "Réévaluer" in evolution.summary.text()
