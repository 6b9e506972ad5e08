"""The governance in the PDF: committee and calendar, change management, risk register and matrix, KPIs, progress."""

from __future__ import annotations

import pytest

from bodiag.services import governance, reassessment
from bodiag.services.documents import open_document
from tests.report.conftest import render_report, spaced


@pytest.fixture
def governed(demo_path):
    """The demo with a committee, a calendar, a recorded review, the suggested risks, KPIs and change actions."""
    with open_document(demo_path) as diagnostic:
        governance.set_calendar(diagnostic, start_month="2027-01", cadence="quarterly")
        governance.add_member(diagnostic, "Claire Vasseur", "decides", "Dirigeante")
        governance.add_member(diagnostic, "Marc Petit", "steers", "Responsable administratif")
        governance.add_review(diagnostic, "2027-07-05", notes="Carte des outils validée par le comité")
        governance.add_suggested_risks(diagnostic, "fr")
        governance.add_risk(diagnostic, "Départ du comptable sans suppléant", "skills", 3, 5, owner="Sophie Laurent",
                            mitigation="Former un suppléant")
        governance.add_suggested_kpis(diagnostic, "fr")
        governance.add_suggested_change(diagnostic, "fr")
    return demo_path


def _plan(diagnostic, **options) -> str:
    report = render_report(diagnostic, deterministic=True, plan_only=True, **options)
    return spaced(report.text), report


def test_the_governance_chapter_shows_what_the_plan_holds(governed):
    with open_document(governed, readonly=True) as diagnostic:
        text, report = _plan(diagnostic)
        register = governance.risk_register(diagnostic)
        board = governance.kpi_board(diagnostic)
    headings = [h for h, level, _ in report.headings]
    for heading in ("Gouvernance et suivi", "Comité de pilotage", "Conduite du changement", "Registre des risques",
                    "Tableau de bord des indicateurs"):
        assert heading in headings
    assert "Avancement vers les cibles" not in headings  # not re-assessed yet: one sentence says so
    assert "Claire Vasseur Dirigeante décide" in text and "Marc Petit Responsable administratif pilote" in text
    assert "Personne ne finance au comité : qui engagera le budget ?" in text
    assert "Le comité se réunit tous les trimestres à partir de janvier 2027." in text
    assert "juillet 2027, janvier 2028, juillet 2028, janvier 2029, juillet 2029, janvier 2030" in text
    assert "5 juillet 2027 · revue — Carte des outils validée par le comité" in text
    assert "Annoncer aux équipes : " in text
    for entry in register.risks:
        assert spaced(entry.risk.title)[:30] in text
    assert "15 élevé Sophie Laurent Former un suppléant" in text
    assert "Probabilité × impact" in text
    assert "En croissance, le tableau de bord privilégie la réactivité" in text
    processing = next(k for k in board.kpis if k.question_id == "ind.processing_time")
    assert f"{processing.label} ({processing.unit}) 4 2 à la baisse" in text
    assert "Pas encore de nouveau diagnostic" in text


def test_progress_shows_after_a_reassessment(governed):
    with open_document(governed) as diagnostic:
        maturity = next(r for r in diagnostic.assessments() if r.questionnaire_id == "back-office-maturity")
        again = reassessment.start_from(diagnostic, maturity, copy_answers=True, title="Maturité — un an après")
        diagnostic.answer(again, "ind.processing_time", "2")
        text, _ = _plan(diagnostic)
    assert "Pas encore de nouveau diagnostic" not in text and "Avancement vers les cibles" in text
    assert "Partie Premier Dernier Cible Avancement" in text
    assert "Délai moyen de traitement des dossiers (jours ouvrés) 4 2 2 100 % ✔" in text


def test_anonymised_and_without_notes(governed):
    with open_document(governed, readonly=True) as diagnostic:
        text, _ = _plan(diagnostic, anonymise=True, without_notes=True)
    for name in ("Claire", "Vasseur", "Marc Petit", "Sophie", "Laurent", "Carte des outils validée"):
        assert name not in text, name
    assert "Personne 1 Dirigeante décide" in text and "5 juillet 2027 · revue" in text


def test_in_english(governed):
    with open_document(governed, readonly=True) as diagnostic:
        text, _ = _plan(diagnostic, lang="en")
    assert "Governance and follow-up" in text and "Steering committee" in text and "Risk register" in text
    assert "The committee meets every quarter from January 2027." in text
    assert "Nobody on the committee funds: who will commit the budget?" in text
