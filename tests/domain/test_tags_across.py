"""Scores by tag across a document's questionnaires, from the command line: a shared tag pooled, each source named."""

from __future__ import annotations

import json

import pytest

from bodiag.cli import main
from bodiag.services.documents import open_document
from bodiag.services.reassessment import latest_assessments


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("tags") / "demo.bodiag"
    assert main(["demo", str(path)]) == 0
    return path


def test_a_tag_shared_by_two_questionnaires_is_pooled_over_their_questions(demo, capsys):
    capsys.readouterr()
    assert main(["score", str(demo), "--by-tag", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    continuity = next(t for t in payload["tags_across"] if t["id"] == "continuity")
    assert [q["id"] for q in continuity["questionnaires"]] == ["back-office-maturity", "master-plan-readiness"]
    # the pooled figure is the weighted mean of every counted question carrying the tag, in both questionnaires
    with open_document(demo, readonly=True) as diagnostic:
        pairs = []
        for record in latest_assessments(diagnostic):
            result = diagnostic.score(record)
            for question in result.questionnaire.questions:
                qr = result.questions[question.id]
                if "continuity" in question.tags and qr.counted:
                    pairs.append((qr.weight, qr.score))
    assert continuity["counts"]["scored"] == len(pairs) == sum(q["counts"]["scored"] for q in continuity["questionnaires"])
    assert continuity["score"] == round(sum(w * s for w, s in pairs) / sum(w for w, _ in pairs), 2)
    own = [q["score"] for q in continuity["questionnaires"]]
    assert min(own) < continuity["score"] < max(own)


def test_the_text_names_each_contributing_questionnaire_under_its_tag(demo, capsys):
    capsys.readouterr()
    assert main(["score", str(demo), "--by-tag", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    block = out[out.index("By tag, across questionnaires (the latest assessment of each)"):].splitlines()
    at = next(i for i, line in enumerate(block) if line.strip().startswith("Business continuity"))
    assert block[at + 1].strip().startswith("– Back-office maturity — ")
    assert block[at + 2].strip().startswith("– Back-office master plan: are you ready? — ")


def test_one_assessment_asked_by_tag_stays_on_its_own_questionnaire(demo, capsys):
    capsys.readouterr()
    assert main(["score", str(demo), "1", "--by-tag", "--lang", "en"]) == 0
    assert "across questionnaires" not in capsys.readouterr().out
