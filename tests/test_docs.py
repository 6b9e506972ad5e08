"""Generated documentation is current."""

from __future__ import annotations

import pytest

from bodiag.cli.reference import cli_reference
from tests.conftest import ROOT


def test_cli_reference_is_current():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference(), "run `make docs`"


@pytest.mark.parametrize("columns", ["40", "100", "250"])
def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference()


def test_cli_reference_names_every_command_and_option():
    from bodiag.cli import build_parser

    text = cli_reference()
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, subparser in sub.choices.items():
        assert f"## `bodiag {name}`" in text
        for action in subparser._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}" in text, (name, option)


def test_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line.strip() for line in text.split("```", 2)[1].splitlines() if line.strip() and not line.startswith("sh")]
    assert commands[:2] == ["make run", "make test"]
