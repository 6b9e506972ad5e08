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


def cmd_vision(args: argparse.Namespace) -> int:
    import msgspec

    from bodiag.cli.text import render_vision
    from bodiag.services import plan

    with open_document(args.file, readonly=True) as diagnostic:
        result = plan.vision(diagnostic, args.lang)
    if args.json:
        print_json(msgspec.to_builtins(result))
    else:
        print(render_vision(result, args.lang))
    return ExitCode.OK


def cmd_target(args: argparse.Namespace) -> int:
    from bodiag.services import plan

    with open_document(args.file) as diagnostic:
        if args.clear:
            if args.level is not None or args.score is not None or args.ambition is not None:
                raise InputError("--clear takes no --level, --score or --ambition")
            plan.clear_target(diagnostic, args.questionnaire, args.part)
        else:
            plan.set_target(diagnostic, args.questionnaire, args.part, level=args.level, score=args.score,
                            ambition=args.ambition)
    return ExitCode.OK


def cmd_settings(args: argparse.Namespace) -> int:
    from bodiag.domain import i18n
    from bodiag.services import plan

    changing = args.capacity is not None or args.headcount_capacity or args.horizon is not None
    with open_document(args.file, readonly=not changing) as diagnostic:
        if args.capacity is not None or args.headcount_capacity:
            plan.set_capacity(diagnostic, None if args.headcount_capacity else args.capacity)
        if args.horizon is not None:
            plan.set_horizon(diagnostic, args.horizon)
        current = plan.settings(diagnostic)
    capacity = current["capacity_days"]
    shown = i18n.tr("plan_capacity_headcount", args.lang) if capacity is None else i18n.number(capacity, args.lang, 0)
    print(i18n.tr("plan_settings", args.lang, months=current["horizon_months"], capacity=shown))
    return ExitCode.OK


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None


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

    p = add_command(parts, "vision", cmd_vision,
                    "the target vision: each part of each questionnaire today, its target (chosen or suggested), "
                    "the gap and its ambition")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    add_lang_option(p, "the vision")

    p = add_command(parts, "target", cmd_target,
                    "aim a part of a questionnaire at a level or a score, with a one-line ambition; --clear goes "
                    "back to the suggestion")
    p.add_argument("file")
    p.add_argument("questionnaire", help="questionnaire id, e.g. back-office-maturity")
    p.add_argument("part", help="the part's (top section's) id, as 'plan vision' lists them")
    p.add_argument("--level", type=_number, help="target level, for a questionnaire with levels (e.g. 1 to 5)")
    p.add_argument("--score", type=_number, help="target score from 0 to 100")
    p.add_argument("--ambition", help="one line: what reaching the target means for the company")
    p.add_argument("--clear", action="store_true", help="forget the choice: the suggestion applies again")

    p = add_command(parts, "settings", cmd_settings,
                    "show or change the plan's horizon and the person-days available each quarter")
    p.add_argument("file")
    p.add_argument("--capacity", type=_days, metavar="DAYS", help="person-days available each quarter")
    p.add_argument("--headcount-capacity", action="store_true",
                   help="forget the stated capacity: derive it from the organisation's headcount again")
    p.add_argument("--horizon", type=int, choices=[36, 60], help="months the plan covers (3 or 5 years)")
    add_lang_option(p, "the output")
