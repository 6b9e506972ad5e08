"""One question count everywhere (issue 17, item 6): the wizard, the answer pane and its progress bar, the Results
tab and the command line all show :func:`bodiag.domain.results.question_count`, compared here on the demo."""

from __future__ import annotations

from bodiag.cli import main as cli_main
from bodiag.domain import i18n
from bodiag.domain.results import question_count
from bodiag.services.catalog import bundled
from bodiag.services.diagnostic import Diagnostic
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.dashboard import dashboard_data, questions_line
from bodiag.ui.presenters.new_diagnostic import questions_asked
from bodiag.ui.presenters.session import DocumentSession


def test_every_face_counts_the_demos_questions_alike(window, demo_path, capsys):
    window.open_document(demo_path)
    workspace = window.workspace
    for index in range(workspace.assessments.count()):
        workspace.assessments.setCurrentIndex(index)
        p = workspace.presenter
        count = question_count(p.result)
        assert count.asked == p.position()[1] == len(p.questions()), "the pane's « Question 1 of N »"
        assert p.overall_progress() == (count.answered, count.asked), "the progress bar"
        view = workspace.answer_view
        assert (view.progress.value(), view.progress.maximum()) == (count.answered, count.asked)
        data = dashboard_data(p.result, "fr")
        assert data.questions == count and (data.scored, data.applicable) == (count.counted, count.applicable)
        assert count.applicable + count.na + count.unscored == count.asked  # what the coverage leaves out, said
        workspace.show_results()
        figures = workspace.dashboard.figures.text()
        assert questions_line(count) in figures and f"({count.counted} questions sur {count.applicable})" in figures
        assert str(count.asked) in questions_line(count) and str(count.applicable) in questions_line(count)
        cli_main(["score", str(demo_path), str(p.assessment.id)])
        terminal = capsys.readouterr().out
        assert f"({count.counted}/{count.applicable})" in terminal
        said = i18n.tr("questions_asked", "fr", asked=count.asked, answered=count.answered, na=count.na,
                       dk=count.dk, applicable=count.applicable)
        assert said in terminal
        assert questions_line(count) == said  # the Results tab and the report's coverage card say it in the same words
        assert p.result.counts.scored == count.counted  # what the report's coverage card prints


def test_the_wizard_announces_the_count_the_pane_then_shows(qapp, tmp_path):
    session_paths = []
    for entry in bundled():
        path = tmp_path / f"{entry.questionnaire.id}.bodiag"
        with Diagnostic.create(path, "ACME", phase="growth") as diagnostic:
            diagnostic.start(str(entry.path), assessor="Alice")
            profile = diagnostic.organisation.profile
        session = DocumentSession.open(path)
        try:
            pane = AnsweringPresenter(session, session.assessment)
            announced = questions_asked(entry.questionnaire, profile)
            assert announced.asked == pane.position()[1] == pane.overall_progress()[1]
            assert announced.answered == 0
        finally:
            session.close()
        session_paths.append(path)
    assert session_paths


def test_the_wizard_page_shows_that_count_for_the_profile_chosen(context, qtbot):
    from bodiag.domain.profile import OrganisationProfile
    from bodiag.ui.views.wizard import NewDiagnosticWizard

    wizard = NewDiagnosticWizard(context)
    qtbot.addWidget(wizard)
    phase = wizard.organisation_page.form.combos["phase"]
    phase.setCurrentIndex(phase.count() - 1)
    wizard.questionnaires_page.initializePage()
    profile = OrganisationProfile(phase=phase.currentData())
    for row, entry in enumerate(bundled()):
        asked = questions_asked(entry.questionnaire, profile).asked
        text = wizard.questionnaires_page.list.item(row).text()
        assert f" — {asked} questions posées" in text or f" — {asked} de ses {len(entry.questionnaire.questions)} questions posées" in text
