"""The command line: ``bodiag COMMAND …`` (or ``python -m bodiag``).

A thin layer over :mod:`bodiag.services`: it parses arguments, calls a service,
prints the result. Errors a user can cause are one line on stderr and an exit
code (see ``bodiag --help``), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from bodiag import __version__
from bodiag.domain.loader import QuestionnaireError
from bodiag.errors import BodiagError, ExitCode

EXIT_CODES = """exit codes:
  0  success
  1  a questionnaire file has problems (validate)
  2  the command line is wrong
  3  the document cannot be opened: missing, not a bodiag document, damaged,
     made by a newer bodiag, open elsewhere, or read-only
  4  bad input: unknown assessment, question or answer; an import with bad rows
  5  a file could not be written: read-only location, disk full"""

PROFILE_CHOICES = {
    "phase": ["growth", "transformation", "sale_transfer", "stable"],
    "headcount": ["micro", "small", "medium", "large"],
    "outsourcing": ["none", "partial", "full"],
}


def open_document(path: str, readonly: bool = False):
    """The document, checked as a file received from someone else; a shared copy is never written.

    Every command that opens a document goes through here.
    """
    from bodiag.services.received import open_received
    from bodiag.storage.errors import DocumentReadOnly

    diagnostic = open_received(path, readonly=readonly)
    if not readonly and diagnostic.is_shared_copy:
        mark = diagnostic.shared
        diagnostic.close()
        by = f" by {mark.shared_by}" if mark.shared_by else ""
        raise DocumentReadOnly(
            f"{path}: a copy shared{by} on {mark.shared_at[:10]}, read-only until taken over (bodiag take-over {path})"
        )
    return diagnostic


def _open(args: argparse.Namespace, readonly: bool = False):
    return open_document(args.file, readonly=readonly)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- commands -------------------------------------------------------------------


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


def cmd_questionnaires(args: argparse.Namespace) -> int:
    from bodiag.services.catalog import bundled

    entries = bundled()
    if args.json:
        _print_json(
            [
                {
                    "id": e.questionnaire.id,
                    "version": e.questionnaire.version,
                    "title": e.questionnaire.title.get(args.lang),
                    "questions": len(e.questionnaire.questions),
                    "file": str(e.path),
                }
                for e in entries
            ]
        )
        return ExitCode.OK
    for entry in entries:
        q = entry.questionnaire
        print(f"{q.id:<24} v{q.version:<6} {len(q.questions):>3} questions  {q.title.get(args.lang)}")
    return ExitCode.OK


def cmd_validate(args: argparse.Namespace) -> int:
    from bodiag.domain.loader import load_file

    bad = 0
    for path in args.files:
        result = load_file(path)
        for problem in result.problems:
            print(problem)
        bad += bool(result.problems)
        if not result.problems and args.verbose:
            q = result.questionnaire
            print(f"{path}: ok ({q.id} v{q.version}, {len(q.questions)} questions)")
    return ExitCode.PROBLEMS if bad else ExitCode.OK


def cmd_schema(args: argparse.Namespace) -> int:
    from bodiag.domain.schema import questionnaire_schema

    print(json.dumps(questionnaire_schema(), ensure_ascii=False, indent=2))
    return ExitCode.OK


def cmd_organisation(args: argparse.Namespace) -> int:
    changes = {
        k: getattr(args, k) for k in ("name", "sector", "headcount", "phase", "outsourcing") if getattr(args, k) is not None
    }
    with _open(args, readonly=not changes) as diagnostic:
        org = diagnostic.update_organisation(**changes) if changes else diagnostic.organisation
        for key in ("name", "sector", "headcount", "phase", "outsourcing"):
            print(f"{key}: {getattr(org, key) or ''}")
    return ExitCode.OK


def cmd_start(args: argparse.Namespace) -> int:
    with _open(args) as diagnostic:
        record = diagnostic.start(
            args.questionnaire, title=args.title, assessor=args.assessor or "", mode=args.mode, target=args.target
        )
        print(record.id)
    return ExitCode.OK


def cmd_assessments(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as diagnostic:
        records = diagnostic.assessments()
        if args.json:
            _print_json([r.__dict__ for r in records])
            return ExitCode.OK
        for r in records:
            print(f"{r.id:>3}  {r.questionnaire_id:<24} v{r.questionnaire_version:<6} {r.created_at[:10]}  {r.title}")
    return ExitCode.OK


def cmd_questions(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        questionnaire = diagnostic.questionnaire(assessment)
        answers = diagnostic.answers(assessment)
        for section, question in questionnaire.walk_questions():
            record = answers.get(question.id)
            shown = record.value.display(questionnaire, question, args.lang) if record and record.value else "—"
            print(f"{question.id:<28} {question.kind:<9} {shown[:40]:<40} {question.text.get(args.lang)}")
    return ExitCode.OK


def cmd_answer(args: argparse.Namespace) -> int:
    from bodiag.services.diagnostic import KEEP

    if args.value is None and args.note is None and not args.clear:
        raise BodiagError("give a VALUE, --note or --clear")
    if args.clear and args.value is not None:
        raise BodiagError("give either a VALUE or --clear, not both")
    value = None if args.clear else (KEEP if args.value is None else args.value)
    with _open(args) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        record = diagnostic.answer(
            assessment, args.question, value=value, note=KEEP if args.note is None else args.note,
            respondent=args.respondent,
        )
        questionnaire = diagnostic.questionnaire(assessment)
        question = questionnaire.questions_by_id[args.question]
        shown = record.value.display(questionnaire, question, args.lang) if record and record.value else "—"
        print(f"{args.question}: {shown}")
    return ExitCode.OK


def cmd_import_answers(args: argparse.Namespace) -> int:
    from bodiag.services.answer_files import ImportRejected, import_answers

    with _open(args) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        try:
            count = import_answers(diagnostic, assessment, args.source)
        except ImportRejected as exc:
            for problem in exc.problems:
                print(f"{args.source}: {problem}", file=sys.stderr)
            raise
        print(f"imported {count} answers into assessment {assessment.id}")
    return ExitCode.OK


def cmd_export_answers(args: argparse.Namespace) -> int:
    from bodiag.services.answer_files import export_answers

    with _open(args, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        count = export_answers(diagnostic, assessment, args.output)
        print(f"exported {count} answers to {args.output}")
    return ExitCode.OK


def cmd_score(args: argparse.Namespace) -> int:
    from bodiag.cli_text import render_result

    with _open(args, readonly=True) as diagnostic:
        records = [diagnostic.assessment(args.assessment)] if args.assessment else diagnostic.assessments()
        results = [(r, diagnostic.score(r)) for r in records]
        if args.json:
            payload = [{"assessment": {"id": r.id, "title": r.title}, **res.as_dict(args.lang)} for r, res in results]
            _print_json(payload[0] if args.assessment else payload)
            return ExitCode.OK
        organisation = diagnostic.organisation
        print("\n\n".join(render_result(organisation, r, res, args.lang) for r, res in results))
    return ExitCode.OK


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        questionnaire = diagnostic.questionnaire(assessment)
        for entry in diagnostic.history(assessment, args.question):
            question = questionnaire.questions_by_id.get(entry.question_id)
            old = entry.old_value.display(questionnaire, question, args.lang) if entry.old_value and question else "—"
            new = entry.new_value.display(questionnaire, question, args.lang) if entry.new_value and question else "—"
            note = " (note changed)" if entry.new_note is not None else ""
            print(f"{entry.changed_at}  {entry.respondent or '?':<16} {entry.question_id}: {old} → {new}{note}")
    return ExitCode.OK


def cmd_report(args: argparse.Namespace) -> int:
    from bodiag.services.report_export import export_report  # reportlab: only for this command

    with _open(args, readonly=True) as diagnostic:
        path = export_report(
            diagnostic,
            args.output,
            assessment_ids=args.assessment,
            lang=args.lang,
            logo=args.logo,
            without_notes=args.without_notes,
            anonymise=args.anonymise,
            deterministic=args.deterministic,
        )
        print(f"wrote {path}")
    return ExitCode.OK


# -- parser ---------------------------------------------------------------------


def add_command(
    sub: argparse._SubParsersAction, name: str, func: Callable[[argparse.Namespace], int], help_text: str
) -> argparse.ArgumentParser:
    """A subcommand whose parsed arguments go to ``func``; ``func`` returns the exit code."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(func=func)
    return p


