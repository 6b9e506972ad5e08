"""The plan directeur tab decided without any window: a presenter over a document and a scripted prompter."""

from __future__ import annotations

import pytest

from bodiag.domain.scenarios import CRITERIA
from bodiag.services import action_plan, plan
from bodiag.services.synthesis import synthesis
from bodiag.ui.presenters.plan import PlanPresenter
from bodiag.ui.presenters.session import DocumentSession

MATURITY = "back-office-maturity"
READINESS = "master-plan-readiness"


@pytest.fixture
def open_plan():
    sessions = []

    def open_(path, lang="fr"):
        session = DocumentSession.open(path)
        sessions.append(session)
        return session

    yield open_
    for session in sessions:
        session.close()


def test_the_synthesis_is_the_services_one_in_the_interface_language(context, prompter, demo_path, open_plan):
    session = open_plan(demo_path)
    expected = synthesis(session.diagnostic, "fr")
    presenter = PlanPresenter(prompter, session, "fr")
    model = presenter.synthesis
    assert model.findings == expected.findings and model.decisions == expected.decisions
    assert [r.rank for r in model.first] == [i.rank for i in expected.first] and 1 <= len(model.first) <= 3
    assert [r.title for r in model.items] == [i.title for i in expected.items]
    assert model.items[0].status == "à décider" and model.items[0].owner == "—"
    assert "15" in model.capacity or "30" in model.capacity  # the headcount's capacity, said in the line
    assert len(model.risks) == len(expected.risks)
    english = PlanPresenter(prompter, session, "en").synthesis
    assert english.findings == synthesis(session.diagnostic, "en").findings != model.findings
    assert english.items[0].status == "not decided"


def test_an_action_decided_elsewhere_shows_after_a_reload(context, prompter, demo_path, open_plan):
    session = open_plan(demo_path)
    presenter = PlanPresenter(prompter, session, "fr")
    told = []
    presenter.subscribe(lambda: told.append(True))
    maturity = next(r for r in session.assessments() if r.questionnaire_id == MATURITY)
    [action] = action_plan.from_recommendations(session.diagnostic, maturity, top=1)
    action_plan.update(session.diagnostic, action, status="in_progress", owner="Julien")
    presenter.reload()
    assert told == [True]
    assert any(r.status == "en cours" and r.owner == "Julien" for r in presenter.synthesis.first)


def test_a_target_is_a_level_or_a_score_and_goes_back_to_the_suggestion(context, prompter, demo_path, open_plan):
    session = open_plan(demo_path)
    presenter = PlanPresenter(prompter, session, "fr")
    maturity = next(t for t in presenter.vision if t.questionnaire_id == MATURITY)
    readiness = next(t for t in presenter.vision if t.questionnaire_id == READINESS)
    assert (maturity.levels, maturity.minimum, maturity.maximum) == (5, 1, 5)
    assert (readiness.levels, readiness.minimum, readiness.maximum) == (None, 0, 100)
    part = maturity.parts[0]
    assert not part.chosen and part.today.startswith("niveau ")
    assert presenter.set_target(MATURITY, part.section_id, 5)
    stored = next(p for v in plan.vision(session.diagnostic) if v.questionnaire_id == MATURITY for p in v.parts
                  if p.section_id == part.section_id)
    assert stored.chosen and stored.target_level == 5 and stored.target == 100
    shown = next(t for t in presenter.vision if t.questionnaire_id == MATURITY).parts[0]
    assert shown.chosen and shown.target == 5
    assert presenter.set_ambition(MATURITY, part.section_id, "  Tout   dématérialisé ")
    assert next(t for t in presenter.vision if t.questionnaire_id == MATURITY).parts[0].ambition == "Tout dématérialisé"
    score_part = readiness.parts[0]
    assert presenter.set_target(READINESS, score_part.section_id, 80)
    assert next(t for t in presenter.vision if t.questionnaire_id == READINESS).parts[0].target == 80
    assert presenter.clear_target(MATURITY, part.section_id)
    back = next(t for t in presenter.vision if t.questionnaire_id == MATURITY).parts[0]
    assert not back.chosen and back.target == part.target and back.ambition == ""


def test_a_bad_target_is_refused_through_the_prompter_and_nothing_changes(context, prompter, demo_path, open_plan):
    session = open_plan(demo_path)
    presenter = PlanPresenter(prompter, session, "fr")
    part = next(t for t in presenter.vision if t.questionnaire_id == MATURITY).parts[0]
    prompter.expect_error()
    assert not presenter.set_target(MATURITY, part.section_id, 9)
    [(title, message, _details)] = prompter.calls("show_error")
    assert "level is from 1 to 5" in message
    assert not any(p.chosen for v in plan.vision(session.diagnostic) for p in v.parts)


