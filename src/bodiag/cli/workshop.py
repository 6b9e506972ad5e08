"""Command group: workshops with several respondents — respondents, their answers, divergence, consensus.

A thin layer over :mod:`bodiag.services.workshop`; :func:`register` adds the
commands to ``bodiag``'s parser. Services are imported when a command runs, so
``bodiag --help`` stays quick.
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import (
    Subcommands,
    add_command,
    add_lang_option,
    open_assessment,
    print_json,
    rejected_rows_listed,
)
from bodiag.domain.vocabulary import ROLES
from bodiag.errors import ExitCode


def cmd_respondents(args: argparse.Namespace) -> int:
    from bodiag.services import workshop

    with open_assessment(args, readonly=True) as (diagnostic, assessment):
        people = workshop.respondents(diagnostic, assessment)
        answers = workshop.respondent_answers(diagnostic, assessment)
        rows = [
            {"id": r.id, "name": r.name, "role": r.role, "answers": sum(v is not None for v, _ in answers[r.id].values()),
             "created_at": r.created_at}
            for r in people
        ]
        if args.json:
            print_json(rows)
            return ExitCode.OK
        for row in rows:
            plural = "" if row["answers"] == 1 else "s"
            print(f"{row['id']:>3}  {row['name']:<24} {row['role']:<12} {row['answers']:>4} answer{plural}")
    return ExitCode.OK


def cmd_respondent_add(args: argparse.Namespace) -> int:
    from bodiag.services import workshop

    with open_assessment(args) as (diagnostic, assessment):
        print(workshop.add_respondent(diagnostic, assessment, args.name, args.role).id)
    return ExitCode.OK


def cmd_respondent_answer(args: argparse.Namespace) -> int:
    from bodiag.cli.text import recorded_answer
    from bodiag.services import workshop
    from bodiag.services.diagnostic import KEEP

    with open_assessment(args) as (diagnostic, assessment):
        respondent = workshop.find_respondent(diagnostic, assessment, args.respondent)
        value, _ = workshop.respondent_answer(
            diagnostic, assessment, respondent, args.question, args.value, KEEP if args.note is None else args.note
        )
        print(f"{respondent.name} · {recorded_answer(diagnostic, assessment, args.question, value, args.lang)}")
    return ExitCode.OK


def cmd_respondent_import(args: argparse.Namespace) -> int:
    from bodiag.services import workshop

    with open_assessment(args) as (diagnostic, assessment):
        respondent = workshop.find_respondent(diagnostic, assessment, args.respondent)
        with rejected_rows_listed(args.source):
            count = workshop.import_respondent_copy(diagnostic, assessment, respondent, args.source)
        print(f"imported {count} answers for {respondent.name} (assessment {assessment.id})")
    return ExitCode.OK


def cmd_divergence(args: argparse.Namespace) -> int:
    from bodiag.cli.text import render_divergence
    from bodiag.services import workshop

    with open_assessment(args, readonly=True) as (diagnostic, assessment):
        items = workshop.divergence(diagnostic, assessment)
        if args.json:
            print_json([item.as_dict(args.lang) for item in items])
            return ExitCode.OK
        print(render_divergence(items, args.lang))
    return ExitCode.OK


def cmd_consensus(args: argparse.Namespace) -> int:
    from bodiag.cli.text import recorded_answer
    from bodiag.services import workshop

    with open_assessment(args) as (diagnostic, assessment):
        record = workshop.apply_consensus(diagnostic, assessment, args.question, args.value)
        print(recorded_answer(diagnostic, assessment, args.question, record and record.value, args.lang))
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(sub, "respondents", cmd_respondents, "list an assessment's respondents and how many answers each gave")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("--json", action="store_true")

    p = add_command(sub, "respondent-add", cmd_respondent_add, "add a respondent to an assessment; print their number")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("name")
    p.add_argument("--role", choices=list(ROLES), default="other", help="default: other")

    p = add_command(
        sub, "respondent-answer", cmd_respondent_answer,
        "record one respondent's answer (same values as 'answer'; 'none' is an empty checklist)",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("respondent", help="respondent number or name")
    p.add_argument("question")
    p.add_argument("value")
    p.add_argument("--note", help="note to keep with the answer ('' removes it)")
    add_lang_option(p)

    p = add_command(
        sub, "respondent-import", cmd_respondent_import,
        "take a respondent's answers from their answered copy of the document (replaces theirs), "
        "or from CSV/JSON (adds to theirs); nothing is written if anything is wrong",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("respondent", help="respondent number or name")
    p.add_argument("source", metavar="copy.bodiag|answers.csv|answers.json")

    p = add_command(
        sub, "divergence", cmd_divergence,
        "questions answered by several respondents, largest spread of levels first ('!': 2 levels or more apart)",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("--json", action="store_true")
    add_lang_option(p)

    p = add_command(
        sub, "consensus", cmd_consensus,
        "set the assessment's answer to a question from its respondents' answers: VALUE, or the suggestion "
        "(median level, the lower of the two middle ones for an even count; checklist items ticked by a majority)",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("question")
    p.add_argument("value", nargs="?", help="the facilitator's choice (default: the suggestion)")
    add_lang_option(p)
