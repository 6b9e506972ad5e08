"""Editing the organisation from the app: its name, sector, city and profile, saved through the service
``bodiag organisation`` uses, and every view showing the new name and scores at once."""

from __future__ import annotations

import msgspec
import pytest

from bodiag.cli import main
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.sharing import save_copy_to_share
from bodiag.ui.presenters.organisation import OrganisationFields, OrganisationPresenter, profile_choices
from bodiag.ui.presenters.session import DocumentSession

# "planned" weighs three times as much for a company in growth; "provider" is asked only of an organisation
# that outsources some of its back office.
QUESTIONNAIRE = """\
format: 1
id: profiled
version: "1.0"
title: {fr: Questionnaire profilé, en: Profiled questionnaire}
source: {title: Test, reference: tests}
license: CC-BY-4.0
levels: 5
target: 75
scales:
  - id: ready
    options:
      - {id: r0, label: {fr: Rien, en: Nothing}, value: 0}
      - {id: r1, label: {fr: Prévu, en: Planned}, value: 1}
      - {id: r2, label: {fr: Fait, en: Done}, value: 2}
bands:
  - {id: low, min: 0, max: 50, label: Faible}
  - {id: high, min: 50, max: 100, label: Élevé}
sections:
  - id: base
    title: {fr: Socle, en: Base}
    questions:
      - id: done
        kind: scale
        scale: ready
        text: {fr: Ce qui est fait, en: What is done}
      - id: planned
        kind: scale
        scale: ready
        text: {fr: Ce qui est prévu, en: What is planned}
        weight_by_profile: {phase: {growth: 3}}
      - id: provider
        kind: scale
        scale: ready
        text: {fr: Le prestataire, en: The provider}
        visible_if: {profile: outsourcing, in: [partial, full]}
"""


@pytest.fixture
def profiled_doc(tmp_path):
    """Atelier Bleu, stable and outsourcing nothing: "done" done, "planned" not started (50 / 100, 2 questions)."""
    source = tmp_path / "profiled.yaml"
    source.write_text(QUESTIONNAIRE, encoding="utf-8")
    path = tmp_path / "atelier.bodiag"
    with Diagnostic.create(path, "Atelier Bleu", sector="Imprimerie", phase="stable", outsourcing="none") as diagnostic:
        record = diagnostic.start(str(source), assessor="Claire")
        diagnostic.answer(record, "done", "r2")
        diagnostic.answer(record, "planned", "r0")
    return path


@pytest.fixture
def english(context):
    context.translations.apply("en")
    return context


def _cli_organisation(path, capsys) -> dict[str, str]:
    assert main(["organisation", str(path)]) == 0
    out = capsys.readouterr().out
    return dict(line.split(": ", 1) if ": " in line else (line.rstrip(":"), "") for line in out.splitlines())


GROWING = OrganisationFields(name="  Atelier Bleu SARL ", sector="Imprimerie et façonnage", city="  Saint   Quentin ",
                             headcount="micro", phase="growth", outsourcing="partial")


# -- the presenter, without a window -------------------------------------------------------------------------


def test_the_presenter_saves_what_changed_where_the_command_line_reads_it(english, profiled_doc, capsys):
    session = DocumentSession.open(profiled_doc)
    try:
        presenter = OrganisationPresenter(session.diagnostic, "en")
        assert presenter.fields == OrganisationFields(name="Atelier Bleu", sector="Imprimerie", phase="stable",
                                                      outsourcing="none")
        assert presenter.changes(presenter.fields) == {} and presenter.effects_text(presenter.fields) == ""
        assert presenter.changes(GROWING) == {"name": "Atelier Bleu SARL", "sector": "Imprimerie et façonnage",
                                              "city": "Saint Quentin", "headcount": "micro", "phase": "growth",
                                              "outsourcing": "partial"}
        # what the profile would do, before anything is saved: the weight of "planned", the question "provider"
        assert presenter.effects(GROWING) == [
            "Questionnaire profilé: 3 questions asked instead of 2, score 25.0 instead of 50.0"]
        headcount_only = msgspec.structs.replace(presenter.fields, headcount="medium")
        assert presenter.effects(headcount_only) == []
        assert presenter.effects_text(headcount_only).startswith("No assessment changes")
        assert session.diagnostic.organisation.phase == "stable"  # nothing saved yet
        assert presenter.save(GROWING) and presenter.saved and presenter.problem is None
        assert presenter.fields.name == "Atelier Bleu SARL" and presenter.changes(GROWING) == {}
    finally:
        session.close()
    assert _cli_organisation(profiled_doc, capsys) == {
        "name": "Atelier Bleu SARL", "sector": "Imprimerie et façonnage", "city": "Saint Quentin",
        "headcount": "micro", "phase": "growth", "outsourcing": "partial"}