def add_lang_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of questionnaire texts (default fr)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodiag",
        description="Diagnose an SME's back office: questionnaires, answers in a .bodiag document, scores.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"bodiag {__version__}", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        return add_command(sub, name, func, help_text)

    lang = add_lang_option

    p = command("new", cmd_new, "create a document for an organisation")
    p.add_argument("file", help="the .bodiag file to create")
    p.add_argument("--org", required=True, help="organisation name")
    p.add_argument("--sector", help="sector of activity (free text)")
    for field_id, choices in PROFILE_CHOICES.items():
        p.add_argument(f"--{field_id}", choices=choices)
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = command("demo", cmd_demo, "create the demo document (a realistic SME, fully answered)")
    p.add_argument("file", nargs="?", help="where to create it (default: the embedded default document)")
    p.add_argument("--replace", action="store_true", help="replace an existing file")

    command("default-document", cmd_default_document, "print the path of the embedded default document")

    p = command("questionnaires", cmd_questionnaires, "list the bundled questionnaires")
    p.add_argument("--json", action="store_true")
    lang(p)

    p = command("validate", cmd_validate, "check questionnaire files; print each problem as file:line:column: path: message")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-v", "--verbose", action="store_true", help="also say which files are valid")

    command("schema", cmd_schema, "print the JSON Schema of the questionnaire format")

    p = command("organisation", cmd_organisation, "show or change the organisation and its profile")
    p.add_argument("file")
    p.add_argument("--name")
    p.add_argument("--sector")
    for field_id, choices in PROFILE_CHOICES.items():
        p.add_argument(f"--{field_id}", choices=choices)

    p = command("start", cmd_start, "start an assessment; print its number")
    p.add_argument("file")
    p.add_argument("questionnaire", help="a bundled questionnaire id, or the path of a questionnaire file")
    p.add_argument("--title")
    p.add_argument("--assessor")
    p.add_argument("--mode", choices=["self", "workshop"], default="self")
    p.add_argument("--target", type=float, help="target score, 0-100 (default: the questionnaire's)")

    p = command("assessments", cmd_assessments, "list the assessments of a document")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    p = command("questions", cmd_questions, "list an assessment's questions with their answers")
    p.add_argument("file")
    p.add_argument("assessment", help="assessment number, or questionnaire id if used once")
    lang(p)

    p = command(
        "answer",
        cmd_answer,
        "answer a question: an option id (or label, or value), 'na', 'dk', comma-separated "
        "items for a checklist, a number for an indicator, text for a free-text question",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("question")
    p.add_argument("value", nargs="?")
    p.add_argument("--note", help="note to keep with the answer ('' removes it)")
    p.add_argument("--respondent", help="who answers (default: the assessor)")
    p.add_argument("--clear", action="store_true", help="remove the answer")
    lang(p)

    p = command(
        "import-answers",
        cmd_import_answers,
        "import answers from CSV, XLSX (question, value, note, respondent) or JSON; nothing is written if any row is bad",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("source", metavar="answers.csv|answers.xlsx|answers.json")

    p = command("export-answers", cmd_export_answers, "export an assessment's answers to CSV, XLSX or JSON")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("output", metavar="answers.csv|answers.xlsx|answers.json")

    p = command("score", cmd_score, "print scores, verdict and priorities")
    p.add_argument("file")
    p.add_argument("assessment", nargs="?", help="default: every assessment")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    lang(p)

    p = command("history", cmd_history, "list every change of an assessment's answers")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("question", nargs="?")
    lang(p)

    p = command("report", cmd_report, "export the PDF diagnostic report (every assessment unless --assessment is given)")
    p.add_argument("file")
    p.add_argument("--assessment", action="append", metavar="ID",
                   help="an assessment number (or questionnaire id used once); repeat for several, in that order")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the report (default fr)")
    p.add_argument("--logo", metavar="PATH", help="a PNG or JPEG logo for the cover")
    p.add_argument("--without-notes", action="store_true", help="leave every note out of the report")
    p.add_argument("--anonymise", action="store_true",
                   help="replace the organisation's name and sector, the assessor and the respondents with neutral words "
                   "(notes are free text: add --without-notes to leave them out too)")
    p.add_argument("--deterministic", action="store_true",
                   help="fixed date and PDF ids: the same document gives the same bytes (for tests and samples)")

    # Feature command groups (each module has register(sub) and keeps its imports lazy):
    __import__("bodiag.cli_share").cli_share.register(sub)
    __import__("bodiag.cli_actions").cli_actions.register(sub)
    __import__("bodiag.cli_workshop").cli_workshop.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QuestionnaireError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return exc.exit_code
    except BodiagError as exc:
        print(f"bodiag: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("bodiag: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``bodiag questions … | head``): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
