"""Nothing outside bodiag.ui imports Qt, and the CLI starts without heavy imports."""

from __future__ import annotations

import subprocess
import sys

CHECK = r"""
import importlib, pkgutil, sys
import bodiag
names = [m.name for m in pkgutil.walk_packages(bodiag.__path__, "bodiag.") if not m.name.startswith("bodiag.ui") and m.name != "bodiag.__main__"]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"})
print(len(names), ",".join(qt))
"""


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_no_qt_outside_the_ui_package():
    count, _, qt = _run(CHECK).partition(" ")
    assert int(count) >= 15, "the walk found too few modules: is the package importable?"
    assert qt == "", f"Qt imported outside bodiag.ui: {qt}"


def test_cli_start_does_not_import_reportlab_or_qt():
    out = _run(
        "import sys; import bodiag.cli; "
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {'reportlab', 'PySide6', 'openpyxl'})))"
    )
    assert out == ""


def test_the_desktop_app_starts_without_reportlab_sqlite_utils_or_ruamel(tmp_path):
    # the whole start-up of `bodiag-gui --smoke` on the demo, the document created beforehand
    start = (
        "import os, sys; os.environ['BODIAG_DATA_DIR'] = {data!r}; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
        "from bodiag.ui.app import build, parse_args; app, window = build(parse_args(['--smoke'])); "
        "assert window.session is not None; "
    )
    _run(start.format(data=str(tmp_path)))
    out = _run(
        start.format(data=str(tmp_path))
        + "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'sqlite_utils', 'ruamel', 'openpyxl'})))"
    )
    assert out == ""
