"""Desktop start-up and navigation, each against a bare reference measured in the same run.

    python benchmarks/startup.py        (or: make bench)

- Cold start to an interactive window on the demo document (``bodiag-gui --smoke``,
  a fresh process each time) against a bare PySide6 process that shows a
  ``QMainWindow`` and quits once idle: targets ≤ 2× its time and ≤ 2× its peak memory.
- Moving to the next question in the answering view: target ≤ 16 ms median, against a
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

RUNS = 5

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = "import sys; from bodiag.ui.app import main; sys.exit(main(['--smoke']))"


def measure(code: str, env: dict[str, str]) -> tuple[float, float]:
    runs = [run_child_isolated(code, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def run_child_isolated(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Run through a tiny parent so that each measurement's peak memory is its own."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        f"r = subprocess.run([sys.executable, '-c', {code!r}], capture_output=True, text=True)\n"
        "e = time.perf_counter() - t\n"
        "print(json.dumps([r.returncode, e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.stderr[-2000:]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", wrapper], env=env, capture_output=True, text=True, check=True)
    code_, elapsed, peak_kib, stderr = json.loads(done.stdout)
    if code_ != 0:
        raise SystemExit(f"child failed:\n{stderr}")
    return elapsed, peak_kib / 1024


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
    verdict = "ok" if ours <= 16 else "OVER TARGET"
    print(f"{'next question (median of ' + str(len(samples)) + ')':<40} {ours:8.2f} ms  bare {ref:7.3f} ms  ×{ours / ref:6.1f}  target ≤ 16 ms  {verdict}")
    window.close()


def main() -> int:
    data = Path(tempfile.mkdtemp(prefix="bodiag-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "BODIAG_DATA_DIR": str(data)}
    try:
        # the first start builds the demo document; measure warm-file cold starts after it
        run_child_isolated(APP, env)
        bare_time, bare_mem = measure(BARE, env)
        app_time, app_mem = measure(APP, env)
        print(f"bodiag start-up benchmarks — Python {sys.version.split()[0]}, {RUNS} runs each, medians")
        for name, ours, ref, unit in (("cold start to window", app_time, bare_time, "s"),
                                      ("peak memory", app_mem, bare_mem, "MiB")):
            ratio = ours / ref
            verdict = "ok" if ratio <= 2 else "OVER TARGET"
            print(f"{name:<40} {ours:8.2f} {unit:<3} bare {ref:7.2f} {unit:<3} ×{ratio:5.2f}  target ≤ 2×  {verdict}")
        navigation(env)
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
