"""The governance page in the Plan directeur tab: cells typed there reach the document at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bodiag.services import governance


def test_members_risks_and_kpis_edited_in_the_page_are_saved(window, demo_path, qtbot, tmp_path):
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    view = workspace.plan
    assert view.pages.tabText(view.pages.indexOf(view.governance)) == "Gouvernance"
    view.pages.setCurrentWidget(view.governance)
    page = view.governance
    diagnostic = window.session.diagnostic

    qtbot.mouseClick(page.add_member, Qt.MouseButton.LeftButton)
    assert page.members.rowCount() == 1
    page.members.item(0, 0).setText("Claire Vasseur")  # as typing in the cell does
    role = page.members.cellWidget(0, 2)
    role.setCurrentIndex(role.findData("decides"))
    [stored] = governance.committee(diagnostic).members
    assert (stored.name, stored.role) == ("Claire Vasseur", "decides")
    assert page.members.cellWidget(0, 2) is role  # redrawn in place
    assert "finance" in page.warnings.text() and page.warnings.isVisible()

    page.cadence.setCurrentIndex(page.cadence.findData("quarterly"))
    page.start.setText("2027-01")
    page.start.editingFinished.emit()
    assert "janvier 2027" in page.calendar.text() and "juillet 2027" in page.calendar.text()

    page.meeting_day.setText("2027-01-12")
    page.meeting_kind.setCurrentIndex(page.meeting_kind.findData("committee"))
    page.meeting_notes.setText("Lancement du plan")
    qtbot.mouseClick(page.record, Qt.MouseButton.LeftButton)
    assert [r.notes for r in governance.committee(diagnostic).recorded] == ["Lancement du plan"]
    assert "Lancement du plan" in page.recorded.text() and page.meeting_day.text() == ""

    qtbot.mouseClick(page.suggest_risks, Qt.MouseButton.LeftButton)
    assert page.risks.rowCount() == 3 == len(governance.risk_register(diagnostic).risks)
    impact = page.risks.cellWidget(0, 4)
    impact.setCurrentIndex(impact.findData(1))
    assert governance.risk_register(diagnostic).risks[0].risk.impact == 1
    assert page.risks.item(0, 5).text().split()[0] == str(governance.risk_register(diagnostic).risks[0].score)

    qtbot.mouseClick(page.suggest_kpis, Qt.MouseButton.LeftButton)
    assert page.kpis.rowCount() == len(governance.kpi_board(diagnostic).kpis) > 3
    page.kpis.item(0, 3).setText("1,5")
    assert governance.kpi_board(diagnostic).kpis[0].target == 1.5
    qtbot.mouseClick(page.suggest_change, Qt.MouseButton.LeftButton)
    assert page.change.text().startswith("• ") and governance.change_actions(diagnostic)
    page.resize(1100, 900)
    page.grab().save(str(tmp_path / "governance.png"))


def test_the_page_is_read_only_on_a_shared_copy(window, demo_path, tmp_path):
    from bodiag.services.documents import open_document
    from bodiag.services.sharing import save_copy_to_share

    with open_document(demo_path) as diagnostic:
        governance.add_member(diagnostic, "Claire Vasseur", "decides")
        copy = tmp_path / "copie.bodiag"
        save_copy_to_share(diagnostic, copy)
    window.open_document(copy)
    workspace = window.workspace
    workspace.show_view(workspace.plan)
    page = workspace.plan.governance
    assert page.members.rowCount() == 1
    assert not page.add_member.isEnabled() and not page.members.cellWidget(0, 2).isEnabled()
    assert not (page.members.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable)
    assert page.start.isReadOnly() and not page.suggest_risks.isEnabled() and not page.record.isEnabled()
