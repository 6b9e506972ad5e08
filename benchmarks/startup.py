"""Desktop start-up and navigation, each against a bare reference measured in the same run.

    python benchmarks/startup.py        (or: make bench)

- Cold start to an interactive window on the demo document (what ``bodiag-gui --smoke``
  does, a fresh process each time) against a bare PySide6 process that shows a
  ``QMainWindow`` and quits once idle: targets ≤ 1.5× its time (from the start of the
  process to the event loop's first idle moment) and ≤ 2× its peak memory. The whole
  process's time, exit included, is printed too.
- Moving to the next question in the answering view: target ≤ 8 ms median, against a
  bare ``QLabel.setText`` + repaint as the reference.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9

# Both children say when their window is interactive (the first idle moment of the event loop)
# on the system-wide monotonic clock that perf_counter reads on Linux; the parent measures from
# just before it starts the child, so "to window" is the start-up a user waits for, and "whole
# process" adds the interpreter's exit.
READY = "QTimer.singleShot(0, lambda: (print(time.perf_counter(), flush=True), app.quit()))"

BARE = f"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
window.show()
{READY}
app.exec()
"""

# What `bodiag-gui --smoke` does (bodiag.ui.app.main), with the same ready mark as the bare window.
APP = f"""
import sys, time
from bodiag.ui.app import parse_args, start
from PySide6.QtCore import QTimer
app, window = start(parse_args(["--smoke"]))
if window.session is None:
    sys.exit("the demo document did not open")
{READY}
app.exec()
window.close()
"""


def paired(first: str, second: str, env: dict[str, str]) -> list[tuple[tuple[float, float, float], tuple[float, float, float]]]:
    """:data:`RUNS` pairs of runs, each pair one child of each, run one after the other.

    The machine's speed drifts from one second to the next: alternating the two keeps both
    sides of every ratio on the same footing, where all of one and then all of the other
    would let a slow spell fall on one side only.
    """
    return [(run_child_isolated(first, env), run_child_isolated(second, env)) for _ in range(RUNS)]


def run_child_isolated(code: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Run through a tiny parent so that each measurement's peak memory is its own."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        f"r = subprocess.run([sys.executable, '-c', {code!r}], capture_output=True, text=True)\n"
        "e = time.perf_counter() - t\n"
        "lines = r.stdout.split()\n"
        "ready = float(lines[-1]) - t if r.returncode == 0 and lines else -1\n"
        "print(json.dumps([r.returncode, ready, e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.stderr[-2000:]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", wrapper], env=env, capture_output=True, text=True, check=True)
    code_, ready, elapsed, peak_kib, stderr = json.loads(done.stdout)
    if code_ != 0:
        raise SystemExit(f"child failed:\n{stderr}")
    return ready, elapsed, peak_kib / 1024


def navigation(env: dict[str, str]) -> None:
    os.environ.update(env)
    from PySide6.QtWidgets import QLabel

    from bodiag.ui.app import build, parse_args

    app, window = build(parse_args(["--smoke"]))
    window.workspace.show_answers()
    pane = window.workspace.answer_view.pane
    presenter = window.presenter
    ids = [q.id for q in presenter.questions()]
    samples = []
    for _ in range(3):
        presenter.go_to(ids[0])
        for _ in ids[1:]:
            start = time.perf_counter()
            pane.go_next()
            window.workspace.answer_view.repaint()
            app.processEvents()
            samples.append(time.perf_counter() - start)
    label = QLabel()
    label.show()
    bare = []
    for i in range(len(samples)):
        start = time.perf_counter()
        label.setText(f"Question {i}")
        label.repaint()
        app.processEvents()
        bare.append(time.perf_counter() - start)
    ours, ref = statistics.median(samples) * 1000, statistics.median(bare) * 1000
    verdict = "ok" if ours <= 8 else "OVER TARGET"
    print(f"{'next question (median of ' + str(len(samples)) + ')':<40} {ours:8.2f} ms  bare {ref:7.3f} ms  ×{ours / ref:6.1f}  target ≤ 8 ms  {verdict}")
    window.close()


def main() -> int:
    data = Path(tempfile.mkdtemp(prefix="bodiag-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "BODIAG_DATA_DIR": str(data)}
    # As on a user's machine, modules are compiled once and their byte-code cached: a
    # PYTHONDONTWRITEBYTECODE inherited from the shell would have every run compile them again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        # the first start builds the demo document; measure warm-file cold starts after it
        run_child_isolated(APP, env)
        pairs = paired(BARE, APP, env)
        print(f"bodiag start-up benchmarks — Python {sys.version.split()[0]}, {RUNS} paired runs, medians"
              " (a ratio is the median of the pairs' ratios)")
        for index, (name, unit, target) in enumerate((
            ("cold start to interactive window", "s", 1.5),
            ("whole process, exit included (info)", "s", None),
            ("peak memory", "MiB", 2),
        )):
            ref = statistics.median(bare[index] for bare, _ in pairs)
            ours = statistics.median(app[index] for _, app in pairs)
            ratio = statistics.median(app[index] / bare[index] for bare, app in pairs)
            verdict = "" if target is None else f"target ≤ {target}×  " + ("ok" if ratio <= target else "OVER TARGET")
            print(f"{name:<40} {ours:8.2f} {unit:<3} bare {ref:7.2f} {unit:<3} ×{ratio:5.2f}  {verdict}")
        navigation(env)
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
