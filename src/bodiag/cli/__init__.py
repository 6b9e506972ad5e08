"""The command line: ``bodiag COMMAND …`` (or ``python -m bodiag``).

A thin layer over :mod:`bodiag.services`: it parses arguments, calls a service,
prints the result. Errors a user can cause are one line on stderr and an exit
code (see ``bodiag --help``), never a traceback.

This package builds the parser from its command groups, one module each, and
runs the command asked for. A group imports :mod:`bodiag.cli.common` and
:mod:`bodiag.cli.text`, never another group nor this package
(``tests/test_cli_layout.py`` checks it). The command line may import
:mod:`bodiag.services`, :mod:`bodiag.domain`, :mod:`bodiag.errors` and
:mod:`bodiag.paths`; storage only where a service does not yet say what a
command needs; never :mod:`bodiag.report` (the PDF comes through
:mod:`bodiag.services.report_export`) and never :mod:`bodiag.ui`.
"""

from __future__ import annotations

import argparse
import os
import sys

from bodiag import __version__
from bodiag.cli import (
    actions,
    answers,
    branding,
    deliverable,
    documents,
    fingerprint,
    governance,
    hidden_terms,
    organisation,
    plan,
    questionnaire_sheets,
    questionnaires,
    reassessment,
    report,
    roadmap,
    sharing,
    workshop,
)
from bodiag.cli.common import EXIT_CODES
from bodiag.domain.loader import QuestionnaireError
from bodiag.domain.problems import listed
from bodiag.errors import BodiagError, ExitCode

# In the order ``bodiag --help`` and docs/cli.md list their commands.
GROUPS = (
    documents,
    questionnaires,
    organisation,
    answers,
    report,
    fingerprint,
    deliverable,
    branding,
    sharing,
    hidden_terms,
    questionnaire_sheets,
    actions,
    workshop,
    reassessment,
    plan,
    roadmap,  # adds its commands to plan's
    governance,  # adds its commands to plan's
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodiag",
        description="Diagnose an SME's back office: questionnaires, answers in a .bodiag document, scores.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"bodiag {__version__}", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QuestionnaireError as exc:
        for line in listed(exc.problems):
            print(line, file=sys.stderr)
        return exc.exit_code
    except BodiagError as exc:
        print(f"bodiag: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("bodiag: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``bodiag questions … | head``): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
