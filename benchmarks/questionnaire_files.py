"""Questionnaire-file commands on a 250 KB questionnaire, each beside a bare reference measured in the same run.

    python benchmarks/questionnaire_files.py      (or: make bench)

Runs, as a user does, a fresh ``python -m bodiag`` process for each of
- ``bodiag validate`` of the bundled back-office maturity grid (about 250 KB) — target ≤ 0.5 s;
- ``bodiag questionnaire-to-xlsx`` of it — target ≤ 1 s;
- ``bodiag questionnaire-from-xlsx`` of the workbook just written — target ≤ 1 s;
against a bare Python process that reads the same file (the interpreter's own start-up, which
every command pays). Medians of a few runs; the targets are the whole command's time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
QUESTIONNAIRE = Path(__file__).resolve().parent.parent / "questionnaires" / "back-office-maturity.yaml"


# As on a user's machine, modules are compiled once and their byte-code cached: a
# PYTHONDONTWRITEBYTECODE inherited from the shell would have every run compile them again.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def median_s(argv: list[str]) -> float:
    """The median time of a fresh process running ``argv``, after one run that caches byte-code."""
    subprocess.run(argv, check=True, capture_output=True, env=ENV)
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=ENV)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    size_kb = QUESTIONNAIRE.stat().st_size / 1000
    print(f"bodiag questionnaire-file benchmarks — Python {sys.version.split()[0]}, {QUESTIONNAIRE.name} ({size_kb:.0f} KB), "
          f"{RUNS} runs each, medians")
    bare = median_s([sys.executable, "-c", f"open({str(QUESTIONNAIRE)!r}, encoding='utf-8').read()"])
    with tempfile.TemporaryDirectory() as tmp:
        workbook, rebuilt = Path(tmp) / "grid.xlsx", Path(tmp) / "grid.yaml"
        bodiag = [sys.executable, "-m", "bodiag"]
        for name, argv, target in (
            ("validate", [*bodiag, "validate", str(QUESTIONNAIRE)], 0.5),
            ("questionnaire-to-xlsx", [*bodiag, "questionnaire-to-xlsx", str(QUESTIONNAIRE), str(workbook)], 1.0),
            ("questionnaire-from-xlsx", [*bodiag, "questionnaire-from-xlsx", str(workbook), str(rebuilt)], 1.0),
        ):
            ours = median_s(argv)
            verdict = "ok" if ours <= target else "OVER TARGET"
            print(f"{name:<40} {ours:8.2f} s   bare {bare:6.3f} s   ×{ours / bare:6.1f}   target ≤ {target:g} s  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
