"""The plan directeur in the PDF: the board note at the front, the plan before the questionnaires' parts."""

from __future__ import annotations

import pytest

from bodiag.domain import i18n
from bodiag.errors import InputError
from bodiag.services.documents import open_document
from bodiag.services.synthesis import synthesis
from tests.report.conftest import render_report, spaced


@pytest.fixture(scope="session")
def story_demo(tmp_path_factory):
    """The demo with its whole story: action plan, workshop and drafted plan directeur."""
    from bodiag.services.demo import build_demo

    path = tmp_path_factory.mktemp("story") / "demo.bodiag"
    build_demo(path).close()
    return path


@pytest.fixture(scope="session")
def story_report(story_demo):
    with open_document(story_demo, readonly=True) as diagnostic:
        return render_report(diagnostic, deterministic=True), synthesis(diagnostic, "fr")


def test_the_board_note_is_the_first_page_after_the_cover(story_report):
    report, expected = story_report
    # one page, or two at its own size when it is far longer than a page (the demo's, of three questionnaires);
    # the contents start on the next one
    note = spaced(report.board_note())
    assert report.headings[1][0] == "Sommaire" and report.headings[1][2] in (3, 4)
    assert note.startswith("Note à la direction")
    assert report.headings[0][:3] == ("Note à la direction", 0, 2)
    for heading in ("Où en est le back-office", "Décisions demandées", "Les trois premières actions", "Scénario",
                    "Risques à ne rien faire"):
        assert heading in note
    for item in expected.first:
        assert spaced(item.title)[:40] in note
    for decision in expected.decisions:
        assert spaced(decision)[:50] in note
    assert "Scénario retenu : Optimiser l’existant en interne" in note
    assert "20 jours-personne (indiquée pour le plan)" in note


def test_the_plan_comes_before_the_parts_with_vision_scenarios_and_priorities(story_report):
    report, expected = story_report
    pages = {heading: page for heading, level, page in report.headings}
    plan_start = pages["Plan directeur"]
    first_part = min(page for heading, level, page in report.headings if level == 0 and heading[:1].isdigit())
    assert plan_start < first_part
    plan = spaced(" ".join(report.pages[plan_start - 1:first_part - 1]))
    assert "Sauvegardes automatiques testées chaque trimestre" in plan  # an ambition the user wrote
    assert "Acquérir de nouvelles solutions" in plan and "35 000" in plan
    assert "si « délai » pèse plus de 7 (aujourd’hui 1)" in plan
    assert "Le moins risqué pour une équipe de trois" in plan
    assert f"{len(expected.items)} actions réunissent les {expected.recommendations} recommandations" in plan
    assert "Externaliser en partie — Externalisation du back-office" in plan  # the verdict, against its scenarios


def test_the_vision_draws_a_radar_of_today_and_the_target_above_each_table(story_demo):
    from bodiag.services.report_content import gather
    from bodiag.domain.report_content import ReportOptions

    with open_document(story_demo, readonly=True) as diagnostic:
        report = render_report(diagnostic, deterministic=True, plan_only=True)
        visions = gather(diagnostic, None, ReportOptions(deterministic=True)).plan.visions
    pages = {heading: page for heading, level, page in report.headings}
    vision = spaced(" ".join(report.pages[pages["Vision cible"] - 1:pages["Scénarios comparés"]]))
    assert vision.count("Aujourd’hui Cible") == sum(1 for v in visions if len(v.parts) >= 3)  # each radar's legend
    grid = next(v for v in visions if v.levels)
    for part in grid.parts:  # each axis: today → target, in levels
        assert f"{i18n.number(part.level, 'fr')} → {i18n.number(part.target_level, 'fr')}" in vision


def test_the_plan_alone(story_demo):
    with open_document(story_demo, readonly=True) as diagnostic:
        full = render_report(diagnostic, deterministic=True)
        alone = render_report(diagnostic, deterministic=True, plan_only=True)
    assert len(alone.pages) < len(full.pages) / 5
    assert [h for h, level, _ in alone.headings if level == 0] == ["Note à la direction", "Plan directeur"]


def test_a_report_of_chosen_assessments_has_no_plan(story_demo, tmp_path):
    from bodiag.services.report_export import export_report

    with open_document(story_demo, readonly=True) as diagnostic:
        report = render_report(diagnostic, deterministic=True, assessment_ids=[1])
        assert "Note à la direction" not in report.text and "Plan directeur" not in [h for h, *_ in report.headings]
        with pytest.raises(InputError, match="made of the whole document"):
            export_report(diagnostic, tmp_path / "x.pdf", assessment_ids=[1], plan_only=True)
    assert not (tmp_path / "x.pdf").exists()


def test_the_anonymised_plan_names_nobody(story_demo):
    with open_document(story_demo, readonly=True) as diagnostic:
        owners = {i.owner for i in synthesis(diagnostic, "fr").first if i.owner}
        plain = render_report(diagnostic, deterministic=True, plan_only=True)
        report = render_report(diagnostic, deterministic=True, anonymise=True, plan_only=True)
    assert owners and all(owner in plain.text for owner in owners)  # the first three name their owners
    for name in (*owners, "Claire", "Vasseur", "Menuiseries", "Nadine", "Julien"):
        assert name not in report.text, name
    assert "Personne 1" in report.text


def test_in_english(story_demo):
    with open_document(story_demo, readonly=True) as diagnostic:
        report = render_report(diagnostic, deterministic=True, lang="en", plan_only=True)
    note = spaced(report.board_note())
    assert note.startswith("Note to the board") and "Decisions requested" in note and "The first three actions" in note


def test_the_demo_s_meetings_held_are_before_its_report_date(story_demo):
    """« Réunions tenues »: the demo once recorded its launch meeting in January 2027, a meeting held in the future
    of its sample report (dated 30 November 2026) and of the first days it shipped."""
    import datetime as dt

    from bodiag.services import governance
    from bodiag.services.report_content import FIXED_DATE

    with open_document(story_demo, readonly=True) as diagnostic:
        held = governance.committee(diagnostic).recorded
    assert held and all(dt.date.fromisoformat(r.day) <= FIXED_DATE for r in held)
