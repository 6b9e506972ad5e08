"""A failed operation becomes the prompter's error; a test never passes over an error it did not expect."""

from __future__ import annotations

import pytest

from bodiag.errors import InputError
from bodiag.services.answer_files import ImportRejected
from bodiag.ui.errors import reporting_failure
from bodiag.ui.prompter import RecordingPrompter, ScriptedPrompter


def test_a_core_error_becomes_the_prompters_error_and_the_caller_knows():
    prompter = ScriptedPrompter().expect_error()
    with reporting_failure(prompter, "Not done") as attempt:
        raise InputError("q9: no such question")
    assert attempt.failed and str(attempt.error) == "q9: no such question"
    assert prompter.calls("show_error") == [("Not done", "q9: no such question", None)]


def test_every_problem_of_a_rejected_import_goes_to_the_details(tmp_path):
    prompter = ScriptedPrompter().expect_error()
    with reporting_failure(prompter, "Nothing was imported"):
        raise ImportRejected(tmp_path / "bad.csv", ["row 2: q9 unknown", "row 3: value missing"])
    [(_, _, details)] = prompter.calls("show_error")
    assert details == "row 2: q9 unknown\nrow 3: value missing"


def test_success_shows_nothing_and_other_exceptions_are_not_hidden():
    prompter = ScriptedPrompter()
    with reporting_failure(prompter, "Not done") as attempt:
        pass
    assert not attempt.failed and prompter.asked == []
    with pytest.raises(ZeroDivisionError), reporting_failure(prompter, "Not done"):
        1 / 0  # noqa: B018 - a bug is no user's error: it propagates
    assert prompter.asked == []


def test_an_error_nobody_expected_fails_the_test():
    prompter = ScriptedPrompter()
    with pytest.raises(AssertionError, match="unexpected error shown: Oops: broken"):
        prompter.show_error("Oops", "broken")
    assert prompter.unexpected_errors == [("Oops", "broken")]


def test_an_expected_error_is_expected_once_only():
    prompter = ScriptedPrompter().expect_error()
    prompter.show_error("First", "expected")
    with pytest.raises(AssertionError):
        prompter.show_error("Second", "not expected")
    scripted = ScriptedPrompter().script("show_error", None)
    scripted.show_error("Scripted", "expected too")
    assert scripted.unexpected_errors == []


def test_a_smoke_run_records_errors_without_refusing_them():
    prompter = RecordingPrompter()
    prompter.show_error("Cannot open", "damaged", "details")
    prompter.show_error("Cannot open", "again")
    assert prompter.calls("show_error") == [("Cannot open", "damaged", "details"), ("Cannot open", "again", None)]
    assert prompter.unexpected_errors == []
