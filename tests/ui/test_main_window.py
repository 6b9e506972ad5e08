"""The desktop app driven as a user would: keys, clicks, dialogs answered by a scripted prompter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from bodiag.cli import main as cli_main
from bodiag.services.documents import open_document


def answers_of(path):
    with open_document(path, readonly=True) as diagnostic:
        record = diagnostic.assessments()[0]
        return {qid: (rec.value.option if rec.value else None, rec.note) for qid, rec in diagnostic.answers(record).items()}


def test_the_wizard_creates_a_document_and_opens_it(window, prompter, tmp_path, qtbot):
    from bodiag.ui.views.wizard import NewDiagnosticWizard

    target = tmp_path / "atelier.bodiag"
    prompter.script("choose_document_to_create", target)
    wizard = NewDiagnosticWizard(window.context, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.organisation_page.form.name, "Atelier <SARL> & fils")  # QTest types ASCII only
    wizard.organisation_page.form.name.setCursorPosition(7)
    wizard.organisation_page.form.name.insert(" Lumière")
    wizard.organisation_page.form.combos["phase"].setCurrentIndex(
        wizard.organisation_page.form.combos["phase"].findData("sale_transfer"))
    qtbot.keyClicks(wizard.organisation_page.form.city, "  Saint  Quentin ")
    wizard.next()
    questionnaires = wizard.questionnaires_page.list
    for i in range(questionnaires.count()):  # keep only the outsourcing questionnaire
        item = questionnaires.item(i)
        if item.data(Qt.ItemDataRole.UserRole) != "outsourcing-readiness":
            item.setCheckState(Qt.CheckState.Unchecked)
    wizard.next()
    qtbot.keyClicks(wizard.assessor_page.assessor, "Claire")
    wizard.assessor_page.workshop_mode.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.created_path == target
    assert window.open_document(wizard.created_path)
    diagnostic = window.session.diagnostic
    org = diagnostic.organisation
    assert (org.name, org.phase, org.city) == ("Atelier Lumière <SARL> & fils", "sale_transfer", "Saint Quentin")
    [record] = diagnostic.assessments()
    assert (record.questionnaire_id, record.assessor, record.mode) == ("outsourcing-readiness", "Claire", "workshop")


def test_the_wizard_lists_the_problems_of_a_bad_questionnaire_file(window, prompter, tmp_path, qtbot, mini_path):
    from bodiag.ui.views.wizard import NewDiagnosticWizard

    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_path.read_text(encoding="utf-8").replace("scale: level5", "scale: nope"), encoding="utf-8")
    prompter.script("choose_questionnaire_file", bad)
    wizard = NewDiagnosticWizard(window.context, window)
    qtbot.addWidget(wizard)
    count = wizard.questionnaires_page.list.count()
    wizard.questionnaires_page.add_file()
    assert wizard.questionnaires_page.list.count() == count
    assert "unknown scale 'nope'" in wizard.questionnaires_page.problems.toPlainText()
    assert ":44:16:" in wizard.questionnaires_page.problems.toPlainText()


def test_answering_with_the_keyboard_undo_redo_and_reopen(window, mini_doc, qtbot):
    assert window.open_document(mini_doc)
    view = window.workspace.answer_view
    window.workspace.show_answers()
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_3)  # third level of q1: 'decided'
    assert window.presenter.entry("q1").value.option == "decided"
    qtbot.keyClick(view.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.presenter.current_id == "q2"
    qtbot.keyClick(view.tree, Qt.Key.Key_5)
    assert window.presenter.entry("q2").value.option == "l5"
    window.act_undo.trigger()
    assert window.presenter.entry("q2").value is None
    window.act_redo.trigger()
    assert window.presenter.entry("q2").value.option == "l5"
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.presenter.current_id == "q1"
    view.pane.note.setFocus()
    qtbot.keyClicks(view.pane.note, "en comite & valide")
    view.pane.note.moveCursor(view.pane.note.textCursor().MoveOperation.Start)
    view.pane.note.insertPlainText("Décidé ")
    view.pane.commit_note()
    assert window.save_indicator.text() == "Toutes les modifications sont enregistrées"
    window.close_document()
    assert answers_of(mini_doc) == {"q1": ("decided", "Décidé en comite & valide"), "q2": ("l5", "")}
    assert window.open_document(mini_doc)
    assert window.presenter.entry("q1").note == "Décidé en comite & valide"


def test_clicking_a_grid_descriptor_answers(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    window.presenter.answer("applied")
    window.presenter.go_next()
    grid = window.workspace.answer_view.pane.answer_widget
    qtbot.mouseClick(grid.cards["l2"], Qt.MouseButton.LeftButton)
    assert window.presenter.entry("q2").value.option == "l2"
    assert grid.cards["l2"].property("selected") is True


def test_dashboard_figures_equal_the_command_line(window, demo_path, capsys):
    assert window.open_document(demo_path)
    workspace = window.workspace
    for index in range(workspace.assessments.count()):
        workspace.assessments.setCurrentIndex(index)
        workspace.show_results()
        data = workspace.dashboard.data
        assessment_id = workspace.assessments.itemData(index)
        cli_main(["score", str(demo_path), str(assessment_id), "--json"])
        expected = json.loads(capsys.readouterr().out)
        assert data.score == expected["score"] and data.coverage == expected["coverage"]
        top = [s for s in expected["sections"] if s["parent"] is None and s["score"] is not None]
        assert [(r.id, r.score) for r in data.sections if r.score is not None] == [(s["id"], s["score"]) for s in top]
        assert [p["id"] for p in data.priorities] == [r["id"] for r in expected["recommendations"][:5]]
        assert (data.verdict or {}).get("label") == (expected["verdict"] or {}).get("label")


def test_the_dashboard_follows_the_answers(window, mini_doc):
    window.open_document(mini_doc)
    window.workspace.show_results()
    assert window.workspace.dashboard.data.score is None
    window.presenter.answer("identified")
    assert window.workspace.dashboard.data.score == pytest.approx(33.33)


def test_switching_to_english_translates_interface_and_content(window, mini_doc):
    window.open_document(mini_doc)
    assert window.menu_file.title() == "&Fichier"
    assert window.workspace.tabs.tabText(1) == "Résultats"
    window.set_language("en")
    assert window.context.settings.language == "en"
    assert window.menu_file.title() == "&File"
    assert window.workspace.tabs.tabText(1) == "Results"
    pane = window.workspace.answer_view.pane
    assert pane.na_button.text() == "Not applicable (N)"
    window.presenter.answer("none")
    assert pane.answer_widget.buttons["none"].text().endswith("Not addressed")  # the questionnaire's English label
    window.set_language("fr")
    assert window.workspace.answer_view.pane.na_button.text() == "Non applicable (N)"


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_text("bonjour"), "n’est pas un document bodiag"),
        (lambda p: p.write_bytes(b""), "n’est pas un document bodiag"),
        (lambda p: None, "n’existe plus"),
    ],
    ids=["text", "empty", "missing"],
)
def test_a_bad_file_shows_a_clear_message_and_the_app_stays_usable(window, prompter, tmp_path, make, words, mini_doc):
    window.open_document(mini_doc)
    bad = tmp_path / "bad.bodiag"
    make(bad)
    prompter.expect_error()
    assert not window.open_document(bad)
    [(title, message, details)] = prompter.calls("show_error")
    assert title == "Impossible d’ouvrir «\u00a0bad.bodiag\u00a0»" and words in message and str(bad) in details
    assert window.session is not None and window.session.path == mini_doc  # still working on the previous one


def test_a_document_open_elsewhere_says_by_whom(window, prompter, mini_doc):
    prompter.expect_error()
    with open_document(mini_doc):
        assert not window.open_document(mini_doc)
    [(_, message, _)] = prompter.calls("show_error")
    assert "déjà ouvert dans bodiag par" in message


def test_a_read_only_file_opens_read_only_with_a_banner(window, mini_doc):
    import os

    os.chmod(mini_doc, 0o444)
    try:
        assert window.open_document(mini_doc)
        assert window.workspace.banner.isVisible()
        assert window.save_indicator.text() == "Lecture seule"
        assert not window.workspace.answer_view.pane.answer_widget.isEnabled()
    finally:
        window.close_document()
        os.chmod(mini_doc, 0o644)


def test_a_failed_save_is_shown_and_never_claimed_saved(window, mini_doc):
    window.open_document(mini_doc)
    conn = window.session.diagnostic.document.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    window.presenter.set_note("x" * 20_000)
    assert window.save_indicator.text().startswith("Non enregistré")
    assert window.retry_button.isVisible()
    conn.execute("PRAGMA max_page_count = 1073741823")
    window.retry_button.click()
    assert window.save_indicator.text() == "Toutes les modifications sont enregistrées"


def test_recent_documents_and_start_page(window, mini_doc):
    window.open_document(mini_doc)
    window.show_start_page()
    assert window.start_page.recent.item(0).text().startswith("ACME — mini.bodiag")
    window.start_page.recent.itemActivated.emit(window.start_page.recent.item(0))
    assert window.session is not None and window.stack.currentWidget() is window.workspace


def test_a_recent_documents_details_are_kept_under_the_same_key_as_before(tmp_path):
    """The key of a document's details is the SHA-1 of its path, as settings saved by earlier versions have it."""
    import hashlib

    from bodiag.ui.settings import AppSettings

    document = tmp_path / "acme.bodiag"
    settings = AppSettings(tmp_path / "settings.ini")
    settings.add_recent(document, "ACME", "2026-01-02")
    settings.sync()
    key = hashlib.sha1(str(document.resolve()).encode()).hexdigest()[:16]
    assert AppSettings(tmp_path / "settings.ini")._qs.value(f"recent_details/{key}") == ["ACME", "2026-01-02"]


