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
