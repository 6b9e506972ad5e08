"""A questionnaire as a workbook for review, and back: the same questionnaire, or problems located by cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bodiag.cli import main
from bodiag.domain.loader import QuestionnaireError, load_file
from bodiag.errors import ExitCode, InputError
from bodiag.services.catalog import bundled_files
from bodiag.services.questionnaire_sheet_layout import SHEETS
from bodiag.services.questionnaire_sheets import SheetProblems, questionnaire_from_xlsx, questionnaire_to_xlsx
from tests.conftest import DATA
from tests.storage.storage_helpers import listing

EVERYTHING = """\
format: 1
id: everything
version: "2.1.3"
title: {fr: "Tout : chaque champ", en: Everything}
description: {fr: "=Une description qui ressemble à une formule"}
source: {title: Test, reference: tests, url: "https://example.invalid/source"}
license: CC-BY-4.0
dont_know: lowest
levels: 4
target: 60
scales:
  - id: yesno
    label: Oui ou non
    options:
      - {id: "no", label: Non, value: 0}
      - {id: "yes", label: Oui, value: 1, description: {fr: Fait, en: Done}}
      - {id: dk, label: Je ne sais pas, dont_know: true}
  - id: level4
    options:
      - {id: l1, label: Un, value: 1.5}
      - {id: l2, label: Deux, value: 2.25}
      - {id: l3, label: Trois, value: 3}
      - {id: l4, label: Quatre, value: 4}
bands:
  - {id: low, min: 0, max: 33.3, label: Bas, color: "#aa0000"}
  - {id: high, min: 33.3, max: 100, label: {fr: Haut, en: High}, meaning: Bien}
sections:
  - id: outer
    title: Dehors
    weight: 2.5
    weight_by_profile: {phase: {growth: 2, sale_transfer: 0.5}, headcount: {micro: 1.25}}
    target: 80
    questions:
      - id: first
        kind: scale
        scale: yesno
        text: "Première ? Oui : non"
        tags: [governance, people]
        recommendations:
          - {levels: ["no"], title: Agir, why: Parce que, how: Ainsi, effort: low, impact: high, horizon: long}
      - id: ticks
        kind: checklist
        polarity: negative
        scored: false
        text: Cochez
        items:
          - {id: a.b, label: A, help: {fr: Aide, en: Help}, weight: 2}
          - {id: c-d, label: C}
        recommendations:
          - {id: ticks.fix, items: [a.b], title: Corriger, why: Car, how: Comme ça}
    sections:
      - id: middle
        title: Milieu
        sections:
          - id: inner
            title: Dedans
            description: {fr: Profond, en: Deep}
            questions:
              - id: grid
                kind: grid
                scale: level4
                text: Grille
                help: Aide
                visible_if: {all: [{question: first, in: ["yes"]}, {not: {profile: phase, in: [growth]}},
                                   {any: [{question: ticks, answered: true}, {profile: headcount, in: [micro, small]}]}]}
                levels: {l1: Un, l2: {fr: Deux, en: Two}, l3: Trois, l4: Quatre}
              - id: days
                kind: numeric
                scale: level4
                text: Délai
                unit: {fr: jours, en: days}
                direction: lower_is_better
                thresholds: [2.5, 5, 10]
                min: 0
                max: 365
                weight: 0.75
              - {id: why, kind: text, text: Pourquoi ?}
verdict:
  title: Alors ?
  undetermined: On ne sait pas
  rules:
    - id: bad
      label: Mauvais
      when: all
      criteria:
        - {metric: score, below: 40, reason: "Score {value}"}
        - {metric: section_score, section: inner, below: 30, reason: Dedans faible}
    - id: good
      label: Bon
      meaning: Très bien
      criteria:
        - {metric: ticked, question: ticks, at_least: 0, reason: "{items}"}
kpis:
  - {id: k1, label: Indicateur, why: Parce que, unit: "%", profiles: {phase: [growth, stable]}}
  - {id: k2, label: Autre}
