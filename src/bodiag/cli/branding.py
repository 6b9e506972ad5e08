"""Command group: a consultant's branding, set once per machine — ``branding set|show|clear``, through
:mod:`bodiag.services.branding`."""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, print_json
from bodiag.errors import ExitCode, InputError


def cmd_branding(args: argparse.Namespace) -> int:
    from bodiag.services import branding

    if args.action == "set":
        if args.firm is None and args.accent is None and args.logo is None:
            raise InputError("branding set: give --firm, --accent or --logo (or several)")
        result = branding.save(firm=args.firm, accent=args.accent, logo=args.logo)
        print(f"branding saved in {branding.settings_path()}")
        _show(result)
    elif args.action == "clear":
        print("branding cleared" if branding.clear() else "no branding was set")
    else:
        result = branding.load()
        if args.json:
            print_json(result.as_dict())
        elif result.empty:
            print("no branding is set: reports carry bodiag's own colours (bodiag branding set --firm … --accent … --logo …)")
        else:
            _show(result)
    return ExitCode.OK


def _show(result) -> None:  # noqa: ANN001
    print(f"firm:   {result.firm or '—'}")
    print(f"accent: {result.accent or '—'}")
    logo = result.logo_path()
    print(f"logo:   {logo if logo else '—'}")


def register(sub: Subcommands) -> None:
    p = add_command(sub, "branding", cmd_branding,
                    "a consultant's firm name, accent colour and logo, set once on this machine for every report")
    p.add_argument("action", choices=["set", "show", "clear"], help="set (what is given), show, or clear the branding")
    p.add_argument("--firm", metavar="NAME", help="the firm's name, printed on the cover (\"\" clears it)")
    p.add_argument("--accent", metavar="#RRGGBB", help="the headings' and cover's colour, dark enough to read on white (\"\" clears it)")
    p.add_argument("--logo", metavar="PATH", help="a PNG or JPEG logo for every report (a copy is kept; --logo on a report overrides it; \"\" clears it)")
    p.add_argument("--json", action="store_true", help="show: as JSON")
