"""The report dialog: for whom, in which format, and the file's suffix following the choice; the export it starts."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from bodiag.ui.presenters.report_options import ReportOptions, formats_for, output_path, report_options_apply
from bodiag.ui.views.report_dialog import ReportDialog


def test_each_audience_has_its_formats_and_the_suffix_follows():
    assert formats_for("full") == formats_for("board") == formats_for("plan") == ["pdf", "docx"]
    assert formats_for("actions") == ["xlsx"]
    assert output_path(Path("/d/rapport.pdf"), "docx") == Path("/d/rapport.docx")
    assert output_path(Path("/d/rapport.DOCX"), "xlsx") == Path("/d/rapport.xlsx")
    assert output_path(Path("/d/rapport v2"), "pdf") == Path("/d/rapport v2.pdf")
    assert output_path(Path("/d/rapport.2026"), "pdf") == Path("/d/rapport.2026.pdf")
    assert report_options_apply("board") and not report_options_apply("actions")


def test_the_dialog_gives_the_audience_and_the_format(qtbot, tmp_path):
    dialog = ReportDialog(tmp_path / "ACME - diagnostic.pdf", 2, "fr")
    qtbot.addWidget(dialog)
    assert dialog.options().audience == "full" and dialog.options().assessment_ids == [2]
    dialog.board.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    options = dialog.options()
    assert (options.audience, options.format, options.assessment_ids) == ("board", "docx", None)
    assert options.output == tmp_path / "ACME - diagnostic.docx"
    dialog.anonymise.setChecked(True)
    dialog.actions.setChecked(True)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["xlsx"]
    assert not dialog.format.isEnabled() and not dialog.logo.isEnabled()
    assert dialog.anonymise.isEnabled() and dialog.language.isEnabled()  # the action list can be anonymised too
    options = dialog.options()
    assert (options.audience, options.format, options.anonymise) == ("actions", "xlsx", True)
    assert options.output.suffix == ".xlsx"
    dialog.plan_only.setChecked(True)
    assert dialog.format.currentData() == "pdf" and dialog.anonymise.isEnabled() and dialog.logo.isEnabled()
    assert dialog.options().audience == "plan" and dialog.options().output.suffix == ".pdf"


def test_the_words_to_hide_are_edited_with_anonymising(qtbot, tmp_path):
    dialog = ReportDialog(tmp_path / "r.pdf", None, "fr", terms=["Chêne Doré", "Amiens"])
    qtbot.addWidget(dialog)
    assert dialog.terms.text() == "Chêne Doré, Amiens" and not dialog.terms.isEnabled()
    assert dialog.options().hidden_terms is None  # not anonymised: the list is left as it is
    dialog.anonymise.setChecked(True)
    assert dialog.terms.isEnabled()
    dialog.terms.setText("Chêne Doré ;  atelier  bleu, , CHÊNE DORÉ")
    assert dialog.options().hidden_terms == ["Chêne Doré", "atelier bleu"]


def test_the_app_keeps_the_words_to_hide_in_the_document(window, prompter, demo_path, tmp_path, qtbot):
    from bodiag.services import hidden_terms
    from bodiag.services.documents import open_document

    options = ReportOptions(output=tmp_path / "anonyme.pdf", anonymise=True, hidden_terms=["Atelier Bleu"])
    target = _export(window, prompter, qtbot, demo_path, options)
    assert target.is_file()
    with open_document(demo_path, readonly=True) as diagnostic:
        assert hidden_terms.terms(diagnostic) == ["Atelier Bleu"]


def _export(window, prompter, qtbot, document: Path, options: ReportOptions) -> Path:  # noqa: ANN001
    """Export from the app's menu with the dialog's answer scripted; the file once the background job is done."""
    window.open_document(document)
    prompter.script("choose_report_options", options)
    prompter.script("offer_to_open", False)
    window.act_export.trigger()
    with qtbot.waitSignal(window.report_job.done, timeout=60_000):
        pass
    return options.output


def test_the_app_exports_the_board_note_as_docx_in_the_background(window, prompter, demo_path, tmp_path, qtbot):
    options = ReportOptions(output=tmp_path / "note.docx", audience="board", format="docx")
    target = _export(window, prompter, qtbot, demo_path, options)
    read = docx.Document(io.BytesIO(target.read_bytes()))
    assert [p.text for p in read.paragraphs if p.style.name == "Heading 1"] == ["Note à la direction"]


def test_the_app_exports_the_action_list(window, prompter, demo_path, tmp_path, qtbot):
    options = ReportOptions(output=tmp_path / "actions.xlsx", audience="actions", format="xlsx")
    target = _export(window, prompter, qtbot, demo_path, options)
    assert target.read_bytes()[:2] == b"PK"
