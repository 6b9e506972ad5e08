"""The governance page decided without any window: a presenter over a document and a scripted prompter."""

from __future__ import annotations

import pytest

from bodiag.services import governance, sharing
from bodiag.ui.presenters.governance import GovernancePresenter
from bodiag.ui.presenters.session import DocumentSession


def _plain(lines):
    """French typography's no-break spaces as plain ones, to compare with the sentences written here."""
    return [" ".join(line.replace("\u00a0", " ").replace("\u202f", " ").split()) for line in lines]


@pytest.fixture
def session(demo_path):
    opened = DocumentSession.open(demo_path)
    yield opened
    opened.close()


def test_the_committee_and_its_calendar_are_edited_and_saved_at_once(prompter, session):
    presenter = GovernancePresenter(prompter, session, "fr")
    told = []
    presenter.subscribe(lambda: told.append(True))
    assert presenter.model.members == [] and _plain(presenter.model.warnings) == ["Aucun membre n’est nommé au comité de pilotage."]
    assert presenter.add_member() and told
    member = presenter.model.members[0]
    assert (member.name, member.role) == ("New member", "contributes")  # tr(): no translator installed here
    assert presenter.update_member(member.id, name="Claire Vasseur") and presenter.update_member(member.id, role="decides")
    stored = governance.committee(session.diagnostic).members[0]
    assert (stored.name, stored.role) == ("Claire Vasseur", "decides")
    assert _plain(presenter.model.warnings) == ["Personne ne finance au comité : qui engagera le budget ?"]
    assert presenter.set_cadence("quarterly") and presenter.set_start("2027-01")
    assert presenter.model.start_month == "2027-01"
    assert _plain(presenter.model.calendar)[0] == "Le comité se réunit tous les trimestres à partir de janvier 2027."
    assert "juillet 2027" in presenter.model.calendar[1]
    prompter.expect_error()
    assert not presenter.set_start("janvier")  # refused, said, and the screen shows what is stored
    assert presenter.model.start_month == "2027-01"
    assert presenter.set_start("") and presenter.model.start_month == ""
    assert presenter.record_meeting("2027-01-12", "committee", "Lancement du plan")
    assert _plain(presenter.model.recorded) == ["12 janvier 2027 · comité — Lancement du plan"]
    prompter.expect_error()
    assert not presenter.record_meeting("12/01/2027", "review", "")
    assert len(governance.committee(session.diagnostic).recorded) == 1
    prompter.script("confirm", False, True)
    assert not presenter.delete_member(member.id) and presenter.model.members
    assert presenter.delete_member(member.id) and presenter.model.members == []


def test_risks_and_kpis_from_the_answers_then_edited(prompter, session):
    presenter = GovernancePresenter(prompter, session, "fr")
    assert presenter.add_suggested_risks()
    assert [r.title for r in presenter.model.risks] == [e.risk.title for e in governance.risk_register(
        session.diagnostic).risks] and len(presenter.model.risks) == 3
    first = presenter.model.risks[0]
    assert presenter.update_risk(first.id, likelihood=2, impact=3)
    assert presenter.model.risks[0].score == "6 modéré"
    prompter.expect_error()
    assert not presenter.update_risk(first.id, title="  ")
    assert presenter.add_suggested_kpis()
    processing = next(k for k in presenter.model.kpis if k.label == "Délai moyen de traitement des dossiers")
    assert (processing.baseline, processing.target, processing.direction) == ("4", "2", "lower_is_better")
    assert presenter.update_kpi(processing.id, target="1,5")
    assert next(k for k in governance.kpi_board(session.diagnostic).kpis if k.id == processing.id).target == 1.5
    assert "réactivité" in presenter.model.focus
    assert presenter.add_suggested_change() and _plain(presenter.model.change)[0].startswith("Annoncer aux équipes : ")
    assert _plain(presenter.model.progress) == ["Pas encore de nouveau diagnostic : l’avancement se lira à la première "
                                        "réévaluation."]


def test_a_shared_copy_is_read_only(prompter, session, tmp_path):
    governance.add_member(session.diagnostic, "Claire Vasseur", "decides")
    copy = tmp_path / "copie.bodiag"
    sharing.save_copy_to_share(session.diagnostic, copy)
    received = DocumentSession.open(copy)
    try:
        presenter = GovernancePresenter(prompter, received, "fr")
        assert not presenter.can_edit and len(presenter.model.members) == 1
        assert not presenter.add_member() and len(governance.committee(received.diagnostic).members) == 1
    finally:
        received.close()


def test_a_figure_shown_in_french_is_read_back(prompter, session):
    presenter = GovernancePresenter(prompter, session, "fr")
    presenter.add_kpi()
    kpi = presenter.model.kpis[0]
    assert presenter.update_kpi(kpi.id, baseline="12 500,5")
    shown = presenter.model.kpis[0].baseline
    assert shown.replace("\u202f", " ") == "12 500,5"
    assert presenter.update_kpi(kpi.id, baseline=shown)  # typed back as shown, unchanged
    assert governance.kpi_board(session.diagnostic).kpis[0].baseline == 12500.5
