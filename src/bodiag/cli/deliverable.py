"""Command group: the deliverable — the assessor's commentary, the report's sign-off, a workshop's attendance."""

from __future__ import annotations

import argparse
import sys

from bodiag.cli.common import Subcommands, add_command, open_document, print_json
from bodiag.domain.deliverable import PLAN_PARTS
from bodiag.errors import ExitCode, InputError


def _where(diagnostic, args: argparse.Namespace):
    from bodiag.services import deliverable

    return deliverable.place(diagnostic, args.assessment, args.section, args.plan)


def _text(args: argparse.Namespace) -> str:
    if args.clear:
        return ""
    if args.text is not None:
        return args.text
    if args.stdin:
        return sys.stdin.read()
    raise InputError("give the commentary's text with --text, --stdin to read it, or --clear to remove it")


def cmd_comment(args: argparse.Namespace) -> int:
    from bodiag.services import deliverable

    with open_document(args.file) as diagnostic:
        changed = deliverable.set_commentary(diagnostic, _where(diagnostic, args), _text(args))
    print("commentary saved" if changed else "commentary unchanged")
    return ExitCode.OK


def cmd_comments(args: argparse.Namespace) -> int:
    from bodiag.services import deliverable

    with open_document(args.file, readonly=True) as diagnostic:
        if args.history:
            where = _where(diagnostic, args)
            changes = deliverable.commentary_history(diagnostic, where)
            if args.json:
                import msgspec

                print_json(msgspec.to_builtins(changes))
            for change in [] if args.json else changes:
                print(f"{change.changed_at} {change.author or '—'}: {len(change.old_text)} → {len(change.new_text)} characters")
            return ExitCode.OK
        items = deliverable.commentaries(diagnostic)
    if args.json:
        import msgspec

        print_json(msgspec.to_builtins(items))
        return ExitCode.OK
    for item in items:
        where = ("the report" if item.assessment_id is None and not item.part
                 else item.part.replace("plan:", "plan directeur: ") if item.assessment_id is None
                 else f"assessment {item.assessment_id}" + (f", section {item.part}" if item.part else ""))
        print(f"[{where}]\n{item.text}\n")
    return ExitCode.OK


def _show_sign_off(result, args: argparse.Namespace) -> None:
    import msgspec

    if args.json:
        print_json(msgspec.to_builtins(result))
        return
    state = f"final, issued on {result.issued_on}" if result.final else "draft"
    print(f"version {result.version}: {state}")
    print(f"assessor: {result.assessor or '—'}{f' ({result.assessor_role})' if result.assessor_role else ''}")
    print(f"director: {result.director or '—'}{f' ({result.director_role})' if result.director_role else ''}")
    for event in result.events:
        what = "issued as final" if event.event == "final" else f"re-opened ({event.reason})"
        print(f"  {event.happened_at[:10]} version {event.version} {what} by {event.by_whom or '—'}")


def cmd_sign_off(args: argparse.Namespace) -> int:
    from bodiag.services import deliverable

    changes = {name: getattr(args, name) for name in ("assessor", "assessor_role", "director", "director_role")}
    readonly = all(value is None for value in changes.values())
    with open_document(args.file, readonly=readonly) as diagnostic:
        result = deliverable.sign_off(diagnostic) if readonly else deliverable.set_signatories(diagnostic, **changes)
    _show_sign_off(result, args)
    return ExitCode.OK


def cmd_finalise(args: argparse.Namespace) -> int:
    from bodiag.services import deliverable

    with open_document(args.file) as diagnostic:
        result = deliverable.finalise(diagnostic, args.date)
    _show_sign_off(result, args)
    return ExitCode.OK


def cmd_reopen(args: argparse.Namespace) -> int:
    from bodiag.services import deliverable

    with open_document(args.file) as diagnostic:
        result = deliverable.reopen(diagnostic, args.reason)
    _show_sign_off(result, args)
    return ExitCode.OK


