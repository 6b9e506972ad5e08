"""Command group: sharing a document, taking over a shared copy, recovering a crashed one on a private copy —
``share``, ``take-over``, ``recover``.

A thin layer over :mod:`bodiag.services.sharing`; services are imported when a
command runs, so that ``import bodiag.cli`` stays light.
"""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command
from bodiag.errors import ExitCode


def cmd_share(args: argparse.Namespace) -> int:
    from bodiag.services.diagnostic import current_user
    from bodiag.services.documents import is_current, open_document
    from bodiag.services.sharing import save_copy_to_share

    # Read-only when it can be (the document may be open in the app); an older one is upgraded first.
    current = is_current(args.file)
    shared_by = args.by if args.by is not None else ("" if args.strip_names else current_user())
    with open_document(args.file, readonly=current) as diagnostic:
        path = save_copy_to_share(
            diagnostic,
            args.output,
            strip_notes=args.strip_notes,
            strip_names=args.strip_names,
            shared_by=shared_by,
            overwrite=args.force,
        )
    left_out = [what for what, flag in (("notes", args.strip_notes), ("names", args.strip_names)) if flag]
    without = f" (without {' and '.join(left_out)})" if left_out else ""
    print(f"saved a copy to share: {path}{without}; it opens read-only until its receiver takes it over")
    return ExitCode.OK


def cmd_take_over(args: argparse.Namespace) -> int:
    from bodiag.services.documents import shared_mark, take_over

    mark = shared_mark(args.file)
    if not take_over(args.file):
        print(f"{args.file}: not a shared copy: it already opens for editing")
        return ExitCode.OK
    by = f" by {mark.shared_by}" if mark and mark.shared_by else ""
    when = f" on {mark.shared_at[:10]}" if mark else ""
    print(f"{args.file}: taken over (shared{by}{when}): it now opens for editing")
    return ExitCode.OK


def cmd_recover(args: argparse.Namespace) -> int:
    from bodiag.services.documents import recover_on_private_copy, shared_mark

    copy = recover_on_private_copy(args.file, args.to)
    print(f"{args.file}: a change was being saved when bodiag (or the computer) stopped; that last, unfinished change "
          f"was undone on a private copy, {copy}: every answer saved before it is there. {args.file} itself is unchanged.")
    if shared_mark(copy) is not None:
        print(f"the copy opens read-only, as the shared copy did, until you take it over (bodiag take-over {copy})")
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(
        sub,
        "share",
        cmd_share,
        "save a copy of a document to hand to someone; the copy opens read-only until its receiver takes it over",
    )
    p.add_argument("file")
    p.add_argument("output", metavar="OUT.bodiag", help="the copy to write")
    p.add_argument("--strip-notes", action="store_true", help="leave every note out of the copy")
    p.add_argument(
        "--strip-names",
        action="store_true",
        help="replace the names of respondents, assessors and action owners with neutral ones "
        "(Répondant 1, Évaluateur 1, Responsable 1…), in every text typed too, and hide the document's terms to hide "
        "(bodiag anonymise-terms) there",
    )
    p.add_argument("--by", metavar="NAME", help="who shares it, kept in the copy (default: your login name; "
                   "nobody with --strip-names)")
    p.add_argument("--force", action="store_true", help="replace an existing file (never the document itself)")

    p = add_command(sub, "take-over", cmd_take_over, "make a shared copy you received your own, so that it opens for editing")
    p.add_argument("file")

    p = add_command(sub, "recover", cmd_recover,
                    "undo the unfinished change a crash left in a copy you received, on a private copy (the file is left as it is)")
    p.add_argument("file")
    p.add_argument("--to", metavar="PATH", help="where to save the private copy (default: the user's data folder, recovered/)")
