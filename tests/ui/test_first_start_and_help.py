"""First start and help (issue 17, item 5): the demo says it is one, Help lists the shortcuts and tells
what this copy is, Ctrl+U finds the next unanswered question, and the overall progress shows."""

from __future__ import annotations

import tomllib

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from bodiag import __version__
from bodiag.ui.presenters.help import LICENCE
from tests.conftest import ROOT


def test_the_demo_says_it_is_one_and_starts_ones_own_diagnostic(window, prompter, monkeypatch):
    assert window.open_demo()
    banner = window.workspace.demo_banner
    assert banner is not None and banner.isVisible()
    assert "démo" in window.workspace.demo_text.text()
    asked = []
    monkeypatch.setattr(window, "new_diagnostic", lambda: asked.append(True))
    window.workspace.new_diagnostic_requested.disconnect()
    window.workspace.new_diagnostic_requested.connect(window.new_diagnostic)
    window.workspace.demo_button.click()
    assert asked == [True]


def test_ones_own_document_has_no_demo_banner(window, mini_doc):
    window.open_document(mini_doc)
    assert window.workspace.demo_banner is None


def test_f1_lists_every_shortcut(window, prompter, mini_doc):
    window.open_document(mini_doc)
    assert window.act_shortcuts.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.act_shortcuts.trigger()
    (rows,), = prompter.calls("show_shortcuts")
    keys = dict(rows)
    assert keys["N"] == "Non applicable"
    assert "1 … 9" in keys
    assert keys["Ctrl+U"] == "Question sans réponse suivante"
    assert keys["F1"] == "Raccourcis clavier"
    assert keys["Ctrl+E"] == "Exporter le rapport PDF"
    assert next(k for k, what in rows if what == "Question suivante").count(",") == 2  # all three keys


def test_about_gives_version_licence_and_questionnaire_versions(window, prompter, mini_doc):
    window.open_document(mini_doc)
    window.act_about.trigger()
    (info,), = prompter.calls("show_about")
    assert info.version == __version__
    assert info.licence == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"] == LICENCE
    assert {q.id for q in info.bundled} == {"outsourcing-readiness", "back-office-maturity", "master-plan-readiness",
                                           "back-office-manager"}
    assert [(q.id, q.version) for q in info.in_document] == [("mini", "1.0")]


def test_the_help_dialogs_show_their_rows(qtbot, context):
    from bodiag.ui.presenters.help import about_info, shortcut_rows
    from bodiag.ui.views.help_dialogs import AboutDialog, ShortcutsDialog

    dialog = ShortcutsDialog(shortcut_rows([("&Export…", "Ctrl+E"), ("No key", "")]))
    qtbot.addWidget(dialog)
    texts = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())]
    assert texts[-1] == ("Ctrl+E", "Export") and ("", "No key") not in texts
    about = AboutDialog(about_info())
    qtbot.addWidget(about)
    assert "GPL-3.0-or-later" in about.text.text() and "outsourcing-readiness" in about.text.text()


def test_ctrl_u_goes_to_the_next_unanswered_question_and_round(window, demo_path, qtbot):
    window.open_document(demo_path)
    window.workspace.show_answers()
    p = window.presenter
    ids = [q.id for q in p.questions()]
    p.go_to(ids[2])
    p.clear()
    p.go_to(ids[0])
    p.clear()
    p.go_to(ids[1])
    window.act_next_unanswered.trigger()
    assert p.current_id == ids[2]
    window.act_next_unanswered.trigger()
    assert p.current_id == ids[0]  # round past the last
    focus = QApplication.focusWidget()
    assert window.workspace.answer_view.pane.answer_widget.isAncestorOf(focus)


def test_the_overall_progress_follows_the_answers(window, mini_doc):
    window.open_document(mini_doc)
    window.workspace.show_answers()
    bar = window.workspace.answer_view.progress
    assert (bar.value(), bar.maximum()) == (0, 1)
    assert bar.text() == "Questions répondues\u00a0: 0 sur 1"
    window.presenter.answer("decided")  # q2 appears
    assert (bar.value(), bar.maximum()) == (1, 2)
    assert bar.accessibleName() == "Avancement global"
