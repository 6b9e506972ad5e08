"""Dates start from today, and exports go to the Documents folder, then wherever the user chose for that
document (issue 17, item 4)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt

from bodiag.services import action_plan
from bodiag.ui.presenters.document_commands import DocumentCommands
from bodiag.ui.presenters.report_options import ReportOptions, ShareOptions
from bodiag.ui.presenters.session import DocumentSession
from bodiag.ui.views.action_plan import DEADLINE
from tests.ui.test_evolution_and_commands_presenters import Host


def documents() -> Path:
    return Path(os.environ["BODIAG_DOCUMENTS_DIR"])


def test_a_blank_deadline_opens_its_calendar_on_today(qtbot, context):
    from bodiag.ui.views.date_edit import OptionalDateEdit

    edit = OptionalDateEdit(None)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.text() == "—" and edit.iso() is None
    edit.resize(160, 30)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))  # the arrow
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.iso() is None  # looking is not choosing
    calendar.window().close()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.iso() == today.toString("yyyy-MM-dd")


def test_a_deadline_shows_its_year_in_full(qtbot, context):
    from bodiag.ui.views.date_edit import OptionalDateEdit

    edit = OptionalDateEdit("2027-02-12")
    qtbot.addWidget(edit)
    assert edit.text() == "12/02/2027"


def test_the_action_plan_deadline_is_saved_from_the_editor(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    action_plan.add(window.session.diagnostic, "Cartographier", assessment=window.presenter.assessment)
    view = window.workspace.action_plan
    view.plan.reload()
    window.workspace.show_view(view)
    editor = view.table.cellWidget(0, DEADLINE)
    assert editor.iso() is None
    editor.setDate(QDate(2027, 3, 31))
    assert action_plan.list_actions(window.session.diagnostic, None)[0].deadline == "2027-03-31"


def test_exports_go_to_documents_then_to_the_folder_chosen_for_that_document(context, prompter, mini_doc, tmp_path):
    host = Host(DocumentSession.open(mini_doc))
    try:
        commands = DocumentCommands(context, host)
        commands.report_options()
        [(suggested, _, _)] = prompter.calls("choose_report_options")
        assert suggested.parent == documents()
        elsewhere = tmp_path / "rapports"
        elsewhere.mkdir()
        prompter.script("choose_report_options", ReportOptions(output=elsewhere / "r.pdf"))
        commands.report_options()
        commands.report_options()
        assert prompter.calls("choose_report_options")[-1][0].parent == elsewhere
        prompter.script("choose_share_options", None)
        commands.share_copy()
        assert prompter.calls("choose_share_options")[-1][0] == elsewhere / "mini - copie.bodiag"
        prompter.script("choose_spreadsheet_to_save", None)
        commands.export_answers()
        assert prompter.calls("choose_spreadsheet_to_save")[-1][0].parent == elsewhere
    finally:
        host.session.close()


def test_another_document_keeps_its_own_folder(context, prompter, mini_doc, demo_path, tmp_path):
    chosen = tmp_path / "ailleurs"
    chosen.mkdir()
    for path, script in ((mini_doc, ShareOptions(chosen / "c.bodiag")), (demo_path, None)):
        host = Host(DocumentSession.open(path))
        try:
            prompter.script("choose_share_options", script)
            DocumentCommands(context, host).share_copy()
        finally:
            host.session.close()
    folders = [call[0].parent for call in prompter.calls("choose_share_options")]
    assert folders == [documents(), documents()]
    host = Host(DocumentSession.open(mini_doc))
    try:
        prompter.script("choose_share_options", None)
        DocumentCommands(context, host).share_copy()
    finally:
        host.session.close()
    assert prompter.calls("choose_share_options")[-1][0].parent == chosen


def test_the_action_plan_export_goes_to_documents(window, prompter, mini_doc):
    window.open_document(mini_doc)
    view = window.workspace.action_plan
    prompter.script("choose_spreadsheet_to_save", None)
    view.export()
    assert prompter.calls("choose_spreadsheet_to_save")[-1][0].parent == documents()
