"""The command line end to end, through its entry point."""

from __future__ import annotations

import json
import subprocess
import sys

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
    assert run(capsys, "new", path, "--org", "ACME", "--phase", "growth")[0] == 0
    code, out, _ = run(capsys, "start", path, mini_path, "--assessor", "Alice")
    assert (code, out.strip()) == (0, "1")
    return path


def test_answer_score_history_round_trip(doc, capsys):
    assert run(capsys, "answer", doc, "1", "q1", "decided", "--note", "<b>note</b> & co")[0] == 0
    assert run(capsys, "answer", doc, "mini", "q2", "Niveau 4")[0] == 0  # by questionnaire id, by label
    code, out, _ = run(capsys, "score", doc, "1", "--json")
    data = json.loads(out)
    assert code == 0 and data["score"] == 72.22 and data["level"] == 3.89 and data["band"]["id"] == "high"
    assert data["assessment"] == {"id": 1, "title": "Mini questionnaire"}
    code, out, _ = run(capsys, "score", doc)
    assert "Score 72,2/100" in out and "ACME" in out
    code, out, _ = run(capsys, "score", doc, "--lang", "en")
    assert "Score 72.2/100" in out
    code, out, _ = run(capsys, "history", doc, "1")
    assert out.count("Alice") == 2 and "q1: — → Décidé (note changed)" in out
    code, out, _ = run(capsys, "questions", doc, "1")
    assert "q1" in out and "Décidé" in out


def test_clear_and_note_only(doc, capsys):
    run(capsys, "answer", doc, "1", "q1", "applied")
    assert run(capsys, "answer", doc, "1", "q1", "--note", "only a note")[1].strip() == "q1: Formalisé et appliqué"
    assert run(capsys, "answer", doc, "1", "q1", "--clear")[1].strip() == "q1: —"
    data = json.loads(run(capsys, "score", doc, "1", "--json")[1])
    assert data["score"] is None and data["counts"]["unanswered"] == 1


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["answer", "{doc}", "1", "q1", "later"], ExitCode.INPUT, "'later' is not an option of scale 'readiness'"),
        (["answer", "{doc}", "1", "q9", "none"], ExitCode.INPUT, "no question 'q9'"),
        (["answer", "{doc}", "7", "q1", "none"], ExitCode.INPUT, "no assessment 7"),
        (["answer", "{doc}", "1", "q1"], ExitCode.INPUT, "give a VALUE, --note or --clear"),
        (["score", "{missing}"], ExitCode.DOCUMENT, "no such file"),
        (["score", "{text}"], ExitCode.DOCUMENT, "not a bodiag document (a text file)"),
        (["new", "{doc}", "--org", "X"], ExitCode.DOCUMENT, "already exists"),
        (["start", "{doc}", "nope"], ExitCode.INPUT, "no questionnaire 'nope'"),
    ],
)
def test_user_mistakes_are_one_line_on_stderr(doc, tmp_path, capsys, args, code, message):
    (tmp_path / "notes.txt").write_text("hello")
    paths = {"doc": doc, "missing": tmp_path / "missing.bodiag", "text": tmp_path / "notes.txt"}
    result, out, err = run(capsys, *[a.format(**paths) for a in args])
    assert result == code
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "missing.bodiag").exists()


def test_validate_prints_every_problem_and_exits_1(tmp_path, capsys, mini_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_path.read_text(encoding="utf-8").replace("scale: level5", "scale: lvl").replace("id: q2", "id: q1"))
    code, out, _ = run(capsys, "validate", mini_path, bad)
    assert code == ExitCode.PROBLEMS
    assert out.splitlines() == [
        f"{bad}:42:13: sections[0].questions[1].id: duplicate question id 'q1' (first used at sections[0].questions[0])",
        f"{bad}:44:16: sections[0].questions[1].scale: unknown scale 'lvl' (known: readiness, level5)",
    ]
    assert run(capsys, "validate", mini_path)[0] == 0


def test_start_with_a_bad_questionnaire_lists_its_problems(doc, tmp_path, capsys, mini_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_path.read_text(encoding="utf-8").replace("scale: level5", "scale: lvl"))
    code, _, err = run(capsys, "start", doc, bad)
    assert code == ExitCode.PROBLEMS and "unknown scale 'lvl'" in err


