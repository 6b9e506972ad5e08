"""Core timings, each beside a bare reference measured in the same run.

    python benchmarks/core.py            (or: make bench)

Prints, for each operation, bodiag's median, the bare reference's median, their
ratio and the target:
- saving one answer (checked, with its history row, own transaction) vs one bare sqlite3
  INSERT + COMMIT with the same durability settings — target ≤ 2× the bare commit;
- scoring a 300-question assessment vs a bare weighted mean over 300 numbers
  — target ≤ 50 ms;
- opening a document holding 200 assessments × 300 answers (header, lock,
  integrity check, schema check) vs a bare sqlite3 connect + count — target ≤ 0.5 s.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bodiag.domain.answers import Answer
from bodiag.domain.loader import load_text
from bodiag.domain.scoring import score
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from bodiag.storage.answers import AnswerChange, save_answers

QUESTIONS = 300
ASSESSMENTS = 200


def synthetic_questionnaire(n: int = QUESTIONS) -> str:
    lines = [
        "format: 1",
        "id: bench",
        'version: "1.0"',
        "title: Banc d’essai",
        "source: {title: bench, reference: benchmarks/core.py}",
        "license: CC0-1.0",
        "levels: 5",
        "scales:",
        "  - id: m",
        "    options:",
        *[f"      - {{id: m{i}, label: Niveau {i}, value: {i}}}" for i in range(1, 6)],
        "      - {id: na, label: N/A, not_applicable: true}",
        "bands:",
        "  - {id: low, min: 0, max: 50, label: Bas}",
        "  - {id: high, min: 50, max: 100, label: Haut}",
        "sections:",
    ]
    per_section = 20
    for s in range(n // per_section):
        lines += [f"  - id: s{s}", f"    title: Section {s}", "    sections:"]
        for p in range(2):
            lines += [f"      - id: s{s}p{p}", f"        title: Pratique {s}.{p}", "        questions:"]
            for k in range(per_section // 2):
                qid = f"q{s}_{p}_{k}"
                lines += [
                    f"          - id: {qid}",
                    "            kind: scale",
                    "            scale: m",
                    f"            weight: {1 + k % 3}",
                    f"            text: Question {qid}",
                    "            recommendations:",
                    "              - {levels: [m1, m2], title: Agir, why: Parce que, how: Ainsi}",
                ]
    return "\n".join(lines) + "\n"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(func, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return samples


def report(name: str, ours: float, bare: float, target_ms: float | None = None, target_ratio: float | None = None) -> None:
    """One line: our median, the bare one, their ratio, and the target (in ms, or as a ratio to the bare reference)."""
    if target_ratio is not None:
        verdict, target = ("ok" if ours / bare <= target_ratio else "OVER TARGET"), f"≤ {target_ratio:g}×"
    else:
        verdict, target = ("ok" if ours <= target_ms else "OVER TARGET"), f"≤ {target_ms:g} ms"
    print(f"{name:<46} {ours:9.2f} ms   bare {bare:8.3f} ms   ×{ours / bare:7.1f}   target {target}  {verdict}")


def bench_save(folder: Path) -> None:
    questionnaire_file = folder / "bench.yaml"
    questionnaire_file.write_text(synthetic_questionnaire(), encoding="utf-8")
    with Diagnostic.create(folder / "save.bodiag", "Bench") as diagnostic:
        assessment = diagnostic.start(str(questionnaire_file))
        ids = [q.id for q in diagnostic.questionnaire(assessment).questions]
        counter = iter(range(10**9))

        def ours() -> None:
            i = next(counter)
            diagnostic.answer(assessment, ids[i % len(ids)], f"m{1 + i % 5}", note=f"note {i}")

        ours_ms = median_ms(timed(ours, 200))

    bare_path = folder / "bare.sqlite"
    conn = sqlite3.connect(bare_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE answers (a INTEGER, q TEXT, value TEXT, note TEXT, PRIMARY KEY (a, q))")
    bare_counter = iter(range(10**9))

    def bare() -> None:
        i = next(bare_counter)
        conn.execute("BEGIN")
        conn.execute("INSERT OR REPLACE INTO answers VALUES (1, ?, ?, ?)", [f"q{i % 300}", "m1", f"note {i}"])
        conn.execute("COMMIT")

    bare_ms = median_ms(timed(bare, 200))
    conn.close()
    report("save one answer (median)", ours_ms, bare_ms, target_ratio=2)


def bench_score() -> None:
    questionnaire = load_text(synthetic_questionnaire(), "bench.yaml").raise_for_problems()
    answers = {q.id: Answer(option=f"m{1 + i % 5}") for i, q in enumerate(questionnaire.questions)}
    ours_ms = median_ms(timed(lambda: score(questionnaire, answers), 50))
    values = [(1 + i % 3, (i % 5) * 25.0) for i in range(QUESTIONS)]

    def bare() -> float:
        return sum(w * s for w, s in values) / sum(w for w, _ in values)

    bare_ms = median_ms(timed(bare, 50))
    report(f"score a {QUESTIONS}-question assessment (median)", ours_ms, bare_ms, 50)


def build_big_document(folder: Path) -> Path:
    path = folder / "big.bodiag"
    questionnaire_file = folder / "bench.yaml"
    questionnaire_file.write_text(synthetic_questionnaire(), encoding="utf-8")
    with Diagnostic.create(path, "Big") as diagnostic:
        ids = None
        for n in range(ASSESSMENTS):
            assessment = diagnostic.start(str(questionnaire_file), title=f"Évaluation {n}")
            ids = ids or [q.id for q in diagnostic.questionnaire(assessment).questions]
            changes = [AnswerChange(qid, Answer(option=f"m{1 + (i + n) % 5}"), "", "bench") for i, qid in enumerate(ids)]
            save_answers(diagnostic.document, assessment.id, changes)
    return path


def bench_open(folder: Path) -> None:
    path = build_big_document(folder)
    size = path.stat().st_size / 1e6

    def ours() -> None:
        with open_document(path) as diagnostic:
            diagnostic.assessments()

    def bare() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM assessments").fetchone()
        conn.close()

    ours_ms = median_ms(timed(ours, 7))
    bare_ms = median_ms(timed(bare, 7))
    report(f"open {ASSESSMENTS}×{QUESTIONS} answers ({size:.1f} MB) (median)", ours_ms, bare_ms, 500)


def main() -> int:
    print(f"bodiag core benchmarks — Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_save(folder)
        bench_score()
        bench_open(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
