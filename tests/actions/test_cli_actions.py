"""The action-plan commands end to end, through ``bodiag.cli.main``."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bodiag.cli import main
from bodiag.errors import ExitCode
from tests.conftest import DATA


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def doc(tmp_path, capsys):
    path = tmp_path / "acme.bodiag"
    assert run(capsys, "new", path, "--org", "ACME")[0] == 0
    assert run(capsys, "start", path, DATA / "mini.yaml")[1].strip() == "1"
    assert run(capsys, "answer", path, "1", "q1", "none")[0] == 0
    return path


def listed(capsys, doc) -> list[dict]:
    code, out, _ = run(capsys, "actions", doc, "--json")
    assert code == 0
    return json.loads(out)


def test_add_update_list_delete(doc, capsys):
    code, out, _ = run(
        capsys, "action-add", doc, "--title", "Choisir un prestataire", "--assessment", "mini", "--owner", "Alice",
        "--deadline", "2025-03-31", "--status", "en cours", "--cost", "1234,5", "--effort", "high",
        "--question", "q1", "--question", "q2,q1", "--notes", "=pas une formule",
    )
    assert (code, out.strip()) == (0, "1")
    (action,) = listed(capsys, doc)
    assert {k: action[k] for k in ("id", "assessment_id", "title", "owner", "deadline", "status", "cost", "effort")} == {
        "id": 1, "assessment_id": 1, "title": "Choisir un prestataire", "owner": "Alice", "deadline": "2025-03-31",
        "status": "in_progress", "cost": 1234.5, "effort": "high",
    }
    assert action["question_ids"] == ["q1", "q2"] and action["notes"] == "=pas une formule"
    code, out, _ = run(capsys, "actions", doc)
    assert code == 0 and "en cours" in out and "31/03/2025" in out and "1\u202f234,50\u00a0€" in out and "Alice" in out
    code, out, _ = run(capsys, "actions", doc, "--lang", "en")
    assert "in progress" in out and "2025-03-31" in out and "€1,234.50" in out
    code, out, _ = run(capsys, "action-update", doc, action["uuid"], "--status", "done", "--owner", "", "--question", "")
    assert code == 0 and "terminée" in out
    (action,) = listed(capsys, doc)
    assert action["status"] == "done" and action["completed_at"] and action["owner"] == "" and action["question_ids"] == []
    assert run(capsys, "action-update", doc, "1", "--status", "todo")[0] == 0
    assert listed(capsys, doc)[0]["completed_at"] is None
    code, out, _ = run(capsys, "action-delete", doc, "1")
    assert (code, out.strip()) == (0, "deleted action 1: Choisir un prestataire")
    assert listed(capsys, doc) == []


def test_from_recommendations_twice(doc, capsys):
    code, out, _ = run(capsys, "actions-from-recommendations", doc, "1", "--top", "5")
    assert code == 0 and out.splitlines() == [
        "  1  Faire quelque chose", "created 1 action from the recommendations of assessment 1"
    ]
    code, out, _ = run(capsys, "actions-from-recommendations", doc, "mini")
    assert (code, out.strip()) == (0, "created 0 actions from the recommendations of assessment 1")
    assert [a["recommendation_id"] for a in listed(capsys, doc)] == ["q1.1"]


def test_export_edit_import(doc, tmp_path, capsys):
    run(capsys, "actions-from-recommendations", doc, "1")
    run(capsys, "action-add", doc, "--title", "À moi")
    for name in ("plan.csv", "plan.xlsx"):
        code, out, _ = run(capsys, "actions-export", doc, tmp_path / name)
        assert (code, out.strip()) == (0, f"exported 2 actions to {tmp_path / name}")
    path = tmp_path / "plan.csv"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    rows[1][5] = "abandonnée"
    rows.append(["", "", "Nouvelle", "", "01/10/2025", "", "", "", "q2", ""])
    out_text = io.StringIO()
    csv.writer(out_text, delimiter=";").writerows(rows)
    path.write_bytes(out_text.getvalue().encode("utf-8-sig"))
    code, out, _ = run(capsys, "actions-import", doc, path, "--assessment", "1")
    assert (code, out.strip()) == (0, f"imported {path}: 1 created, 1 updated, 1 unchanged")
    actions = {a["title"]: a for a in listed(capsys, doc)}
    assert actions["Nouvelle"]["assessment_id"] == 1 and actions["Nouvelle"]["deadline"] == "2025-10-01"
    assert len(actions) == 3 and [a["status"] for a in actions.values()].count("dropped") == 1
    code, out, _ = run(capsys, "actions-import", doc, tmp_path / "plan.xlsx")
    assert (code, out.strip()) == (0, f"imported {tmp_path / 'plan.xlsx'}: 0 created, 1 updated, 1 unchanged")
    code, out, _ = run(capsys, "actions", doc, "--assessment", "1", "--json")
    assert len(json.loads(out)) == 2


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["action-add", "{doc}", "--title", ""], ExitCode.INPUT, "the action needs a title"),
        (["action-add", "{doc}", "--title", "x", "--deadline", "2025-02-30"], ExitCode.INPUT, "must be a real date"),
        (["action-add", "{doc}", "--title", "x", "--cost", "-3"], ExitCode.INPUT, "the cost cannot be negative"),
        (["action-add", "{doc}", "--title", "x", "--status", "soon"], ExitCode.INPUT, "unknown status 'soon'"),
        (["action-add", "{doc}", "--title", "x", "--assessment", "1", "--question", "q9"], ExitCode.INPUT,
         "no question 'q9'"),
        (["action-add", "{doc}", "--title", "x", "--assessment", "4"], ExitCode.INPUT, "no assessment 4"),
        (["action-update", "{doc}", "7", "--title", "x"], ExitCode.INPUT, "no action 7"),
        (["action-update", "{doc}", "1"], ExitCode.INPUT, "give at least one change"),
        (["action-delete", "{doc}", "abc"], ExitCode.INPUT, "no action 'abc'"),
        (["actions-from-recommendations", "{doc}", "1", "--top", "0"], ExitCode.INPUT, "top must be 1 or more"),
        (["actions-export", "{doc}", "{tmp}/plan.ods"], ExitCode.INPUT, "unknown file type"),
        (["actions-export", "{doc}", "{tmp}/no/plan.csv"], ExitCode.WRITE, "cannot be written"),
        (["actions-import", "{doc}", "{tmp}/none.csv"], ExitCode.INPUT, "cannot be read"),
        (["actions", "{tmp}/missing.bodiag"], ExitCode.DOCUMENT, "missing.bodiag"),
        (["action-add", "{doc}"], ExitCode.USAGE, "--title"),
        (["actions-from-recommendations", "{doc}", "1", "--top", "many"], ExitCode.USAGE, "invalid int value"),
    ],
)
def test_errors_are_one_line_with_their_exit_code(doc, tmp_path, capsys, args, code, message):
    argv = [a.format(doc=doc, tmp=tmp_path) for a in args]
    if code == ExitCode.USAGE:
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == code and message in capsys.readouterr().err
        return
    got, out, err = run(capsys, *argv)
    assert got == code and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("bodiag: error: ") and message in err


def test_a_bad_import_lists_every_row_and_writes_nothing(doc, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_bytes("Titre;Échéance;Statut\r\nBonne;01/01/2026;\r\n;;\r\nMauvaise;32/01/2026;\r\nAutre;;jamais\r\n".encode())
    code, out, err = run(capsys, "actions-import", doc, path)
    assert code == ExitCode.INPUT and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == f"{path}: row 4: the deadline '32/01/2026' is not a real date (JJ/MM/AAAA or AAAA-MM-JJ)"
    assert lines[1].startswith(f"{path}: row 5: unknown status 'jamais'")
    assert lines[2].startswith(f"bodiag: error: {path}: nothing imported: row 4: ") and lines[2].endswith("(and 1 more)")
    assert listed(capsys, doc) == []


def test_read_only_commands_leave_the_document_alone(doc, tmp_path, capsys):
    run(capsys, "action-add", doc, "--title", "x")
    before = doc.read_bytes()
    assert run(capsys, "actions", doc)[0] == 0
    assert run(capsys, "actions-export", doc, tmp_path / "p.xlsx")[0] == 0
    assert doc.read_bytes() == before


def test_a_shared_copy_is_listed_but_not_changed_until_taken_over(doc, tmp_path, capsys):
    run(capsys, "action-add", doc, "--title", "x", "--owner", "Alice")
    copy = tmp_path / "copy.bodiag"
    assert run(capsys, "share", doc, copy)[0] == 0
    assert [a["title"] for a in listed(capsys, copy)] == ["x"]
    assert run(capsys, "actions-export", copy, tmp_path / "p.csv")[0] == 0
    code, out, err = run(capsys, "action-update", copy, "1", "--status", "done")
    assert code == ExitCode.DOCUMENT and "read-only until taken over" in err
    assert run(capsys, "take-over", copy)[0] == 0
    assert run(capsys, "action-update", copy, "1", "--status", "done")[0] == 0
