"""Build ``docs/cli.md`` from the parser's own help, so the reference cannot drift."""

from __future__ import annotations

import argparse

from bodiag.cli import build_parser


def _help(parser: argparse.ArgumentParser) -> str:
    return parser.format_help().replace("usage: ", "usage: ", 1).rstrip()


def cli_reference() -> str:
    parser = build_parser()
    parts = [
        "# Command-line reference",
        "",
        "Generated from `bodiag --help` by `make docs`; a test fails when it is stale.",
        "",
        "```text",
        _help(parser),
        "```",
    ]
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, subparser in sub.choices.items():
        parts += ["", f"## `bodiag {name}`", "", "```text", _help(subparser), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(cli_reference(), end="")
