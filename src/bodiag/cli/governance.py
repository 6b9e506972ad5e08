"""Command group: the plan directeur's governance — ``bodiag plan committee``, ``reviews``, ``risks``, ``kpis``,
``progress`` and the commands that change them.

A thin layer over :mod:`bodiag.services.governance`, imported when a command runs;
its commands join ``bodiag plan``'s (see :func:`bodiag.cli.common.group_parts`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from bodiag.cli.common import Subcommands, add_command, add_lang_option, group_parts, open_document, show_view
from bodiag.errors import ExitCode, InputError


def _month(day: str, lang: str) -> str:
    from bodiag.domain import i18n

    date = dt.date.fromisoformat(day)
    return f"{i18n.MONTHS[lang][date.month - 1]} {date.year}"


def _figure(value: float | None, lang: str) -> str:
    from bodiag.domain import i18n

    return "—" if value is None else i18n.plain(value, lang)


# -- rendering ------------------------------------------------------------------------------


def _heading(title: str, none: str, lang: str, *, empty: bool) -> list[str]:
    """A listing's first lines: its title, then, when it lists nothing, the line that says so (catalogue keys)."""
    from bodiag.domain import i18n

    return [i18n.tr(title, lang)] + ([f"  {i18n.tr(none, lang)}"] if empty else [])


def render_committee(view, lang: str) -> str:
    from bodiag.domain import i18n

    lines = [i18n.tr("gov_committee", lang)]
    for n, m in enumerate(view.members, start=1):
        function = f" — {m.function}" if m.function else ""
        lines.append(f"  {n}. [{m.id}] {m.name}{function} — {i18n.tr(f'gov_role_{m.role}', lang)}")
    lines += [f"  ! {message}" for message in view.messages]
    cadence = i18n.tr(f"gov_cadence_{view.cadence or 'none'}", lang)
    start = _month(f"{view.start_month}-01", lang)
    line = i18n.tr("gov_cadence_line", lang, label=cadence, date=start)
    if view.start_from == "assessment":  # not chosen: say where the date comes from
        line += f" ({i18n.tr('gov_start_assessment', lang)})"
    lines.append(line)
    lines.append(i18n.tr("gov_reviews_line", lang, days=", ".join(_month(d, lang) for d in view.reviews)))
    if view.next is not None:
        lines.append(i18n.tr("gov_next", lang, label=i18n.tr(f"gov_kind_{view.next.kind}", lang),
                             date=_month(view.next.day, lang)))
    return "\n".join(lines)


def render_reviews(view, lang: str) -> str:
    from bodiag.domain import i18n

    lines = [i18n.tr("gov_reviews", lang)]
    lines += [f"  {_month(d, lang)}" for d in view.reviews]
    if view.recorded:
        lines.append(i18n.tr("gov_recorded", lang))
        for r in view.recorded:
            notes = f" — {' '.join(r.notes.split())}" if r.notes else ""
            lines.append(f"  [{r.id}] {i18n.date(dt.date.fromisoformat(r.day), lang)} · "
                         f"{i18n.tr(f'gov_kind_{r.kind}', lang)}{notes}")
    return "\n".join(lines)


def render_risks(view, lang: str) -> str:
    from bodiag.domain import i18n

    lines = _heading("gov_risks", "gov_no_risks", lang, empty=not view.risks)
    for e in view.risks:
        r = e.risk
        owner = f" · {i18n.tr('gov_col_owner', lang).lower()}{i18n.colon(lang)}{r.owner}" if r.owner else ""
        lines.append(f"  {e.number}. [{r.id}] {r.title} ({i18n.tr(f'gov_cat_{r.category}', lang)}) — "
                     f"{r.likelihood} × {r.impact} = {e.score}, {i18n.tr(f'gov_level_{e.level}', lang)}{owner}")
        if r.mitigation:
            lines.append(f"     → {r.mitigation}")
    for s in view.suggestions:
        lines.append(f"  + {s.title} ({i18n.tr(f'gov_cat_{s.category}', lang)}) — {s.likelihood} × {s.impact}"
                     f"\n     → {s.mitigation}")
    return "\n".join(lines)


