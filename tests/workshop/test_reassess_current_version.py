"""Re-assessing on the current text of a bundled questionnaire: unchanged answers carried over, changed ones listed.

A past assessment keeps the exact text it was made with; a new version of the
bundled questionnaire never changes its result.
"""

from __future__ import annotations

import json

from bodiag.cli import main
from bodiag.domain.loader import load_file
from bodiag.services.documents import open_document
from tests.conftest import ROOT


def _older_text(tmp_path):
    """The outsourcing questionnaire as an earlier version: one question worded otherwise, one scale option less."""
    current = load_file(ROOT / "questionnaires" / "outsourcing-readiness.yaml").raise_for_problems()
    source = (ROOT / "questionnaires" / "outsourcing-readiness.yaml").read_text(encoding="utf-8")
    q05 = current.questions_by_id["q05_rituals"].text.fr
    older = source.replace('version: "1.1"', 'version: "1.0"').replace(q05, "Quels rituels d’équipe pour l’externe\u202f?")
    path = tmp_path / "outsourcing-readiness.yaml"
    path.write_text(older, encoding="utf-8")
    assert load_file(path).problems == []
    return path


def test_moving_to_the_current_version_carries_unchanged_answers_and_lists_the_changed(tmp_path, capsys):
    doc = tmp_path / "acme.bodiag"
    assert main(["new", str(doc), "--org", "ACME"]) == 0
    assert main(["start", str(doc), str(_older_text(tmp_path)), "--title", "Avant"]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    for question, value in (("q01_benefits", "decided"), ("q05_rituals", "identified"), ("q23_sla", "formalised")):
        assert main(["answer", str(doc), first, question, value]) == 0
    with open_document(doc, readonly=True) as diagnostic:
        before = diagnostic.score(diagnostic.assessment(first)).score
    capsys.readouterr()

    assert main(["reassess", str(doc), first, "--current-version", "--json"]) == 0
    upgrade = json.loads(capsys.readouterr().out)
    assert (upgrade["version_before"], upgrade["version_after"]) == ("1.0", "1.1")
    assert sorted(upgrade["carried"]) == ["q01_benefits", "q23_sla"]
    assert upgrade["changed"] == ["q05_rituals"]

    with open_document(doc, readonly=True) as diagnostic:
        old, new = diagnostic.assessment(first), diagnostic.assessment(str(upgrade["assessment"]))
        assert diagnostic.questionnaire(old).version == "1.0" and diagnostic.questionnaire(new).version == "1.1"
        assert diagnostic.score(old).score == before  # the past result is untouched
        assert {q: a.value.option for q, a in diagnostic.answers(new).items()} == {"q01_benefits": "decided", "q23_sla": "formalised"}

    # as text: the new number on stdout, what to answer again on stderr
    assert main(["reassess", str(doc), first, "--current-version"]) == 0
    out, err = capsys.readouterr()
    assert out.strip().isdigit()
    assert "version 1.0 → 1.1: 2 answers carried over" in err and "(q05_rituals)" in err


def test_a_questionnaire_that_is_not_bundled_has_no_current_version(tmp_path, capsys, mini_path):
    doc = tmp_path / "acme.bodiag"
    assert main(["new", str(doc), "--org", "ACME"]) == 0
    assert main(["start", str(doc), str(mini_path)]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["reassess", str(doc), first, "--current-version"]) != 0
    assert "is not a bundled one" in capsys.readouterr().err
