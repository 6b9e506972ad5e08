"""Command group: the plan directeur — ``bodiag plan synthesis`` and the commands of each part of the plan.

A thin layer over :mod:`bodiag.services.synthesis`, imported when a command runs.
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, add_lang_option, open_document, print_json
from bodiag.errors import ExitCode, InputError


def _days(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of person-days") from None
    if not 0 < value <= 10_000:
        raise argparse.ArgumentTypeError(f"the capacity is more than 0 and at most 10000 person-days (got {text})")
    return value


def cmd_synthesis(args: argparse.Namespace) -> int:
    import msgspec

    from bodiag.cli.text import render_synthesis
    from bodiag.services.synthesis import synthesis

    if args.top is not None and args.top < 1:
        raise InputError(f"--top must be 1 or more (got {args.top})")
    with open_document(args.file, readonly=True) as diagnostic:
        result = synthesis(diagnostic, args.lang, args.capacity)
    if args.json:
        print_json(msgspec.to_builtins(result))
    else:
        print(render_synthesis(result, args.top))
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    plan = sub.add_parser("plan", help="the plan directeur: synthesis across questionnaires and the plan's parts",
                          description="The plan directeur: synthesis across questionnaires and the plan's parts.")
    parts = plan.add_subparsers(dest="plan_command", required=True, metavar="PART")

    p = add_command(
        parts, "synthesis", cmd_synthesis,
        "one ranked list of what to do across the latest assessments and the action plan (merged where they ask for "
        "the same), the first three for this quarter, findings, decisions for the board and risks of doing nothing",
    )
    p.add_argument("file")
    p.add_argument("--capacity", type=_days, metavar="DAYS",
                   help="person-days available this quarter (default: from the organisation's headcount)")
    p.add_argument("--top", type=int, metavar="N", help="list only the N first items (default: all)")
    p.add_argument("--json", action="store_true")
    add_lang_option(p, "the synthesis")
