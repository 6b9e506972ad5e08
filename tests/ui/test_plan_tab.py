"""The Plan directeur tab in the window: a target and a rating typed there reach the document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bodiag.services import action_plan, plan


def test_a_target_and_a_rating_edited_in_the_tab_change_the_document(window, demo_path, qtbot):
    from bodiag.ui.views.plan import PlanView

    window.open_document(demo_path)
    workspace = window.workspace
    assert not window.findChildren(PlanView)  # built when first shown
    workspace.tabs.setCurrentIndex(4)
    assert workspace.tabs.tabText(4) == "Plan directeur"
    view = workspace.plan
    assert isinstance(view, PlanView) and view.isVisible()
    diagnostic = window.session.diagnostic

    synthesis = view.synthesis
    assert synthesis.items.rowCount() == len(view.plan.synthesis.items) > 0
    assert 1 <= synthesis.first.rowCount() <= 3 and synthesis.findings.text().startswith("• ")

    view.pages.setCurrentWidget(view.vision)
    table = view.vision.tables["back-office-maturity"]
    spin = table.cellWidget(0, 2)
    assert spin.isEnabled() and spin.suffix().strip() == "(suggérée)"
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # one level up from the suggestion
    section = view.plan.vision[0].parts[0].section_id
    stored = next(p for p in plan.vision(diagnostic)[0].parts if p.section_id == section)
    assert stored.chosen and stored.target_level == spin.value()
    assert spin.suffix() == "" and table.cellWidget(0, 2) is spin and spin.hasFocus()  # redrawn in place
    table.cellWidget(0, 5).click()  # back to the suggestion
    assert not next(p for p in plan.vision(diagnostic)[0].parts if p.section_id == section).chosen

    view.pages.setCurrentWidget(view.scenarios)
    scenarios = view.scenarios
    qtbot.mouseClick(scenarios.add_options, Qt.MouseButton.LeftButton)
    assert scenarios.table.rowCount() == 4
    combo = scenarios.table.cellWidget(0, 1)  # the first scenario's cost
    combo.setCurrentIndex(combo.findData(2))
    assert plan.scenarios(diagnostic).comparison.scenarios[0].scenario.ratings["cost"] == 2
    scenarios.table.setCurrentCell(2, 0)  # partial outsourcing: the outsourcing verdict speaks to it
    assert "verdict" in scenarios.evidence.text()


def test_the_tab_follows_the_action_plan_and_is_read_only_on_a_shared_copy(window, demo_path, tmp_path, prompter):
    from bodiag.services.documents import open_document
    from bodiag.services.sharing import save_copy_to_share

    window.open_document(demo_path)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    before = workspace.plan.synthesis.first.item(0, 4).text()
    workspace.show_view(workspace.action_plan)
    workspace.action_plan.create_from_recommendations()
    action = action_plan.list_actions(window.session.diagnostic)[0]
    action_plan.update(window.session.diagnostic, action, owner="Julien", status="in_progress")
    workspace.show_view(workspace.plan)
    owners = [workspace.plan.synthesis.first.item(r, 4).text() for r in range(workspace.plan.synthesis.first.rowCount())]
    assert before == "—" and "Julien" in owners
    window.close_document()

    with open_document(demo_path) as diagnostic:
        copy = save_copy_to_share(diagnostic, tmp_path / "copie.bodiag", shared_by="Claire")
    assert window.open_document(copy)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    view = workspace.plan
    assert not view.synthesis.capacity.isEnabled() and not view.scenarios.add_options.isEnabled()
    assert not view.vision.tables["back-office-maturity"].cellWidget(0, 2).isEnabled()


def test_the_tab_speaks_english_when_the_interface_does(window, demo_path):
    window.open_document(demo_path)
    window.set_language("en")
    workspace = window.workspace
    assert workspace.tabs.tabText(4) == "Master plan"
    workspace.show_view(workspace.plan)
    view = workspace.plan
    assert view.plan.lang == "en" and view.synthesis.items.item(0, 5).text() == "not decided"
    assert view.pages.tabText(1) == "Target vision"


def test_ctrl_z_on_the_plan_tab_undoes_its_edits_and_ctrl_shift_z_redoes_them(window, demo_path, qtbot):
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    view = workspace.plan
    diagnostic = window.session.diagnostic
    assert not window.act_undo.isEnabled()
    view.pages.setCurrentWidget(view.vision)
    spin = view.vision.tables["back-office-maturity"].cellWidget(0, 2)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    section = view.plan.vision[0].parts[0].section_id

    def chosen() -> bool:
        return next(p for p in plan.vision(diagnostic)[0].parts if p.section_id == section).chosen

    assert chosen() and window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    tabs = view.pages.tabBar()
    tabs.setFocus()  # off the spin box, whose text has its own undo
    qtbot.keyClick(tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not chosen() and window.act_redo.isEnabled() and not window.act_undo.isEnabled()
    spin = view.vision.tables["back-office-maturity"].cellWidget(0, 2)
    assert spin.suffix().strip() == "(suggérée)"  # the page shows what is stored again
    qtbot.keyClick(tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert chosen() and window.act_undo.isEnabled()
    spin = view.vision.tables["back-office-maturity"].cellWidget(0, 2)
    spin.setFocus()  # a spin box saves each step: the keys undo the plan from there too
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not chosen()
    qtbot.keyClick(view.vision.tables["back-office-maturity"].cellWidget(0, 2), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert chosen()
    view.pages.setCurrentWidget(view.scenarios)
    field = view.scenarios.rationale
    field.setFocus()
    qtbot.keyClicks(field, "Le moins")  # typed, not yet saved: Ctrl+Z undoes the typing, not the plan
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() != "Le moins" and chosen()
    workspace.show_answers()  # elsewhere, Undo is the answers' again: none changed yet
    assert not window.act_undo.isEnabled()
    workspace.show_view(view)
    assert window.act_undo.isEnabled()
