"""Workshops and re-assessments from the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bodiag.services import workshop
from bodiag.services.diagnostic import Diagnostic


@pytest.fixture
def workshop_doc(tmp_path, mini_path):
    path = tmp_path / "atelier.bodiag"
    with Diagnostic.create(path, "ACME") as diagnostic:
        diagnostic.start(str(mini_path), assessor="Claire", mode="workshop")
    return path


def test_a_workshop_gathers_respondents_flags_divergence_and_keeps_a_consensus(window, workshop_doc, qtbot):
    window.open_document(workshop_doc)
    view = window.workspace.workshop
    assert window.workspace.tabs.tabText(4) == "Atelier"
    for name, role in (("Claire", "director"), ("Julien", "sales_admin"), ("Nadine", "accounting")):
        view.name.setText(name)
        view.role.setCurrentIndex(view.role.findData(role))
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.people.count() == 3
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    combos = [box.grid.itemAtPosition(row, 1).widget() for row in (1, 2, 3)]
    for combo, option in zip(combos, ("none", "decided", "applied")):
        combo.setCurrentIndex(combo.findData(option))
        box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
        combos = [box.grid.itemAtPosition(row, 1).widget() for row in (1, 2, 3)]
    assert view.table.rowCount() == 1 and view.table.item(0, 1).text() == "⚠ 3"
    view.table.selectRow(0)
    view.apply_selected()
    assert window.presenter.entry("q1").value.option == "decided"  # the median of none, decided, applied
    assert view.table.item(0, 4).text() == "Décidé"


def test_reassessing_copies_the_answers_and_the_evolution_compares(window, prompter, mini_doc):
    window.open_document(mini_doc)
    window.presenter.answer("identified")
    first = window.presenter.assessment.id
    prompter.script("choose_item", 0)  # start from the current answers
    window.act_reassess.trigger()
    assert window.presenter.assessment.id != first
    assert window.presenter.entry("q1").value.option == "identified"
    window.presenter.answer("applied")
    evolution = window.workspace.evolution
    window.workspace.show_view(evolution)
    assert evolution.compare_with.currentData() == first
    assert evolution.summary.text().startswith("Score de 33 le ")
    assert evolution.summary.text().endswith("\u00a0: +67 points.")
    assert evolution.radar.isHidden()  # a radar needs three sections; the table says it all
    with Diagnostic.open(mini_doc, readonly=True) as diagnostic:
        assert diagnostic.answers(diagnostic.assessment(first))["q1"].value.option == "identified"  # kept as it was


def test_the_evolution_of_a_single_assessment_explains_how_to_start_one(window, mini_doc):
    window.open_document(mini_doc)
    evolution = window.workspace.evolution
    window.workspace.show_view(evolution)
    assert "Réévaluer" in evolution.summary.text()
    assert not evolution.compare_with.isVisible()


def test_importing_a_respondents_copy(window, prompter, workshop_doc, tmp_path):
    import shutil

    with Diagnostic.open(workshop_doc) as diagnostic:
        record = diagnostic.assessments()[0]
        workshop.add_respondent(diagnostic, record, "Julien", "sales_admin")
    copy = tmp_path / "julien.bodiag"
    shutil.copyfile(workshop_doc, copy)
    with Diagnostic.open(copy) as diagnostic:
        diagnostic.answer(diagnostic.assessments()[0], "q1", "applied")
    window.open_document(workshop_doc)
    view = window.workspace.workshop
    view.people.setCurrentRow(0)
    prompter.script("choose_document_to_open", copy)
    view.import_copy()
    given = workshop.respondent_answers(window.session.diagnostic, window.presenter.assessment)
    [(answers)] = given.values()
    assert answers["q1"][0].option == "applied"


def test_a_respondents_remark_is_typed_under_the_question_and_kept_when_moving_on(window, workshop_doc, qtbot):
    with Diagnostic.open(workshop_doc) as diagnostic:
        record = diagnostic.assessments()[0]
        workshop.add_respondent(diagnostic, record, "Julien", "sales_admin")
    window.open_document(workshop_doc)
    window.workspace.show_answers()
    first = window.presenter.current.id
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    remark = box.grid.itemAtPosition(1, 2).widget()
    remark.setFocus()
    qtbot.keyClicks(remark, "Sceptique <b>sur</b> le delai")
    window.workspace.answer_view.pane.go_next()  # without leaving the field first
    given = workshop.respondent_answers(window.session.diagnostic, window.presenter.assessment)
    [(answers)] = given.values()
    assert answers[first][1] == "Sceptique <b>sur</b> le delai"
    window.presenter.go_to(first)
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    assert box.grid.itemAtPosition(1, 2).widget().text() == "Sceptique <b>sur</b> le delai"


def test_numbers_and_checklists_of_respondents_are_entered_too(window, tmp_path, mini_path, qtbot):
    from bodiag.services.demo import build_demo

    path = tmp_path / "demo.bodiag"
    build_demo(path, story=False).close()
    with Diagnostic.open(path) as diagnostic:
        record = next(a for a in diagnostic.assessments() if a.questionnaire_id == "outsourcing-readiness")
        questionnaire = diagnostic.questionnaire(record)
        checklist = next(q for q in questionnaire.questions if q.kind == "checklist")
        workshop.add_respondent(diagnostic, record, "Julien", "sales_admin")
    window.open_document(path)
    window.workspace.assessments.setCurrentIndex(window.workspace.assessments.findData(record.id))
    window.workspace.show_answers()
    window.presenter.go_to(checklist.id)
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    button = box.grid.itemAtPosition(1, 1).widget()
    first, second = button.menu().actions()[:2]
    second.trigger()  # ticks the second item
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    box.grid.itemAtPosition(1, 1).widget().menu().actions()[0].trigger()  # then the first
    [(answers)] = workshop.respondent_answers(window.session.diagnostic, window.presenter.assessment).values()
    assert answers[checklist.id][0].items == (checklist.items[0].id, checklist.items[1].id)
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    assert box.grid.itemAtPosition(1, 1).widget().text() == f"2 sur {len(checklist.items)} cochés"


def test_a_respondents_number_is_typed_and_moves_the_suggestion(window, tmp_path, qtbot):
    from bodiag.services.demo import build_demo

    path = tmp_path / "demo.bodiag"
    build_demo(path, story=False).close()
    with Diagnostic.open(path) as diagnostic:
        record = next(a for a in diagnostic.assessments() if a.questionnaire_id == "back-office-maturity")
        numeric = next(q for q in diagnostic.questionnaire(record).questions if q.kind == "numeric")
        workshop.add_respondent(diagnostic, record, "Nadine", "accounting")
    window.open_document(path)
    window.workspace.assessments.setCurrentIndex(window.workspace.assessments.findData(record.id))
    window.workspace.show_answers()
    window.presenter.go_to(numeric.id)
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    field = box.grid.itemAtPosition(1, 1).widget()
    field.setText("12,5")
    field.editingFinished.emit()
    [(answers)] = workshop.respondent_answers(window.session.diagnostic, window.presenter.assessment).values()
    assert answers[numeric.id][0].number == 12.5
    box = window.workspace.answer_view.pane.extras.itemAt(0).widget()
    assert box.grid.itemAtPosition(1, 1).widget().text() == "12,5"
    field = box.grid.itemAtPosition(1, 1).widget()
    field.setText("beaucoup")
    window.context.prompter.expect_error()
    window.workspace.answer_view.pane.go_next()  # the bad number is refused with a message, nothing lost silently
    [(title, message, _)] = window.context.prompter.calls("show_error")
    assert title == "La modification de l’atelier n’a pas été faite" and "beaucoup" in message
    [(answers)] = workshop.respondent_answers(window.session.diagnostic, window.presenter.assessment).values()
    assert answers[numeric.id][0].number == 12.5