def cmd_attendance(args: argparse.Namespace) -> int:
    import msgspec

    from bodiag.services import deliverable

    with open_document(args.file, readonly=not (args.add or args.remove or args.session or args.remove_session)) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        if args.add:
            deliverable.add_attendee(diagnostic, assessment, args.add, args.role or "", args.organisation or "")
        if args.remove:
            deliverable.remove_attendee(diagnostic, assessment, args.remove)
        if args.session:
            deliverable.add_session(diagnostic, assessment, args.session, args.place or "")
        if args.remove_session:
            deliverable.remove_session(diagnostic, assessment, args.remove_session)
        people, sessions = deliverable.attendance(diagnostic, assessment)
    if args.json:
        print_json({"attendees": msgspec.to_builtins(people), "sessions": msgspec.to_builtins(sessions)})
        return ExitCode.OK
    for person in people:
        print(f"{person.id}. {person.name}" + "".join(f", {v}" for v in (person.role, person.organisation) if v))
    for session in sessions:
        print(f"session {session.id}: {session.day}" + (f", {session.place}" if session.place else ""))
    return ExitCode.OK


def _place_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--assessment", metavar="ID", help="the assessment the commentary is about (else the whole report)")
    p.add_argument("--section", metavar="SECTION", help="a section of that assessment")
    p.add_argument("--plan", choices=PLAN_PARTS, help="a part of the plan directeur")


def register(sub: Subcommands) -> None:
    p = add_command(sub, "comment", cmd_comment,
                    "write the assessor's commentary on the report, an assessment, a section or a part of the plan "
                    "(plain text: paragraphs parted by a blank line, « - » for a bullet)")
    p.add_argument("file")
    p.add_argument("-m", "--text", help="the commentary (or --stdin, or --clear)")
    _place_options(p)
    p.add_argument("--stdin", action="store_true", help="read the commentary from standard input")
    p.add_argument("--clear", action="store_true", help="remove the commentary (its history keeps it)")

    p = add_command(sub, "comments", cmd_comments, "list the commentary, or one place's history with --history")
    p.add_argument("file")
    _place_options(p)
    p.add_argument("--history", action="store_true", help="the changes of one place's commentary, oldest first")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add_command(sub, "sign-off", cmd_sign_off, "show the report's status and version, or set who signs it")
    p.add_argument("file")
    p.add_argument("--assessor", help="the assessor's name, as the signature block prints it")
    p.add_argument("--assessor-role", help="the assessor's function or firm")
    p.add_argument("--director", help="the director's name")
    p.add_argument("--director-role", help="the director's function")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add_command(sub, "finalise", cmd_finalise,
                    "issue the current version of the report as final: the answers and the commentary are frozen")
    p.add_argument("file")
    p.add_argument("--date", type=_date, help="the issue date (YYYY-MM-DD; today by default)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add_command(sub, "reopen", cmd_reopen, "re-open a final report: back to a draft of the next version (recorded)")
    p.add_argument("file")
    p.add_argument("--reason", required=True, help="why it is re-opened (recorded with the date and who)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add_command(sub, "attendance", cmd_attendance, "a workshop's attendees and sessions: list, add, remove")
    p.add_argument("file")
    p.add_argument("assessment", help="the assessment number (or questionnaire id used once)")
    p.add_argument("--add", metavar="NAME", help="add an attendee")
    p.add_argument("--role", help="the added attendee's role")
    p.add_argument("--organisation", help="the added attendee's organisation")
    p.add_argument("--remove", type=int, metavar="N", help="remove attendee N")
    p.add_argument("--session", metavar="YYYY-MM-DD", help="add a session on that day")
    p.add_argument("--place", help="the added session's place")
    p.add_argument("--remove-session", type=int, metavar="N", help="remove session N")
    p.add_argument("--json", action="store_true", help="print JSON")


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
