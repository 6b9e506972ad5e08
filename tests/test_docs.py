"""Generated documentation is current."""

from __future__ import annotations

from bodiag.cli_reference import cli_reference
from tests.conftest import ROOT


def test_cli_reference_is_current(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference(), "run `make docs`"


def test_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line.strip() for line in text.split("```", 2)[1].splitlines() if line.strip() and not line.startswith("sh")]
    assert commands[:2] == ["make run", "make test"]
