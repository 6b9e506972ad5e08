"""UI fixtures: a context with a scripted prompter and throw-away settings, never a blocking dialog."""

from __future__ import annotations

import pytest

from bodiag.services.diagnostic import Diagnostic


@pytest.fixture
def prompter():
    """Answers as scripted; an error the test did not expect (``prompter.expect_error()``) fails it."""
    from bodiag.ui.prompter import ScriptedPrompter

    scripted = ScriptedPrompter()
    yield scripted
    assert not scripted.unexpected_errors, f"errors shown that the test did not expect: {scripted.unexpected_errors}"


@pytest.fixture
def context(qapp, prompter, tmp_path):
    from bodiag.ui.context import AppContext
    from bodiag.ui.settings import AppSettings

    ctx = AppContext(settings=AppSettings(tmp_path / "settings.ini"), prompter=prompter)
    ctx.translations.apply(ctx.settings.language)
    yield ctx
    ctx.translations.apply("en")  # leave the shared QApplication as found


@pytest.fixture
def window(context, qtbot):
    from bodiag.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()


@pytest.fixture
def mini_doc(tmp_path, mini_path):
    """A closed document with one assessment of the mini questionnaire (q1 scale, q2 grid shown once q1 ≥ decided)."""
    path = tmp_path / "mini.bodiag"
    with Diagnostic.create(path, "ACME", phase="growth") as diagnostic:
        diagnostic.start(str(mini_path), assessor="Alice")
    return path


@pytest.fixture
def workshop_doc(tmp_path, mini_path):
    """A closed document with one assessment of the mini questionnaire in workshop mode, nobody in it yet."""
    path = tmp_path / "atelier.bodiag"
    with Diagnostic.create(path, "ACME") as diagnostic:
        diagnostic.start(str(mini_path), assessor="Claire", mode="workshop")
    return path
