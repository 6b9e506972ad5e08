"""The Report tab: the assessor's commentary and the report's sign-off, from a presenter and from the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bodiag.services import deliverable
from bodiag.ui.presenters.deliverable import DeliverablePresenter
from bodiag.ui.presenters.session import DocumentSession


@pytest.fixture
def session(demo_path):
    opened = DocumentSession.open(demo_path)
    yield opened
    opened.close()


def test_the_presenter_writes_commentary_signs_issues_and_reopens(context, session, prompter):
    presenter = DeliverablePresenter(prompter, session, "fr")
    labels = [p.label for p in presenter.places]
    assert labels[0] == "Le rapport entier" and "Plan directeur" in labels and len(labels) > 10
    section = next(i for i, p in enumerate(presenter.places) if p.depth == 1 and p.where.assessment_id)
    assert presenter.save_text(section, "Sur cette partie\n\n- un point")
    assert presenter.places[section].written and presenter.text_at(section) == "Sur cette partie\n\n- un point"
    presenter.set_signatory("director", "  Julien   Martin ")
    assert deliverable.sign_off(session.diagnostic).director == "Julien Martin"
    assert presenter.status_text() == "Version 1, projet"
    prompter.script("confirm", False)
    assert not presenter.finalise() and not presenter.final  # the user said no: nothing issued
    prompter.script("confirm", True)
    assert presenter.finalise() and presenter.final and presenter.status_text().startswith("Version 1, définitive depuis")
    prompter.expect_error()
    assert not presenter.save_text(0, "trop tard")  # frozen: the error is told, nothing stored
    assert prompter.calls("show_error")[-1][0] == "Le commentaire n’a pas été enregistré"
    assert presenter.text_at(0) == deliverable.commentary_at(session.diagnostic, presenter.places[0].where)
    prompter.script("ask_text", None)
    assert not presenter.reopen() and presenter.final  # cancelled
    prompter.script("ask_text", "Une coquille")
    assert presenter.reopen() and not presenter.final and presenter.status_text() == "Version 2, projet"
    assert len(presenter.events_text()) == 2 and "Une coquille" in presenter.events_text()[1]


def test_the_tab_saves_what_is_typed_and_locks_once_final(window, demo_path, qtbot, prompter):
    from bodiag.ui.views.deliverable import DeliverableView

    window.open_document(demo_path)
    tabs = window.workspace.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Rapport")
    tabs.setCurrentIndex(index)
    view = window.workspace.deliverable
    assert isinstance(view, DeliverableView) and view.isVisible()
    view.places.setCurrentRow(1)  # the first assessment
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "Une equipe engagee")
    qtbot.keyClick(view.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    diagnostic = window.session.diagnostic
    first = diagnostic.assessments()[0]
    assert deliverable.commentary_at(diagnostic, deliverable.Place(first.id, "")) == "Une equipe engagee"
    view.places.setCurrentRow(2)
    qtbot.keyClicks(view.editor, "Moved on")
    view.places.setCurrentRow(0)  # choosing another place keeps what was typed
    assert deliverable.commentary_at(diagnostic, view.presenter.places[2].where) == "Moved on"
    prompter.script("confirm", True)
    view.finalise.click()
    assert deliverable.sign_off(diagnostic).final
    assert view.editor.isReadOnly() and not view.finalise.isEnabled() and view.reopen.isEnabled()
    assert "définitive" in view.status.text()
