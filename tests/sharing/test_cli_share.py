"""The sharing and spreadsheet commands end to end, through the command line's entry point."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl

from bodiag.cli import main
from bodiag.errors import ExitCode
from tests.sharing.conftest import NAMES, NOTES
from tests.storage.storage_helpers import FileState, listing, raw_query


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_share_then_take_over(rich_doc, out_dir, capsys):
    before = FileState.of(rich_doc)
    copy = out_dir / "copy.bodiag"

    code, out, err = run(capsys, "share", rich_doc, copy, "--strip-notes", "--strip-names")
    assert (code, err) == (0, "")
    assert out == f"saved a copy to share: {copy} (without notes and names); it opens read-only until its receiver takes it over\n"
    assert FileState.of(rich_doc) == before
    raw = copy.read_bytes()
    assert not [text for text in (*NOTES, *NAMES) if text.encode() in raw]
    assert raw_query(copy, "SELECT shared_by FROM document") == [("",)]  # nobody named with --strip-names

    code, out, _ = run(capsys, "score", copy, "1", "--json")
    assert code == 0 and json.loads(out)["score"] is not None

    code, out, _ = run(capsys, "take-over", copy)
    assert code == 0 and out.startswith(f"{copy}: taken over (shared on 20") and out.endswith("it now opens for editing\n")
    code, out, _ = run(capsys, "take-over", copy)
    assert (code, out) == (0, f"{copy}: not a shared copy: it already opens for editing\n")


def test_share_records_who_shared(rich_doc, out_dir, capsys):
    assert run(capsys, "share", rich_doc, out_dir / "a.bodiag", "--by", "Claire Vasseur")[0] == 0
    assert raw_query(out_dir / "a.bodiag", "SELECT shared_by FROM document") == [("Claire Vasseur",)]
    code, out, _ = run(capsys, "take-over", out_dir / "a.bodiag")
    assert "(shared by Claire Vasseur on 20" in out


def test_share_mistakes_are_one_line_with_their_exit_code(rich_doc, out_dir, capsys, tmp_path):
    (out_dir / "taken.bodiag").write_bytes(b"x")
    cases = [
        (["share", rich_doc, out_dir / "taken.bodiag"], ExitCode.INPUT, "a file with this name already exists"),
        (["share", rich_doc, rich_doc, "--force"], ExitCode.INPUT, "is the open document itself"),
        (["share", tmp_path / "missing.bodiag", out_dir / "x.bodiag"], ExitCode.DOCUMENT, "no such file"),
        (["share", rich_doc, out_dir / "no" / "x.bodiag"], ExitCode.WRITE, "does not exist"),
        (["take-over", tmp_path / "missing.bodiag"], ExitCode.DOCUMENT, "no such file"),
    ]
    for args, expected, message in cases:
        code, _, err = run(capsys, *args)
        assert code == expected, args
        assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert sorted(listing(out_dir)) == ["taken.bodiag"]
    assert run(capsys, "share", rich_doc, out_dir / "taken.bodiag", "--force")[0] == 0


def test_answers_through_xlsx(rich_doc, out_dir, capsys, mini_path):
    exported = out_dir / "answers.xlsx"
    code, out, _ = run(capsys, "export-answers", rich_doc, "1", exported)
    assert (code, out) == (0, f"exported 2 answers to {exported}\n")
    other = out_dir / "other.bodiag"
    run(capsys, "new", other, "--org", "Other")
    run(capsys, "start", other, mini_path)
    assert run(capsys, "import-answers", other, "1", exported)[0] == 0
    assert raw_query(other, "SELECT question_id, note FROM answers ORDER BY question_id") == [
        ("q1", NOTES[0]), ("q2", NOTES[1]),
    ]

    bad = out_dir / "bad.xlsx"
    workbook = openpyxl.Workbook()
    for row in (["question", "value"], ["q1", "later"], ["q9", "none"]):
        workbook.active.append(row)
    workbook.save(bad)
    code, _, err = run(capsys, "import-answers", other, "1", bad)
    assert code == ExitCode.INPUT
    assert f"{bad}: row 2: question 'q1': 'later' is not an option" in err
    assert f"{bad}: row 3: no question 'q9'" in err


def test_questionnaire_to_xlsx_and_back(tmp_path, capsys, mini_path):
    review = tmp_path / "review.xlsx"
    code, out, _ = run(capsys, "questionnaire-to-xlsx", "outsourcing-readiness", review)  # a bundled id
    assert code == 0 and out.startswith(f"wrote {review} from ") and "questionnaire-from-xlsx" in out
    code, out, _ = run(capsys, "questionnaire-from-xlsx", review, tmp_path / "back.yaml")
    assert (code, out) == (0, f"wrote {tmp_path / 'back.yaml'}: outsourcing-readiness v1.1, 35 questions\n")
    assert run(capsys, "validate", tmp_path / "back.yaml")[0] == 0

    assert run(capsys, "questionnaire-to-xlsx", mini_path, review)[0] == 0  # a file; replaces the workbook
    workbook = openpyxl.load_workbook(review)
    workbook["Questions"]["D2"] = "lvl"
    workbook["Questions"]["I3"] = "deux"
    workbook.save(review)
    code, out, err = run(capsys, "questionnaire-from-xlsx", review, tmp_path / "mini.yaml")
    assert (code, out) == (ExitCode.PROBLEMS, "")
    assert err.splitlines() == [
        f"{review}: sheet 'Questions', row 2, column D (Échelle): unknown scale 'lvl' (known: readiness, level5)",
        f"{review}: sheet 'Questions', row 3, column I (Poids): 'deux' is not a number",
    ]
    assert not (tmp_path / "mini.yaml").exists()

    code, _, err = run(capsys, "questionnaire-to-xlsx", "nope", review)
    assert code == ExitCode.INPUT and "no questionnaire 'nope'" in err


def test_the_commands_import_nothing_heavy_until_run():
    code = (
        "import sys, bodiag.cli, bodiag.cli.sharing; bodiag.cli.build_parser(); "
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'reportlab', 'PySide6'})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_command_line_never_writes_a_shared_copy(tmp_path, capsys, mini_path):
    from bodiag.cli import main

    doc = tmp_path / "doc.bodiag"
    copy = tmp_path / "copy.bodiag"
    assert main(["new", str(doc), "--org", "ACME"]) == 0
    assert main(["start", str(doc), str(mini_path)]) == 0
    assert main(["share", str(doc), str(copy)]) == 0
    capsys.readouterr()
    before = copy.read_bytes()
    assert main(["answer", str(copy), "1", "q1", "none"]) == 3
    assert "read-only until taken over (bodiag take-over" in capsys.readouterr().err
    assert copy.read_bytes() == before
    assert main(["take-over", str(copy)]) == 0
    assert main(["answer", str(copy), "1", "q1", "none"]) == 0