def test_every_action_has_a_tooltip_with_its_shortcut(window):
    for action in (window.act_new, window.act_open, window.act_undo, window.act_redo):
        assert action.toolTip() and "(" in action.toolTip()


def test_smoke_start_exits_zero(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "BODIAG_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "bodiag.ui", "--smoke"], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "demo.bodiag").is_file()
    QApplication.processEvents()


@pytest.mark.parametrize("argv", [
    [], ["--smoke"], ["doc.bodiag"], ["--lang", "en", "doc.bodiag"], ["doc.bodiag", "--smoke", "--lang=fr"],
    ["--lang", "fr", "--lang", "en"], ["--sm"], ["--lang", "de"], ["--lang"], ["-", "--smoke"], ["a", "b"],
    ["--", "-odd.bodiag"], ["", "--smoke"],
])
def test_the_command_line_read_at_once_means_what_argparse_reads(argv):
    from bodiag.ui.app import _parser, parse_args

    try:
        expected = _parser().parse_args(argv)
    except SystemExit:  # refused: so it is by parse_args too, with argparse's message
        with pytest.raises(SystemExit):
            parse_args(argv)
    else:
        assert parse_args(argv) == expected


def test_a_damaged_file_on_the_command_line_says_why_and_shows_the_start_page(tmp_path, qapp):
    from bodiag.ui.app import build, parse_args

    bad = tmp_path / "bad.bodiag"
    bad.write_text("not a document", encoding="utf-8")
    _, window = build(parse_args(["--smoke", str(bad)]))
    try:
        assert window.session is None
        assert window.stack.currentWidget() is window.start_page
        [(title, message, _)] = window.context.prompter.calls("show_error")
        assert "bad.bodiag" in title
    finally:
        window.context.translations.apply("en")  # its French translators off the shared QApplication
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def test_a_new_assessment_runs_another_questionnaire_in_the_same_document(window, prompter, mini_doc):
    window.open_document(mini_doc)
    prompter.script("choose_item", 0)  # the first bundled questionnaire
    window.act_new_assessment.trigger()
    [(title, label, items)] = prompter.calls("choose_item")
    assert items[-1] == "Un fichier de questionnaire…"
    assert len(window.session.assessments()) == 2
    assert window.workspace.assessments.count() == 2
    assert window.presenter.assessment.assessor == "Alice"
    assert window.workspace.tabs.currentIndex() == 0


def test_window_and_splitter_layout_are_restored(context, qtbot, mini_doc):
    from bodiag.ui.main_window import MainWindow

    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.open_document(mini_doc)
    first.resize(760, 560)  # within the offscreen screen (800 × 600)
    first.workspace.answer_view.splitter.setSizes([330, 400])
    first_left = first.workspace.answer_view.splitter.sizes()[0]
    assert first_left != 340  # not the default
    first.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    second.open_document(mini_doc)
    assert (second.size().width(), second.size().height()) == (760, 560)
    assert second.workspace.answer_view.splitter.sizes()[0] == first_left
    second.close()


def test_presentation_mode_is_keyboard_driven(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    window.act_present.trigger()
    view = window.presentation  # owned by the window, deleted when closed
    assert view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert window.presenter.entry("q1").value.option == "applied"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.presenter.current_id == "q2" and len(view._cards) == 5
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert view.radar.isVisibleTo(view)
    with qtbot.waitSignal(view.destroyed, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
