"""Command group: re-assessment over time — reassess, compare two assessments, the timeline.

A thin layer over :mod:`bodiag.services.reassessment`, imported when a command runs.
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, add_lang_option, open_document, print_json
from bodiag.errors import ExitCode


def cmd_reassess(args: argparse.Namespace) -> int:
    from bodiag.services import reassessment

    with open_document(args.file) as diagnostic:
        previous = diagnostic.assessment(args.assessment)
        print(reassessment.start_from(diagnostic, previous, args.copy_answers, args.title).id)
    return ExitCode.OK


def cmd_compare(args: argparse.Namespace) -> int:
    from bodiag.cli.text import render_comparison
    from bodiag.services import reassessment

    with open_document(args.file, readonly=True) as diagnostic:
        before, after = diagnostic.assessment(args.before), diagnostic.assessment(args.after)
        data = reassessment.compare(diagnostic, before, after).as_dict(args.lang)
        if args.json:
            print_json(data)
            return ExitCode.OK
        print(render_comparison(data, args.lang))
    return ExitCode.OK


def cmd_timeline(args: argparse.Namespace) -> int:
    from bodiag.cli.text import render_timeline
    from bodiag.services import reassessment

    with open_document(args.file, readonly=True) as diagnostic:
        data = reassessment.timeline(diagnostic).as_dict(args.lang)
        if args.json:
            print_json(data)
            return ExitCode.OK
        print(render_timeline(data, args.lang))
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(
        sub, "reassess", cmd_reassess,
        "start a new assessment from a previous one, on the same questionnaire text; print its number",
    )
    p.add_argument("file")
    p.add_argument("assessment", help="the previous assessment (left unchanged)")
    p.add_argument("--copy-answers", action="store_true", help="start from its answers and notes (default: blank)")
    p.add_argument("--title", help="default: the previous title with today's date")

    p = add_command(
        sub, "compare", cmd_compare,
        "compare two assessments of one questionnaire: scores per section, answers that moved, actions completed between",
    )
    p.add_argument("file")
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("--json", action="store_true")
    add_lang_option(p)

    p = add_command(sub, "timeline", cmd_timeline, "every assessment of each questionnaire in date order, with its score")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    add_lang_option(p)
