"""Commands of the plan's roadmap: ``bodiag plan roadmap``, ``place``, ``suggest``, ``depend``, ``wave``, ``action``.

A thin layer over :mod:`bodiag.services.roadmap`, imported when a command runs;
registered under ``bodiag plan`` by :mod:`bodiag.cli.plan`.
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, add_lang_option, group_parts, open_document, show_view
from bodiag.errors import ExitCode, InputError


def render_roadmap(plan, lang: str) -> str:
    """The roadmap as the terminal shows it: per wave its totals and actions, the warnings, what is closed."""
    from bodiag.domain import i18n
    from bodiag.domain import roadmap_sentences as say

    if not plan.actions and not plan.closed:
        return i18n.tr("rm_empty", lang)
    lines = [i18n.tr("rm_heading", lang)]
    for total in plan.totals:
        lines += ["", say.wave_line(total, lang)]
        for a in (a for a in plan.actions if a.wave == total.wave):
            lines.append("  " + _action_line(a, lang))
    beyond = [a for a in plan.actions if a.wave not in plan.waves]
    if beyond:
        lines += ["", *("  " + _action_line(a, lang) for a in beyond)]
    if plan.warnings:
        lines += ["", i18n.tr("rm_warnings", lang), *(f"- {w}" for w in say.warnings(plan, lang))]
    if plan.closed:
        lines += ["", i18n.tr("rm_closed", lang, count=len(plan.closed))]
    return "\n".join(lines)


def _action_line(a, lang: str) -> str:
    from bodiag.domain import i18n
    from bodiag.domain import roadmap_sentences as say

    parts = [f"{a.id:>3}  {a.title}", f"{say.days(a.workload_days, lang)} j-p" if lang == "fr"
             else f"{say.days(a.workload_days, lang)} p-d"]
    if not a.placed:
        parts.append(i18n.tr("rm_suggested", lang))
    if a.owner:
        parts.append(a.owner)
    if a.cost is not None:
        parts.append(i18n.money(a.cost, lang))
    if a.milestone:
        parts.append(f"{i18n.tr('rm_col_milestone', lang)}{i18n.colon(lang)}{a.milestone}")
    if a.depends_on:
        parts.append(f"{i18n.tr('rm_col_depends', lang)}{i18n.colon(lang)}{', '.join(map(str, a.depends_on))}")
    return " · ".join(parts)


def _show(plan, args: argparse.Namespace) -> None:
    show_view(plan, args, lambda: render_roadmap(plan, args.lang))


def cmd_roadmap(args: argparse.Namespace) -> int:
    from bodiag.services import roadmap

    with open_document(args.file, readonly=True) as diagnostic:
        _show(roadmap.view(diagnostic, args.lang), args)
    return ExitCode.OK


def cmd_place(args: argparse.Namespace) -> int:
    from bodiag.services import roadmap

    if args.unplace == (args.wave is not None):
        raise InputError("give the wave (0-6, 6-18, 18-36 or 36-60), or --unplace to give the action back to the "
                         "suggestion")
    with open_document(args.file) as diagnostic:
        for action in args.action:
            roadmap.place(diagnostic, action, None if args.unplace else args.wave)
    return ExitCode.OK


def cmd_suggest(args: argparse.Namespace) -> int:
    from bodiag.domain import i18n
    from bodiag.services import roadmap

    if args.redo and not args.apply:
        raise InputError("--redo goes with --apply")
    with open_document(args.file, readonly=not args.apply) as diagnostic:
        if args.apply:
            changed = roadmap.apply_suggestion(diagnostic, redo=args.redo)
            print(i18n.tr_count("rm_suggest_applied", args.lang, len(changed)) if changed
                  else i18n.tr("rm_suggest_none", args.lang))
        _show(roadmap.view(diagnostic, args.lang), args)
    return ExitCode.OK


def cmd_depend(args: argparse.Namespace) -> int:
    from bodiag.services import roadmap

    with open_document(args.file) as diagnostic:
        for other in args.on:
            if args.remove:
                roadmap.undepend(diagnostic, args.action, other)
            else:
                roadmap.depend(diagnostic, args.action, other)
    return ExitCode.OK


def cmd_wave(args: argparse.Namespace) -> int:
    from bodiag.domain import i18n
    from bodiag.domain import roadmap_sentences as say
    from bodiag.services import roadmap

    changes = {}
    if args.capacity is not None or args.quarters_capacity:
        changes["capacity"] = None if args.quarters_capacity else args.capacity
    if args.budget is not None or args.no_budget:
        changes["budget"] = None if args.no_budget else args.budget
    with open_document(args.file, readonly=not changes) as diagnostic:
        setting = roadmap.set_wave(diagnostic, args.wave, **changes) if changes else roadmap.wave_setting(diagnostic, args.wave)
    lang = args.lang
    capacity = (i18n.tr("rm_from_quarters", lang) if setting.capacity_days is None
                else say.days(setting.capacity_days, lang))
    budget = i18n.tr("rm_none", lang) if setting.budget is None else i18n.money(setting.budget, lang)
    print(i18n.tr("rm_wave_setting", lang, wave=say.wave_name(setting.wave, lang), capacity=capacity, budget=budget))
    return ExitCode.OK


def cmd_action(args: argparse.Namespace) -> int:
    from bodiag.services import roadmap

    changes = {name: getattr(args, name) for name in ("workload", "milestone", "kind", "wave")
               if getattr(args, name) is not None}
    if args.effort_workload:
        if "workload" in changes:
            raise InputError("give --workload or --effort-workload, not both")
        changes["workload"] = None
    if not changes:
        raise InputError("nothing to change: give --workload, --effort-workload, --milestone, --kind or --wave")
    with open_document(args.file) as diagnostic:
        roadmap.set_fields(diagnostic, args.action, **changes)
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    """The roadmap's commands, under ``bodiag plan``."""
    from bodiag.domain.roadmap import KINDS

    parts = group_parts(sub, "plan")

    p = add_command(parts, "roadmap", cmd_roadmap,
                    "the roadmap: every open action in its wave (placed by hand or suggested) with its workload, owner, "
                    "cost, milestone and dependencies; per wave the workload against the capacity and the cost against "
                    "the budget; the warnings")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    add_lang_option(p, "the roadmap")

    p = add_command(parts, "place", cmd_place, "put actions in a wave by hand, or give them back to the suggestion")
    p.add_argument("file")
    p.add_argument("wave", nargs="?", help="0-6, 6-18, 18-36 or 36-60 (months; 36-60 on a 60-month horizon)")
    p.add_argument("action", nargs="+", help="action number or identifier (uuid)")
    p.add_argument("--unplace", action="store_true", help="forget the wave chosen by hand: the suggestion places it")

    p = add_command(parts, "suggest", cmd_suggest,
                    "show the roadmap as suggested; --apply records the suggested wave of every open action not yet "
                    "placed")
    p.add_argument("file")
    p.add_argument("--apply", action="store_true", help="record the suggestion")
    p.add_argument("--redo", action="store_true", help="with --apply: suggest again the actions placed by hand too")
    p.add_argument("--json", action="store_true")
    add_lang_option(p, "the roadmap")

    p = add_command(parts, "depend", cmd_depend,
                    "record that an action needs others done first (refused when it would close a cycle); --remove "
                    "forgets it")
    p.add_argument("file")
    p.add_argument("action", help="action number or identifier (uuid)")
    p.add_argument("on", nargs="+", help="the actions it depends on")
    p.add_argument("--remove", action="store_true", help="forget these dependencies")

    p = add_command(parts, "wave", cmd_wave, "show or state a wave's capacity in person-days and its budget in euros")
    p.add_argument("file")
    p.add_argument("wave", help="0-6, 6-18, 18-36 or 36-60")
    p.add_argument("--capacity", metavar="DAYS", help="person-days available in the wave")
    p.add_argument("--quarters-capacity", action="store_true",
                   help="forget the stated capacity: the quarter's capacity times the wave's quarters")
    p.add_argument("--budget", metavar="EUROS", help="the wave's budget in euros")
    p.add_argument("--no-budget", action="store_true", help="forget the wave's budget")
    add_lang_option(p, "the output")

    p = add_command(parts, "action", cmd_action, "change an action's roadmap fields: workload, milestone, kind, wave")
    p.add_argument("file")
    p.add_argument("action", help="action number or identifier (uuid)")
    p.add_argument("--workload", metavar="DAYS", help="person-days the action takes")
    p.add_argument("--effort-workload", action="store_true",
                   help="forget the stated workload: the action's effort gives it again")
    p.add_argument("--milestone", metavar="TEXT", help="what marks the action's end (empty: none)")
    p.add_argument("--kind", choices=KINDS, help="improvement, communication, training or gains")
    p.add_argument("--wave", help="0-6, 6-18, 18-36 or 36-60 (empty: suggested)")