def test_scenarios_are_added_rated_weighed_chosen_and_deleted(context, prompter, demo_path, open_plan):
    session = open_plan(demo_path)
    presenter = PlanPresenter(prompter, session, "fr")
    assert presenter.scenarios.rows == [] and presenter.scenarios.sensitivity == []
    assert presenter.add_method_options()
    rows = presenter.scenarios.rows
    assert [r.title for r in rows][:2] == ["Optimiser l’existant en interne", "Acquérir de nouvelles solutions"]
    assert len(rows) == 4 and all(r.total == "à noter" and r.rank == "—" for r in rows)
    for row, ratings in zip(rows[:2], ([2, 2, 2, 3, 2], [4, 4, 3, 4, 3])):
        for criterion, rating in zip(CRITERIA, ratings):
            assert presenter.update_scenario(row.uuid, **{criterion: rating})
    optimise, acquire = presenter.scenarios.rows[:2]
    assert (optimise.total, optimise.rank, acquire.total, acquire.rank) == ("2,20", "1", "3,60", "2")
    assert presenter.scenarios.sensitivity == [plan_sentence(session)]
    assert presenter.update_scenario(acquire.uuid, cost_estimate="35 000")
    assert presenter.scenarios.rows[1].cost_estimate == "35\u202f000"
    assert presenter.update_scenario(acquire.uuid, cost_estimate=presenter.scenarios.rows[1].cost_estimate)
    english = PlanPresenter(prompter, session, "en")
    assert english.scenarios.rows[1].cost_estimate == "35000"  # typed back as shown, in either language
    assert english.update_scenario(acquire.uuid, cost_estimate=english.scenarios.rows[1].cost_estimate)
    assert plan.find_scenario(session.diagnostic, acquire.uuid).cost_estimate == 35000
    outsourcing = presenter.scenarios.rows[2]
    [evidence] = presenter.scenarios.evidence[outsourcing.uuid]
    assert evidence.heading.startswith("Externalisation du back-office") and evidence.reasons
    assert presenter.scenarios.evidence[optimise.uuid] == []
    assert presenter.set_weight("risk", 2)
    assert presenter.scenarios.weights["risk"] == 2 and presenter.scenarios.rows[0].total == "2,17"
    assert presenter.update_scenario(acquire.uuid, cost=None)  # back to unrated
    assert presenter.scenarios.rows[1].total == "à noter"
    assert presenter.choose(optimise.uuid, "Le moins risqué")
    assert presenter.scenarios.rows[0].chosen and presenter.scenarios.rationale == "Le moins risqué"
    assert presenter.scenarios.choice == "Scénario retenu\u00a0: Optimiser l’existant en interne — Le moins risqué"
    prompter.script("confirm", False, True)
    assert not presenter.delete_scenario(acquire.uuid)  # the user said no
    assert presenter.delete_scenario(acquire.uuid)
    assert [r.uuid for r in presenter.scenarios.rows if r.uuid == acquire.uuid] == []
    assert presenter.add_scenario()
    assert presenter.scenarios.rows[-1].title == "Nouveau scénario"


def plan_sentence(session) -> str:
    from bodiag.domain.scenarios import sensitivity

    return sensitivity(plan.scenarios(session.diagnostic, "fr").comparison, "fr")[0]


def test_bad_weights_and_ratings_are_refused(context, prompter, demo_path, open_plan):
    session = open_plan(demo_path)
    presenter = PlanPresenter(prompter, session, "fr")
    presenter.add_method_options()
    uuid = presenter.scenarios.rows[0].uuid
    prompter.expect_error(3)
    assert not presenter.update_scenario(uuid, cost=7)
    assert not presenter.update_scenario(uuid, title="   ")
    for criterion in CRITERIA[:-1]:
        assert presenter.set_weight(criterion, 0)
    assert not presenter.set_weight("risk", 0)  # at least one criterion must weigh
    assert presenter.scenarios.weights["risk"] == 1 and presenter.scenarios.rows[0].ratings["cost"] is None


def test_the_capacity_is_stated_or_from_the_headcount(context, prompter, demo_path, open_plan):
    session = open_plan(demo_path)
    presenter = PlanPresenter(prompter, session, "fr")
    assert presenter.capacity_from_headcount
    from_headcount = presenter.capacity_days
    assert presenter.set_capacity(42)
    assert not presenter.capacity_from_headcount and presenter.capacity_days == 42
    assert "42" in presenter.synthesis.capacity
    prompter.expect_error()
    assert not presenter.set_capacity(-1)
    assert presenter.capacity_days == 42
    assert presenter.set_capacity(None)
    assert presenter.capacity_from_headcount and presenter.capacity_days == from_headcount


def test_a_shared_copy_changes_nothing(context, prompter, demo_path, open_plan, tmp_path):
    from bodiag.services.documents import open_document
    from bodiag.services.sharing import save_copy_to_share

    with open_document(demo_path) as diagnostic:
        copy = save_copy_to_share(diagnostic, tmp_path / "copie.bodiag", shared_by="Claire")
    session = open_plan(copy)
    presenter = PlanPresenter(prompter, session, "fr")
    assert presenter.read_only and not presenter.can_edit
    part = presenter.vision[0].parts[0]
    assert not presenter.set_target(part.questionnaire_id, part.section_id, 5)
    assert not presenter.add_method_options() and not presenter.set_capacity(20)
    assert presenter.scenarios.rows == [] and not presenter.vision[0].parts[0].chosen
    assert prompter.calls("show_error") == []
