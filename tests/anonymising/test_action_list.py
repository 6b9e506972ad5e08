"""The action list (``--audience actions``): anonymised and without notes when asked, and branded like the report."""

from __future__ import annotations

import openpyxl
import pytest

from bodiag.cli import main
from bodiag.services.action_files import Brand, import_actions
from bodiag.services.demo import build_demo
from bodiag.services.documents import open_document
from bodiag.services.report_export import export_report


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("actions") / "demo.bodiag"
    build_demo(path).close()
    return path


def test_an_anonymised_list_names_nobody_and_says_what_it_hid(demo, tmp_path):
    with open_document(demo, readonly=True) as diagnostic:
        from bodiag.services import action_plan

        real = {a.owner for a in action_plan.list_actions(diagnostic, None)}
        org = diagnostic.organisation.name
        target = export_report(diagnostic, tmp_path / "a.xlsx", audience="actions", anonymise=True, without_notes=True,
                               branded=False)
    book = openpyxl.load_workbook(target)
    sheet = book["Plan d'action"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    owners = {row[3] for row in rows if row[3]}
    assert owners and all(o.startswith("Personne ") for o in owners) and not owners & real
    assert all(row[9] is None for row in rows)  # no notes
    about = [row[0] for row in book["À lire"].iter_rows(values_only=True)]
    assert about[0].startswith("Version anonymisée") and "passage" in about[1]
    assert about[2].startswith("Les notes saisies")
    assert org not in " ".join(str(v) for row in rows for v in row if v)


def test_the_list_carries_the_firm_and_the_accent_and_still_imports(demo, tmp_path):
    from bodiag.services.action_files import export_actions

    with open_document(demo) as diagnostic:
        path = tmp_path / "b.xlsx"
        count = export_actions(diagnostic, path, brand=Brand(firm="Cabinet Lefèvre & Fils", accent="#7a1f3d"))
        result = import_actions(diagnostic, path)
    assert count > 0 and result.created == 0  # the branded sheet is still the one the import reads
    book = openpyxl.load_workbook(path)
    sheet = book.active
    header = sheet.cell(row=1, column=1)
    assert header.fill.fgColor.rgb.endswith("7A1F3D") and header.font.color.rgb.endswith("FFFFFF")
    assert sheet.oddHeader.left.text == "Cabinet Lefèvre && Fils" and book.properties.creator == "Cabinet Lefèvre & Fils"
    assert book.sheetnames == ["Plan d'action"]  # nothing to say when nothing was left out


def test_a_light_accent_gets_black_header_text(demo, tmp_path):
    from bodiag.services.action_files import export_actions

    with open_document(demo, readonly=True) as diagnostic:
        export_actions(diagnostic, tmp_path / "c.xlsx", brand=Brand(accent="#f5e663"))
    header = openpyxl.load_workbook(tmp_path / "c.xlsx").active.cell(row=1, column=2)
    assert header.font.color.rgb.endswith("000000")


def test_the_cli_exports_an_anonymised_csv(demo, tmp_path, capsys):
    out = tmp_path / "a.csv"
    assert main(["report", str(demo), "-o", str(out), "--audience", "actions", "--anonymise"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    with open_document(demo, readonly=True) as diagnostic:
        assert diagnostic.organisation.name.split()[0] not in text
    assert "Personne 1" in text or "Personne 2" in text
