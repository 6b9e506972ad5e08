"""The roadmap's columns of the action-plan files: wave, workload, milestone, depends on — out and back in."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from bodiag.services import action_plan, roadmap
from bodiag.services.action_files import ImportResult, export_actions, import_actions
from bodiag.services.answer_files import ImportRejected
from tests.actions.test_action_files import read_csv, write_csv


@pytest.fixture
def planned(diagnostic):
    first = action_plan.add(diagnostic, "Cartographier les processus", effort="high")
    second = action_plan.add(diagnostic, "Choisir l’outil", effort="medium")
    roadmap.set_fields(diagnostic, first.id, wave="0-6", workload="12,5", milestone="Carte validée")
    roadmap.set_fields(diagnostic, second.id, wave="6-18")
    roadmap.depend(diagnostic, second.id, first.id)
    return first, second


def _by_title(diagnostic):
    return {p.title: p for p in roadmap.store.planned(diagnostic.document)}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_roadmap_goes_out_and_comes_back_unchanged(diagnostic, planned, tmp_path, suffix):
    path = tmp_path / f"plan{suffix}"
    export_actions(diagnostic, path)
    before = _by_title(diagnostic)
    assert import_actions(diagnostic, path) == ImportResult(created=0, updated=0, unchanged=2)
    assert _by_title(diagnostic) == before


def test_csv_cells(diagnostic, planned, tmp_path):
    first, second = planned
    path = tmp_path / "plan.csv"
    export_actions(diagnostic, path)
    header, *rows = read_csv(path)
    assert header[-4:] == ["Vague", "Charge (jours-personne)", "Jalon", "Dépend de"]
    cells = {row[2]: row[-4:] for row in rows}
    assert cells == {"Cartographier les processus": ["0–6 mois", "12,5", "Carte validée", ""],
                     "Choisir l’outil": ["6–18 mois", "", "", first.uuid]}


def test_xlsx_cells(diagnostic, planned, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_actions(diagnostic, path)
    ws = load_workbook(path).active
    rows = {r[2].value: [c.value for c in r[10:14]] for r in ws.iter_rows(min_row=2)}
    assert rows["Cartographier les processus"] == ["0–6 mois", 12.5, "Carte validée", None]


def test_editing_the_file_moves_actions_and_adds_new_ones_with_dependencies(diagnostic, planned, tmp_path):
    first, second = planned
    path = tmp_path / "plan.csv"
    export_actions(diagnostic, path)
    header, *rows = read_csv(path)
    for row in rows:
        if row[1] == second.uuid:
            row[-4:] = ["18-36", "4", "Outil choisi", f"{first.id}"]
    rows.append(["", "", "Former l’équipe", "", "", "", "", "", "", "", "18–36 mois", "", "", "Choisir l’outil"])
    rows.append(["", "", "Écrire les fiches", "", "", "", "", "", "", "", "", "2", "", "Former l’équipe"])
    write_csv(path, [header, *rows])
    assert import_actions(diagnostic, path) == ImportResult(created=2, updated=1, unchanged=1)
    now = _by_title(diagnostic)
    assert (now["Choisir l’outil"].wave, now["Choisir l’outil"].workload_days, now["Choisir l’outil"].milestone) == (
        "w18_36", 4.0, "Outil choisi")
    assert now["Former l’équipe"].depends_on == (second.id,) and now["Former l’équipe"].wave == "w18_36"
    assert now["Écrire les fiches"].depends_on == (now["Former l’équipe"].id,) and now["Écrire les fiches"].wave is None


def test_a_cycle_an_unknown_dependency_or_a_bad_wave_is_refused_and_nothing_written(diagnostic, planned, tmp_path):
    first, second = planned
    path = tmp_path / "plan.csv"
    export_actions(diagnostic, path)
    header, *rows = read_csv(path)
    for row in rows:
        if row[1] == first.uuid:
            row[-1] = "Choisir l’outil"  # the tool already depends on the map
    write_csv(path, [header, *rows])
    before = _by_title(diagnostic)
    with pytest.raises(ImportRejected) as caught:
        import_actions(diagnostic, path)
    assert caught.value.problems == [
        f"row 3: the dependencies close a cycle: action {second.id} cannot depend on action {first.id}: "
        f"action {first.id} already depends on it (a cycle)"]
    rows[0][-1] = "Une action inconnue"
    rows[1][-4] = "7-9"
    write_csv(path, [header, *rows])
    with pytest.raises(ImportRejected) as caught:
        import_actions(diagnostic, path)
    assert len(caught.value.problems) == 2
    assert "unknown wave '7-9'" in caught.value.problems[1] and "Une action inconnue" in caught.value.problems[0]
    assert _by_title(diagnostic) == before


def test_a_file_without_the_roadmap_columns_leaves_the_roadmap_alone(diagnostic, planned, tmp_path):
    first, _ = planned
    path = tmp_path / "plan.csv"
    write_csv(path, [["Identifiant", "Titre"], [first.uuid, "Cartographier les processus clés"]])
    assert import_actions(diagnostic, path) == ImportResult(created=0, updated=1, unchanged=0)
    assert _by_title(diagnostic)["Cartographier les processus clés"].wave == "w0_6"


def test_each_action_carries_the_number_the_roadmap_names_it_by_gaps_and_all(diagnostic, planned, tmp_path):
    first, second = planned
    third = action_plan.add(diagnostic, "Former l’équipe")
    roadmap.depend(diagnostic, third.id, second.id)
    action_plan.delete(diagnostic, first.id)  # a gap: numbers are never handed on
    shown = {a.title: a.id for a in roadmap.view(diagnostic).actions}  # as the roadmap prints them
    assert shown == {"Choisir l’outil": second.id, "Former l’équipe": third.id} and first.id not in shown.values()
    csv_path, xlsx_path = tmp_path / "plan.csv", tmp_path / "plan.xlsx"
    export_actions(diagnostic, csv_path)
    export_actions(diagnostic, xlsx_path)
    header, *rows = read_csv(csv_path)
    assert header[0] == "N°" and {row[2]: int(row[0]) for row in rows} == shown
    ws = load_workbook(xlsx_path).active
    assert {r[2].value: r[0].value for r in ws.iter_rows(min_row=2)} == shown
    assert import_actions(diagnostic, xlsx_path) == ImportResult(created=0, updated=0, unchanged=2)
