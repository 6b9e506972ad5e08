"""Workshops and re-assessments from the app."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bodiag.services import workshop
from bodiag.services.documents import open_document


def test_a_workshop_gathers_respondents_flags_divergence_and_keeps_a_consensus(window, workshop_doc, qtbot):
    window.open_document(workshop_doc)
    view = window.workspace.workshop
    assert window.workspace.tabs.tabText(6) == "Atelier"
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
    assert evolution.summary.text().startswith("Score de 33,3 le ")
    assert evolution.summary.text().endswith("\u00a0: +66,7 points.")
    assert evolution.radar.isHidden()  # a radar needs three sections; the table says it all
    with open_document(mini_doc, readonly=True) as diagnostic:
        assert diagnostic.answers(diagnostic.assessment(first))["q1"].value.option == "identified"  # kept as it was


def test_the_evolution_of_a_single_assessment_explains_how_to_start_one(window, mini_doc):
    window.open_document(mini_doc)
    evolution = window.workspace.evolution
    window.workspace.show_view(evolution)
    assert "Réévaluer" in evolution.summary.text()
    assert not evolution.compare_with.isVisible()



def test_a_respondents_remark_is_typed_under_the_question_and_kept_when_moving_on(window, workshop_doc, qtbot):
    with open_document(workshop_doc) as diagnostic:
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


def test_moving_from_question_to_question_reads_the_respondents_once(window, workshop_doc, monkeypatch):
    """The respondents' box shows each question's answers from one reading, renewed by any change."""
    with open_document(workshop_doc) as diagnostic:
        record = diagnostic.assessments()[0]
        julien = workshop.add_respondent(diagnostic, record, "Julien", "sales_admin")
        workshop.respondent_answer(diagnostic, record, julien, "q1", value="decided")
        workshop.respondent_answer(diagnostic, record, julien, "q2", value="l4")
        diagnostic.answer(record, "q1", value="decided")  # q2 shown
    window.open_document(workshop_doc)
    window.workspace.show_answers()
    pane = window.workspace.answer_view.pane
    reads = []
    for name in ("respondents", "respondent_answers"):
        real = getattr(workshop, name)
        monkeypatch.setattr(workshop, name, lambda *args, _real=real, _name=name: reads.append(_name) or _real(*args))

    def shown() -> str:
        box = pane.extras.itemAt(0).widget()
        return box.grid.itemAtPosition(1, 1).widget().currentData()

    for expected in ("l4", "decided", "l4", "decided"):
        pane.go_next() if expected == "l4" else pane.go_previous()
        assert shown() == expected
    assert reads == []  # read when the box was first drawn: moving changed nothing of it
    box = pane.extras.itemAt(0).widget()
    combo = box.grid.itemAtPosition(1, 1).widget()
    combo.setCurrentIndex(combo.findData("applied"))  # Julien's answer to q1 changes
    assert shown() == "applied"
    assert "respondent_answers" in reads  # read again after the change
    after_change = len(reads)
    pane.go_next()
    pane.go_previous()
    assert shown() == "applied"
    assert len(reads) == after_change
