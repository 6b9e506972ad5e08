"""Answers to and from .xlsx: a round trip, bad rows with the sheet's row numbers, texts never formulas."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from bodiag.errors import InputError
from bodiag.services import answer_files, xlsx
from bodiag.services.answer_files import ImportRejected, export_answers, import_answers
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.storage.answers import MAX_NOTE
from tests.storage.storage_helpers import listing

KINDS = """\
format: 1
id: kinds
version: "1.0"
title: Toutes les sortes de questions
source: {title: Test, reference: tests}
license: CC-BY-4.0
scales:
  - id: readiness
    options:
      - {id: none, label: Non traité, value: 0}
      - {id: done, label: Fait, value: 1}
      - {id: na, label: Non applicable, not_applicable: true}
bands:
  - {id: low, min: 0, max: 50, label: Bas}
  - {id: high, min: 50, max: 100, label: Haut}
sections:
  - id: s1
    title: Section
    questions:
      - {id: scale, kind: scale, scale: readiness, text: Échelle ?}
      - id: list
        kind: checklist
        text: Liste
        items: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}]
      - {id: empty_list, kind: checklist, text: Liste vide, items: [{id: a, label: A}]}
      - {id: number, kind: numeric, text: Délai, scale: readiness, unit: jours, direction: lower_is_better,
         thresholds: [5]}
      - {id: free, kind: text, text: Texte libre}
