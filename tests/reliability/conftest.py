"""The reliability suite: its figures are printed after the run (see :mod:`tests.reliability.figures`)."""

from __future__ import annotations

from tests.reliability.figures import FIGURES, TRIALS


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if FIGURES.trials or FIGURES.refused:
        terminalreporter.write_sep("-", f"reliability ({TRIALS} trials per kind)")
        terminalreporter.write_line(FIGURES.line())
