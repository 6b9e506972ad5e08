"""Command group: creating documents — ``new``, ``demo`` — and finding the embedded default one."""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, add_profile_options
from bodiag.errors import ExitCode


def cmd_new(args: argparse.Namespace) -> int:
    from bodiag.services.diagnostic import Diagnostic

    with Diagnostic.create(
        args.file,
        args.org,
        overwrite=args.force,
        sector=args.sector,
        headcount=args.headcount,
        phase=args.phase,
        outsourcing=args.outsourcing,
    ) as diagnostic:
        print(f"created {diagnostic.document.path} for {diagnostic.organisation.name}")
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace) -> int:
    from bodiag.paths import default_document_path
    from bodiag.services.demo import build_demo

    path = args.file or default_document_path()
    if args.file is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    with build_demo(path, overwrite=args.replace) as diagnostic:
        count = len(diagnostic.assessments())
        print(f"created {path}: {diagnostic.organisation.name}, {count} assessments")
    return ExitCode.OK


def cmd_default_document(args: argparse.Namespace) -> int:
    from bodiag.paths import default_document_path

    print(default_document_path())
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(sub, "new", cmd_new, "create a document for an organisation")
    p.add_argument("file", help="the .bodiag file to create")
    p.add_argument("--org", required=True, help="organisation name")
    p.add_argument("--sector", help="sector of activity (free text)")
    add_profile_options(p)
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = add_command(sub, "demo", cmd_demo, "create the demo document (a realistic SME, fully answered)")
    p.add_argument("file", nargs="?", help="where to create it (default: the embedded default document)")
    p.add_argument("--replace", action="store_true", help="replace an existing file")

    add_command(sub, "default-document", cmd_default_document, "print the path of the embedded default document")
