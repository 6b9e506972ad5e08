"""One output per audience (``bodiag report --audience``): the board note alone, the plan, the whole report, the action list."""

from __future__ import annotations

import io

import docx
import pytest

from bodiag.domain import i18n
from bodiag.errors import ExitCode, InputError
from bodiag.services.documents import open_document
from bodiag.services.report_export import export_report
from tests.report.conftest import extract, render_report
from tests.report.test_docx import headings_of
from tests.report.test_extras import document  # noqa: F401 - a document with recorded actions


def test_board_is_the_board_note_alone_on_one_or_two_pages(demo_master, tmp_path):
    with open_document(demo_master, readonly=True) as diagnostic:
        board = render_report(diagnostic, deterministic=True, audience="board")
        path = export_report(diagnostic, tmp_path / "board.docx", audience="board", deterministic=True)
    assert 1 <= len(board.pages) <= 2
    assert [(t, lvl) for t, lvl, _ in board.headings] == [(i18n.tr("board_note", "fr"), 0)]
    text = board.text
    for key in ("board_state", "syn_heading_decisions", "syn_heading_first", "confidential"):
        assert " ".join(i18n.tr(key, "fr").split()) in " ".join(text.split())
    assert "Menuiseries Vasseur SAS" in board.pages[0][:400]  # the masthead
    assert i18n.tr("contents", "fr") not in text
    read = docx.Document(io.BytesIO(path.read_bytes()))
    assert headings_of(read) == [(i18n.tr("board_note", "fr"), 0)]
    assert len(read.tables) == 1  # the first actions
    assert not read.sections[0].different_first_page_header_footer  # numbered from its first page


def test_plan_is_the_former_plan_only(demo_master, tmp_path):
    with open_document(demo_master, readonly=True) as diagnostic:
        plan = render_report(diagnostic, deterministic=True, audience="plan")
        alias = render_report(diagnostic, deterministic=True, plan_only=True)
        export_report(diagnostic, tmp_path / "a.pdf", audience="plan", deterministic=True)
        export_report(diagnostic, tmp_path / "b.pdf", plan_only=True, deterministic=True)
    assert plan.headings == alias.headings
    assert [t for t, lvl, _ in plan.headings if lvl == 0] == [i18n.tr("board_note", "fr"), i18n.tr("plan_title", "fr")]
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_actions_is_the_action_list_as_a_spreadsheet(document, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    path = export_report(document, tmp_path / "actions.xlsx", audience="actions")
    sheet = load_workbook(path).active
    titles = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]  # after the number and the identifier
    assert sorted(titles) == ["Nommer un référent", "Traiter le sujet avec l’équipe"]
    one = export_report(document, tmp_path / "one.csv", audience="actions", assessment_ids=[2])
    assert "Traiter le sujet" in one.read_text(encoding="utf-8-sig") and "Nommer un référent" not in one.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(("options", "message"), [
    ({"audience": "actions", "output": "actions.pdf"}, "ending in .xlsx"),
    ({"audience": "actions", "output": "actions.xlsx", "format": "docx"}, "spreadsheet"),
    ({"audience": "board", "output": "board.pdf", "assessment_ids": [1]}, "whole document"),
    ({"audience": "board", "output": "board.pdf", "plan_only": True}, "--plan-only"),
    ({"audience": "everyone", "output": "x.pdf"}, "audience is one of"),
])
def test_wrong_combinations_are_refused_and_write_nothing(demo_master, tmp_path, options, message):
    with open_document(demo_master, readonly=True) as diagnostic, pytest.raises(InputError, match=message):
        export_report(diagnostic, tmp_path / options.pop("output"), **options)
    assert list(tmp_path.iterdir()) == []


def test_cli_audiences(demo_path, tmp_path, capsys):
    from bodiag.cli import main

    out = tmp_path / "board.pdf"
    assert main(["report", str(demo_path), "-o", str(out), "--audience", "board", "--lang", "en"]) == ExitCode.OK
    pages = extract(out.read_bytes())
    assert len(pages) <= 2 and i18n.tr("board_note", "en") in pages[0]
    sheet = tmp_path / "actions.xlsx"
    assert main(["report", str(demo_path), "-o", str(sheet), "--audience", "actions"]) == ExitCode.OK
    assert sheet.read_bytes()[:2] == b"PK"
    assert main(["report", str(demo_path), "-o", str(tmp_path / "x.pdf"), "--audience", "board", "--plan-only"]) == ExitCode.INPUT
    assert "--plan-only" in capsys.readouterr().err
