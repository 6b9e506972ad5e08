"""Evolution and the document commands, decided without any window."""

from __future__ import annotations

import pytest

from bodiag.services import reassessment
from bodiag.services.documents import open_document
from bodiag.storage import assessments as assessment_store
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.document_commands import DocumentCommands
from bodiag.ui.presenters.evolution import EvolutionPresenter
from bodiag.ui.presenters.report_options import ShareOptions
from bodiag.ui.presenters.session import DocumentSession


class Host:
    """What the main window gives the commands, and a record of what they asked of it."""

    def __init__(self, session: DocumentSession | None):
        self.session = session
        self.presenter = AnsweringPresenter(session, session.assessment) if session else None
        self.said: list[str] = []
        self.shown: list[int | None] = []
        self.commits = 0
        self.leave = True

    def commit(self) -> None:
        self.commits += 1

    def can_leave(self) -> bool:
        return self.leave

    def show_assessment(self, assessment_id: int | None) -> None:
        if assessment_id is not None:
            self.session.select(assessment_id)
        self.shown.append(assessment_id)
        self.presenter = AnsweringPresenter(self.session, self.session.assessment)

    def say(self, message: str) -> None:
        self.said.append(message)


@pytest.fixture
def host(mini_doc):
    made = Host(DocumentSession.open(mini_doc))
    yield made
    made.session.close()


# -- evolution ---------------------------------------------------------------------------


def test_a_single_assessment_explains_how_to_start_another(context, host):
    evolution = EvolutionPresenter(host.presenter, "fr")
    assert evolution.choices() == [] and not evolution.has_other and evolution.comparison() is None
    assert "Réévaluer" in evolution.alone()
    [row] = evolution.timeline().rows
    assert row[0] == host.presenter.assessment.title


def test_a_reassessment_is_compared_with_the_one_it_started_from(context, host):
    first = host.presenter.assessment
    host.presenter.answer("identified")
    diagnostic = host.session.diagnostic
    later = reassessment.start_from(diagnostic, first, copy_answers=True)
    host.show_assessment(later.id)
    host.presenter.answer("applied")
    evolution = EvolutionPresenter(host.presenter, "fr")
    assert [assessment_id for assessment_id, _ in evolution.choices()] == [first.id]
    assert evolution.compare_with == reassessment.earlier_assessment(diagnostic, later).id == first.id
    comparison = evolution.comparison()
    assert comparison.summary.startswith("Score de 33,3 le ") and comparison.summary.endswith("\u00a0: +66,7 points.")
    assert comparison.moves_heading == "Réponses qui ont changé (1)" and comparison.moves.rows[0][1:] == [
        "Identifié", "Formalisé et appliqué"]
    assert [row[1:] for row in comparison.sections.rows] == [["33,3", "100,0", "+66,7"]]
    assert len(evolution.timeline().rows) == 2


def test_the_default_comparison_is_the_one_the_report_uses(context, mini_doc, mini_path):
    """Three assessments; the last started from the first: it is compared with the first, not the most recent."""
    with open_document(mini_doc) as diagnostic:
        first = diagnostic.assessments()[0]
        middle = diagnostic.start(str(mini_path), title="Middle")
        last = reassessment.start_from(diagnostic, first, copy_answers=False, title="Last")
        for record, stamp in ((first, "2026-01-10T09:00:00+00:00"), (middle, "2026-03-10T09:00:00+00:00"),
                              (last, "2026-06-10T09:00:00+00:00")):
            diagnostic.document.conn.execute("UPDATE assessments SET created_at = ? WHERE id = ?", (stamp, record.id))
        diagnostic.document.conn.commit()
        assert assessment_store.based_on(diagnostic.document)[last.id] == first.id
    session = DocumentSession.open(mini_doc)
    try:
        evolution = EvolutionPresenter(AnsweringPresenter(session, session.select(last.id)), "fr")
        assert [assessment_id for assessment_id, _ in evolution.choices()] == [middle.id, first.id]
        assert evolution.compare_with == first.id  # the parent, as in the report
        evolution.choose(middle.id)
        assert evolution.comparison() is not None and evolution.compare_with == middle.id
        # The first one has no earlier assessment: the most recent other is shown, as before.
        oldest = EvolutionPresenter(AnsweringPresenter(session, session.select(first.id)), "fr")
        assert oldest.compare_with is None
        assert oldest.choices()[0][0] == last.id and oldest.compare_with == last.id
    finally:
        session.close()


# -- the document commands ------------------------------------------------------------------


def test_a_new_assessment_runs_another_questionnaire_as_the_same_assessor(context, prompter, host):
    commands = DocumentCommands(context, host)
    prompter.script("choose_item", 0)  # the first bundled questionnaire
    commands.new_assessment()
    [(title, label, items)] = prompter.calls("choose_item")
    assert items[-1] == "Un fichier de questionnaire…"
    assert len(host.session.assessments()) == 2 and host.shown == [host.presenter.assessment.id]
    assert host.presenter.assessment.assessor == "Alice"


