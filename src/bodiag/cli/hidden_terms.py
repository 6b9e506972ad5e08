"""Command group: the document's list of terms that anonymising hides — ``anonymise-terms list|add|remove``.

``--anonymise`` (``bodiag report``) and ``--strip-names`` (``bodiag share``) hide the organisation's name, its
people's names, its sector and its city; the terms listed here are hidden too (a product, a site, a client).
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, open_document
from bodiag.errors import ExitCode


def cmd_terms(args: argparse.Namespace) -> int:
    from bodiag.errors import InputError
    from bodiag.services import hidden_terms

    if args.action == "list":
        if args.terms:
            raise InputError("'anonymise-terms list' takes no term: use 'add' or 'remove'")
        with open_document(args.file, readonly=True) as diagnostic:
            for term in hidden_terms.terms(diagnostic):
                print(term)
        return ExitCode.OK
    if not args.terms:
        raise InputError(f"'anonymise-terms {args.action}' needs at least one term")
    change = hidden_terms.add if args.action == "add" else hidden_terms.remove
    done, undone = ("added", "already listed") if args.action == "add" else ("removed", "not listed")
    missing = 0
    with open_document(args.file) as diagnostic:
        for term in args.terms:
            changed = change(diagnostic, term)
            missing += args.action == "remove" and not changed
            print(f"{done if changed else undone}: {' '.join(term.split())}")
    return ExitCode.INPUT if missing else ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(sub, "anonymise-terms", cmd_terms,
                    "the document's own terms that anonymising hides, beyond the names, the sector and the city")
    p.add_argument("action", choices=["list", "add", "remove"], help="list the terms, add some, or remove some")
    p.add_argument("file")
    p.add_argument("terms", nargs="*", metavar="TERM",
                   help="a term to hide, as a whole word whatever its case and accents (quote a phrase)")
