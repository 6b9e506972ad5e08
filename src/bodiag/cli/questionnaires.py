"""Command group: questionnaires — listing the bundled ones, validating files, the format's JSON Schema."""

from __future__ import annotations

import argparse
import json

from bodiag.cli.common import Subcommands, add_command, add_lang_option, print_json
from bodiag.errors import ExitCode


def cmd_questionnaires(args: argparse.Namespace) -> int:
    from bodiag.services.catalog import bundled

    entries = bundled()
    if args.json:
        print_json(
            [
                {
                    "id": e.questionnaire.id,
                    "version": e.questionnaire.version,
                    "title": e.questionnaire.title.get(args.lang),
                    "questions": len(e.questionnaire.questions),
                    "file": str(e.path),
                }
                for e in entries
            ]
        )
        return ExitCode.OK
    for entry in entries:
        q = entry.questionnaire
        print(f"{q.id:<24} v{q.version:<6} {len(q.questions):>3} questions  {q.title.get(args.lang)}")
    return ExitCode.OK


def cmd_validate(args: argparse.Namespace) -> int:
    from bodiag.domain.loader import load_file
    from bodiag.domain.problems import listed

    bad = 0
    for path in args.files:
        result = load_file(path)
        for line in listed(result.problems):
            print(line)
        bad += bool(result.problems)
        if not result.problems and args.verbose:
            q = result.questionnaire
            print(f"{path}: ok ({q.id} v{q.version}, {len(q.questions)} questions)")
    return ExitCode.PROBLEMS if bad else ExitCode.OK


def cmd_schema(args: argparse.Namespace) -> int:
    from bodiag.domain.schema import questionnaire_schema

    print(json.dumps(questionnaire_schema(), ensure_ascii=False, indent=2))
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(sub, "questionnaires", cmd_questionnaires, "list the bundled questionnaires")
    p.add_argument("--json", action="store_true")
    add_lang_option(p)

    p = add_command(
        sub, "validate", cmd_validate, "check questionnaire files; print each problem as file:line:column: path: message"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-v", "--verbose", action="store_true", help="also say which files are valid")

    add_command(sub, "schema", cmd_schema, "print the JSON Schema of the questionnaire format")