def test_a_profile_field_can_go_back_to_not_specified(english, profiled_doc, capsys):
    session = DocumentSession.open(profiled_doc)
    try:
        presenter = OrganisationPresenter(session.diagnostic, "en")
        assert presenter.save(msgspec.structs.replace(presenter.fields, phase=None))
    finally:
        session.close()
    assert _cli_organisation(profiled_doc, capsys)["phase"] == ""


def test_a_blank_name_is_refused_and_nothing_is_written(english, profiled_doc, capsys):
    session = DocumentSession.open(profiled_doc)
    try:
        presenter = OrganisationPresenter(session.diagnostic, "en")
        assert not presenter.save(msgspec.structs.replace(GROWING, name="   "))
        assert presenter.problem == "The organisation needs a name: type the company's name."
        assert not presenter.saved and presenter.fields.name == "Atelier Bleu"
    finally:
        session.close()
    stored = _cli_organisation(profiled_doc, capsys)
    assert (stored["name"], stored["phase"], stored["city"]) == ("Atelier Bleu", "stable", "")


def test_a_read_only_document_is_refused(english, profiled_doc, tmp_path, capsys):
    with DocumentSession.open(profiled_doc).diagnostic as diagnostic:
        copy = save_copy_to_share(diagnostic, tmp_path / "copie.bodiag")
    received = DocumentSession.open(copy)
    try:
        assert received.read_only
        presenter = OrganisationPresenter(received.diagnostic, "en")
        assert not presenter.save(GROWING) and not presenter.saved
        assert presenter.problem == "The document is read-only: its organisation cannot be changed here."
    finally:
        received.close()
    assert _cli_organisation(copy, capsys)["name"] == "Atelier Bleu"


def test_the_dialog_offers_the_command_lines_choices(english, capsys):
    from bodiag.cli import build_parser

    parser = build_parser()
    for field_id in ("headcount", "phase", "outsourcing"):
        choices = profile_choices(field_id, "en")
        assert choices[0] == (None, "Not specified")
        for value, _label in choices[1:]:
            assert getattr(parser.parse_args(["organisation", "f.bodiag", f"--{field_id}", value]), field_id) == value
        with pytest.raises(SystemExit):
            parser.parse_args(["organisation", "f.bodiag", f"--{field_id}", "other"])


# -- in the window, through the prompter -----------------------------------------------------------------------


@pytest.fixture
def recording(qapp, tmp_path):
    """A window whose prompter records every question and error, as a ``--smoke`` run's does."""
    from bodiag.ui.context import AppContext
    from bodiag.ui.prompter import RecordingPrompter
    from bodiag.ui.settings import AppSettings

    prompter = RecordingPrompter()
    context = AppContext(settings=AppSettings(tmp_path / "settings.ini"), prompter=prompter)
    context.translations.apply("fr")
    yield context
    context.translations.apply("en")


@pytest.fixture
def app_window(recording, qtbot):
    from bodiag.ui.main_window import MainWindow

    window = MainWindow(recording)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close_document()


def test_the_file_menu_edits_the_profile_and_every_view_follows(app_window, recording, profiled_doc):
    window, prompter = app_window, recording.prompter
    assert window.open_document(profiled_doc)
    workspace = window.workspace
    assert window.act_organisation in window.menu_file.actions() and window.act_organisation.isEnabled()
    assert window.act_organisation.text() == "Or&ganisation…"  # French: the same word
    assert window.windowTitle().startswith("Atelier Bleu — ")
    workspace.show_results()
    assert workspace.dashboard.score.text() == "50,0 / 100"
    answers = workspace.answer_view
    workspace.show_answers()
    answers.pane.presenter.go_to("planned")
    answers.pane.presenter.answer("r1")  # an answer typed before: still undoable after the change of profile
    workspace.show_results()
    assert workspace.dashboard.score.text() == "75,0 / 100"
    window.show_start_page()
    window.stack.setCurrentWidget(workspace)

    prompter.script("edit_organisation", GROWING)
    window.act_organisation.trigger()
    ((presenter,),) = prompter.calls("edit_organisation")
    assert isinstance(presenter, OrganisationPresenter) and presenter.saved
    assert window.session.diagnostic.organisation.phase == "growth"
    # the name: header, title, recent documents, start page
    assert workspace.organisation.text() == "Atelier Bleu SARL"
    assert window.windowTitle() == f"Atelier Bleu SARL — {profiled_doc.name} — bodiag"
    assert recording.settings.recent_details(profiled_doc)[0] == "Atelier Bleu SARL"
    assert window.start_page.resume_button.text() == "Revenir à Atelier Bleu SARL"
    assert window.start_page.recent.item(0).text().startswith("Atelier Bleu SARL — ")
    # the profile: the score weighs "planned" three times (100 + 3 × 50) / 4, and "provider" is asked
    assert workspace.dashboard.score.text() == "62,5 / 100"
    workspace.show_answers()
    assert answers.pane.position.text() == "Question 2 sur 3"
    assert not answers._question_items["provider"].isHidden()
    assert window.act_undo.isEnabled()
    assert prompter.calls("show_error") == []

    # from the header: cancelled, nothing changes
    workspace.edit_organisation.click()
    assert len(prompter.calls("edit_organisation")) == 2
    assert window.session.diagnostic.organisation.name == "Atelier Bleu SARL"


