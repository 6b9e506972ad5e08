"""The worked example of docs/plan.md, computed."""

from __future__ import annotations

import datetime as dt
import json
import re

from ruamel.yaml import YAML

from bodiag.domain.answers import parse_answer
from bodiag.domain.loader import load_text
from bodiag.domain.profile import OrganisationProfile
from bodiag.domain.records import ActionRecord
from bodiag.domain.scoring import score
from bodiag.domain.synthesis import Part, synthesise
from tests.conftest import ROOT

DOC = ROOT / "docs" / "plan.md"


def _block(text: str, info: str) -> str:
    match = re.search(rf"```{re.escape(info)}\n(.*?)```", text, re.S)
    assert match, f"docs/plan.md lost its '{info}' block"
    return match.group(1)


def _action(number: int, questionnaire_of: dict[str, int], entry: dict) -> ActionRecord:
    return ActionRecord(
        id=number, uuid=f"00000000-0000-4000-8000-{number:012d}", assessment_id=questionnaire_of[entry["questionnaire"]],
        recommendation_id=entry.get("recommendation"), title=entry["title"], owner="", deadline=None,
        status=entry["status"], cost=None, effort=None, notes="", question_ids=(), created_at="", updated_at="",
        completed_at=None,
    )


def example():
    text = DOC.read_text(encoding="utf-8")
    given = YAML(typ="safe").load(_block(text, "yaml example-answers"))
    parts = []
    for number, name in enumerate(("alpha", "beta"), start=1):
        questionnaire = load_text(_block(text, f"yaml example-{name}"), "plan.md").raise_for_problems()
        answers = {qid: parse_answer(questionnaire, questionnaire.questions_by_id[qid], value)
                   for qid, value in given[name].items()}
        result = score(questionnaire, answers, OrganisationProfile(headcount="micro"))
        parts.append(Part(assessment_id=number, title=name, questionnaire=questionnaire, result=result, answers=answers))
    ids = {"alpha": 1, "beta": 2}
    actions = [_action(n, ids, entry) for n, entry in enumerate(given["actions"], start=1)]
    expected = json.loads(_block(text, "json example-synthesis"))
    return parts, actions, expected


def test_worked_example_matches_the_code():
    parts, actions, expected = example()
    synthesis = synthesise(parts, actions, {1: "alpha", 2: "beta"}, "micro", "fr")

    assert [[i.key, i.urgency, i.value] for i in synthesis.items] == expected["ranking"]
    assert [i.key for i in synthesis.first] == expected["first"]
    assert synthesis.first_workload == expected["first_workload"]
    assert synthesis.capacity_days == expected["capacity_days"]
    split = [d for d in synthesis.decisions if "Découper" in d]
    top = next(i for i in synthesis.items if i.key == expected["split_asked_for"])
    assert len(split) == 1 and top.title in split[0]


def test_worked_scenarios_match_the_code():
    from bodiag.domain.scenarios import CRITERIA, ScenarioRecord, compare

    example = json.loads(_block(DOC.read_text(encoding="utf-8"), "json example-scenarios"))
    records = [
        ScenarioRecord(id=n, uuid=kind, kind=kind, title=kind, description="", ratings=dict(zip(CRITERIA, ratings)),
                       cost_estimate=None, position=n)
        for n, (kind, ratings) in enumerate(example["ratings"].items(), start=1)
    ]
    comparison = compare(records, {c: float(w) for c, w in example["weights"].items()})
    assert {s.scenario.kind: s.total for s in comparison.scenarios} == example["totals"]
    assert [s.scenario.kind for s in comparison.scenarios] == list(example["totals"])
    assert [[c.criterion, c.above, c.weight, c.first] for c in comparison.crossings] == example["crossings"]


def test_worked_governance_matches_the_code():
    from bodiag.domain import governance as g

    parts, actions, _ = example()
    given = json.loads(_block(DOC.read_text(encoding="utf-8"), "json example-governance"))
    start = g.parse_month(given["start"])
    assert [d.isoformat() for d in g.review_dates(start, given["horizon"])] == given["reviews"]
    meeting = g.next_meeting(start, given["horizon"], given["cadence"], dt.date(2027, 2, 15))
    assert [meeting.day, meeting.kind] == given["next_meeting_on_2027-02-15"]
    synthesis = synthesise(parts, actions, {1: "alpha", 2: "beta"}, "micro", "fr")
    risks = g.suggest_risks(synthesis)
    score = [g.risk_score(r.likelihood, r.impact) for r in risks]
    assert [[r.item, r.category, r.likelihood, r.impact, s, g.risk_level(s)] for r, s in zip(risks, score)] == given["risks"]
    assert risks[0].title == "Sans carte, rien ne se compare."
    assert risks[0].mitigation == "Cartographier les processus"
    first, latest, target, expected = given["part_progress"]
    assert g.progress(first, latest, target) == expected
    baseline, current, goal, direction, expected = given["kpi_progress"]
    assert g.progress(baseline, current, goal, direction) == expected
