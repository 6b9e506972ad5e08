"""The roadmap in the PDF: the board note's roadmap at a glance, the timeline, the totals, the warnings, the table."""

from __future__ import annotations

import shutil

import pytest

from bodiag.domain import i18n
from bodiag.services import roadmap
from bodiag.services.documents import open_document
from tests.report.conftest import render_report, spaced


@pytest.fixture(scope="module")
def planned_demo(tmp_path_factory):
    """The demo's whole story, with a milestone naming its owner and two actions placed in a wave too small for them."""
    from bodiag.services.demo import build_demo

    path = tmp_path_factory.mktemp("roadmap") / "demo.bodiag"
    with build_demo(path) as diagnostic:
        view = roadmap.view(diagnostic)
        first = next(a for a in view.actions if a.wave == "w0_6" and a.owner)
        roadmap.set_fields(diagnostic, first.id, milestone=f"Validé par {first.owner}")
        later = [a for a in view.actions if a.id != first.id][-2:]
        for action in later:
            roadmap.place(diagnostic, action.id, "6-18")
        roadmap.set_wave(diagnostic, "6-18", capacity="2", budget="100")
    return path


@pytest.fixture(scope="module")
def planned_report(planned_demo):
    with open_document(planned_demo, readonly=True) as diagnostic:
        return render_report(diagnostic, deterministic=True, plan_only=True), roadmap.view(diagnostic)


def test_the_board_note_says_what_happens_in_the_next_six_months_and_at_what_cost(planned_report):
    report, view = planned_report
    note = spaced(report.board_note())
    assert "La feuille de route en un coup d’œil" in note
    first = view.wave_totals("w0_6")
    number = lambda v: i18n.number(v, "fr", 1, trim=True)  # noqa: E731
    assert (f"Dans les six prochains mois : {first.actions} actions, {number(first.workload_days)} jours-personne pour "
            f"une capacité de {number(first.capacity_days)}") in note
    for total in view.totals:
        assert spaced(i18n.tr(f"rm_wave_{total.wave}", "fr")) + " :" in note
    assert "surchargée" in note  # 6–18 months has 2 person-days for more
    assert "▲ La vague 6–18 mois est surchargée" in note and "▲ La vague 6–18 mois dépasse son budget" in note


def test_the_plan_has_the_timeline_the_totals_the_warnings_and_every_action(planned_report):
    report, view = planned_report
    pages = {heading: page for heading, level, page in report.headings}
    assert "Feuille de route" in pages and pages["Feuille de route"] > pages["Ce qu’il y a à faire, par ordre de priorité"]
    part = spaced(" ".join(report.pages[pages["Feuille de route"] - 1:]))
    for heading in ("Par vague", "Points d’attention", "Jalon", "Dépend de"):
        assert heading in part
    assert "action (longueur : sa charge)" in part and "vague surchargée" in part  # the timeline's legend
    assert "La vague 6–18 mois est surchargée" in part and "La vague 6–18 mois dépasse son budget" in part
    for action in view.actions:
        assert spaced(action.title)[:30] in part


def test_the_anonymised_roadmap_names_nobody(planned_demo):
    with open_document(planned_demo, readonly=True) as diagnostic:
        owners = {a.owner for a in roadmap.view(diagnostic).actions if a.owner}
        report = render_report(diagnostic, deterministic=True, anonymise=True, plan_only=True)
    assert owners
    for name in (*owners, "Claire", "Nadine", "Julien"):
        assert name not in report.text, name
    assert "Validé par Personne" in spaced(report.text)


def test_in_english(planned_demo):
    with open_document(planned_demo, readonly=True) as diagnostic:
        report = render_report(diagnostic, deterministic=True, lang="en", plan_only=True)
    note = spaced(report.board_note())
    assert "The roadmap at a glance" in note and "In the next six months:" in note
    assert "Timeline" not in note and "The 6–18 months wave is overloaded" in spaced(report.text)


def test_without_actions_the_roadmap_says_it_fills_as_the_plan_is_decided(demo_master, tmp_path):
    path = tmp_path / "demo.bodiag"
    shutil.copyfile(demo_master, path)
    with open_document(path, readonly=True) as diagnostic:
        report = render_report(diagnostic, deterministic=True, plan_only=True)
    assert "la feuille de route se remplit à mesure que le plan d’action se décide" in spaced(report.text)


def test_a_long_roadmap_draws_its_first_actions_and_lists_them_all(demo_master, tmp_path):
    from bodiag.report.roadmap import MAX_BARS
    from bodiag.services import action_plan

    path = tmp_path / "demo.bodiag"
    shutil.copyfile(demo_master, path)
    with open_document(path) as diagnostic:
        for n in range(1, MAX_BARS + 3):
            action_plan.add(diagnostic, f"Action numéro {n}", effort="low")
        report = render_report(diagnostic, deterministic=True, plan_only=True)
    text = spaced(report.text)
    assert f"Le calendrier montre les {MAX_BARS} premières actions sur {MAX_BARS + 2}." in text
    assert f"Action numéro {MAX_BARS + 2}" in text  # the table lists it