"""
FORMULA = "=HYPERLINK(\"http://evil.invalid\", \"cliquez\")"


@pytest.fixture
def kinds_path(tmp_path) -> Path:
    path = tmp_path / "kinds.yaml"
    path.write_text(KINDS, encoding="utf-8")
    return path


def _new(path: Path, questionnaire: Path) -> Diagnostic:
    diagnostic = Diagnostic.create(path, "ACME")
    diagnostic.start(str(questionnaire), assessor="Claire")
    return diagnostic


def _state(diagnostic: Diagnostic) -> dict:
    assessment = diagnostic.assessment(1)
    return {q: (r.value, r.note, r.respondent) for q, r in diagnostic.answers(assessment).items()}


def test_every_kind_of_answer_goes_to_xlsx_and_back(tmp_path, kinds_path):
    with _new(tmp_path / "a.bodiag", kinds_path) as source:
        assessment = source.assessment(1)
        source.answer(assessment, "scale", "na", note="Sans objet\nsur deux lignes", respondent="Bob")
        source.answer(assessment, "list", "a,c", note=FORMULA)
        source.answer(assessment, "empty_list", "-")
        source.answer(assessment, "number", "12,5", note="+33 1 23 45 67 89")
        source.answer(assessment, "free", "=1+1 est du texte", note="@mention -moins")
        out = tmp_path / "answers.xlsx"
        assert export_answers(source, assessment, out) == 5
        expected = _state(source)
    assert listing(tmp_path) == sorted(["a.bodiag", "answers.xlsx", "kinds.yaml"])

    with _new(tmp_path / "b.bodiag", kinds_path) as target:
        assert import_answers(target, target.assessment(1), out) == 5
        assert _state(target) == expected


def test_texts_that_look_like_formulas_are_written_as_text(tmp_path, kinds_path):
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        diagnostic.answer(diagnostic.assessment(1), "free", "=SUM(A1:A9)", note=FORMULA)
        export_answers(diagnostic, diagnostic.assessment(1), tmp_path / "answers.xlsx")

    with zipfile.ZipFile(tmp_path / "answers.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
    cells = openpyxl.load_workbook(tmp_path / "answers.xlsx")["Réponses"]
    assert [(c.value, c.data_type) for c in cells[2][1:3]] == [("=SUM(A1:A9)", "s"), (FORMULA, "s")]
    assert cells.freeze_panes == "A2" and cells["A1"].font.bold


def test_the_demo_answers_survive_a_round_trip(tmp_path, demo_path):
    with open_document(demo_path, readonly=True) as demo:
        for assessment in demo.assessments():
            out = tmp_path / f"{assessment.questionnaire_id}.xlsx"
            export_answers(demo, assessment, out)
            profile = demo.organisation.profile
            with Diagnostic.create(
                tmp_path / f"{assessment.questionnaire_id}.bodiag", "Copy",
                phase=profile.phase, headcount=profile.headcount, outsourcing=profile.outsourcing,
            ) as copy:
                record = copy.start(assessment.questionnaire_id)
                import_answers(copy, record, out)
                mine = {q: (r.value, r.note, r.respondent) for q, r in copy.answers(record).items()}
                theirs = {q: (r.value, r.note, r.respondent) for q, r in demo.answers(assessment).items()}
                assert mine == theirs
                assert copy.score(record).score == demo.score(assessment).score


def _sheet(path: Path, rows: list[list], title: str = "Feuil1") -> Path:
    workbook = openpyxl.Workbook()
    workbook.active.title = title
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_french_headers_below_a_title_and_numbers_in_cells(tmp_path, kinds_path):
    source = _sheet(tmp_path / "in.xlsx", [
        ["Réponses de l’atelier du 3 mars"],
        [],
        ["Question", "Réponse", "Commentaire", "Répondant"],
        ["scale", 1, "par sa valeur", "Chloé"],
        [],
        ["number", 4, None, None],
        ["list", "b; a", 12, None],
    ])
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        assert import_answers(diagnostic, diagnostic.assessment(1), source) == 3
        state = _state(diagnostic)
    assert state["scale"][0].option == "done" and state["scale"][1:] == ("par sa valeur", "Chloé")
    assert state["number"][0].number == 4
    assert state["list"][0].items == ("a", "b") and state["list"][1] == "12"


def test_every_bad_row_is_reported_with_its_row_number_and_nothing_is_written(tmp_path, kinds_path):
    source = _sheet(tmp_path / "bad.xlsx", [
        ["Résultats"],
        ["question", "value", "note"],
        ["scale", "done", "bien"],
        ["nope", "done", None],
        ["list", "a, z", None],
        ["number", "beaucoup", None],
        [None, "done", None],
        ["scale", "none", None],
    ], title="Réponses")
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        assessment = diagnostic.assessment(1)
        diagnostic.answer(assessment, "scale", "none", note="avant")
        before, history = _state(diagnostic), diagnostic.history(assessment)
        with pytest.raises(ImportRejected) as info:
            import_answers(diagnostic, assessment, source)
        assert _state(diagnostic) == before and diagnostic.history(assessment) == history
    assert info.value.problems == [
        "row 4: no question 'nope' in questionnaire 'kinds'",
        "row 5: question 'list': unknown item 'z' (items: a, b, c)",
        "row 6: question 'number': 'beaucoup' is not a number (jours)",
        "row 7: no question id",
        "row 8: question 'scale' already given in row 3",
    ]
    assert str(info.value).startswith(f"{source}: nothing imported: row 4: ")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"question,value\nq1,none\n", "not an .xlsx spreadsheet"),
        (b"", "not an .xlsx spreadsheet"),
    ],
    ids=["csv-named-xlsx", "empty"],
)
def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path, kinds_path, content, message):
    (tmp_path / "in.xlsx").write_bytes(content)
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        with pytest.raises(InputError, match=message):
            import_answers(diagnostic, diagnostic.assessment(1), tmp_path / "in.xlsx")


def test_spreadsheet_limits(tmp_path, kinds_path, monkeypatch):
    rows = [["question", "value"]] + [["scale", "done"]] * 30
    source = _sheet(tmp_path / "in.xlsx", rows)
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        assessment = diagnostic.assessment(1)
        monkeypatch.setattr(xlsx, "MAX_ROWS", 20)
        with pytest.raises(InputError, match="more than 20 rows: refused"):
            import_answers(diagnostic, assessment, source)
        monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", 1000)
        with pytest.raises(InputError, match="unpacks to more than"):
            import_answers(diagnostic, assessment, source)
        monkeypatch.setattr(xlsx, "MAX_XLSX_BYTES", 100)
        with pytest.raises(InputError, match="larger than"):
            import_answers(diagnostic, assessment, source)
        with pytest.raises(InputError, match=r"save the spreadsheet as \.xlsx"):
            import_answers(diagnostic, assessment, tmp_path / "old.xls")
        assert diagnostic.answers(assessment) == {}


@pytest.mark.parametrize("more", [0, 9], ids=["short", "long"])
def test_a_sheet_without_the_columns_is_refused(tmp_path, kinds_path, more):
    source = _sheet(tmp_path / "in.xlsx", [[], ["id", "réponse?"], ["scale", "done"]] + [["x", "y"]] * more)
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        with pytest.raises(InputError, match="row 2 must name the columns 'question' and 'value'"):
            import_answers(diagnostic, diagnostic.assessment(1), source)
    _sheet(source, [])
    with _new(tmp_path / "b.bodiag", kinds_path) as diagnostic:
        with pytest.raises(InputError, match="the spreadsheet is empty"):
            import_answers(diagnostic, diagnostic.assessment(1), source)


@pytest.mark.parametrize(
    ("note", "message"),
    [("bip\x07", "control character U\\+0007"), ("n" * (xlsx.MAX_CELL_CHARS + 1), "more than a spreadsheet cell holds")],
    ids=["control-character", "too-long"],
)
def test_a_note_a_spreadsheet_cannot_hold_is_refused_and_nothing_written(tmp_path, kinds_path, note, message):
    assert len(note) <= MAX_NOTE
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        diagnostic.answer(diagnostic.assessment(1), "scale", "done", note=note)
        with pytest.raises(InputError, match=message) as info:
            export_answers(diagnostic, diagnostic.assessment(1), tmp_path / "out.xlsx")
    assert "question 'scale'" in str(info.value)
    assert not (tmp_path / "out.xlsx").exists()
    assert not [name for name in listing(tmp_path) if name.endswith(".tmp")]


def test_unknown_file_types_name_xlsx(tmp_path, kinds_path):
    with _new(tmp_path / "a.bodiag", kinds_path) as diagnostic:
        with pytest.raises(InputError, match=r"expected \.csv, \.json or \.xlsx"):
            export_answers(diagnostic, diagnostic.assessment(1), tmp_path / "out.txt")
    assert answer_files.FILE_TYPES == "expected .csv, .json or .xlsx"
