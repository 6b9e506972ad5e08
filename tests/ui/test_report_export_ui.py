"""Exporting the PDF report from the app: off the UI thread, with progress, then an offer to open it."""

from __future__ import annotations

from bodiag.ui.presenters.report_options import ReportOptions


def test_export_runs_in_the_background_and_offers_to_open(window, prompter, demo_path, tmp_path, qtbot):
    window.open_document(demo_path)
    target = tmp_path / "rapport.pdf"
    prompter.script("choose_report_options", ReportOptions(output=target, lang="fr"))
    prompter.script("offer_to_open", True)
    window.act_export.trigger()
    job = window.report_job
    assert job is not None and not window.act_export.isEnabled()
    progress = []
    job.progress.connect(lambda done, total, what: progress.append((done, total)))
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert progress and progress[-1][0] == progress[-1][1]
    assert prompter.calls("open_externally") == [(target,)]
    assert window.act_export.isEnabled() and window.report_job is None


def test_a_failed_export_says_why_and_leaves_no_file(window, prompter, demo_path, tmp_path, qtbot):
    window.open_document(demo_path)
    target = tmp_path / "missing-folder" / "rapport.pdf"
    prompter.script("choose_report_options", ReportOptions(output=target))
    prompter.expect_error()
    window.act_export.trigger()
    with qtbot.waitSignal(window.report_job.done, timeout=60_000):
        pass
    [(title, message, _)] = prompter.calls("show_error")
    assert title == "Le rapport n’a pas pu être exporté" and str(target.parent) in message
    assert not target.parent.exists()


def test_cancelling_the_options_exports_nothing(window, prompter, demo_path):
    window.open_document(demo_path)
    window.act_export.trigger()
    assert window.report_job is None and prompter.calls("choose_report_options")
