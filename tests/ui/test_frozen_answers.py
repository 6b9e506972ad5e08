"""A final report froze the answers: the answer pane says so up front, with its controls off and a way to re-open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bodiag.errors import FrozenAssessment
from bodiag.services import deliverable
from bodiag.services.documents import open_document
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.frozen_answers import FrozenAnswers
from bodiag.ui.presenters.session import DocumentSession


@pytest.fixture
def final_doc(mini_doc):
    with open_document(mini_doc) as diagnostic:
        record = diagnostic.assessments()[0]
        diagnostic.answer(record, "q1", "decided")
        deliverable.finalise(diagnostic)
    return mini_doc


def test_the_presenter_refuses_a_change_before_storage_and_reopens_through_the_reason(context, final_doc, prompter):
    session = DocumentSession.open(final_doc)
    try:
        answering = AnsweringPresenter(session, session.assessment)
        frozen = FrozenAnswers(prompter, answering, "fr")
        assert answering.frozen and not answering.can_change and frozen.shown and frozen.can_reopen
        assert frozen.text().startswith("Rapport final v1 signé le ") and "figées" in frozen.text()
        with pytest.raises(FrozenAssessment):
            answering.answer("na", "q1")
        assert answering.entry("q1").value.option == "decided" and not answering.is_unsaved("q1")
        prompter.script("ask_text", None)
        assert not frozen.reopen() and answering.frozen  # cancelled: still frozen
        reopened = []
        frozen.reopened = lambda: reopened.append(True)
        prompter.script("ask_text", "Une coquille")
        assert frozen.reopen() and not answering.frozen and answering.can_change and reopened == [True]
        assert prompter.calls("ask_text")[-1][0] == "Rouvrir le rapport"  # the Report tab's own question
        answering.answer("na", "q1")
        assert answering.entry("q1").value.option == "na" and deliverable.sign_off(session.diagnostic).version == 2
        assert deliverable.sign_off(session.diagnostic).events[-1].reason == "Une coquille"
    finally:
        session.close()


def test_the_pane_shows_the_banner_with_its_controls_and_keys_off(window, final_doc, qtbot, prompter):
    window.open_document(final_doc)
    workspace = window.workspace
    workspace.show_answers()
    view = workspace.answer_view
    qtbot.waitUntil(lambda: view.isVisible())
    pane = view.pane
    assert view.frozen_banner.isVisible() and view.reopen_button.isVisible()
    assert "figées" in view.frozen_text.text()
    assert not pane.answer_widget.isEnabled() and not pane.note.isEnabled()
    assert not pane.na_button.isEnabled() and not pane.clear_button.isEnabled()
    assert not any(shortcut.isEnabled() for shortcut in view._answer_shortcuts)
    pane.answer_widget.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)  # the key does nothing: no error under the answer either
    assert workspace.presenter.entry("q1").value.option == "decided" and pane.error.isHidden()

    prompter.script("ask_text", "Une coquille")
    view.reopen_button.click()
    assert not view.frozen_banner.isVisible()
    assert pane.answer_widget.isEnabled() and pane.note.isEnabled()
    assert all(shortcut.isEnabled() for shortcut in view._answer_shortcuts)
    assert not deliverable.sign_off(window.session.diagnostic).final


def test_issuing_the_final_version_in_the_report_tab_freezes_the_pane(window, mini_doc, qtbot, prompter):
    window.open_document(mini_doc)
    workspace = window.workspace
    view = workspace.answer_view
    assert not view.frozen_banner.isVisibleTo(view) and view.pane.answer_widget.isEnabled()
    prompter.script("confirm", True)
    workspace.deliverable.finalise.click()
    assert view.frozen_banner.isVisibleTo(view) and not view.pane.answer_widget.isEnabled()
    assert not workspace.presenter.can_undo


def test_the_respondents_box_is_off_too(window, workshop_doc, qtbot, prompter):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from bodiag.services import workshop

    with open_document(workshop_doc) as diagnostic:
        record = diagnostic.assessments()[0]
        workshop.add_respondent(diagnostic, record, "Bruno")
        deliverable.finalise(diagnostic)
    window.open_document(workshop_doc)
    workspace = window.workspace
    workspace.show_answers()
    view = workspace.answer_view
    qtbot.waitUntil(lambda: view.isVisible())
    box = workspace.workshop_presenter()
    assert box.read_only
    controls = [w for w in view.pane.findChildren(QComboBox) + view.pane.findChildren(QLineEdit)
                if w.window() is view.window() and w.isVisible()]
    assert controls and all(not w.isEnabled() or (isinstance(w, QLineEdit) and w.isReadOnly()) for w in controls)
    assert not workspace.workshop.add_button.isEnabled()
