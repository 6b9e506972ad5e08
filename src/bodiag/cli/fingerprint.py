"""Command group: a document's content fingerprint and the check of a report against it — ``fingerprint``, ``verify``."""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, open_document, print_json
from bodiag.errors import ExitCode, InputError


def cmd_fingerprint(args: argparse.Namespace) -> int:
    from bodiag.services.fingerprint import fingerprint

    with open_document(args.file, readonly=True) as diagnostic:
        print(fingerprint(diagnostic))
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace) -> int:
    from bodiag.services.fingerprint import verify

    with open_document(args.document, readonly=True) as diagnostic:
        result = verify(args.report, diagnostic)
    if result.report is None:
        raise InputError(f"{args.report}: carries no bodiag fingerprint (made by another program, or by an earlier bodiag)")
    if args.json:
        print_json({"report": result.report, "document": result.document, "matches": result.matches})
    elif result.matches:
        print(f"matches: {args.report} was made from {args.document} as it is now (fingerprint {result.document})")
    else:
        print(f"does not match: {args.document} has changed since {args.report} was made\n"
              f"  report:   {result.report}\n  document: {result.document}")
    return ExitCode.OK if result.matches else ExitCode.PROBLEMS


def register(sub: Subcommands) -> None:
    p = add_command(sub, "fingerprint", cmd_fingerprint,
                    "print the SHA-256 fingerprint of a document's content (answers, notes, actions, plan), as reports carry it")
    p.add_argument("file")
    p = add_command(sub, "verify", cmd_verify,
                    "say whether a report (PDF or DOCX) was made from a document's current content; exit 1 when it was not")
    p.add_argument("report", metavar="REPORT")
    p.add_argument("document", metavar="DOCUMENT")
    p.add_argument("--json", action="store_true", help="print both fingerprints and whether they match as JSON")
