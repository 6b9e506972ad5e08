"""Answer files in JSON of any shape are refused with a clear message: no traceback, nothing imported."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "acme.bodiag"
    for args in (["new", str(path), "--org", "ACME"], ["start", str(path), "outsourcing-readiness"]):
        subprocess.run([sys.executable, "-m", "bodiag", *args], check=True, capture_output=True)
    return path


@pytest.mark.parametrize("content, said", [
    ('[{"question": "q01_benefits", "value": true}]', "the value is true; give an option"),
    ('[{"question": "q01_benefits", "value": {"option": "decided"}}]', "the value is an object"),
    ('[{"question": "q01_benefits", "value": [1, 2]}]', "a list of other things than item ids"),
    ("[" * 100_000 + "]" * 100_000, "nested far deeper than any answer file"),
    ('[{"question": "q01_benefits", "value": ' + "9" * 5000 + "}]", "a number far longer than any answer"),
])
def test_a_hostile_json_answer_file_is_refused_clearly(document, tmp_path, content, said):
    source = tmp_path / "answers.json"
    source.write_text(content, encoding="utf-8")
    before = document.read_bytes()
    done = subprocess.run([sys.executable, "-m", "bodiag", "import-answers", str(document), "1", str(source)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 4
    assert said in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr) < 2_000
    assert document.read_bytes() == before


def test_an_unbalanced_quote_in_csv_is_an_error_at_its_row(document, tmp_path):
    source = tmp_path / "answers.csv"
    source.write_text('question,value,note\nq01_benefits,decided,"never closed\nq02_x,decided,ok\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bodiag", "import-answers", str(document), "1", str(source)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 4
    assert "row 2: unexpected end of data (a quote opened there is never closed)" in done.stderr


def test_a_flood_of_bad_rows_is_told_in_a_hundred_lines_and_a_count(document, tmp_path):
    source = tmp_path / "answers.csv"
    source.write_text("question,value\n" + "".join(f"{'x' * 3000}{i},decided\n" for i in range(5000)),
                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bodiag", "import-answers", str(document), "1", str(source)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 4
    lines = done.stderr.splitlines()
    assert len(lines) <= 102 and "… and 4900 more problems, not listed" in done.stderr
    assert max(len(line) for line in lines) < 500, "a long id is not echoed whole"
