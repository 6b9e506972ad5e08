"""The worked example of docs/scoring.md, computed."""

from __future__ import annotations

import json
import re

from ruamel.yaml import YAML

from bodiag.domain.answers import parse_answer
from bodiag.domain.loader import load_text
from bodiag.domain.profile import OrganisationProfile
from bodiag.domain.scoring import score
from tests.conftest import ROOT

DOC = ROOT / "docs" / "scoring.md"


def _block(text: str, info: str) -> str:
    match = re.search(rf"```{re.escape(info)}\n(.*?)```", text, re.S)
    assert match, f"docs/scoring.md lost its '{info}' block"
    return match.group(1)


def test_worked_example_matches_the_code():
    text = DOC.read_text(encoding="utf-8")
    questionnaire = load_text(_block(text, "yaml example-questionnaire"), "scoring.md").raise_for_problems()
    raw_answers = YAML(typ="safe").load(_block(text, "yaml example-answers"))
    expected = json.loads(_block(text, "json example-result"))
    answers = {
        qid: parse_answer(questionnaire, questionnaire.questions_by_id[qid], value)
        for qid, value in raw_answers.items()
    }
    result = score(questionnaire, answers, OrganisationProfile(phase="growth")).as_dict()

    assert result["score"] == expected["score"]
    assert result["band"]["id"] == expected["band"]
    assert result["coverage"] == expected["coverage"]
    assert {s["id"]: s["score"] for s in result["sections"]} == expected["sections"]
    assert [[r["id"], r["priority"]] for r in result["recommendations"]] == expected["priorities"]


def _scored(text: str, questionnaire_info: str, answers_info: str):
    questionnaire = load_text(_block(text, questionnaire_info), "scoring.md").raise_for_problems()
    raw = YAML(typ="safe").load(_block(text, answers_info))
    answers = {qid: parse_answer(questionnaire, questionnaire.questions_by_id[qid], v) for qid, v in raw.items()}
    return score(questionnaire, answers, OrganisationProfile(phase="growth"))


def test_worked_example_of_tags_across_questionnaires_matches_the_code():
    from bodiag.domain.tag_scores import across

    text = DOC.read_text(encoding="utf-8")
    results = [_scored(text, "yaml example-questionnaire", "yaml example-answers"),
               _scored(text, "yaml example-second-questionnaire", "yaml example-second-answers")]
    expected = json.loads(_block(text, "json example-tags-across"))
    got = [t.as_dict("fr") for t in across(results)]
    assert [{"id": t["id"], "score": t["score"], "scored": t["counts"]["scored"],
             "questionnaires": [[c["id"], c["score"]] for c in t["questionnaires"]]} for t in got] == expected
