"""The command line: ``bodiag COMMAND …`` (or ``python -m bodiag``)."""

from __future__ import annotations

import argparse
import sys

from bodiag.domain.loader import load_file
from bodiag.errors import ExitCode


def cmd_validate(args: argparse.Namespace) -> int:
    bad = 0
    for path in args.files:
        result = load_file(path)
        for problem in result.problems:
            print(problem)
        bad += bool(result.problems)
    return ExitCode.PROBLEMS if bad else ExitCode.OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bodiag")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
