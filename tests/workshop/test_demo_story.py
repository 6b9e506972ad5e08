"""The demo a newcomer opens shows every screen at work: an action plan under way and a workshop."""

from __future__ import annotations

from bodiag.services import action_plan, workshop
from bodiag.services.demo import build_demo, demo_dir


def test_the_demo_has_its_action_plan_and_its_workshop(tmp_path):
    from ruamel.yaml import YAML

    story = YAML(typ="safe", pure=True).load((demo_dir() / "story.yaml").read_text(encoding="utf-8"))
    with build_demo(tmp_path / "demo.bodiag") as diagnostic:
        by_id = {a.questionnaire_id: a for a in diagnostic.assessments()}
        maturity = by_id[story["actions"]["questionnaire"]]
        ranked = diagnostic.score(maturity).recommendations
        lines = story["actions"]["plan"]
        actions = {a.recommendation_id: a for a in action_plan.list_actions(diagnostic, maturity)}
        assert len(actions) == len(lines)
        for recommendation, line in zip(ranked, lines):  # the first recommendations by priority
            action = actions[recommendation.id]
            assert (action.owner, action.deadline, action.status) == (line["owner"], str(line["deadline"]), line["status"])

        meeting = story["workshop"]
        outsourcing = by_id[meeting["questionnaire"]]
        assert [p.name for p in workshop.respondents(diagnostic, outsourcing)] == [p["name"] for p in meeting["respondents"]]
        spread = {d.question.id: d.spread for d in workshop.divergence(diagnostic, outsourcing)}
        assert spread["q19_reversibility"] >= workshop.DIVERGENT_SPREAD  # something for the facilitator to settle
        assert all(not workshop.respondents(diagnostic, a) for a in by_id.values() if a is not outsourcing)


def test_the_demo_without_its_story_has_answers_only(tmp_path):
    with build_demo(tmp_path / "demo.bodiag", story=False) as diagnostic:
        assert action_plan.list_actions(diagnostic) == []
        assert all(not workshop.respondents(diagnostic, a) for a in diagnostic.assessments())
        assert all(diagnostic.answers(a) for a in diagnostic.assessments())
