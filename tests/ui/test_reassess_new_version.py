"""Re-assessing from the app when the bundled questionnaire has a newer version: the move comes first,
unchanged answers are carried over, the changed questions are listed, then the new assessment opens."""

from __future__ import annotations

import pytest

from bodiag.domain.loader import load_file
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.ui.presenters.document_commands import DocumentCommands
from bodiag.ui.presenters.session import DocumentSession
from tests.conftest import ROOT
from tests.ui.test_evolution_and_commands_presenters import Host

BUNDLED = ROOT / "questionnaires" / "master-plan-readiness.yaml"
OLD_WORDING = "Le périmètre du plan est-il fixé\u202f?"


@pytest.fixture
def older_doc(tmp_path):
    """A document whose master-plan assessment was made on an earlier text: one question worded otherwise."""
    current = load_file(BUNDLED).raise_for_problems()
    source = BUNDLED.read_text(encoding="utf-8")
    older = source.replace(f'version: "{current.version}"', 'version: "1.9"').replace(
        current.questions_by_id["spon.scope"].text.fr, OLD_WORDING)
    text = tmp_path / "master-plan-readiness.yaml"
    text.write_text(older, encoding="utf-8")
    path = tmp_path / "older.bodiag"
    with Diagnostic.create(path, "ACME", phase="growth") as diagnostic:
        record = diagnostic.start(str(text), assessor="Alice")
        for question, option in (("spon.commitment", "largely"), ("spon.scope", "started"), ("res.time", "complete")):
            diagnostic.answer(record, question, option)
    return path


def test_the_move_to_the_new_version_is_offered_first_and_lists_what_changed(context, prompter, older_doc):
    host = Host(DocumentSession.open(older_doc))
    try:
        commands = DocumentCommands(context, host)
        first = host.presenter.assessment.id
        prompter.script("choose_item", 0)
        commands.reassess()
        [(title, label, items)] = prompter.calls("choose_item")
        assert items[0] == "Passer à la version 2.0 (celle-ci suit la 1.9)\u00a0: réponses inchangées reprises"
        assert items[1:] == ["Repartir des réponses actuelles", "Repartir de zéro"]
        [(_, message)] = prompter.calls("inform")
        assert message.splitlines()[0] == "Version 1.9 → 2.0\u00a0: 2 réponse(s) reprise(s) avec leurs notes."
        scope = load_file(BUNDLED).raise_for_problems().questions_by_id["spon.scope"].text.fr
        assert message.splitlines()[-1] == f"• {scope} (spon.scope)"
        new = host.presenter.assessment
        assert new.id != first and host.shown == [new.id]
        assert host.presenter.entry("spon.commitment").value.option == "largely"
        assert host.presenter.entry("spon.scope").value is None  # asked otherwise: to answer again
    finally:
        host.session.close()
    with open_document(older_doc, readonly=True) as diagnostic:
        assert diagnostic.questionnaire(diagnostic.assessment(str(first))).version == "1.9"  # the past one kept its text
        assert diagnostic.questionnaire(diagnostic.assessment(str(new.id))).version == "2.0"


def test_without_a_newer_version_the_choices_stay_the_two_of_old(context, prompter, host):
    commands = DocumentCommands(context, host)
    prompter.script("choose_item", None)
    commands.reassess()
    [(_, _, items)] = prompter.calls("choose_item")
    assert items == ["Repartir des réponses actuelles", "Repartir de zéro"]
    assert prompter.calls("inform") == []


@pytest.fixture
def host(mini_doc):
    made = Host(DocumentSession.open(mini_doc))
    yield made
    made.session.close()


def test_the_window_opens_the_new_version_after_saying_what_to_answer_again(window, prompter, older_doc):
    window.open_document(older_doc)
    first = window.presenter.assessment.id
    prompter.script("choose_item", 0)
    window.act_reassess.trigger()
    assert window.presenter.assessment.id != first
    assert window.session.diagnostic.questionnaire(window.presenter.assessment).version == "2.0"
    assert window.presenter.entry("res.time").value.option == "complete"
    [(title, message)] = prompter.calls("inform")
    assert title == "Réévaluer sur la nouvelle version" and "(spon.scope)" in message
