"""The action plan to and from CSV and XLSX: round trips that update, bad rows, text that stays text."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from bodiag.errors import InputError, WriteError
from bodiag.services import action_files, action_plan
from bodiag.services.action_files import HEADERS, ImportResult, export_actions, import_actions
from bodiag.services.answer_files import ImportRejected


def read_csv(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


def write_csv(path, rows, delimiter=";", encoding="utf-8-sig") -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))


@pytest.fixture
def plan(diagnostic, assessment):
    """Two actions: one from the recommendation of q1, one of the user's own."""
    (recommended,) = action_plan.from_recommendations(diagnostic, assessment)
    own = action_plan.add(
        diagnostic, "Choisir un prestataire", assessment=assessment, owner="Alice", deadline="2025-03-31",
        status="in_progress", cost="1 234,50", effort="high", question_ids=["q1", "q2"], notes="ligne 1\nligne 2; « fin »",
    )
    return recommended, own


def test_csv_is_for_french_excel(diagnostic, plan, tmp_path):
    recommended, own = plan
    path = tmp_path / "plan.csv"
    assert export_actions(diagnostic, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfN\xc2\xb0;Identifiant;Titre;Responsable;\xc3\x89ch\xc3\xa9ance;Statut;")
    assert b"\r\n" in raw
    rows = read_csv(path)
    assert rows[0] == list(HEADERS)
    assert rows[1] == [str(recommended.number), recommended.uuid, "Faire quelque chose", "", "", "à faire", "", "moyen", "q1", "Comme ça",
                       "", "", "", ""]
    assert rows[2] == [str(own.number), own.uuid, "Choisir un prestataire", "Alice", "31/03/2025", "en cours", "1234,5", "élevé", "q1, q2",
                       "ligne 1\nligne 2; « fin »", "", "", "", ""]


def test_csv_round_trip_updates_and_creates_never_duplicates(diagnostic, assessment, plan, tmp_path):
    recommended, own = plan
    path = tmp_path / "plan.csv"
    export_actions(diagnostic, path)
    assert import_actions(diagnostic, path) == ImportResult(created=0, updated=0, unchanged=2)
    rows = read_csv(path)
    rows[1][0] = "999"  # the number is read, never imported: the Identifiant says which action a row is
    rows[1][3], rows[1][4], rows[1][5], rows[1][6] = "Bruno", "15/04/2025", "Terminée", "2 500,00"
    rows.append(["", "", "Former l'équipe", "Chloé", "2025-06-30", "", "300", "faible", "", ""])
    write_csv(path, rows)
    assert import_actions(diagnostic, path) == ImportResult(created=1, updated=1, unchanged=1)
    actions = {a.title: a for a in action_plan.list_actions(diagnostic)}
    assert len(actions) == 3
    done = actions["Faire quelque chose"]
    assert (done.id, done.owner, done.deadline, done.status, done.cost) == (recommended.id, "Bruno", "2025-04-15", "done", 2500.0)
    assert done.completed_at is not None and done.question_ids == ("q1",) and done.recommendation_id == "q1.1"
    new = actions["Former l'équipe"]
    assert (new.owner, new.deadline, new.status, new.cost, new.effort, new.assessment_id) == (
        "Chloé", "2025-06-30", "todo", 300.0, "low", None
    )
    assert actions["Choisir un prestataire"] == own
    # the same file again: its new row has become an action, so it is refused rather than made twice
    with pytest.raises(ImportRejected) as caught:
        import_actions(diagnostic, path)
    assert caught.value.problems == [
        f"row 4: 'Former l'équipe' is already the title of action {new.id}: "
        "give its 'Identifiant' to update it, or change the title"
    ]
    assert len(action_plan.list_actions(diagnostic)) == 3


def test_xlsx_is_formatted_for_people(diagnostic, plan, tmp_path):
    recommended, own = plan
    path = tmp_path / "plan.xlsx"
    assert export_actions(diagnostic, path) == 2
    ws = load_workbook(path).active
    assert ws.title == "Plan d'action"
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width <= 8  # the number: narrow
    assert ws.column_dimensions["C"].width >= 40 and ws.column_dimensions["J"].width >= 40
    row = {h: c for h, c in zip(HEADERS, ws[3])}
    assert row["N°"].value == own.number and row["N°"].data_type == "n"
    assert row["Identifiant"].value == own.uuid
    assert row["Échéance"].value == datetime(2025, 3, 31) and row["Échéance"].is_date
    assert row["Échéance"].number_format == "DD/MM/YYYY"
    assert row["Coût estimé (€)"].value == 1234.5 and row["Coût estimé (€)"].data_type == "n"
    assert "€" in row["Coût estimé (€)"].number_format
    assert (row["Statut"].value, row["Effort"].value, row["Questions liées"].value) == ("en cours", "élevé", "q1, q2")
    checks = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert checks == {"F2:F1000": '"à faire,en cours,terminée,abandonnée"', "H2:H1000": '"faible,moyen,élevé"',
                      "K2:K1000": '"0–6 mois,6–18 mois,18–36 mois,36–60 mois"'}


def test_xlsx_round_trip_with_excel_dates_and_typed_dates(diagnostic, plan, tmp_path):
    recommended, own = plan
    path = tmp_path / "plan.xlsx"
    export_actions(diagnostic, path)
    wb = load_workbook(path)
    ws = wb.active
    ws["E2"] = datetime(2025, 5, 20)  # a real Excel date
    ws["F2"] = "en cours"
    ws["G2"] = 99.9
    ws["E3"] = "01/02/2026"  # typed as text, French order
    ws["D3"] = None  # cleared owner
    ws.append([None, None, "Nouvelle action", "Dora", date(2025, 9, 1), "abandonnée", None, "moyen", "q2", "à suivre"])
    wb.save(path)
    assert import_actions(diagnostic, path) == ImportResult(created=1, updated=2, unchanged=0)
    actions = {a.title: a for a in action_plan.list_actions(diagnostic)}
    assert len(actions) == 3
    first = actions["Faire quelque chose"]
    assert (first.id, first.deadline, first.status, first.cost) == (recommended.id, "2025-05-20", "in_progress", 99.9)
    second = actions["Choisir un prestataire"]
    assert (second.id, second.deadline, second.owner) == (own.id, "2026-02-01", "")
    new = actions["Nouvelle action"]
    assert (new.owner, new.deadline, new.status, new.effort, new.question_ids, new.notes) == (
        "Dora", "2025-09-01", "dropped", "medium", ("q2",), "à suivre"
    )


def test_english_headers_labels_comma_separator_and_windows_1252(diagnostic, assessment, tmp_path):
    path = tmp_path / "plan.csv"
    header = ["Identifier", "Title", "Owner", "Deadline", "Status", "Estimated cost (€)", "Effort", "Linked questions", "Notes"]
    write_csv(path, [header, ["", "Plan B", "Eve", "2025-07-14", "in progress", "1,500.25", "High", "q1 q2", "é"]],
              delimiter=",", encoding="cp1252")
    assert import_actions(diagnostic, path, assessment) == ImportResult(created=1, updated=0, unchanged=0)
    (action,) = action_plan.list_actions(diagnostic)
    assert (action.title, action.owner, action.deadline, action.status, action.cost, action.effort, action.notes) == (
        "Plan B", "Eve", "2025-07-14", "in_progress", 1500.25, "high", "é"
    )
    assert (action.assessment_id, action.question_ids) == (assessment.id, ("q1", "q2"))


def test_every_bad_row_is_reported_and_nothing_is_written(diagnostic, plan, tmp_path):
    recommended, own = plan
    before = action_plan.list_actions(diagnostic)
    path = tmp_path / "plan.csv"
    export_actions(diagnostic, path)
    rows = read_csv(path)
    rows[1][4] = "31/02/2025"  # row 2: no such day
    rows[2][6] = "-5"  # row 3
    rows += [
        ["", "", "Statut inconnu", "", "", "plus tard", "", "", "", ""],  # row 4
        ["", "", "Effort inconnu", "", "", "", "", "énorme", "", ""],  # row 5
        ["", "", "", "Sans titre", "", "", "", "", "", ""],  # row 6
        ["", "0000-dead", "Inconnue", "", "", "", "", "", "", ""],  # row 7
        ["", own.uuid, "Doublon", "", "", "", "", "", "", ""],  # row 8
        ["", "", "x" * 301, "", "", "", "", "", "", ""],  # row 9
        ["", "", "Question inconnue", "", "", "", "", "", "q1, q9", ""],  # row 10 (checked against the assessment)
        ["", "", "Coût illisible", "", "", "", "douze", "", "", ""],  # row 11
        ["", "", "Faire quelque chose", "", "", "", "", "", "", ""],  # row 12: an existing title
        ["", "", "Deux fois", "", "", "", "", "", "", ""],  # row 13
        ["", "", "deux  FOIS", "", "", "", "", "", "", ""],  # row 14: the same title as row 13
    ]
    write_csv(path, rows)
    with pytest.raises(ImportRejected) as caught:
        import_actions(diagnostic, path, diagnostic.assessment(1))
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == [f"row {n}" for n in (*range(2, 13), 14)]  # row 13 is good
    assert problems[0] == "row 2: the deadline '31/02/2025' is not a real date (JJ/MM/AAAA or AAAA-MM-JJ)"
    assert problems[1] == "row 3: the cost cannot be negative (got -5)"
    assert problems[2].startswith("row 4: unknown status 'plus tard'")
    assert problems[3].startswith("row 5: unknown effort 'énorme'")
    assert problems[4] == "row 6: the action needs a title"
    assert problems[5].startswith("row 7: no action '0000-dead' in this document")
    assert problems[6] == f"row 8: the action {own.uuid} is already in row 3"
    assert problems[7] == "row 9: the title is longer than 300 characters"
    assert problems[8] == "row 10: no question 'q9' in questionnaire 'mini' (assessment 1)"
    assert problems[9] == "row 11: the cost 'douze' is not a number"
    assert problems[10].startswith(f"row 12: 'Faire quelque chose' is already the title of action {recommended.id}")
    assert problems[11].startswith("row 14: 'deux FOIS' is already the title of row 13")
    assert str(caught.value).startswith(f"{path}: nothing imported: row 2: ")
    assert action_plan.list_actions(diagnostic) == before


def test_formula_looking_text_stays_text_both_ways(diagnostic, tmp_path):
    risky = action_plan.add(diagnostic, "=HYPERLINK(\"http://x\";\"y\")", owner="+33 6 12 34 56 78",
                            notes="@SUM(A1)")
    tricky = action_plan.add(diagnostic, "'=déjà une apostrophe", owner="-moins", notes="\tTab")
    csv_path, xlsx_path = tmp_path / "plan.csv", tmp_path / "plan.xlsx"
    export_actions(diagnostic, csv_path)
    export_actions(diagnostic, xlsx_path)
    rows = {r[1]: r for r in read_csv(csv_path)[1:]}
    assert rows[risky.uuid][2:4] == ["'=HYPERLINK(\"http://x\";\"y\")", "'+33 6 12 34 56 78"]
    assert rows[risky.uuid][9] == "'@SUM(A1)"
    assert rows[tricky.uuid][2:4] == ["''=déjà une apostrophe", "'-moins"]
    ws = load_workbook(xlsx_path).active
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in cells)
    assert not any(c.value.startswith(("=", "+", "-", "@")) for c in cells)
    with zipfile.ZipFile(xlsx_path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    for path in (csv_path, xlsx_path):
        assert import_actions(diagnostic, path) == ImportResult(created=0, updated=0, unchanged=2)
    assert action_plan.find(diagnostic, risky.id) == risky and action_plan.find(diagnostic, tricky.id) == tricky
    # an apostrophe typed in front of a formula-looking text is the spreadsheet convention for "text"
    write_csv(csv_path, [list(HEADERS), ["", "", "'=1+1", "", "", "", "", "", "", ""]])
    import_actions(diagnostic, csv_path)
    assert "=1+1" in [a.title for a in action_plan.list_actions(diagnostic)]


def test_a_real_formula_in_the_workbook_is_refused(diagnostic, plan, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_actions(diagnostic, path)
    wb = load_workbook(path)
    wb.active["G2"] = "=2*600"
    wb.save(path)
    with pytest.raises(ImportRejected) as caught:
        import_actions(diagnostic, path)
    assert caught.value.problems == [
        "row 2: column 'Coût estimé (€)' holds a formula (=2*600): type its value instead"
    ]


def test_files_that_cannot_be_imported(diagnostic, tmp_path, monkeypatch):
    cases = {
        "plan.txt": (b"Titre\nx\n", r"unknown file type \(expected .csv or .xlsx\)"),
        "empty.csv": (b"", "the file is empty"),
        "header.csv": ("Nom;Quand\r\nx;y\r\n".encode(), "row 1 must name the columns, 'Titre' at least"),
        "nothing.csv": ("Titre\r\n\r\n".encode(), "no actions to import"),
        "fake.xlsx": (b"not a zip", "not an Excel workbook"),
        "wrong.xlsx": (_zip_bytes(), "not a readable Excel workbook"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(InputError, match=message):
            import_actions(diagnostic, tmp_path / name)
    monkeypatch.setattr(action_files, "MAX_IMPORT_BYTES", 10)
    (tmp_path / "big.csv").write_bytes(b"Titre\r\n" + b"x" * 20)
    with pytest.raises(InputError, match="larger than"):
        import_actions(diagnostic, tmp_path / "big.csv")
    monkeypatch.setattr(action_files, "MAX_IMPORT_BYTES", 1 << 20)
    monkeypatch.setattr(action_files, "MAX_ROWS", 3)
    (tmp_path / "long.csv").write_bytes(b"Titre\r\n" + b"".join(b"t%d\r\n" % i for i in range(5)))
    with pytest.raises(InputError, match="more than 3 rows"):
        import_actions(diagnostic, tmp_path / "long.csv")
    with pytest.raises(InputError, match="cannot be read"):
        import_actions(diagnostic, tmp_path / "missing.csv")
    assert action_plan.list_actions(diagnostic) == []


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return buffer.getvalue()


def test_export_is_atomic(diagnostic, plan, tmp_path, monkeypatch):
    with pytest.raises(InputError, match="unknown file type"):
        export_actions(diagnostic, tmp_path / "plan.pdf")
    with pytest.raises(WriteError, match="cannot be written"):
        export_actions(diagnostic, tmp_path / "missing" / "plan.csv")
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the previous export")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteError, match="plan.xlsx: cannot be written: the disk is full"):
        export_actions(diagnostic, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".~lock")) == ["acme.bodiag", "plan.xlsx"]
    assert export_actions(diagnostic, target) == 2
    assert load_workbook(target).active.max_row == 3


def test_export_of_one_assessment(diagnostic, plan, tmp_path):
    action_plan.add(diagnostic, "Hors évaluation")
    path = tmp_path / "one.csv"
    assert export_actions(diagnostic, path, diagnostic.assessment(1)) == 2
    assert export_actions(diagnostic, path) == 3