def render_kpis(view, lang: str) -> str:
    from bodiag.domain import i18n

    lines = [i18n.tr("gov_kpis", lang), f"  {view.focus_note}"]
    if not view.kpis:
        lines.append(f"  {i18n.tr('gov_no_kpis', lang)}")

    def row(mark: str, k) -> str:
        unit = f" ({k.unit})" if k.unit else ""
        return (f"  {mark} {k.label}{unit} — {_figure(k.baseline, lang)} → {_figure(k.target, lang)}, "
                f"{i18n.tr(f'gov_dir_{k.direction}', lang)}")

    lines += [row(f"[{k.id}]", k) for k in view.kpis]
    lines += [row("+", s) for s in view.suggestions]
    return "\n".join(lines)


def render_change(view: dict[str, list], lang: str) -> str:
    from bodiag.domain import i18n
    from bodiag.domain.vocabulary import ACTION_STATUS, label

    actions, suggestions = view["actions"], view["suggestions"]
    lines = _heading("gov_change", "gov_no_change", lang, empty=not actions and not suggestions)
    for a in actions:
        owner = f" — {a.owner}" if a.owner else ""
        lines.append(f"  [{a.id}] {a.title} ({i18n.tr(f'gov_kind_{a.kind}', lang)}, "
                     f"{label(ACTION_STATUS, a.status, lang)}){owner}")
    lines += [f"  + {s.title} ({i18n.tr(f'gov_kind_{s.kind}', lang)})" for s in suggestions]
    return "\n".join(lines)


def render_progress(view, lang: str) -> str:
    from bodiag.domain import i18n

    lines = _heading("gov_progress", "gov_progress_none", lang, empty=not view.reassessed)
    for p in view.parts:
        done = f", {i18n.tr('gov_reached', lang)}" if p.reached else ""
        lines.append(f"  {p.questionnaire} · {p.title}{i18n.colon(lang)}{i18n.score(p.first, lang)} → {i18n.score(p.latest, lang)} / "
                     f"{i18n.score(p.target, lang)} ({i18n.percent(p.progress, lang)}{done})")
    for k in view.kpis:
        if k.current is None:  # no question measures it, or none was answered: nothing to compare yet
            continue
        done = f", {i18n.tr('gov_reached', lang)}" if k.reached else ""
        lines.append(f"  {k.label}{i18n.colon(lang)}{_figure(k.baseline, lang)} → {_figure(k.current, lang)} / {_figure(k.target, lang)}"
                     f" ({i18n.percent(k.progress, lang)}{done})")
    return "\n".join(lines)


# -- commands --------------------------------------------------------------------------------


