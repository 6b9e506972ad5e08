"""The action plan and the workshop, decided without any window: presenters over a document and a scripted prompter."""

from __future__ import annotations

import shutil

import pytest

from bodiag.domain.answers import Answer
from bodiag.services import action_plan, workshop
from bodiag.services.documents import open_document
from bodiag.ui.presenters.action_plan import ActionPlanPresenter
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.session import DocumentSession
from bodiag.ui.presenters.workshop import WorkshopPresenter


def answering_on(path, questionnaire_id: str | None = None):
    session = DocumentSession.open(path)
    record = next((a for a in session.assessments() if a.questionnaire_id == questionnaire_id), session.assessment)
    return AnsweringPresenter(session, session.select(record.id))


@pytest.fixture
def session_of():
    opened = []

    def open_(path, questionnaire_id=None):
        answering = answering_on(path, questionnaire_id)
        opened.append(answering.session)
        return answering

    yield open_
    for session in opened:
        session.close()


# -- the action plan ---------------------------------------------------------------------


def test_the_plan_comes_from_the_recommendations_once_and_is_edited_in_place(context, prompter, demo_path, session_of,
                                                                             tmp_path):
    answering = session_of(demo_path)
    plan = ActionPlanPresenter(prompter, answering)
    redrawn = []
    plan.subscribe(lambda: redrawn.append(len(plan.actions)))
    assert plan.actions == [] and plan.summary() == "Aucune action pour l’instant"
    assert plan.create_from_recommendations()
    created = len(plan.actions)
    assert created == len(answering.result.recommendations) > 0 and redrawn == [created]
    plan.create_from_recommendations()  # nothing twice
    assert len(plan.actions) == created
    assert plan.type_text(0, "owner", "  Julien <ADV>  ")
    assert plan.change(0, status="done")
    stored = action_plan.find(answering.session.diagnostic, plan.actions[0].id)
    assert (stored.owner, stored.status) == ("Julien <ADV>", "done") and stored.completed_at
    assert len(redrawn) == 2  # a change typed on screen is shown already: no redraw
    target = tmp_path / "plan.xlsx"
    prompter.script("choose_spreadsheet_to_save", target)
    assert plan.export() and target.is_file()
    assert prompter.calls("inform") == [("Plan d’action exporté", str(target))]
    prompter.script("choose_spreadsheet_to_open", target)
    assert plan.import_()
    assert len(action_plan.list_actions(answering.session.diagnostic)) == created  # updated, not duplicated


def test_a_refused_value_is_said_and_the_plan_shows_what_is_stored(context, prompter, mini_doc, session_of):
    plan = ActionPlanPresenter(prompter, session_of(mini_doc))
    assert plan.add_action() and plan.actions[0].title == "Nouvelle action"
    redrawn = []
    plan.subscribe(lambda: redrawn.append(True))
    prompter.expect_error()
    assert not plan.type_text(0, "cost", "beaucoup")
    [(title, message, _)] = prompter.calls("show_error")
    assert title == "Le plan d’action n’a pas été modifié" and "beaucoup" in message
    assert redrawn == [True] and plan.actions[0].cost is None
    assert not plan.type_text(0, "notes", "not a typed cell")  # only title, owner and cost are typed in cells


def test_deleting_asks_first_and_the_whole_plan_spans_assessments(context, prompter, demo_path, session_of):
    answering = session_of(demo_path)
    diagnostic = answering.session.diagnostic
    other = next(a for a in diagnostic.assessments() if a.id != answering.assessment.id)
    action_plan.add(diagnostic, "Elsewhere", assessment=other)
    plan = ActionPlanPresenter(prompter, answering)
    plan.add_action()
    assert [a.title for a in plan.actions] == ["Nouvelle action"]
    plan.set_whole_plan(True)
    assert sorted(a.title for a in plan.actions) == ["Elsewhere", "Nouvelle action"]
    plan.set_whole_plan(False)
    assert not plan.delete(0)  # the scripted prompter declines
    [(title, question)] = prompter.calls("confirm")
    assert title == "Supprimer une action" and "Nouvelle action" in question
    prompter.script("confirm", True)
    assert plan.delete(0) and plan.actions == []
    assert not plan.delete(5)  # no such row: nothing asked
    assert len(prompter.calls("confirm")) == 2


def test_a_read_only_plan_cannot_be_edited(context, prompter, mini_doc, session_of):
    import os

    os.chmod(mini_doc, 0o444)
    try:
        plan = ActionPlanPresenter(prompter, session_of(mini_doc))
        assert not plan.can_edit
    finally:
        os.chmod(mini_doc, 0o644)


# -- the workshop ------------------------------------------------------------------------


