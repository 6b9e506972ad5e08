"""The desktop bundle against the source install, measured in the same run.

    python benchmarks/bundle.py dist/bodiag        (or: make bench-bundle, which builds it first)

- Size on disk: the bundle's folder against what the source install needs to run the
  app (the venv's site-packages without the test and build tools, and bodiag's own tree).
- Cold start: ``bodiag-gui --smoke`` on the demo document (open, show the results, quit
  once idle), a fresh process each time, the bundle's against ``.venv/bin/bodiag-gui``;
  and the command line's ``bodiag score`` the same way. Medians of several runs.
There is no target: the figures show what the installer costs a user against a developer's
checkout, so that a change which doubles either is seen.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# Installed for the suite or the build, never loaded by the app.
NOT_THE_APPS = ("pytest", "_pytest", "hypothesis", "pypdf", "pypdfium2", "PyInstaller", "pip", "setuptools",
                "hatchling", "pyinstaller_hooks_contrib", "pytestqt", "pygments", "uv")


def size(path: Path, skip: tuple[str, ...] = ()) -> int:
    total = 0
    for entry in path.iterdir():
        if entry.name.split("-")[0] in skip or entry.is_symlink():
            continue
        total += size(entry) if entry.is_dir() else entry.stat().st_size
    return total


def site_packages() -> Path:
    return next((VENV / "lib").glob("python3.*/site-packages"))


def median_seconds(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python benchmarks/bundle.py dist/bodiag", file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()
    if not (bundle / "bodiag-gui").exists():
        print(f"no bundle in {bundle}: run `make dist`", file=sys.stderr)
        return 2
    bundled = size(bundle)
    source = size(site_packages(), NOT_THE_APPS) + size(ROOT / "src") + size(ROOT / "questionnaires") \
        + size(ROOT / "resources")
    with tempfile.TemporaryDirectory() as tmp:
        env = {"PATH": os.defpath, "HOME": tmp, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
               "BODIAG_DATA_DIR": tmp}
        document = str(Path(tmp) / "demo.bodiag")
        subprocess.run([str(bundle / "bodiag"), "demo", document], env=env, check=True, capture_output=True)
        # One unmeasured run of each, so that both start from a warm file cache.
        for program in (bundle / "bodiag-gui", VENV / "bin" / "bodiag-gui"):
            subprocess.run([str(program), "--smoke", document], env=env, check=True, capture_output=True)
        gui_bundle = median_seconds([str(bundle / "bodiag-gui"), "--smoke", document], env)
        gui_source = median_seconds([str(VENV / "bin" / "bodiag-gui"), "--smoke", document], env)
        cli_bundle = median_seconds([str(bundle / "bodiag"), "score", document], env)
        cli_source = median_seconds([str(VENV / "bin" / "bodiag"), "score", document], env)
    mib = 1024 * 1024
    print(f"{'':34}{'bundle':>10}{'source':>10}{'ratio':>8}")
    print(f"{'size on disk (MiB)':34}{bundled / mib:10.1f}{source / mib:10.1f}{bundled / source:8.2f}")
    print(f"{'bodiag-gui --smoke, demo (s)':34}{gui_bundle:10.3f}{gui_source:10.3f}{gui_bundle / gui_source:8.2f}")
    print(f"{'bodiag score, demo (s)':34}{cli_bundle:10.3f}{cli_source:10.3f}{cli_bundle / cli_source:8.2f}")
    print(f"medians of {RUNS} cold processes each; source = .venv/bin, bundle = {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
