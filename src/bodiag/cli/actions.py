"""Command group: the action plan — list, add from recommendations or by hand, update, delete, export, import.

A thin layer over :mod:`bodiag.services.action_plan` and :mod:`bodiag.services.action_files`;
:func:`register` adds the commands to ``bodiag``'s parser. Services (and openpyxl)
are imported when a command runs, so ``bodiag --help`` stays quick.
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import (
    Subcommands,
    add_command,
    add_lang_option,
    open_assessment,
    open_document,
    print_json,
    rejected_rows_listed,
)
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL
from bodiag.errors import BodiagError, ExitCode

FIELDS = ("title", "owner", "deadline", "status", "cost", "effort", "question_ids", "notes", "assessment")


def _changes(args: argparse.Namespace) -> dict[str, object]:
    changes = {name: getattr(args, name) for name in FIELDS if getattr(args, name, None) is not None}
    if "question_ids" in changes:
        changes["question_ids"] = ",".join(changes["question_ids"])
    return changes


# -- commands -------------------------------------------------------------------------


def cmd_actions(args: argparse.Namespace) -> int:
    from bodiag.cli.text import render_action
    from bodiag.services import action_plan

    with open_document(args.file, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(args.assessment) if args.assessment else None
        actions = action_plan.list_actions(diagnostic, assessment)
        if args.json:
            print_json([a.as_dict() for a in actions])
            return ExitCode.OK
        for action in actions:
            print(render_action(action, args.lang))
    return ExitCode.OK


def cmd_actions_from_recommendations(args: argparse.Namespace) -> int:
    from bodiag.services import action_plan

    with open_assessment(args) as (diagnostic, assessment):
        created = action_plan.from_recommendations(diagnostic, assessment, args.top)
        for action in created:
            print(f"{action.id:>3}  {action.title}")
        plural = "" if len(created) == 1 else "s"
        print(f"created {len(created)} action{plural} from the recommendations of assessment {assessment.id}")
    return ExitCode.OK


def cmd_action_add(args: argparse.Namespace) -> int:
    from bodiag.services import action_plan

    changes = _changes(args)
    with open_document(args.file) as diagnostic:
        print(action_plan.add(diagnostic, changes.pop("title"), **changes).id)
    return ExitCode.OK


def cmd_action_update(args: argparse.Namespace) -> int:
    from bodiag.cli.text import render_action
    from bodiag.services import action_plan

    changes = _changes(args)
    if not changes:
        raise BodiagError("give at least one change (--title, --owner, --deadline, --status, --cost, …)")
    with open_document(args.file) as diagnostic:
        print(render_action(action_plan.update(diagnostic, args.action, **changes), args.lang))
    return ExitCode.OK


def cmd_action_delete(args: argparse.Namespace) -> int:
    from bodiag.services import action_plan

    with open_document(args.file) as diagnostic:
        action = action_plan.delete(diagnostic, args.action)
        print(f"deleted action {action.id}: {action.title}")
    return ExitCode.OK


def cmd_actions_export(args: argparse.Namespace) -> int:
    from bodiag.services.action_files import export_actions

    with open_document(args.file, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(args.assessment) if args.assessment else None
        count = export_actions(diagnostic, args.output, assessment)
        print(f"exported {count} action{'' if count == 1 else 's'} to {args.output}")
    return ExitCode.OK


def cmd_actions_import(args: argparse.Namespace) -> int:
    from bodiag.services.action_files import import_actions

    with open_document(args.file) as diagnostic:
        assessment = diagnostic.assessment(args.assessment) if args.assessment else None
        with rejected_rows_listed(args.source):
            result = import_actions(diagnostic, args.source, assessment)
        print(f"imported {args.source}: {result.created} created, {result.updated} updated, "
              f"{result.unchanged} unchanged")
    return ExitCode.OK


# -- parser ---------------------------------------------------------------------------

STATUS_HELP = f"{', '.join(ACTION_STATUS)} (or {', '.join(t.fr for t in ACTION_STATUS.values())})"
EFFORT_HELP = f"{', '.join(LEVEL)} (or {', '.join(t.fr for t in LEVEL.values())})"


def _action_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    clear = "" if adding else " ('' clears it)"
    p.add_argument("--title", required=adding, help="what to do (at most 300 characters)")
    p.add_argument("--assessment", help="the assessment it belongs to: number, or questionnaire id if used once" + clear)
    p.add_argument("--owner", help="who is responsible" + clear)
    p.add_argument("--deadline", metavar="YYYY-MM-DD", help="the deadline" + clear)
    p.add_argument("--status", help=STATUS_HELP + ("; default: todo" if adding else ""))
    p.add_argument("--cost", metavar="EUROS", help="estimated cost in euros, 0 or more" + clear)
    p.add_argument("--effort", help=EFFORT_HELP + clear)
    p.add_argument(
        "--question", dest="question_ids", metavar="Q", action="append",
        help="a linked question id, of the assessment's questionnaire (repeat, or separate with commas)"
        + ("" if adding else "; they replace the linked questions, '' clears them"),
    )
    p.add_argument("--notes", help="free notes" + clear)


def register(sub: Subcommands) -> None:
    p = add_command(
        sub, "actions", cmd_actions,
        "list the action plan: to do, in progress, done, dropped, then by deadline",
    )
    p.add_argument("file")
    p.add_argument("--assessment", help="only this assessment's actions")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)

    p = add_command(
        sub, "actions-from-recommendations", cmd_actions_from_recommendations,
        "add one action per recommendation that applies to an assessment, in priority order; "
        "recommendations that already have an action are skipped",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("--top", type=int, metavar="N", help="only the N recommendations of highest priority")

    p = add_command(sub, "action-add", cmd_action_add, "add an action of your own; print its number")
    p.add_argument("file")
    _action_options(p, adding=True)

    p = add_command(sub, "action-update", cmd_action_update, "change an action; only the options given change")
    p.add_argument("file")
    p.add_argument("action", help="action number or identifier (uuid)")
    _action_options(p, adding=False)
    add_lang_option(p)

    p = add_command(sub, "action-delete", cmd_action_delete, "remove an action")
    p.add_argument("file")
    p.add_argument("action", help="action number or identifier (uuid)")

    p = add_command(
        sub, "actions-export", cmd_actions_export,
        "export the action plan to CSV (UTF-8, ';', for Excel) or XLSX, with French column names",
    )
    p.add_argument("file")
    p.add_argument("output", metavar="OUT.csv|OUT.xlsx")
    p.add_argument("--assessment", help="only this assessment's actions")

    p = add_command(
        sub, "actions-import", cmd_actions_import,
        "import an action plan from CSV or XLSX: a row with a known Identifiant updates that action, "
        "a row without one adds an action; nothing is written if any row is bad",
    )
    p.add_argument("file")
    p.add_argument("source", metavar="IN.csv|IN.xlsx")
    p.add_argument("--assessment", help="the assessment new actions belong to (default: none)")
