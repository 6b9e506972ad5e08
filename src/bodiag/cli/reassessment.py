"""Command group: re-assessment over time — reassess, compare two assessments, the timeline.

A thin layer over :mod:`bodiag.services.reassessment`, imported when a command runs.
"""

from __future__ import annotations

import argparse
import sys

from bodiag.cli.common import Subcommands, add_command, add_lang_option, open_document, print_json
from bodiag.errors import ExitCode


def cmd_reassess(args: argparse.Namespace) -> int:
    from bodiag.services import reassessment

    with open_document(args.file) as diagnostic:
        previous = diagnostic.assessment(args.assessment)
        if not args.current_version:
            print(reassessment.start_from(diagnostic, previous, args.copy_answers, args.title).id)
            return ExitCode.OK
        upgrade = reassessment.start_on_current_version(diagnostic, previous, args.title)
        if args.json:
            print_json(upgrade.as_dict())
            return ExitCode.OK
        print(upgrade.record.id)
        questionnaire = diagnostic.questionnaire(upgrade.record)
        numbers = diagnostic.questionnaire(previous).question_numbers
        changed = ", ".join(f"Q{numbers[q]} ({q})" for q in upgrade.changed) or "none"
        print(f"version {upgrade.version_before} → {questionnaire.version}: {len(upgrade.carried)} answers carried over; "
              f"to answer again (question changed or removed): {changed}", file=sys.stderr)
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
    p.add_argument("--current-version", action="store_true",
                   help="move to the bundled questionnaire's current text, carrying over the answers of unchanged "
                        "questions and listing the changed ones (on stderr)")
    p.add_argument("--json", action="store_true", help="with --current-version: what was carried over, as JSON")
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
