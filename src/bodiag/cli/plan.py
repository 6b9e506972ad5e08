"""Command group: the plan directeur — ``bodiag plan synthesis`` and the commands of each part of the plan.

A thin layer over :mod:`bodiag.services.synthesis`, imported when a command runs.
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, add_lang_option, group_parts, open_document, show_view
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
    from bodiag.cli.text import render_synthesis
    from bodiag.services.roadmap import for_board

    if args.top is not None and args.top < 1:
        raise InputError(f"--top must be 1 or more (got {args.top})")
    with open_document(args.file, readonly=True) as diagnostic:
        result, _ = for_board(diagnostic, args.lang, args.capacity)
    return show_view(result, args, lambda: render_synthesis(result, args.top))


def cmd_vision(args: argparse.Namespace) -> int:
    from bodiag.cli.text import render_vision
    from bodiag.services import plan

    with open_document(args.file, readonly=True) as diagnostic:
        result = plan.vision(diagnostic, args.lang)
    return show_view(result, args, lambda: render_vision(result, args.lang))


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


def _scenario_changes(args: argparse.Namespace) -> dict[str, object]:
    from bodiag.domain.scenarios import CRITERIA

    names = ("kind", "title", "description", "cost_estimate", *CRITERIA)
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _show_scenarios(diagnostic, args: argparse.Namespace) -> None:
    from bodiag.cli.text import render_scenarios
    from bodiag.services import plan

    view = plan.scenarios(diagnostic, args.lang)
    show_view(view, args, lambda: render_scenarios(view, args.lang))


def cmd_scenarios(args: argparse.Namespace) -> int:
    from bodiag.services import plan

    with open_document(args.file, readonly=not args.add_article_options) as diagnostic:
        if args.add_article_options:
            plan.add_article_scenarios(diagnostic, args.lang)
        _show_scenarios(diagnostic, args)
    return ExitCode.OK


def cmd_scenario_add(args: argparse.Namespace) -> int:
    from bodiag.services import plan

    changes = _scenario_changes(args)
    kind = changes.pop("kind", "custom")
    with open_document(args.file) as diagnostic:
        print(plan.add_scenario(diagnostic, kind, args.lang, **changes).id)
    return ExitCode.OK


def cmd_scenario_update(args: argparse.Namespace) -> int:
    from bodiag.services import plan

    with open_document(args.file) as diagnostic:
        plan.update_scenario(diagnostic, args.scenario, **_scenario_changes(args))
    return ExitCode.OK


def cmd_scenario_delete(args: argparse.Namespace) -> int:
    from bodiag.services import plan

    with open_document(args.file) as diagnostic:
        plan.delete_scenario(diagnostic, args.scenario)
    return ExitCode.OK


def cmd_weights(args: argparse.Namespace) -> int:
    from bodiag.domain.scenarios import CRITERIA
    from bodiag.services import plan

    new = {c: getattr(args, c) for c in CRITERIA if getattr(args, c) is not None}
    with open_document(args.file, readonly=not new) as diagnostic:
        if new:
            plan.set_weights(diagnostic, **new)
        _show_scenarios(diagnostic, args)
    return ExitCode.OK


def cmd_choose(args: argparse.Namespace) -> int:
    from bodiag.services import plan

    if args.none == (args.scenario is not None):
        raise InputError("give the chosen scenario, or --none to withdraw the choice")
    with open_document(args.file) as diagnostic:
        plan.choose(diagnostic, None if args.none else args.scenario, args.rationale or "")
    return ExitCode.OK


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None


def _scenario_options(p: argparse.ArgumentParser) -> None:
    from bodiag.domain.scenarios import CRITERIA, KINDS

    p.add_argument("--kind", choices=KINDS, help="the option of the method it is (default custom)")
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--cost-estimate", dest="cost_estimate", metavar="EUROS", help="estimated cost in euros")
    for criterion in CRITERIA:
        p.add_argument(f"--{criterion.replace('_', '-')}", dest=criterion, metavar="1-5",
                       help=f"{criterion.replace('_', ' ')}: 1 (low) to 5 (high)")


def register(sub: Subcommands) -> None:
    parts = group_parts(sub, "plan", "the plan directeur: synthesis across questionnaires and the plan's parts")

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

    p = add_command(parts, "scenarios", cmd_scenarios,
                    "the scenarios compared: ratings, weighted totals, ranking, what would change the first place, the "
                    "verdicts that speak to each, the chosen one")
    p.add_argument("file")
    p.add_argument("--add-article-options", action="store_true",
                   help="first add the four options of the master-plan method not present yet (optimise, acquire, "
                        "outsource in part, outsource entirely), unrated")
    p.add_argument("--json", action="store_true")
    add_lang_option(p, "the output and of the options' titles")

    for name, func, adding in (("scenario-add", cmd_scenario_add, True), ("scenario-update", cmd_scenario_update, False)):
        p = add_command(parts, name, func, "add a scenario; print its number" if adding
                        else "change a scenario; only the options given change")
        p.add_argument("file")
        if not adding:
            p.add_argument("scenario", help="scenario number or identifier (uuid)")
        _scenario_options(p)
        if adding:
            add_lang_option(p, "the title and description of an option of the method")

    p = add_command(parts, "scenario-delete", cmd_scenario_delete, "remove a scenario (and the choice, if it was chosen)")
    p.add_argument("file")
    p.add_argument("scenario", help="scenario number or identifier (uuid)")

    p = add_command(parts, "weights", cmd_weights, "show or change the weight of each criterion (0 to 10, default 1)")
    p.add_argument("file")
    for criterion in ("cost", "complexity", "human_impact", "delay", "risk"):
        p.add_argument(f"--{criterion.replace('_', '-')}", dest=criterion, type=_number, metavar="W")
    p.add_argument("--json", action="store_true")
    add_lang_option(p, "the output")

    p = add_command(parts, "choose", cmd_choose, "record the chosen scenario and why")
    p.add_argument("file")
    p.add_argument("scenario", nargs="?", help="scenario number or identifier (uuid)")
    p.add_argument("--rationale", help="why this scenario (one paragraph)")
    p.add_argument("--none", action="store_true", help="withdraw the choice")

    p = add_command(parts, "settings", cmd_settings,
                    "show or change the plan's horizon and the person-days available each quarter")
    p.add_argument("file")
    p.add_argument("--capacity", type=_days, metavar="DAYS", help="person-days available each quarter")
    p.add_argument("--headcount-capacity", action="store_true",
                   help="forget the stated capacity: derive it from the organisation's headcount again")
    p.add_argument("--horizon", type=int, choices=[36, 60], help="months the plan covers (3 or 5 years)")
    add_lang_option(p, "the output")