def test_a_new_assessment_waits_for_changes_to_be_saved_and_refuses_a_bad_file(context, prompter, host, tmp_path,
                                                                                mini_path):
    commands = DocumentCommands(context, host)
    host.leave = False
    prompter.script("choose_item", 0)
    commands.new_assessment()
    assert len(host.session.assessments()) == 1 and host.shown == []
    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_path.read_text(encoding="utf-8").replace("scale: level5", "scale: nope"), encoding="utf-8")
    items = len(prompter.calls("choose_item")[0][2])
    prompter.script("choose_item", items - 1).script("choose_questionnaire_file", bad).expect_error()
    commands.new_assessment()
    [(title, message, details)] = prompter.calls("show_error")
    assert title == "Ce fichier ne peut pas être utilisé\u00a0:"
    assert "unknown scale 'nope'" in details


def test_reassessing_starts_from_the_current_answers_and_keeps_them(context, prompter, host, mini_doc):
    commands = DocumentCommands(context, host)
    host.presenter.answer("identified")
    first = host.presenter.assessment.id
    prompter.script("choose_item", 0)
    commands.reassess()
    assert host.presenter.assessment.id != first and host.presenter.entry("q1").value.option == "identified"
    prompter.script("choose_item", 1)  # blank
    commands.reassess()
    assert host.presenter.entry("q1").value is None and len(host.shown) == 2


def test_answers_import_all_or_nothing_with_every_bad_row_in_the_details(context, prompter, host, tmp_path):
    commands = DocumentCommands(context, host)
    good = tmp_path / "good.csv"
    good.write_text("question;value;note\nq1;applied;vu en atelier\n", encoding="utf-8")
    prompter.script("choose_spreadsheet_to_open", good)
    commands.import_answers()
    assert host.presenter.entry("q1").value.option == "applied" and host.presenter.entry("q1").note == "vu en atelier"
    assert host.said == ["1 réponses importées"]
    assert host.commits == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("question;value\nq1;none\nq9;none\n", encoding="utf-8")
    prompter.script("choose_spreadsheet_to_open", bad).expect_error()
    commands.import_answers()
    [(title, _message, details)] = prompter.calls("show_error")
    assert title == "Rien n’a été importé" and "row 3" in details
    assert host.presenter.entry("q1").value.option == "applied"  # nothing of the bad file was written
    assert len(host.said) == 1


def test_a_shared_copy_is_written_without_notes_and_taken_over(context, prompter, host, tmp_path):
    commands = DocumentCommands(context, host)
    host.presenter.answer("decided")
    host.presenter.set_note("confidentiel")
    copy = tmp_path / "copie.bodiag"
    prompter.script("choose_share_options", ShareOptions(copy, strip_notes=True))
    commands.share_copy()
    assert b"confidentiel" not in copy.read_bytes() and host.said == [f"Copie enregistrée\u00a0: {copy}"]
    received = Host(DocumentSession.open(copy))
    try:
        assert received.session.read_only
        DocumentCommands(context, received).take_over()
        assert not received.session.read_only and received.session.shared is None and received.shown
    finally:
        received.session.close()


def test_answers_and_questionnaires_go_to_spreadsheets_and_back(context, prompter, host, tmp_path, mini_path):
    commands = DocumentCommands(context, host)
    answers = tmp_path / "answers.xlsx"
    prompter.script("choose_spreadsheet_to_save", answers)
    commands.export_answers()
    assert answers.is_file()
    sheet, back = tmp_path / "mini.xlsx", tmp_path / "back.yaml"
    prompter.script("choose_questionnaire_file", mini_path).script("choose_spreadsheet_to_save", sheet)
    commands.questionnaire_to_sheet()
    prompter.script("choose_spreadsheet_to_open", sheet).script("choose_questionnaire_to_save", back)
    commands.questionnaire_from_sheet()
    assert sheet.is_file() and back.is_file() and len(host.said) == 3
    prompter.script("choose_spreadsheet_to_open", answers).script("choose_questionnaire_to_save", back).expect_error()
    commands.questionnaire_from_sheet()  # an answers file is no questionnaire
    [(title, _, _)] = prompter.calls("show_error")
    assert title == "Le questionnaire n’a pas été écrit"


def test_the_report_options_and_its_outcome(context, prompter, host, tmp_path):
    commands = DocumentCommands(context, host)
    assert commands.report_options() is None and host.commits == 1  # cancelled, after saving what was typed
    [(suggested, current, lang)] = prompter.calls("choose_report_options")
    assert suggested.name == "ACME - diagnostic.pdf" and current == host.session.assessment.id and lang == "fr"
    prompter.script("offer_to_open", True)
    commands.report_exported(tmp_path / "r.pdf")
    assert prompter.calls("open_externally") == [(tmp_path / "r.pdf",)]
    prompter.expect_error()
    commands.report_failed("disk full")
    assert prompter.calls("show_error") == [("Le rapport n’a pas pu être exporté", "disk full", None)]


def test_without_a_document_the_document_commands_do_nothing(context, prompter):
    commands = DocumentCommands(context, Host(None))
    for command in (commands.new_assessment, commands.reassess, commands.take_over, commands.share_copy,
                    commands.import_answers, commands.export_answers):
        command()
    assert commands.report_options() is None and prompter.asked == []
