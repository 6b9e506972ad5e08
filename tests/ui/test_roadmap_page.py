"""The roadmap page of the plan directeur tab: its presenter without a window, then the page in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bodiag.services import action_plan, plan, roadmap
from bodiag.ui.presenters.roadmap import RoadmapPresenter
from bodiag.ui.presenters.session import DocumentSession

MATURITY = "back-office-maturity"


def _decide(diagnostic, top=3):
    maturity = next(a for a in diagnostic.assessments() if a.questionnaire_id == MATURITY)
    return action_plan.from_recommendations(diagnostic, maturity, top=top)


@pytest.fixture
def session(demo_path):
    opened = DocumentSession.open(demo_path)
    yield opened
    opened.close()


def test_the_model_is_the_services_roadmap_in_the_interface_language(context, prompter, session):
    actions = _decide(session.diagnostic)
    presenter = RoadmapPresenter(prompter, session, "fr")
    view = roadmap.view(session.diagnostic)
    model = presenter.model
    assert [r.id for r in model.rows] == [a.id for a in view.actions] and len(model.rows) == len(actions)
    assert [w.wave for w in model.waves] == ["w0_6", "w6_18", "w18_36"] and model.waves[0].name == "0–6 mois"
    assert all(r.wave is None and r.suggested for r in model.rows)  # nothing placed by hand yet
    assert len(model.bars) == len(model.rows) and "jours-personne par trimestre" in model.quarter
    assert presenter.wave_choices()[0] == (None, "Suggérée") and presenter.wave_choices()[1] == ("w0_6", "0–6 mois")
    english = RoadmapPresenter(prompter, session, "en").model
    assert english.waves[0].name == "0–6 months"


def test_placing_typing_and_applying_are_saved_at_once(context, prompter, session):
    first, second, third = _decide(session.diagnostic)
    presenter = RoadmapPresenter(prompter, session, "fr")
    told = []
    presenter.subscribe(lambda: told.append(True))
    assert presenter.place(first.id, "w18_36")
    assert presenter.row(first.id).wave == "w18_36" and told
    assert presenter.set_workload(first.id, "7,5") and presenter.row(first.id).workload == "7,5"
    assert presenter.set_milestone(first.id, "  Carte  validée ") and presenter.row(first.id).milestone == "Carte validée"
    number = {r.id: r.number for r in presenter.model.rows}
    assert presenter.set_dependencies(second.id, f"{number[first.id]}")
    assert presenter.row(second.id).depends_on == str(presenter.row(first.id).number)
    assert any("dépend de" in w for w in presenter.model.warnings) or presenter.row(second.id).shown_wave == "18–36 mois"
    assert presenter.set_wave_capacity("w0_6", "12") and presenter.set_wave_budget("w0_6", "2 000")
    assert presenter.model.waves[0].capacity == "12" and presenter.model.waves[0].budget == "2\u202f000"
    assert presenter.apply_suggestion()
    assert all(r.wave is not None for r in presenter.model.rows)
    prompter.script("confirm", False)
    assert not presenter.apply_suggestion(redo=True)  # asked first; said no
    assert presenter.place(first.id, None) and presenter.row(first.id).wave is None


def test_a_dependency_typed_by_number_keeps_naming_its_action_when_actions_move(context, prompter, session):
    first, second, third = _decide(session.diagnostic)
    presenter = RoadmapPresenter(prompter, session, "fr")
    assert [r.number for r in presenter.model.rows] == [r.id for r in presenter.model.rows]  # the action's own number
    assert presenter.set_dependencies(third.id, f"{first.id}, {second.id}")
    before = [r.id for r in presenter.model.rows]
    assert presenter.place(first.id, "w18_36") and presenter.place(third.id, "w18_36")  # the table's order changes
    assert [r.id for r in presenter.model.rows] != before
    assert presenter.row(third.id).depends_on == f"{first.id}, {second.id}"
    waits = next(a for a in roadmap.view(session.diagnostic).actions if a.id == third.id).depends_on  # the service agrees
    assert sorted(waits) == sorted([first.id, second.id])


def test_refusals_are_told_and_nothing_changes(context, prompter, session):
    first, second, _ = _decide(session.diagnostic)
    presenter = RoadmapPresenter(prompter, session, "fr")
    presenter.set_dependencies(second.id, str(presenter.row(first.id).number))
    prompter.expect_error(4)
    assert not presenter.set_dependencies(first.id, str(presenter.row(second.id).number))  # a cycle
    assert not presenter.set_dependencies(first.id, "99")
    assert not presenter.set_workload(first.id, "beaucoup")
    assert not presenter.place(first.id, "w36_60")  # beyond a 36-month horizon
    assert presenter.row(first.id).depends_on == "" and presenter.row(first.id).workload == ""
    plan.set_horizon(session.diagnostic, 60)
    presenter.reload()
    assert [w.wave for w in presenter.model.waves][-1] == "w36_60" and presenter.place(first.id, "w36_60")


def test_the_page_in_the_tab(window, demo_path, qtbot, prompter):
    from bodiag.services.documents import open_document

    with open_document(demo_path) as diagnostic:
        first, *_ = _decide(diagnostic)
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    view = workspace.plan
    view.pages.setCurrentWidget(view.roadmap)
    page = view.roadmap
    assert view.pages.tabText(view.pages.indexOf(page)) == "Feuille de route"
    assert page.table.rowCount() == 3 and page.timeline.isVisible() and page.timeline.height() > 3 * page.timeline.ROW
    combo = page.table.cellWidget(0, 2)
    assert combo.currentText().startswith("Suggérée : ".replace(" :", "\u00a0:"))
    row_id = page._ids[0]
    combo.setCurrentIndex(combo.findData("w6_18"))
    diagnostic = window.session.diagnostic
    assert next(a for a in roadmap.view(diagnostic).actions if a.id == row_id).placed
    assert page.table.cellWidget(0, 2) is combo or page._ids[0] != row_id
    milestone = page.table.item(page._ids.index(row_id), 6)
    milestone.setText("Carte validée")  # as a typed cell commits
    assert next(a for a in roadmap.view(diagnostic).actions if a.id == row_id).milestone == "Carte validée"
    capacity = page.capacities["w6_18"]
    capacity.setFocus()
    qtbot.keyClicks(capacity, "1")
    qtbot.keyClick(capacity, Qt.Key.Key_Return)
    assert roadmap.wave_setting(diagnostic, "6-18").capacity_days == 1.0
    assert "▲" in page.warnings.text() and page.warnings.isVisible()  # 6–18 months is overloaded now
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert all(a.placed for a in roadmap.view(diagnostic).actions)
    page.grab()  # paints the timeline
    page.horizon.setCurrentIndex(page.horizon.findData(60))
    assert plan.settings(diagnostic)["horizon_months"] == 60
    assert "w36_60" in page.capacities and page.table.cellWidget(0, 2).findData("w36_60") > 0


def test_the_page_is_read_only_on_a_shared_copy(window, demo_path, tmp_path):
    from bodiag.services.documents import open_document
    from bodiag.services.sharing import save_copy_to_share

    with open_document(demo_path) as diagnostic:
        _decide(diagnostic)
        copy = save_copy_to_share(diagnostic, tmp_path / "copie.bodiag", shared_by="Claire")
    assert window.open_document(copy)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    page = workspace.plan.roadmap
    assert page.table.rowCount() == 3
    assert not page.apply_button.isEnabled() and not page.table.cellWidget(0, 2).isEnabled()
    assert page.capacities["w0_6"].isReadOnly() and not page.horizon.isEnabled()
    assert not page.table.item(0, 6).flags() & Qt.ItemFlag.ItemIsEditable
