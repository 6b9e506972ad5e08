"""The smaller faults of issue 17 (item 8), each caught where a test can catch it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLabel, QPushButton

from bodiag.domain.answers import Answer
from bodiag.services import action_plan, workshop
from bodiag.ui.presenters.session import assessment_label
from bodiag.ui.views.action_plan import COST, QUESTIONS, TITLE


def labels(widget):
    return {label.text(): label for label in widget.findChildren(QLabel)}


def test_the_export_and_share_dialogs_labels_move_to_their_fields(context, qtbot, tmp_path):
    from bodiag.ui.views.report_dialog import ReportDialog
    from bodiag.ui.views.share_dialog import ShareDialog

    report = ReportDialog(tmp_path / "r.pdf", 1, "fr")
    qtbot.addWidget(report)
    assert labels(report)["&Fichier\u00a0:"].buddy() is report.output  # shown « Fichier : », F underlined
    assert labels(report)["L&ogo\u00a0:"].buddy() is report.logo
    share = ShareDialog(tmp_path / "c.bodiag")
    qtbot.addWidget(share)
    assert labels(share)["&Fichier\u00a0:"].buddy() is share.output


def test_the_share_dialog_shows_its_whole_explanation_and_warns_about_names_in_notes(context, qtbot, tmp_path):
    from bodiag.ui.views.share_dialog import ShareDialog

    dialog = ShareDialog(tmp_path / "c.bodiag")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width())
    assert not dialog.names_in_notes.isVisible()
    dialog.strip_names.setChecked(True)
    assert dialog.names_in_notes.isVisible() and "notes" in dialog.names_in_notes.text()
    dialog.strip_notes.setChecked(True)
    assert not dialog.names_in_notes.isVisible()


def test_the_action_plan_counts_in_words(window, mini_doc):
    window.open_document(mini_doc)
    view = window.workspace.action_plan
    view.add_action()
    assert view.summary.text() == "1 action, aucune faite"
    view.plan.change(0, status="done")
    view.plan.reload()
    view.add_action()
    assert view.summary.text() == "2 actions, dont 1 faite"


def test_a_new_action_opens_for_typing_its_title(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    view = window.workspace.action_plan
    window.workspace.show_view(view)
    view.add_action()
    assert view.table.state() == QAbstractItemView.State.EditingState
    assert view.table.currentColumn() == TITLE


def test_a_cost_with_cents_keeps_them(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    view = window.workspace.action_plan
    view.add_action()
    view.table.item(0, COST).setText("1500,50")
    qtbot.waitUntil(lambda: view.table.item(0, COST).text() == "1\u202f500,5")
    assert action_plan.list_actions(window.session.diagnostic, None)[0].cost == 1500.5


def test_the_questions_of_an_action_are_shown_and_typed_by_number(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    view = window.workspace.action_plan
    view.add_action()
    view.table.item(0, QUESTIONS).setText("Q1")
    qtbot.waitUntil(lambda: view.table.item(0, QUESTIONS).text() == "Q1")
    assert action_plan.list_actions(window.session.diagnostic, None)[0].question_ids == ("q1",)
    assert view.table.item(0, QUESTIONS).flags() & Qt.ItemFlag.ItemIsEditable


def test_an_assessment_is_named_without_repeating_itself():
    assert assessment_label("Maturité du back-office — novembre 2026", "Maturité du back-office",
                            "03/12/2026") == "Maturité du back-office — novembre 2026"
    assert assessment_label("Préparation — mai 2027", "Externalisation", "03/12/2026") == (
        "Préparation — mai 2027 — Externalisation")
    assert assessment_label("Premier passage", "Maturité", "03/12/2026") == "Premier passage — Maturité (03/12/2026)"


def test_the_demo_lists_its_assessments_once_each(window, demo_path):
    window.open_document(demo_path)
    combo = window.workspace.assessments
    for index in range(combo.count()):
        text = combo.itemText(index)
        assert all(text.count(part) == 1 for part in text.split(" — ")), text


def test_the_wizard_says_its_step_and_every_page_has_the_same_header(window, qtbot):
    from bodiag.ui.views.wizard import NewDiagnosticWizard

    wizard = NewDiagnosticWizard(window.context, window)
    qtbot.addWidget(wizard)
    pages = [wizard.page(i) for i in wizard.pageIds()]
    assert [p.title().split("\u00a0:")[0] for p in pages] == ["Étape 1 sur 3", "Étape 2 sur 3", "Étape 3 sur 3"]
    assert all(p.subTitle() for p in pages)
    assert "seul" not in wizard.assessor_page.self_mode.text()


def test_the_workshop_lists_answers_with_the_french_space(window, workshop_doc):
    window.open_document(workshop_doc)
    diagnostic, record = window.session.diagnostic, window.presenter.assessment
    for name, option in (("Claire", "none"), ("Julien", "applied")):
        person = workshop.add_respondent(diagnostic, record, name, "director")
        workshop.respondent_answer(diagnostic, record, person, "q1", Answer(option=option))
    view = window.workspace.workshop
    view.refresh()
    assert "\u202f; Julien" in view.table.item(0, 2).text()


def test_a_checklist_answer_button_in_a_workshop_is_not_clipped(window, tmp_path, qtbot):
    from bodiag.services.diagnostic import Diagnostic

    path = tmp_path / "ext.bodiag"
    with Diagnostic.create(path, "ACME") as diagnostic:
        record = diagnostic.start("outsourcing-readiness", mode="workshop")
        workshop.add_respondent(diagnostic, record, "Claire", "director")
    window.open_document(path)
    window.workspace.show_answers()
    p = window.presenter
    p.go_to(next(q for q in p.questions() if q.kind == "checklist").id)
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    button = box.grid.itemAtPosition(1, 1).widget()
    qtbot.waitUntil(button.isVisible)
    assert isinstance(button, QPushButton) and button.menu() is not None
    assert button.width() >= button.sizeHint().width()


def test_nothing_open_nothing_said_saved(window, mini_doc):
    window.open_document(mini_doc)
    assert window.save_indicator.text() == "Toutes les modifications sont enregistrées"
    window.close_document()
    assert window.save_indicator.text() == ""


def test_the_recent_documents_say_which_organisation(window, mini_doc):
    window.open_document(mini_doc)
    window.close_document()
    page = window.start_page
    text = page.recent.item(0).text()
    assert text.startswith("ACME — mini.bodiag, ouvert le ") and str(Path(mini_doc).parent) in text
    window._fill_recent()
    assert window.menu_recent.actions()[0].text() == "ACME — mini.bodiag"


def test_qts_file_dialog_reads_in_french(window, qtbot):
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = list(labels(dialog))
    assert "&Voir dans\u00a0:" in texts and "Fichiers de &type\u00a0:" in texts
    assert not [t for t in texts if "Look in" in t or "Files of" in t]


def test_the_evolution_radar_has_a_legend(window, demo_path, qtbot):
    from bodiag.services import reassessment
    from bodiag.services.documents import open_document

    with open_document(demo_path) as diagnostic:
        maturity = next(r for r in diagnostic.assessments() if r.questionnaire_id == "back-office-maturity")
        later = reassessment.start_from(diagnostic, maturity, copy_answers=True, title="Maturité — mai 2027")
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.assessments.setCurrentIndex(workspace.assessments.findData(later.id))
    view = window.workspace.evolution
    window.workspace.show_view(view)
    qtbot.waitUntil(view.legend.isVisible)
    assert "Aujourd’hui\u00a0: Maturité — mai 2027" in view.legend.text()
    assert f"Avant\u00a0: {maturity.title}" in view.legend.text()
    assert view.legend.geometry().top() >= view.radar.geometry().bottom()


def test_an_evolution_alone_reads_from_the_top(window, mini_doc, qtbot):
    window.open_document(mini_doc)
    view = window.workspace.evolution
    window.workspace.show_view(view)
    qtbot.waitUntil(view.summary.isVisible)
    assert view.summary.y() < 80  # not floating in the middle of the page


def test_a_respondents_answer_and_a_consensus_kept_can_be_undone(window, workshop_doc):
    window.open_document(workshop_doc)
    diagnostic, record = window.session.diagnostic, window.presenter.assessment
    people = [workshop.add_respondent(diagnostic, record, name, "director") for name in ("Claire", "Julien")]
    window.presenter.reload()
    w = window.workspace.workshop_presenter()

    def given(person):
        return workshop.respondent_answers(diagnostic, record).get(person.id, {}).get("q1", (None, ""))[0]

    assert w.set_answer(people[0], Answer(option="none")) and w.set_answer(people[1], Answer(option="applied"))
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert given(people[1]) is None and given(people[0]).option == "none"
    window.act_redo.trigger()
    assert given(people[1]).option == "applied"
    window.presenter.answer("identified")
    assert w.apply_consensus("q1")
    kept = window.presenter.entry("q1").value.option
    assert kept != "identified"
    window.act_undo.trigger()
    assert window.presenter.entry("q1").value.option == "identified"
    window.act_redo.trigger()
    assert window.presenter.entry("q1").value.option == kept
    window.close_document()
    from bodiag.services.documents import open_document

    with open_document(workshop_doc, readonly=True) as reopened:
        assert reopened.answers(reopened.assessments()[0])["q1"].value.option == kept