"""


@pytest.fixture
def everything(tmp_path) -> Path:
    path = tmp_path / "everything.yaml"
    path.write_text(EVERYTHING, encoding="utf-8")
    assert load_file(path).problems == []
    return path


QUESTIONNAIRES = [*bundled_files(), DATA / "mini.yaml"]


@pytest.mark.parametrize("source", QUESTIONNAIRES, ids=[p.stem for p in QUESTIONNAIRES])
def test_a_bundled_questionnaire_goes_to_xlsx_and_back_unchanged(tmp_path, source, capsys):
    workbook, rebuilt = tmp_path / "review.xlsx", tmp_path / "rebuilt.yaml"
    questionnaire_to_xlsx(source, workbook)
    returned = questionnaire_from_xlsx(workbook, rebuilt)

    assert main(["validate", str(rebuilt)]) == ExitCode.OK
    assert capsys.readouterr().out == ""
    original = load_file(source).raise_for_problems()
    assert load_file(rebuilt).raise_for_problems() == original == returned
    assert listing(tmp_path) == ["rebuilt.yaml", "review.xlsx"]


def test_every_field_goes_to_xlsx_and_back_unchanged(tmp_path, everything):
    questionnaire_to_xlsx(everything, tmp_path / "review.xlsx")
    questionnaire_from_xlsx(tmp_path / "review.xlsx", tmp_path / "rebuilt.yaml")
    assert load_file(tmp_path / "rebuilt.yaml").raise_for_problems() == load_file(everything).raise_for_problems()
    text = (tmp_path / "rebuilt.yaml").read_text(encoding="utf-8")
    assert "weight: 1\n" not in text and "en: null" not in text  # defaults left out


def test_the_workbook_is_laid_out_for_a_reviewer(tmp_path, everything):
    questionnaire_to_xlsx(everything, tmp_path / "review.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "review.xlsx")

    assert workbook.sheetnames == ["Lisez-moi", *(sheet.name for sheet in SHEETS)]
    for sheet in SHEETS:
        ws = workbook[sheet.name]
        assert [c.value for c in ws[1]] == [c.header for c in sheet.columns]
        assert ws.freeze_panes == "A2" and all(c.font.bold for c in ws[1])
        assert ws.column_dimensions["A"].width == sheet.columns[0].width
    questions = workbook["Questions"]
    assert [c.value for c in questions["A"]][1:] == ["first", "ticks", "grid", "days", "why"]
    grid = questions[4]
    assert grid[12].value.startswith("{all: [{question: first, in: [\"yes\"]}, {not: {profile: phase, in: [growth]}}")
    assert questions["E4"].alignment.wrap_text
    assert '"scale,grid,checklist,numeric,text"' in [v.formula1 for v in questions.data_validations.dataValidation]
    description = next(r for r in workbook["Questionnaire"].iter_rows() if r[0].value == "description.fr")[2]
    assert (description.value, description.data_type) == ("=Une description qui ressemble à une formule", "s")
    assert workbook["Questionnaire"]["C4"].value == "2.1.3"  # the version stays text


def _review(source: Path, tmp_path: Path, edit) -> Path:
    workbook_path = tmp_path / "review.xlsx"
    questionnaire_to_xlsx(source, workbook_path)
    workbook = openpyxl.load_workbook(workbook_path)
    edit(workbook)
    workbook.save(workbook_path)
    return workbook_path


def test_a_reviewed_sheet_comes_back_with_its_changes(tmp_path, mini_path):
    def edit(workbook):
        questions = workbook["Questions"]
        questions["E2"] = "Première question, relue ?"
        questions["F2"] = "First question, reviewed?"
        questions["U1"], questions["U2"] = "Commentaire", "Reformulée avec Claire"
        workbook["Sections"]["G2"] = "2"
        recommendations = workbook["Recommandations"]
        recommendations.append(["q1", None, "identified", None, "Autre", None, "Pourquoi", None, "Comment"])

    workbook = _review(mini_path, tmp_path, edit)
    questionnaire_from_xlsx(workbook, tmp_path / "mini.yaml")

    rebuilt = load_file(tmp_path / "mini.yaml").raise_for_problems()
    q1 = rebuilt.questions_by_id["q1"]
    assert (q1.text.fr, q1.text.en) == ("Première question, relue ?", "First question, reviewed?")
    assert [r.title.fr for r in q1.recommendations] == ["Faire quelque chose", "Autre"]
    assert rebuilt.sections[0].weight == 2


def test_problems_in_a_reviewed_sheet_say_their_sheet_row_and_column(tmp_path, mini_path):
    def edit(workbook):
        questions = workbook["Questions"]
        questions["D2"] = "lvl"
        questions.append(["q1", "s1", "scale", "readiness", "Encore ?"])
        questions["M3"] = "{question: q9, in: [decided]}"
        workbook["Paliers"]["C3"] = 60
        workbook["Niveaux"]["B3"] = "l7"

    workbook = _review(mini_path, tmp_path, edit)
    with pytest.raises(SheetProblems) as info:
        questionnaire_from_xlsx(workbook, tmp_path / "mini.yaml")

    assert info.value.problems == [
        f"{workbook}: sheet 'Paliers', row 4, column B (Min): bands leave a hole between 60 and 70",
        f"{workbook}: sheet 'Questions', row 2, column D (Échelle): unknown scale 'lvl' (known: readiness, level5)",
        f"{workbook}: sheet 'Questions', row 3, column A (Question): missing level descriptor for l2",
        f"{workbook}: sheet 'Questions', row 3, column M (Visible si): unknown question 'q9'",
        f"{workbook}: sheet 'Questions', row 4, column A (Question): duplicate question id 'q1' "
        "(first used at sheet 'Questions', row 2, column A (Question))",
        f"{workbook}: sheet 'Niveaux', row 3, column B (Niveau): 'l7' is not a scored option of scale 'level5' "
        "(expected: l1, l2, l3, l4, l5)",
    ]
    assert info.value.exit_code == ExitCode.PROBLEMS
    assert not (tmp_path / "mini.yaml").exists()


def test_unreadable_cells_are_located_too(tmp_path, mini_path):
    def edit(workbook):
        questions = workbook["Questions"]
        questions["I3"] = "deux"
        questions["M3"] = "{question: q1, in: [decided"
        questions["V1"] = "Bizarre"
        questions.append(["q5", "s9", "text", None, "Texte"])
        workbook["Questionnaire"]["C4"] = 1.0
        workbook["Sections"].append(["s2", "nope", "Sous-section"])
        del workbook["Paliers"]

    workbook = _review(mini_path, tmp_path, edit)
    with pytest.raises(SheetProblems) as info:
        questionnaire_from_xlsx(workbook, tmp_path / "mini.yaml")

    problems = [p.removeprefix(f"{workbook}: ") for p in info.value.problems]
    assert problems == [
        "sheet 'Questionnaire', row 4, column C (Valeur): the version must be text such as '1.0' (the spreadsheet "
        "turned it into a number: type it again after an apostrophe, '1.0)",
        "sheet 'Paliers': this sheet is missing",
        "sheet 'Sections', row 3, column B (Section parente): unknown parent section 'nope' "
        "(a parent section comes on an earlier row)",
        "sheet 'Questions', row 1, column V (Bizarre): unknown column",
        "sheet 'Questions', row 3, column I (Poids): 'deux' is not a number",
        "sheet 'Questions', row 3, column M (Visible si): not valid YAML: YAML syntax: while parsing a flow "
        "sequence expected ',' or ']', but got '<stream end>'",
        "sheet 'Questions', row 4, column B (Section): unknown section 's9' (see the sheet 'Sections')",
    ]
    assert not (tmp_path / "mini.yaml").exists()


def test_thresholds_written_with_commas_get_a_hint(tmp_path, everything):
    def edit(workbook):
        workbook["Questions"]["R5"] = "2, 5, 10"

    workbook = _review(everything, tmp_path, edit)
    with pytest.raises(SheetProblems, match=r"column R \(Seuils\): '2, 5, 10' is not a number \(separate numbers with ';'"):
        questionnaire_from_xlsx(workbook, tmp_path / "out.yaml")


def test_a_questionnaire_with_problems_is_not_exported(tmp_path, mini_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_path.read_text(encoding="utf-8").replace("scale: level5", "scale: lvl"), encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="unknown scale 'lvl'"):
        questionnaire_to_xlsx(bad, tmp_path / "out.xlsx")
    assert listing(tmp_path) == ["bad.yaml"]


def test_a_text_no_cell_can_hold_is_refused_with_its_place(tmp_path, mini_path):
    source = tmp_path / "mini.yaml"
    source.write_text(mini_path.read_text(encoding="utf-8").replace("text: Critère", 'text: "Crit\\x01ère"'),
                      encoding="utf-8")
    assert load_file(source).problems == []
    with pytest.raises(InputError) as info:
        questionnaire_to_xlsx(source, tmp_path / "out.xlsx")
    assert str(info.value) == (f"{tmp_path / 'out.xlsx'}: not written: sheet 'Questions', row 3: "
                               "contains the control character U+0001, which a spreadsheet cannot hold")
    assert listing(tmp_path) == ["mini.yaml"]