def test_import_and_export_round_trip(doc, tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text('question;value;note\nq1;decided;"« Très bien » ; ok"\nq2;l3;\n', encoding="utf-8")
    assert run(capsys, "import-answers", doc, "1", source)[0] == 0
    for suffix in ("csv", "json"):
        exported = tmp_path / f"out.{suffix}"
        assert run(capsys, "export-answers", doc, "1", exported)[0] == 0
        other = tmp_path / f"copy-{suffix}.bodiag"
        run(capsys, "new", other, "--org", "Copy")
        run(capsys, "start", other, "tests/data/mini.yaml")
        assert run(capsys, "import-answers", other, "1", exported)[0] == 0
        original = json.loads(run(capsys, "score", doc, "1", "--json")[1])
        copied = json.loads(run(capsys, "score", other, "1", "--json")[1])
        assert copied["score"] == original["score"] == 55.56
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["answers"][0] == {"question": "q1", "value": "decided", "note": "« Très bien » ; ok", "respondent": "Alice"}


def test_import_with_bad_rows_writes_nothing(doc, tmp_path, capsys):
    run(capsys, "answer", doc, "1", "q1", "none")
    source = tmp_path / "bad.csv"
    source.write_text("question,value,note\nq1,applied,\nq9,none,\nq2,l9,\nq1,none,\n", encoding="utf-8")
    code, _, err = run(capsys, "import-answers", doc, "1", source)
    assert code == ExitCode.INPUT
    assert "row 3: no question 'q9'" in err
    assert "row 4: question 'q2': 'l9' is not an option" in err
    assert "row 5: question 'q1' already given in row 2" in err
    data = json.loads(run(capsys, "score", doc, "1", "--json")[1])
    assert [q["option"] for q in data["questions"]] == ["none", None]


def test_import_json_shapes(doc, tmp_path, capsys):
    (tmp_path / "a.json").write_text(json.dumps({"answers": {"q1": "applied", "q2": {"value": 5, "note": "n"}}}))
    assert run(capsys, "import-answers", doc, "1", tmp_path / "a.json")[0] == 0
    assert json.loads(run(capsys, "score", doc, "1", "--json")[1])["score"] == 100.0
    (tmp_path / "b.json").write_text("[1, 2")
    code, _, err = run(capsys, "import-answers", doc, "1", tmp_path / "b.json")
    assert code == ExitCode.INPUT and "invalid JSON" in err


def test_questionnaires_and_demo(tmp_path, capsys):
    code, out, _ = run(capsys, "questionnaires")
    assert code == 0 and "outsourcing-readiness" in out and "back-office-maturity" in out
    demo = tmp_path / "demo.bodiag"
    assert run(capsys, "demo", demo)[0] == 0
    code, out, _ = run(capsys, "score", demo)
    assert code == 0 and out.count("Menuiseries Vasseur SAS") == 3
    assert run(capsys, "demo", demo)[0] == ExitCode.DOCUMENT  # never replaced by accident
    assert run(capsys, "demo", demo, "--replace")[0] == 0


def test_default_document_is_in_the_user_data_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("BODIAG_DATA_DIR", str(tmp_path / "data"))
    assert run(capsys, "demo")[0] == 0
    assert (tmp_path / "data" / "demo.bodiag").is_file()
    assert run(capsys, "default-document")[1].strip() == str(tmp_path / "data" / "demo.bodiag")


def test_python_dash_m_entry_point(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bodiag", "score", str(tmp_path / "nope.bodiag")], capture_output=True, text=True
    )
    assert done.returncode == ExitCode.DOCUMENT and done.stderr.startswith("bodiag: error: ")
    done = subprocess.run([sys.executable, "-m", "bodiag", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "exit codes:" in done.stdout


def test_a_closed_pipe_is_not_an_error(tmp_path, monkeypatch, capsys):
    demo = tmp_path / "demo.bodiag"
    assert run(capsys, "demo", demo)[0] == 0

    class ClosedPipe:
        """What stdout is once the reader (`| head`) has gone."""

        def __init__(self, handle):
            self.handle = handle

        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            pass

        def fileno(self):
            return self.handle.fileno()

    with open(tmp_path / "stdout", "w") as handle:
        monkeypatch.setattr(sys, "stdout", ClosedPipe(handle))
        assert main(["questions", str(demo), "1"]) == ExitCode.OK


def test_csv_export_never_lets_a_note_become_a_formula(doc, tmp_path, capsys):
    formula = '=HYPERLINK("http://example.invalid","cliquez")'
    assert run(capsys, "answer", doc, "1", "q1", "decided", "--note", formula)[0] == 0
    exported = tmp_path / "out.csv"
    assert run(capsys, "export-answers", doc, "1", exported)[0] == 0
    assert "'=HYPERLINK" in exported.read_text(encoding="utf-8")
    assert run(capsys, "answer", doc, "1", "q1", "none", "--note", "")[0] == 0
    assert run(capsys, "import-answers", doc, "1", exported)[0] == 0
    assert run(capsys, "export-answers", doc, "1", tmp_path / "again.json")[0] == 0
    data = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert data["answers"][0]["note"] == formula  # the apostrophe is gone again on import