def test_a_profile_condition_hides_a_question_shown_and_moves_on(app_window, recording, profiled_doc):
    window, prompter = app_window, recording.prompter
    with DocumentSession.open(profiled_doc).diagnostic as diagnostic:
        diagnostic.update_organisation(outsourcing="full")
    assert window.open_document(profiled_doc)
    workspace = window.workspace
    workspace.show_answers()
    answers = workspace.answer_view
    answers.pane.presenter.go_to("provider")
    assert answers.pane.position.text() == "Question 3 sur 3"
    stored = OrganisationPresenter(window.session.diagnostic, "fr").fields
    prompter.script("edit_organisation", msgspec.structs.replace(stored, outsourcing="none"))
    workspace.edit_organisation.click()
    assert answers._question_items["provider"].isHidden()
    assert answers.pane.presenter.current_id == "done" and answers.pane.position.text() == "Question 1 sur 2"
    assert answers.progress.format() == "Questions répondues\u00a0: 2 sur 2"
    workspace.show_results()
    assert workspace.dashboard.score.text() == "50,0 / 100"
    assert prompter.calls("show_error") == []


def test_a_blank_name_from_the_window_is_refused_and_the_views_stay(app_window, recording, profiled_doc):
    window, prompter = app_window, recording.prompter
    assert window.open_document(profiled_doc)
    prompter.script("edit_organisation", msgspec.structs.replace(GROWING, name=" "))
    window.act_organisation.trigger()
    ((presenter,),) = prompter.calls("edit_organisation")
    assert presenter.problem == "L’organisation doit avoir un nom\u00a0: saisissez celui de l’entreprise."
    assert window.windowTitle().startswith("Atelier Bleu — ") and window.session.diagnostic.organisation.phase == "stable"


def test_a_read_only_document_offers_no_edit(app_window, recording, profiled_doc, tmp_path):
    window, prompter = app_window, recording.prompter
    with DocumentSession.open(profiled_doc).diagnostic as diagnostic:
        copy = save_copy_to_share(diagnostic, tmp_path / "copie.bodiag")
    assert window.open_document(copy) and window.session.read_only
    assert not window.act_organisation.isEnabled() and not window.workspace.edit_organisation.isEnabled()
    window.commands.edit_organisation()
    assert prompter.calls("edit_organisation") == []


def test_the_dialog_keeps_a_blank_name_open_and_saves_a_good_one(recording, profiled_doc, qtbot):
    from bodiag.ui.views.organisation_dialog import OrganisationDialog

    session = DocumentSession.open(profiled_doc)
    try:
        dialog = OrganisationDialog(OrganisationPresenter(session.diagnostic, "fr"))
        qtbot.addWidget(dialog)
        dialog.show()
        form = dialog.form
        assert (form.name.text(), form.sector.text(), form.city.text()) == ("Atelier Bleu", "Imprimerie", "")
        assert form.combos["phase"].currentData() == "stable" and form.combos["headcount"].currentData() is None
        assert dialog.effects.isHidden()
        form.combos["phase"].setCurrentIndex(form.combos["phase"].findData("growth"))
        assert dialog.effects.isVisible() and "score 25,0 au lieu de 50,0" in dialog.effects.text()
        form.name.clear()
        qtbot.keyClicks(form.city, "Laon")
        dialog.buttons.accepted.emit()
        assert dialog.isVisible() and dialog.problem.isVisible() and "doit avoir un nom" in dialog.problem.text()
        qtbot.keyClicks(form.name, "Atelier Rouge")
        assert dialog.problem.isHidden()  # typing again clears the refusal
        dialog.buttons.accepted.emit()
        assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
        organisation = session.diagnostic.organisation
        assert (organisation.name, organisation.city, organisation.phase) == ("Atelier Rouge", "Laon", "growth")
    finally:
        session.close()
