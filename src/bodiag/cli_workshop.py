"""Command-line group: workshops with several respondents, and re-assessment over time.

A thin layer over :mod:`bodiag.services.workshop` and :mod:`bodiag.services.reassessment`;
:func:`register` adds the commands to ``bodiag``'s parser. Services are imported
when a command runs, so ``bodiag --help`` stays quick.
"""

from __future__ import annotations

import argparse
import json
import sys

from bodiag.cli import add_command, add_lang_option
from bodiag.domain.vocabulary import ROLES
from bodiag.errors import ExitCode


def _open(path: str, readonly: bool = False):
    from bodiag.cli import open_document

    return open_document(path, readonly=readonly)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _num(value: float | None, lang: str, signed: bool = False) -> str:
    if value is None:
        return "—"
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


# -- workshop -------------------------------------------------------------------


def cmd_respondents(args: argparse.Namespace) -> int:
    from bodiag.services import workshop

    with _open(args.file, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        people = workshop.respondents(diagnostic, assessment)
        answers = workshop.respondent_answers(diagnostic, assessment)
        rows = [
            {"id": r.id, "name": r.name, "role": r.role, "answers": sum(v is not None for v, _ in answers[r.id].values()),
             "created_at": r.created_at}
            for r in people
        ]
        if args.json:
            _print_json(rows)
            return ExitCode.OK
        for row in rows:
            plural = "" if row["answers"] == 1 else "s"
            print(f"{row['id']:>3}  {row['name']:<24} {row['role']:<12} {row['answers']:>4} answer{plural}")
    return ExitCode.OK


def cmd_respondent_add(args: argparse.Namespace) -> int:
    from bodiag.services import workshop

    with _open(args.file) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        print(workshop.add_respondent(diagnostic, assessment, args.name, args.role).id)
    return ExitCode.OK


def cmd_respondent_answer(args: argparse.Namespace) -> int:
    from bodiag.services import workshop
    from bodiag.services.diagnostic import KEEP

    with _open(args.file) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        respondent = workshop.find_respondent(diagnostic, assessment, args.respondent)
        value, _ = workshop.respondent_answer(
            diagnostic, assessment, respondent, args.question, args.value, KEEP if args.note is None else args.note
        )
        questionnaire = diagnostic.questionnaire(assessment)
        shown = value.display(questionnaire, questionnaire.questions_by_id[args.question], args.lang) if value else "—"
        print(f"{respondent.name} · {args.question}: {shown}")
    return ExitCode.OK


def cmd_respondent_import(args: argparse.Namespace) -> int:
    from bodiag.services import workshop
    from bodiag.services.answer_files import ImportRejected

    with _open(args.file) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        respondent = workshop.find_respondent(diagnostic, assessment, args.respondent)
        try:
            count = workshop.import_respondent_copy(diagnostic, assessment, respondent, args.source)
        except ImportRejected as exc:
            for problem in exc.problems:
                print(f"{args.source}: {problem}", file=sys.stderr)
            raise
        print(f"imported {count} answers for {respondent.name} (assessment {assessment.id})")
    return ExitCode.OK


def cmd_divergence(args: argparse.Namespace) -> int:
    from bodiag.services import workshop

    with _open(args.file, readonly=True) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        items = workshop.divergence(diagnostic, assessment)
        if args.json:
            _print_json([item.as_dict(args.lang) for item in items])
            return ExitCode.OK
        words = {"fr": ("écart", "suggéré", "retenu"), "en": ("spread", "suggested", "chosen")}[args.lang]
        if not items:
            print("—")
        for item in items:
            data = item.as_dict(args.lang)
            mark = "!" if item.divergent else " "
            spread = "—" if item.spread is None else str(item.spread)
            print(f"{mark} {item.question.id:<28} {words[0]} {spread:<2} {data['text']}")
            for answer in data["answers"]:
                level = f" ({answer['level']})" if answer["level"] is not None else ""
                print(f"      {answer['respondent']['name']:<20} {answer['display']}{level}")
            suggested, chosen = data["suggestion"]["display"] or "—", data["consensus"]["display"] or "—"
            print(f"      → {words[1]}: {suggested} · {words[2]}: {chosen}")
    return ExitCode.OK


def cmd_consensus(args: argparse.Namespace) -> int:
    from bodiag.services import workshop

    with _open(args.file) as diagnostic:
        assessment = diagnostic.assessment(args.assessment)
        record = workshop.apply_consensus(diagnostic, assessment, args.question, args.value)
        questionnaire = diagnostic.questionnaire(assessment)
        question = questionnaire.questions_by_id[args.question]
        shown = record.value.display(questionnaire, question, args.lang) if record and record.value else "—"
        print(f"{args.question}: {shown}")
    return ExitCode.OK


# -- re-assessment --------------------------------------------------------------


def cmd_reassess(args: argparse.Namespace) -> int:
    from bodiag.services import reassessment

    with _open(args.file) as diagnostic:
        previous = diagnostic.assessment(args.assessment)
        print(reassessment.start_from(diagnostic, previous, args.copy_answers, args.title).id)
    return ExitCode.OK


def cmd_compare(args: argparse.Namespace) -> int:
    from bodiag.services import reassessment

    with _open(args.file, readonly=True) as diagnostic:
        before, after = diagnostic.assessment(args.before), diagnostic.assessment(args.after)
        data = reassessment.compare(diagnostic, before, after).as_dict(args.lang)
        if args.json:
            _print_json(data)
            return ExitCode.OK
        print(render_comparison(data, args.lang))
    return ExitCode.OK


COMPARE_WORDS = {
    "fr": {"score": "Score", "coverage": "Couverture", "sections": "Sections", "moves": "Réponses qui ont bougé",
           "actions": "Actions terminées entre les deux", "none": "aucune", "then": "avant", "now": "après"},
    "en": {"score": "Score", "coverage": "Coverage", "sections": "Sections", "moves": "Answers that moved",
           "actions": "Actions completed in between", "none": "none", "then": "then", "now": "now"},
}


def render_comparison(data: dict, lang: str) -> str:
    w = COMPARE_WORDS[lang]
    b, a = data["before"], data["after"]
    lines = [
        data["questionnaire"]["title"],
        f"{w['then']}: {b['id']} · {b['title']} ({b['created_at'][:10]})",
        f"{w['now']}: {a['id']} · {a['title']} ({a['created_at'][:10]})",
        "",
    ]
    def change(c: dict) -> str:
        return f"{_num(c['before'], lang):>6} → {_num(c['after'], lang):>6}  {_num(c['delta'], lang, True):>6}"

    for key in ("score", "coverage"):
        lines.append(f"{w[key]:<12} {change(data[key])}")
    lines += ["", w["sections"]]
    for s in data["sections"]:
        c = s["score"]
        if c["before"] is None and c["after"] is None:
            continue
        title = ("  " * s["depth"] + s["title"])[:44]
        lines.append(f"  {title:<44} {change(c)}")
    lines += ["", f"{w['moves']} ({len(data['moves'])})"]
    for m in data["moves"]:
        delta = f"  ({m['level_delta']:+d})" if m["level_delta"] is not None else ""
        lines.append(f"  {m['question']:<28} {m['before']['display'] or '—'} → {m['after']['display'] or '—'}{delta}")
    lines += ["", f"{w['actions']} ({len(data['actions'])})"]
    lines += [f"  {row['completed_at'][:10]}  {row['title']}" for row in data["actions"]] or [f"  {w['none']}"]
    return "\n".join(lines)


def cmd_timeline(args: argparse.Namespace) -> int:
    from bodiag.services import reassessment

    with _open(args.file, readonly=True) as diagnostic:
        data = reassessment.timeline(diagnostic).as_dict(args.lang)
        if args.json:
            _print_json(data)
            return ExitCode.OK
        blocks = []
        for group in data:
            lines = [f"{group['questionnaire']['title']} ({group['questionnaire']['id']})"]
            for e in group["assessments"]:
                band = e["band"]["label"] if e["band"] else "—"
                cover = _num(e["coverage"], args.lang)
                origin = f"  ← {e['based_on']}" if e["based_on"] else ""
                lines.append(
                    f"  {e['created_at'][:10]}  {e['id']:>3}  {_num(e['score'], args.lang):>5}  {band:<20} {cover:>5} %  "
                    f"{e['title']}{origin}"
                )
            blocks.append("\n".join(lines))
        print("\n\n".join(blocks))
    return ExitCode.OK


# -- parser ---------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "respondents", cmd_respondents, "list an assessment's respondents and how many answers each gave")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("--json", action="store_true")

    p = add_command(sub, "respondent-add", cmd_respondent_add, "add a respondent to an assessment; print their number")
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("name")
    p.add_argument("--role", choices=list(ROLES), default="other", help="default: other")

    p = add_command(
        sub, "respondent-answer", cmd_respondent_answer,
        "record one respondent's answer (same values as 'answer'; 'none' is an empty checklist)",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("respondent", help="respondent number or name")
    p.add_argument("question")
    p.add_argument("value")
    p.add_argument("--note", help="note to keep with the answer ('' removes it)")
    add_lang_option(p)

    p = add_command(
        sub, "respondent-import", cmd_respondent_import,
        "take a respondent's answers from their answered copy of the document (replaces theirs), "
        "or from CSV/JSON (adds to theirs); nothing is written if anything is wrong",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("respondent", help="respondent number or name")
    p.add_argument("source", metavar="copy.bodiag|answers.csv|answers.json")

    p = add_command(
        sub, "divergence", cmd_divergence,
        "questions answered by several respondents, largest spread of levels first ('!': 2 levels or more apart)",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("--json", action="store_true")
    add_lang_option(p)

    p = add_command(
        sub, "consensus", cmd_consensus,
        "set the assessment's answer to a question from its respondents' answers: VALUE, or the suggestion "
        "(median level, the lower of the two middle ones for an even count; checklist items ticked by a majority)",
    )
    p.add_argument("file")
    p.add_argument("assessment")
    p.add_argument("question")
    p.add_argument("value", nargs="?", help="the facilitator's choice (default: the suggestion)")
    add_lang_option(p)

    p = add_command(
        sub, "reassess", cmd_reassess,
        "start a new assessment from a previous one, on the same questionnaire text; print its number",
    )
    p.add_argument("file")
    p.add_argument("assessment", help="the previous assessment (left unchanged)")
    p.add_argument("--copy-answers", action="store_true", help="start from its answers and notes (default: blank)")
    p.add_argument("--title", help="default: the previous title with today's date")

    p = add_command(
        sub, "compare", cmd_compare,
        "compare two assessments of one questionnaire: scores per section, answers that moved, actions completed between",
    )
    p.add_argument("file")
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("--json", action="store_true")
    add_lang_option(p)

    p = add_command(sub, "timeline", cmd_timeline, "every assessment of each questionnaire in date order, with its score")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    add_lang_option(p)