def _changes(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _row_command(action: str, key: str | None, options: tuple[str, ...] = ()) -> Callable[[argparse.Namespace], int]:
    """The command that adds (printing the new row's number), updates or deletes a committee member, a recorded
    meeting, a risk or an indicator: ``action`` names the service's function, ``key`` the argument that names the row
    (none when adding) and ``options`` the fields passed on when given."""

    def command(args: argparse.Namespace) -> int:
        from bodiag.services import governance

        change = getattr(governance, action)
        with open_document(args.file) as diagnostic:
            row = change(diagnostic, *([getattr(args, key)] if key else []), **_changes(args, options))
        if key is None:
            print(row.id)
        return ExitCode.OK

    return command


def cmd_committee(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    if args.start is not None and args.default_start:
        raise InputError("give --start or --default-start, not both")
    changing = args.start is not None or args.default_start or args.cadence is not None
    with open_document(args.file, readonly=not changing) as diagnostic:
        if changing:
            governance.set_calendar(diagnostic, start_month=args.start, cadence=args.cadence,
                                    clear_start=args.default_start)
        view = governance.committee(diagnostic, args.lang)
    return show_view(view, args, lambda: render_committee(view, args.lang))


def _showing(args: argparse.Namespace, view: Callable[..., object], render: Callable[[object, str], str],
             add_suggested: Callable[..., object] | None = None) -> int:
    """Show ``view(diagnostic)`` as JSON or text; with ``--add-suggested``, ``add_suggested(diagnostic, lang)`` adds
    the suggestions first (the document is then opened for writing)."""
    adding = add_suggested is not None and args.add_suggested
    with open_document(args.file, readonly=not adding) as diagnostic:
        if adding:
            add_suggested(diagnostic, args.lang)
        result = view(diagnostic)
    return show_view(result, args, lambda: render(result, args.lang))


def cmd_reviews(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    return _showing(args, lambda d: governance.committee(d, args.lang), render_reviews)


def cmd_risks(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    return _showing(args, lambda d: governance.risk_register(d, args.lang, suggest=args.suggest), render_risks,
                    governance.add_suggested_risks)


def cmd_kpis(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    return _showing(args, lambda d: governance.kpi_board(d, args.lang, suggest=args.suggest), render_kpis,
                    governance.add_suggested_kpis)


def cmd_change(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    def view(diagnostic) -> dict[str, list]:  # noqa: ANN001 - a bodiag.services.diagnostic.Diagnostic
        return {"actions": governance.change_actions(diagnostic),
                "suggestions": governance.suggested_change(diagnostic, args.lang) if args.suggest else []}

    return _showing(args, view, render_change, governance.add_suggested_change)


def cmd_progress(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    return _showing(args, lambda d: governance.progress(d, args.lang), render_progress)


# -- the parser ------------------------------------------------------------------------------


def _view(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--json", action="store_true")
    add_lang_option(p, what)


def _row_commands(parts: Subcommands, noun: str, fields: tuple[str, ...],
                  options: Callable[[argparse.ArgumentParser, bool], None], *, first: tuple[str, str], key_help: str,
                  helps: tuple[str, str | None, str]) -> None:
    """``NOUN-add``, ``NOUN-update`` (unless its help is None) and ``NOUN-delete``: adding takes the first field as an
    argument, updating and deleting take the row's number; ``options(parser, adding)`` declares the other fields."""
    name, name_help = first
    for verb, help_text in zip(("add", "update"), helps):
        if help_text is None:
            continue
        adding = verb == "add"
        p = add_command(parts, f"{noun}-{verb}", _row_command(f"{verb}_{noun}", None if adding else noun, fields),
                        help_text)
        p.add_argument("file")
        if adding:
            p.add_argument(name, help=name_help)
        else:
            p.add_argument(noun, help=key_help)
            p.add_argument(f"--{name}")
        options(p, adding)
    p = add_command(parts, f"{noun}-delete", _row_command(f"delete_{noun}", noun), helps[2])
    p.add_argument("file")
    p.add_argument(noun, help=key_help)


def register(sub: Subcommands) -> None:
    from bodiag.domain.governance import CADENCES, CATEGORIES, DIRECTIONS, ROLES

    parts = group_parts(sub, "plan")

    p = add_command(parts, "committee", cmd_committee,
                    "the steering committee (members and roles, with a warning when nobody decides or funds), its "
                    "cadence, the plan's start month and its half-yearly reviews; --start and --cadence change them")
    p.add_argument("file")
    p.add_argument("--start", metavar="YYYY-MM", help="the plan's start month (default: the month after the latest "
                                                      "assessment)")
    p.add_argument("--default-start", action="store_true", help="forget the start month: the default applies again")
    p.add_argument("--cadence", choices=list(CADENCES), help="how often the committee meets")
    _view(p, "the output")

    def member_options(p: argparse.ArgumentParser, adding: bool) -> None:
        p.add_argument("--role", choices=ROLES, required=adding, help="what the member does on the committee")
        p.add_argument("--function", help="the member's function in the company, e.g. director")

    _row_commands(parts, "member", ("name", "function", "role"), member_options,
                  first=("name", "the member's name"), key_help="member number",
                  helps=("name a member of the steering committee; print its number",
                         "change a committee member; only the options given change",
                         "remove a member from the steering committee"))

    p = add_command(parts, "reviews", cmd_reviews,
                    "the plan's half-yearly review dates over its horizon and the meetings recorded, with their notes")
    p.add_argument("file")
    _view(p, "the output")

    def review_options(p: argparse.ArgumentParser, adding: bool) -> None:
        p.add_argument("--kind", choices=["review", "committee"], default="review")
        p.add_argument("--notes", help="what was decided (dropped from copies shared without notes)")

    _row_commands(parts, "review", ("day", "kind", "notes"), review_options,
                  first=("day", "its date, YYYY-MM-DD"), key_help="review number",
                  helps=("record a review or committee meeting; print its number", None, "remove a recorded meeting"))

    p = add_command(parts, "risks", cmd_risks,
                    "the risk register: each risk's likelihood × impact score and level, its owner and mitigation; "
                    "--suggest lists the risks of doing nothing the answers point at, --add-suggested adds them")
    p.add_argument("file")
    p.add_argument("--suggest", action="store_true", help="also list the suggested risks not in the register")
    p.add_argument("--add-suggested", action="store_true", help="add the suggested risks to the register first")
    _view(p, "the output and of the suggested risks")

    def risk_options(p: argparse.ArgumentParser, adding: bool) -> None:
        p.add_argument("--category", choices=CATEGORIES, help="default other" if adding else None)
        p.add_argument("--likelihood", metavar="1-5", help="1 (rare) to 5 (almost certain)" + (", default 3" if adding else ""))
        p.add_argument("--impact", metavar="1-5", help="1 (minor) to 5 (severe)" + (", default 3" if adding else ""))
        p.add_argument("--owner", help="who watches it")
        p.add_argument("--mitigation", help="what reduces it")

    _row_commands(parts, "risk", ("title", "category", "likelihood", "impact", "owner", "mitigation"), risk_options,
                  first=("title", "the risk, in one line"), key_help="risk number or identifier (uuid)",
                  helps=("add a risk to the register; print its number", "change a risk; only the options given change",
                         "remove a risk from the register"))

    p = add_command(parts, "kpis", cmd_kpis,
                    "the KPI board: each indicator's baseline, target and direction, and what the company's phase "
                    "favours; --suggest lists the priority indicators of the latest assessments with their baselines "
                    "from the answers, --add-suggested adds them")
    p.add_argument("file")
    p.add_argument("--suggest", action="store_true", help="also list the suggested indicators not on the board")
    p.add_argument("--add-suggested", action="store_true", help="add the suggested indicators to the board first")
    _view(p, "the output and of the suggested indicators")

    def kpi_options(p: argparse.ArgumentParser, adding: bool) -> None:
        p.add_argument("--unit")
        p.add_argument("--source", help="where it is measured")
        p.add_argument("--baseline", help="the starting value")
        p.add_argument("--target", help="the value aimed at")
        p.add_argument("--direction", choices=DIRECTIONS, help="default higher_is_better" if adding else None)
        p.add_argument("--question", dest="question_id", metavar="QUESTION",
                       help="the numeric question that measures it (e.g. ind.processing_time): its latest answer is "
                            "the current value")

    _row_commands(parts, "kpi", ("label", "unit", "source", "baseline", "target", "direction", "question_id"),
                  kpi_options, first=("label", "what is measured"), key_help="indicator number or identifier (uuid)",
                  helps=("add an indicator to the board; print its number",
                         "change an indicator; only the options given change", "remove an indicator from the board"))

    p = add_command(parts, "change", cmd_change,
                    "change management: the plan's actions of communication, training and showing the gains; "
                    "--suggest lists those that would accompany the first actions, --add-suggested adds them "
                    "(then 'action-update' changes them like any action)")
    p.add_argument("file")
    p.add_argument("--suggest", action="store_true", help="also list the suggested change-management actions")
    p.add_argument("--add-suggested", action="store_true", help="add the suggested actions to the plan first")
    _view(p, "the output and of the suggested actions")

    p = add_command(parts, "progress", cmd_progress,
                    "progress against the plan: each part of each re-assessed questionnaire from its first to its "
                    "latest assessment against its target, and each indicator from its baseline to its latest measure")
    p.add_argument("file")
    _view(p, "the output")
