"""Command group: the diagnostic report, PDF or editable DOCX — ``report``, through :mod:`bodiag.services.report_export`."""

from __future__ import annotations

import argparse

from bodiag.cli.common import Subcommands, add_command, add_lang_option, open_document
from bodiag.errors import ExitCode


def cmd_report(args: argparse.Namespace) -> int:
    from bodiag.services.report_export import ReportRequest, export_requested  # reportlab: only for this command

    request = ReportRequest(
        output=args.output,
        lang=args.lang,
        assessment_ids=args.assessment,
        without_notes=args.without_notes,
        anonymise=args.anonymise,
        plan_only=args.plan_only,
        logo=args.logo,
        audience=args.audience,
        format=args.format,
        deterministic=args.deterministic,
    )
    with open_document(args.file, readonly=True) as diagnostic:
        print(f"wrote {export_requested(diagnostic, request)}")
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(
        sub, "report", cmd_report, "export the diagnostic report as a PDF or an editable DOCX (every assessment unless --assessment is given)"
    )
    p.add_argument("file")
    p.add_argument("--assessment", action="append", metavar="ID",
                   help="an assessment number (or questionnaire id used once); repeat for several, in that order")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the file to write (.pdf, or .docx for the editable copy)")
    p.add_argument("--format", choices=["pdf", "docx", "xlsx"],
                   help="pdf, or docx for a copy to edit in Word or LibreOffice (default: from the output's suffix, else pdf); "
                   "xlsx for --audience actions")
    p.add_argument("--audience", choices=["full", "board", "plan", "actions"], default="full",
                   help="who it is for: full (the whole report, the default), board (the board note alone: the synthesis, "
                   "the decisions asked, the first actions), plan (the board note and the plan directeur, as --plan-only), "
                   "actions (the action list as XLSX, or CSV, for whoever does the work)")
    add_lang_option(p, "the report")
    p.add_argument("--logo", metavar="PATH", help="a PNG or JPEG logo for the cover")
    p.add_argument("--without-notes", action="store_true", help="leave every note out of the report")
    p.add_argument("--anonymise", action="store_true",
                   help="neutral words for the organisation's name, sector and city and for every person, and the same "
                   "hidden in every text typed (answers, notes, titles, plan texts), with the document's own terms to "
                   "hide (bodiag anonymise-terms); the cover says how many passages were hidden")
    p.add_argument("--plan-only", action="store_true",
                   help="the board note and the plan directeur alone, without the questionnaires' parts (--audience plan)")
    p.add_argument("--deterministic", action="store_true",
                   help="fixed date and PDF ids: the same document gives the same bytes (for tests and samples)")
