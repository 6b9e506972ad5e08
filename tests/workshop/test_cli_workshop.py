"""The workshop and re-assessment commands end to end, through ``bodiag.cli.main``."""

from __future__ import annotations

import json
import shutil

import pytest

from bodiag.cli import main
from bodiag.errors import ExitCode


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def doc(tmp_path, capsys, mini_path):
    path = tmp_path / "acme.bodiag"
    assert run(capsys, "new", path, "--org", "ACME")[0] == 0
    assert run(capsys, "start", path, mini_path, "--assessor", "Claire", "--mode", "workshop")[1].strip() == "1"
    return path


def test_a_workshop_from_the_command_line(doc, capsys, tmp_path):
    for name, role, expected in (("Alice", "director", "1"), ("Bob", "accounting", "2"), ("Chloé", "hr", "3")):
        assert run(capsys, "respondent-add", doc, "1", name, "--role", role)[1].strip() == expected
    code, _, err = run(capsys, "respondent-add", doc, "1", "alice")
    assert code == ExitCode.INPUT and err.count("\n") == 1 and "already has a respondent named 'Alice'" in err
    code, out, _ = run(capsys, "respondent-answer", doc, "1", "Alice", "q1", "none", "--note", "rien d'écrit")
    assert (code, out.strip()) == (0, "Alice · q1: Non traité")
    assert run(capsys, "respondent-answer", doc, "1", "2", "q1", "decided")[0] == 0
    # Chloé answers in her own copy of the document
    copy = tmp_path / "chloe.bodiag"
    shutil.copyfile(doc, copy)
    assert run(capsys, "answer", copy, "1", "q1", "applied", "--note", "selon moi")[0] == 0
    code, out, _ = run(capsys, "respondent-import", doc, "1", "Chloé", copy)
    assert (code, out.strip()) == (0, "imported 1 answers for Chloé (assessment 1)")
    code, out, _ = run(capsys, "respondents", doc, "1", "--json")
    assert [(r["name"], r["role"], r["answers"]) for r in json.loads(out)] == [
        ("Alice", "director", 1), ("Bob", "accounting", 1), ("Chloé", "hr", 1),
    ]
    assert "Alice" in run(capsys, "respondents", doc, "1")[1]

    code, out, _ = run(capsys, "divergence", doc, "1", "--json", "--lang", "en")
    [item] = json.loads(out)
    assert (item["question"], item["levels"], item["spread"], item["divergent"]) == ("q1", [1, 3, 4], 3, True)
    assert item["suggestion"]["value"] == "decided"
    code, out, _ = run(capsys, "divergence", doc, "1")
    assert code == 0 and out.startswith("! q1") and "écart 3" in out and "suggéré: Décidé" in out

    assert run(capsys, "consensus", doc, "1", "q1")[1].strip() == "q1: Décidé"
    assert run(capsys, "consensus", doc, "1", "q1", "identified", "--lang", "en")[1].strip() == "q1: Identifié"
    code, _, err = run(capsys, "consensus", doc, "1", "q2")
    assert code == ExitCode.INPUT and "no consensus to suggest" in err
    assert json.loads(run(capsys, "score", doc, "1", "--json")[1])["questions"][0]["option"] == "identified"


def test_bad_workshop_input_is_one_line_and_writes_nothing(doc, capsys, tmp_path):
    run(capsys, "respondent-add", doc, "1", "Alice")
    code, _, err = run(capsys, "respondent-answer", doc, "1", "Alice", "q2", "l9")
    assert code == ExitCode.INPUT and err.count("\n") == 1 and "'l9' is not an option" in err
    code, _, err = run(capsys, "respondent-answer", doc, "1", "Zoé", "q2", "l1")
    assert code == ExitCode.INPUT and "no respondent 'Zoé'" in err
    code, _, err = run(capsys, "respondent-import", doc, "1", "Alice", tmp_path / "none.bodiag")
    assert code == ExitCode.DOCUMENT and err.count("\n") == 1
    other = tmp_path / "other.bodiag"
    run(capsys, "new", other, "--org", "Autre")
    run(capsys, "start", other, "tests/data/mini.yaml")
    run(capsys, "answer", other, "1", "q1", "decided")
    code, _, err = run(capsys, "respondent-import", doc, "1", "Alice", other)
    assert code == ExitCode.INPUT and err.count("\n") == 1 and "holds no copy of assessment 1" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("question,value\nq1,none\nq9,x\n", encoding="utf-8")
    code, _, err = run(capsys, "respondent-import", doc, "1", "Alice", bad)
    assert code == ExitCode.INPUT and "row 3: no question 'q9'" in err
    assert json.loads(run(capsys, "respondents", doc, "1", "--json")[1])[0]["answers"] == 0
    with pytest.raises(SystemExit) as exited:  # argparse: usage and one error line
        main(["respondent-add", str(doc), "1", "Bob", "--role", "boss"])
    assert exited.value.code == ExitCode.USAGE and "invalid choice: 'boss'" in capsys.readouterr().err


def test_reassess_compare_and_timeline(doc, capsys):
    run(capsys, "answer", doc, "1", "q1", "identified")
    code, out, _ = run(capsys, "reassess", doc, "1", "--copy-answers", "--title", "Un an après")
    assert (code, out.strip()) == (0, "2")
    assert run(capsys, "reassess", doc, "1")[1].strip() == "3"
    run(capsys, "answer", doc, "2", "q1", "applied")
    run(capsys, "answer", doc, "2", "q2", "l4")
    code, out, _ = run(capsys, "compare", doc, "1", "2", "--json")
    data = json.loads(out)
    before = json.loads(run(capsys, "score", doc, "1", "--json")[1])
    after = json.loads(run(capsys, "score", doc, "2", "--json")[1])
    assert data["score"] == {"before": before["score"], "after": after["score"],
                             "delta": round(after["score"] - before["score"], 2)}
    assert [m["question"] for m in data["moves"]] == ["q1", "q2"] and data["moves"][0]["level_delta"] == 2
    code, out, _ = run(capsys, "compare", doc, "1", "2", "--lang", "en")
    assert code == 0 and "Answers that moved (2)" in out and "Identifié → Formalisé et appliqué  (+2)" in out
    assert "Score" in out and "+" in out and "Actions completed in between (0)" in out
    code, out, _ = run(capsys, "timeline", doc, "--json")
    [group] = json.loads(out)
    assert [(a["id"], a["based_on"]) for a in group["assessments"]] == [(1, None), (2, 1), (3, 1)]
    code, out, _ = run(capsys, "timeline", doc)
    assert code == 0 and "Mini questionnaire (mini)" in out and "Un an après  ← 1" in out
    code, _, err = run(capsys, "compare", doc, "1", "9")
    assert code == ExitCode.INPUT and "no assessment 9" in err


def test_commands_are_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("respondents", "respondent-add", "respondent-answer", "respondent-import", "divergence",
                 "consensus", "reassess", "compare", "timeline"):
        assert name in out
