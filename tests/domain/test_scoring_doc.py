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
