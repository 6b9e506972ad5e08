"""Command group: a questionnaire as a spreadsheet for review, and back — ``questionnaire-to-xlsx``, ``-from-xlsx``.

A thin layer over :mod:`bodiag.services.questionnaire_sheets`, imported (with
openpyxl) only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodiag.cli.common import Subcommands, add_command
from bodiag.errors import ExitCode


def cmd_questionnaire_to_xlsx(args: argparse.Namespace) -> int:
    from bodiag.services.catalog import resolve
    from bodiag.services.questionnaire_sheets import questionnaire_to_xlsx

    source = Path(args.questionnaire)
    if not source.exists():
        source = resolve(args.questionnaire).path  # a bundled questionnaire by id
    out = questionnaire_to_xlsx(source, args.output)
    print(f"wrote {out} from {source}: review it, then rebuild with 'bodiag questionnaire-from-xlsx'")
    return ExitCode.OK


def cmd_questionnaire_from_xlsx(args: argparse.Namespace) -> int:
    from bodiag.domain.problems import listed, shorten
    from bodiag.services.questionnaire_sheets import SheetProblems, questionnaire_from_xlsx

    try:
        questionnaire = questionnaire_from_xlsx(args.source, args.output)
    except SheetProblems as exc:
        for line in listed(exc.problems):
            print(shorten(line), file=sys.stderr)
        return exc.exit_code
    print(f"wrote {args.output}: {questionnaire.id} v{questionnaire.version}, {len(questionnaire.questions)} questions")
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(
        sub,
        "questionnaire-to-xlsx",
        cmd_questionnaire_to_xlsx,
        "write a questionnaire as a spreadsheet for a colleague to review",
    )
    p.add_argument("questionnaire", metavar="QUESTIONNAIRE", help="a questionnaire file (.yaml) or a bundled questionnaire id")
    p.add_argument("output", metavar="OUT.xlsx")

    p = add_command(
        sub,
        "questionnaire-from-xlsx",
        cmd_questionnaire_from_xlsx,
        "rebuild a questionnaire file from a reviewed spreadsheet; print each problem with its sheet, row and column",
    )
    p.add_argument("source", metavar="IN.xlsx")
    p.add_argument("output", metavar="OUT.yaml")