def test_respondents_answers_divergence_and_consensus(context, prompter, workshop_doc, session_of):
    answering = session_of(workshop_doc)
    w = WorkshopPresenter(prompter, answering, "fr")
    redrawn = []
    w.subscribe(lambda: redrawn.append(True))
    assert not w.shows_answers()  # nobody yet
    assert not w.add_respondent("   ", "director")
    for name, role in (("Claire", "director"), ("Julien", "sales_admin"), ("Nadine", "accounting")):
        assert w.add_respondent(f" {name} ", role)
    assert [text for _, text in w.respondent_lines()] == [
        "Claire — direction", "Julien — administration des ventes", "Nadine — comptabilité"]
    assert w.shows_answers() and len(redrawn) == 3
    question = answering.current
    rows = w.answers(question)
    assert [r.name for r in rows] == ["Claire (direction)", "Julien (administration des ventes)", "Nadine (comptabilité)"]
    assert w.control(question) == "choice" and w.suggestion(question) is None
    for row, option in zip(rows, ("none", "decided", "applied")):
        assert w.set_answer(row.respondent, Answer(option=option))
    [divergent] = w.divergence_rows()
    assert divergent.divergent and divergent.cells[1] == "3" and divergent.question_id == question.id
    assert w.divergence_title() == ("Questions répondues par plusieurs participants\u00a0: 1, "
                                    "divergentes (2 niveaux d’écart ou plus)\u00a0: 1")
    assert divergent.cells[2] == "Claire\u00a0: Non traité\u202f; Julien\u00a0: Décidé\u202f; Nadine\u00a0: Formalisé et appliqué"
    assert w.suggestion(question) == "Consensus suggéré (médiane)\u00a0: Décidé"
    assert w.apply_row(0)
    assert answering.entry(question.id).value.option == "decided"  # the median of none, decided, applied
    assert w.divergence_rows()[0].cells[4] == "Décidé"
    assert w.question_at(0) == question.id and w.question_at(3) is None and not w.apply_row(3)


def test_removing_a_respondent_asks_and_importing_needs_one_selected(context, prompter, workshop_doc, session_of,
                                                                      tmp_path):
    with open_document(workshop_doc) as diagnostic:
        workshop.add_respondent(diagnostic, diagnostic.assessments()[0], "Julien", "sales_admin")
    copy = tmp_path / "julien.bodiag"
    shutil.copyfile(workshop_doc, copy)
    with open_document(copy) as diagnostic:
        diagnostic.answer(diagnostic.assessments()[0], "q1", "applied")
    w = WorkshopPresenter(prompter, session_of(workshop_doc), "fr")
    [(julien, _)] = w.respondent_lines()
    assert not w.import_copy(None)
    assert prompter.calls("inform") == [("Importer la copie d’un participant", "Choisissez d’abord le participant.")]
    prompter.script("choose_document_to_open", copy)
    assert w.import_copy(julien)
    [(answers)] = workshop.respondent_answers(w.diagnostic, w.assessment).values()
    assert answers["q1"][0].option == "applied"
    assert not w.remove_respondent(julien)  # declined
    prompter.script("confirm", True)
    assert w.remove_respondent(julien) and w.respondent_lines() == []


def test_a_respondents_number_and_remark_are_saved_and_a_bad_number_is_said(context, prompter, demo_path, session_of):
    answering = session_of(demo_path, "back-office-maturity")
    numeric = next(q for q in answering.questionnaire.questions if q.kind == "numeric")
    workshop.add_respondent(answering.session.diagnostic, answering.assessment, "Nadine", "accounting")
    w = WorkshopPresenter(prompter, answering, "fr")
    [row] = w.answers(numeric)
    assert w.control(numeric) == "number"
    redrawn = []
    w.subscribe(lambda: redrawn.append(True))
    assert w.save_typed(row.respondent, numeric.id, "value", "12,5")
    assert w.save_typed(row.respondent, numeric.id, "note", "Sceptique <b>sur</b> le delai")
    assert redrawn == [True]  # the number moved the suggestion; the remark changes nothing else
    [row] = w.answers(numeric)
    assert (row.answer.number, row.note) == (12.5, "Sceptique <b>sur</b> le delai")
    assert w.number_text(row.answer) == "12,5"
    prompter.expect_error()
    assert not w.save_typed(row.respondent, numeric.id, "value", "beaucoup")
    [(title, message, _)] = prompter.calls("show_error")
    assert title == "La modification de l’atelier n’a pas été faite" and "beaucoup" in message
    assert w.answers(numeric)[0].answer.number == 12.5


def test_a_checklist_is_ticked_item_by_item(context, prompter, demo_path, session_of):
    answering = session_of(demo_path, "outsourcing-readiness")
    checklist = next(q for q in answering.questionnaire.questions if q.kind == "checklist")
    answering.go_to(checklist.id)
    workshop.add_respondent(answering.session.diagnostic, answering.assessment, "Julien", "sales_admin")
    w = WorkshopPresenter(prompter, answering, "fr")
    [row] = w.answers(checklist)
    assert w.control(checklist) == "checklist" and w.ticked_text(checklist, row.answer) == "Cocher…"
    assert w.tick(row.respondent, checklist, set(), checklist.items[1].id, True)
    [row] = w.answers(checklist)
    assert w.tick(row.respondent, checklist, set(row.answer.items), checklist.items[0].id, True)
    [row] = w.answers(checklist)
    assert row.answer.items == (checklist.items[0].id, checklist.items[1].id)  # in the questionnaire's order
    assert w.ticked_text(checklist, row.answer) == f"2 sur {len(checklist.items)} cochés"


def test_read_only_answers_are_only_shown(context, prompter, workshop_doc, session_of):
    import os

    os.chmod(workshop_doc, 0o444)
    try:
        answering = session_of(workshop_doc)
        w = WorkshopPresenter(prompter, answering, "fr")
        assert w.read_only and w.control(answering.current) == "label"
    finally:
        os.chmod(workshop_doc, 0o644)
