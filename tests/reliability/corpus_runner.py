"""Run many command lines of bodiag in one interpreter; print each one's exit code, output and any crash as JSON.

The hostile-file corpus runs here rather than in one process per file (a few
hundred would take minutes). Each result is printed as one JSON line as soon as
it is known. A command that has not returned after :data:`LIMIT` seconds is a
hang: its line says so and this process ends at once (a hang in SQLite's C code
lets no Python exception through), so the test can run the rest in a new one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import threading
import traceback

LIMIT = 20
HUNG = 3  # the exit status when a command hung


def _emit(record: dict) -> None:
    sys.__stdout__.write(json.dumps(record) + "\n")
    sys.__stdout__.flush()


def _hung(name: str) -> None:
    _emit({"name": name, "code": None, "out": "", "err": "", "err_chars": 0,
           "crash": f"no answer after {LIMIT} s (a hang)"})
    os._exit(HUNG)


def run(name: str, case: dict) -> dict:
    from bodiag.cli import main

    out, err = io.StringIO(), io.StringIO()
    os.chdir(case["cwd"])
    watchdog = threading.Timer(LIMIT, _hung, [name])
    watchdog.daemon = True
    watchdog.start()
    code, crash = None, None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(case["argv"])
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException:  # noqa: BLE001 - whatever escapes is what the test reports
        crash = traceback.format_exc()[-3000:]
    finally:
        watchdog.cancel()
    return {"name": name, "code": code, "out": out.getvalue()[-5000:], "err": err.getvalue()[-20000:],
            "err_chars": len(err.getvalue()), "crash": crash}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as plan:
        cases = json.load(plan)
    for name, case in cases.items():
        _emit(run(name, case))
