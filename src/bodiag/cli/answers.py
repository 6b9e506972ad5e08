"""Command group: assessments and their answers — start, list, answer, import and export, score, history."""

from __future__ import annotations

import argparse

from bodiag.cli.common import (
    Subcommands,
    add_command,
    add_lang_option,
    open_assessment,
    open_document,
    print_json,
    rejected_rows_listed,
)
from bodiag.domain.vocabulary import ASSESSMENT_MODES
from bodiag.errors import BodiagError, ExitCode


def cmd_start(args: argparse.Namespace) -> int:
    with open_document(args.file) as diagnostic:
        record = diagnostic.start(
            args.questionnaire, title=args.title, assessor=args.assessor or "", mode=args.mode, target=args.target
        )
        print(record.id)
    return ExitCode.OK


def cmd_assessments(args: argparse.Namespace) -> int:
    with open_document(args.file, readonly=True) as diagnostic:
        records = diagnostic.assessments()
        if args.json:
            print_json([r.__dict__ for r in records])
            return ExitCode.OK
        for r in records:
            print(f"{r.id:>3}  {r.questionnaire_id:<24} v{r.questionnaire_version:<6} {r.created_at[:10]}  {r.title}")
    return ExitCode.OK


def cmd_questions(args: argparse.Namespace) -> int:
    from bodiag.cli.text import shown

    with open_assessment(args, readonly=True) as (diagnostic, assessment):
        questionnaire = diagnostic.questionnaire(assessment)
        answers = diagnostic.answers(assessment)
        for section, question in questionnaire.walk_questions():
            record = answers.get(question.id)
            value = shown(record and record.value, questionnaire, question.id, args.lang)
            print(f"{question.id:<28} {question.kind:<9} {value[:40]:<40} {question.text.get(args.lang)}")
    return ExitCode.OK


def cmd_answer(args: argparse.Namespace) -> int:
    from bodiag.cli.text import recorded_answer
    from bodiag.services.diagnostic import KEEP

    if args.value is None and args.note is None and not args.clear:
        raise BodiagError("give a VALUE, --note or --clear")
    if args.clear and args.value is not None:
        raise BodiagError("give either a VALUE or --clear, not both")
    value = None if args.clear else (KEEP if args.value is None else args.value)
    with open_assessment(args) as (diagnostic, assessment):
        record = diagnostic.answer(
            assessment, args.question, value=value, note=KEEP if args.note is None else args.note,
            respondent=args.respondent,
        )
        print(recorded_answer(diagnostic, assessment, args.question, record and record.value, args.lang))
    return ExitCode.OK


def cmd_import_answers(args: argparse.Namespace) -> int:
    from bodiag.services.answer_files import import_answers

    with open_assessment(args) as (diagnostic, assessment):
        with rejected_rows_listed(args.source):
            count = import_answers(diagnostic, assessment, args.source)
        print(f"imported {count} answers into assessment {assessment.id}")
    return ExitCode.OK


def cmd_export_answers(args: argparse.Namespace) -> int:
    from bodiag.services.answer_files import export_answers

    with open_assessment(args, readonly=True) as (diagnostic, assessment):
        count = export_answers(diagnostic, assessment, args.output)
        print(f"exported {count} answers to {args.output}")
    return ExitCode.OK


def cmd_score(args: argparse.Namespace) -> int:
    from bodiag.cli.text import render_result, render_tags_across
    from bodiag.services.tag_scores import tags_across

    with open_document(args.file, readonly=True) as diagnostic:
        records = [diagnostic.assessment(args.assessment)] if args.assessment else diagnostic.assessments()
        results = [(r, diagnostic.score(r)) for r in records]
        # the whole document asked by tag: the tags are also pooled over its questionnaires
        across = tags_across(diagnostic) if args.by_tag and not args.assessment else None
        if args.json:
            payload = [{"assessment": {"id": r.id, "title": r.title}, **res.as_dict(args.lang)} for r, res in results]
            if across is not None:
                print_json({"assessments": payload, "tags_across": [t.as_dict(args.lang) for t in across]})
            else:
                print_json(payload[0] if args.assessment else payload)
            return ExitCode.OK
        organisation = diagnostic.organisation
        parts = [render_result(organisation, r, res, args.lang, by_tag=args.by_tag) for r, res in results]
        if across is not None:
            parts.append(render_tags_across(across, args.lang))
        print("\n\n".join(parts))
    return ExitCode.OK


def cmd_history(args: argparse.Namespace) -> int:
    from bodiag.cli.text import shown

    with open_assessment(args, readonly=True) as (diagnostic, assessment):
        questionnaire = diagnostic.questionnaire(assessment)
        for entry in diagnostic.history(assessment, args.question):
            old = shown(entry.old_value, questionnaire, entry.question_id, args.lang)
            new = shown(entry.new_value, questionnaire, entry.question_id, args.lang)
            note = " (note changed)" if entry.new_note is not None else ""
            print(f"{entry.changed_at}  {entry.respondent or '?':<16} {entry.question_id}: {old} → {new}{note}")
    return ExitCode.OK


def register(sub: Subcommands) -> None:
    p = add_command(sub, "start", cmd_start, "start an assessment; print its number")
    p.add_argument("file")
    p.add_argument("questionnaire", help="a bundled questionnaire id, or the path of a questionnaire file")
    p.add_argument("--title")
    p.add_argument("--assessor")
    p.add_argument("--mode", choices=list(ASSESSMENT_MODES), default=ASSESSMENT_MODES[0])
    p.add_argument("--target", type=float, help="target score, 0-100 (default: the questionnaire's)")

    p = add_command(sub, "assessments", cmd_assessments, "list the assessments of a document")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    p = add_command(sub, "questions", cmd_questions, "list an assessment's questions with their answers")
    p.add_argument("file")
    p.add_argument("assessment", help="assessment number, or questionnaire id if used once")
    add_lang_option(p)

    p = add_command(
        sub,
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
    add_lang_option(p)

    p = add_command(
        sub,
        "import-answers",
        cmd_import_answers,
        "import answers from CSV, XLSX (question, value, note, respondent) or JSON; nothing is written if any row is bad",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("source", metavar="answers.csv|answers.xlsx|answers.json")

    p = add_command(sub, "export-answers", cmd_export_answers, "export an assessment's answers to CSV, XLSX or JSON")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("output", metavar="answers.csv|answers.xlsx|answers.json")

    p = add_command(sub, "score", cmd_score, "print scores, verdict and priorities")
    p.add_argument("file")
    p.add_argument("assessment", nargs="?", help="default: every assessment")
    p.add_argument("--json", action="store_true", help="machine-readable output (always lists the tag scores)")
    p.add_argument("--by-tag", action="store_true",
                   help="also score the questions of each tag together, across sections; without an assessment, "
                        "across questionnaires too (the latest assessment of each)")
    add_lang_option(p)

    p = add_command(sub, "history", cmd_history, "list every change of an assessment's answers")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("question", nargs="?")
    add_lang_option(p)
