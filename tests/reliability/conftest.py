"""The reliability suite: its figures are printed after the run (see :mod:`tests.reliability.figures`)."""

from __future__ import annotations

import shutil

import pytest

from tests.reliability import trials
from tests.reliability.figures import FIGURES, TRIALS


@pytest.fixture(scope="session")
def trial_template(tmp_path_factory):
    """A document for the trials, built once (reading the questionnaire takes a while); the answered question ids."""
    path = tmp_path_factory.mktemp("trial-template") / "trial.bodiag"
    return path, trials.new_document(path)


@pytest.fixture
def trial_document(trial_template, tmp_path):
    """A fresh copy of the trials' document, and the ids of the questions the trials answer."""
    template, questions = trial_template
    path = tmp_path / template.name
    shutil.copyfile(template, path)
    return path, questions


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if FIGURES.trials or FIGURES.refused:
        terminalreporter.write_sep("-", f"reliability ({TRIALS} trials per kind)")
        terminalreporter.write_line(FIGURES.line())
