"""Command group: the organisation a document is about, and its profile — ``organisation``."""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, add_profile_options, open_document
from bodiag.errors import ExitCode

# In the order they are printed.
SHOWN = ("name", "sector", "city", "headcount", "phase", "outsourcing")


def cmd_organisation(args: argparse.Namespace) -> int:
    changes = {k: getattr(args, k) for k in SHOWN if getattr(args, k) is not None}
    with open_document(args.file, readonly=not changes) as diagnostic:
        org = diagnostic.update_organisation(**changes) if changes else diagnostic.organisation
        for key in SHOWN:
            print(f"{key}: {getattr(org, key) or ''}")
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(sub, "organisation", cmd_organisation, "show or change the organisation and its profile")
    p.add_argument("file")
    p.add_argument("--name")
    p.add_argument("--sector")
    p.add_argument("--city", help="where the organisation is (anonymising hides it)")
    add_profile_options(p)
