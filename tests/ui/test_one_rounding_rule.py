"""One rounding rule and one set of counts for the app, the report and the command line (issue 17, item 6)."""

from __future__ import annotations

import pytest

from bodiag.cli import main as cli_main
from bodiag.domain import i18n
from bodiag.ui import formats


@pytest.mark.parametrize("value, digits, fr, en", [
    (42.5, 0, "43", "43"),  # Python's format would say 42 (half to even)
    (41.5, 0, "42", "42"),
    (0.25, 1, "0,3", "0.3"),
    (57.049, 1, "57,1", "57.1"),  # two decimals first (57,05), then the half rounds up
    (-2.5, 0, "-3", "-3"),
    (1234.5, 0, "1\u202f235", "1,235"),
])
def test_a_half_rounds_up_once_rounded_to_two_decimals(value, digits, fr, en):
    assert i18n.number(value, "fr", digits) == fr
    assert i18n.number(value, "en", digits) == en


def test_the_app_writes_a_score_as_the_report_does(context):
    assert formats.score(42.5) == i18n.score(42.5, "fr") == "42,5"
    assert formats.score(None) == "—"


def test_the_results_tab_and_the_command_line_give_the_same_figures(window, demo_path, capsys):
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.show_results()
    table = workspace.dashboard.table
    cli_main(["score", str(demo_path), str(workspace.assessments.itemData(0))])
    terminal = capsys.readouterr().out
    data = workspace.dashboard.data
    assert f"{formats.score(data.score)}/100" in terminal
    for row, section in enumerate(data.sections):
        shown = table.item(row, 1).text()
        assert shown.startswith(i18n.score(section.score, "fr"))
        assert f"{section.title}" in terminal and i18n.score(section.score, "fr") in terminal
    assert f"({data.scored}/{data.applicable})" in terminal


def test_progress_counts_the_questions_the_pane_counts(window, demo_path):
    window.open_document(demo_path)
    workspace = window.workspace
    workspace.show_answers()
    p = window.presenter
    bar = workspace.answer_view.progress
    _, total = p.position()
    assert bar.maximum() == total == len(p.questions())
    assert bar.value() == sum(p.result.questions[q.id].status != "unanswered" for q in p.questions())
    p.set_filter(unanswered_only=True)  # a filter narrows the walk, not the progress
    assert bar.maximum() == total


def test_a_score_from_few_answers_is_marked_provisional(window, mini_doc):
    window.open_document(mini_doc)
    window.presenter.answer("decided")  # q1 answered, q2 shown: 1 of 2
    window.workspace.show_results()
    dashboard = window.workspace.dashboard
    assert dashboard.data.provisional and dashboard.provisional.isVisible()
    assert dashboard.provisional.text().startswith("Résultat provisoire (1 question répondue sur 2)")
    assert "provisoire" in dashboard.score.accessibleName().lower()
    assert dashboard.table.item(0, 1).text().endswith("(provisoire)")
    window.presenter.go_next()
    window.presenter.answer("l3")
    assert not dashboard.data.provisional and not dashboard.provisional.isVisible()
