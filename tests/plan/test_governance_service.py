"""The governance of a document: committee, calendar, risk register, KPI board, progress; checked, and from the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bodiag.cli import main
from bodiag.errors import InputError
from bodiag.services import governance, reassessment, sharing
from bodiag.services.documents import open_document


@pytest.fixture
def demo(demo_path):
    with open_document(demo_path) as diagnostic:
        yield diagnostic


def test_the_committee_warns_until_someone_decides_and_funds(demo):
    view = governance.committee(demo, "fr", today=dt.date(2026, 12, 3))
    assert view.warnings == ["empty"] and view.start_from == "assessment"
    latest = max(r.created_at for r in demo.assessments())
    assert view.start_month == f"{dt.date.fromisoformat(latest[:10]).year + (latest[5:7] == '12')}-" \
                               f"{int(latest[5:7]) % 12 + 1:02d}"
    director = governance.add_member(demo, "  Claire   Vasseur ", "decides", "Dirigeante")
    assert director.name == "Claire Vasseur"
    governance.add_member(demo, "Marc Petit", "steers")
    assert governance.committee(demo).warnings == ["no_funder"]
    governance.update_member(demo, director.id, role="funds")
    assert governance.committee(demo).warnings == ["no_decider"]
    assert "Personne ne décide" in governance.committee(demo).messages[0]
    for bad, message in (({"role": "chairs"}, "unknown role 'chairs'"), ({"name": " "}, "member's name is empty"),
                         ({"colour": "x"}, "unknown member field")):
        with pytest.raises(InputError, match=message):
            governance.update_member(demo, director.id, **bad)
    with pytest.raises(InputError, match="no member '42'"):
        governance.delete_member(demo, 42)
    governance.delete_member(demo, director.id)
    assert [m.name for m in governance.committee(demo).members] == ["Marc Petit"]


def test_the_calendar_dates_the_reviews_over_the_horizon(demo):
    governance.set_calendar(demo, start_month="2027-03", cadence="bimonthly")
    view = governance.committee(demo, "fr", today=dt.date(2027, 4, 10))
    assert view.start_from == "plan" and view.cadence == "bimonthly"
    assert view.reviews[0] == "2027-09-01" and view.reviews[-1] == "2030-03-01" and len(view.reviews) == 6
    assert view.meetings[:2] == ["2027-03-01", "2027-05-01"] and len(view.meetings) == 18
    assert (view.next.day, view.next.kind) == ("2027-05-01", "committee")
    for bad, message in (({"start_month": "mars 2027"}, "YYYY-MM"), ({"cadence": "weekly"}, "unknown cadence")):
        with pytest.raises(InputError, match=message):
            governance.set_calendar(demo, **bad)
    governance.set_calendar(demo, clear_start=True)
    assert governance.committee(demo).start_from == "assessment"
    held = governance.add_review(demo, "2027-09-14", "review", "Bilan : deux actions en retard")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        governance.add_review(demo, "14/09/2027")
    assert [r.notes for r in governance.committee(demo).recorded] == ["Bilan : deux actions en retard"]
    governance.delete_review(demo, held.id)
    assert governance.committee(demo).recorded == []


def test_risks_come_from_the_risks_of_doing_nothing_and_are_added_once(demo):
    register = governance.risk_register(demo, "fr", suggest=True)
    assert register.risks == [] and len(register.suggestions) == 3
    from bodiag.services.synthesis import synthesis

    whys = [r.why for r in synthesis(demo, "fr").risks]
    assert [s.title for s in register.suggestions] == whys  # the answers' own reasons, never a canned list
    added = governance.add_suggested_risks(demo, "fr")
    assert [r.title for r in added] == whys and governance.add_suggested_risks(demo, "fr") == []
    risk = governance.update_risk(demo, added[0].uuid, likelihood="2", impact=3, owner="Marc Petit")
    assert (risk.score, risk.level, risk.owner) == (6, "moderate", "Marc Petit")
    for bad, message in (({"likelihood": 0}, "from 1 to 5"), ({"impact": "2,5"}, "whole number"),
                         ({"category": "weather"}, "unknown risk category"), ({"title": ""}, "risk's title is empty")):
        with pytest.raises(InputError, match=message):
            governance.update_risk(demo, risk.id, **bad)
    view = governance.risk_register(demo)
    cell = next(c for row in view.matrix for c in row if c.likelihood == 2 and c.impact == 3)
    assert cell.risks == [1]
    governance.delete_risk(demo, risk.id)
    assert [e.number for e in governance.risk_register(demo).risks] == [1, 2]


def test_kpis_take_their_baselines_from_the_answers_and_show_progress_after_a_reassessment(demo):
    board = governance.kpi_board(demo, "fr", suggest=True)
    assert board.focus == "reactivity" and "réactivité" in board.focus_note  # the demo company is growing
    by_question = {s.question_id: s for s in board.suggestions if s.question_id}
    processing = by_question["ind.processing_time"]
    assert (processing.baseline, processing.target, processing.direction) == (4.0, 2.0, "lower_is_better")
    added = governance.add_suggested_kpis(demo, "fr")
    assert len(added) == len(board.suggestions) and governance.add_suggested_kpis(demo, "fr") == []
    assert governance.progress(demo).reassessed is False

    maturity = next(r for r in demo.assessments() if r.questionnaire_id == "back-office-maturity")
    again = reassessment.start_from(demo, maturity, copy_answers=True, title="Maturité — un an après")
    demo.answer(again, "ind.processing_time", "2")
    view = governance.progress(demo, "fr")
    assert view.reassessed and {p.questionnaire_id for p in view.parts} == {"back-office-maturity"}
    kpi = next(k for k in view.kpis if k.label == processing.label)
    assert (kpi.baseline, kpi.current, kpi.progress, kpi.reached) == (4.0, 2.0, 100.0, True)
    indicators = next(p for p in view.parts if p.section_id == "indicators")
    assert indicators.latest > indicators.first and indicators.progress > 0
    with pytest.raises(InputError, match="KPI's baseline is a number"):
        governance.update_kpi(demo, added[0].id, baseline="beaucoup")
    with pytest.raises(InputError, match="unknown direction"):
        governance.update_kpi(demo, added[0].id, direction="up")


def test_a_shared_copy_shows_the_governance_but_takes_no_change(demo, tmp_path):
    governance.add_member(demo, "Claire Vasseur", "decides")
    governance.add_risk(demo, "Départ du comptable", "skills", 3, 4, owner="Claire Vasseur")
    copy = tmp_path / "copie.bodiag"
    sharing.save_copy_to_share(demo, copy)
    with open_document(copy) as received:
        assert len(governance.committee(received).members) == 1
        with pytest.raises(Exception, match="read-only"):
            governance.add_member(received, "Autre", "funds")
        with pytest.raises(Exception, match="read-only"):
            governance.update_risk(received, 1, impact=5)


def test_the_command_line_runs_the_governance(demo_path, capsys):
    path = str(demo_path)
    assert main(["plan", "committee", path, "--start", "2027-01", "--cadence", "quarterly"]) == 0
    assert "tous les trimestres à partir de janvier 2027" in capsys.readouterr().out
    assert main(["plan", "member-add", path, "Claire Vasseur", "--role", "decides", "--function", "Dirigeante"]) == 0
    assert capsys.readouterr().out.strip() == "1"
    assert main(["plan", "committee", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"] == ["no_funder"] and data["reviews"][0] == "2027-07-01"
    with pytest.raises(SystemExit) as refused:
        main(["plan", "member-update", path, "1", "--role", "chairs"])
    assert refused.value.code == 2
    assert main(["plan", "risk-add", path, "Départ du comptable", "--impact", "6"]) == 4
    assert "impact is a whole number from 1 to 5" in capsys.readouterr().err
    assert main(["plan", "risks", path, "--add-suggested", "--lang", "en"]) == 0
    assert " × " in capsys.readouterr().out
    assert main(["plan", "risks", path, "--json"]) == 0
    risks = json.loads(capsys.readouterr().out)
    assert len(risks["risks"]) == 3 and len(risks["matrix"]) == 5
    assert main(["plan", "risk-update", path, "1", "--likelihood", "1", "--impact", "1"]) == 0
    assert main(["plan", "kpis", path, "--add-suggested"]) == 0
    assert "Délai moyen de traitement des dossiers (jours ouvrés) — 4 → 2, à la baisse" in capsys.readouterr().out
    assert main(["plan", "kpi-add", path, "Dossiers en retard", "--baseline", "12", "--target", "3",
                 "--direction", "lower_is_better"]) == 0
    capsys.readouterr()
    assert main(["plan", "review-add", path, "2027-07-03", "--notes", "Premier bilan"]) == 0
    assert main(["plan", "reviews", path]) == 0
    assert "Premier bilan" in capsys.readouterr().out
    assert main(["plan", "progress", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reassessed"] is False
    assert main(["plan", "member-delete", path, "9"]) == 4


def test_a_copy_shared_without_names_and_notes_keeps_the_governance_anonymous(demo, tmp_path):
    governance.add_member(demo, "Claire Vasseur", "decides", "Dirigeante")
    governance.add_member(demo, "Nadine", "steers")
    governance.add_risk(demo, "Départ du comptable", "skills", 3, 4, owner="Claire Vasseur", mitigation="Un suppléant")
    governance.add_review(demo, "2027-01-12", "committee", "Nadine pilote le plan")
    governance.add_suggested_change(demo, "fr")
    copy = tmp_path / "anonyme.bodiag"
    sharing.save_copy_to_share(demo, copy, strip_notes=True, strip_names=True)
    with open_document(copy, readonly=True) as received:
        view = governance.committee(received)
        # the director already answered: one person, one pseudonym throughout the copy
        assert [(m.name, m.function, m.role) for m in view.members] == [("Répondant 1", "Dirigeante", "decides"),
                                                                         ("Membre 1", "", "steers")]
        assert [(r.day, r.notes) for r in view.recorded] == [("2027-01-12", "")]
        [risk] = governance.risk_register(received).risks
        assert risk.risk.owner == "Répondant 1" and risk.risk.mitigation == "Un suppléant"
        assert all("Claire" not in a.owner for a in governance.change_actions(received))
    assert b"Nadine pilote" not in copy.read_bytes()


def test_change_actions_accompany_the_first_three_and_are_not_ranked(demo):
    from bodiag.services.synthesis import synthesis

    before = synthesis(demo, "fr")
    suggested = governance.suggested_change(demo, "fr")
    first = {i.key for i in before.first}
    assert suggested and {s.item for s in suggested} <= first
    assert {s.kind for s in suggested} <= {"communication", "training", "gains"}
    added = governance.add_suggested_change(demo, "fr")
    assert [a.title for a in added] == [s.title for s in suggested] and governance.suggested_change(demo, "fr") == []
    after = synthesis(demo, "fr")
    assert [i.key for i in after.items] == [i.key for i in before.items]  # the ranking does not see them
    assert after.decisions == before.decisions
