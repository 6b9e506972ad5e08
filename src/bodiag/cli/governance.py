"""Command group: the plan directeur's governance — ``bodiag plan committee``, ``reviews``, ``risks``, ``kpis``,
``progress`` and the commands that change them.

A thin layer over :mod:`bodiag.services.governance`, imported when a command runs;
its commands join ``bodiag plan``'s (see :func:`bodiag.cli.common.group_parts`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from bodiag.cli.common import Subcommands, add_command, add_lang_option, group_parts, open_document, print_json
from bodiag.errors import ExitCode, InputError


def _show(result: object, args: argparse.Namespace, text: Callable[[], str]) -> int:
    import msgspec

    if args.json:
        print_json(msgspec.to_builtins(result))
    else:
        print(text())
    return ExitCode.OK


def _month(day: str, lang: str) -> str:
    from bodiag.domain import i18n

    date = dt.date.fromisoformat(day)
    return f"{i18n.MONTHS[lang][date.month - 1]} {date.year}"


def _figure(value: float | None, lang: str) -> str:
    from bodiag.domain import i18n

    return "—" if value is None else i18n.plain(value, lang)


# -- rendering ------------------------------------------------------------------------------


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

    lines = [i18n.tr("gov_risks", lang)]
    if not view.risks:
        lines.append(f"  {i18n.tr('gov_no_risks', lang)}")
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


def render_change(actions, suggestions, lang: str) -> str:
    from bodiag.domain import i18n
    from bodiag.domain.vocabulary import ACTION_STATUS, label

    lines = [i18n.tr("gov_change", lang)]
    if not actions and not suggestions:
        lines.append(f"  {i18n.tr('gov_no_change', lang)}")
    for a in actions:
        owner = f" — {a.owner}" if a.owner else ""
        lines.append(f"  [{a.id}] {a.title} ({i18n.tr(f'gov_kind_{a.kind}', lang)}, "
                     f"{label(ACTION_STATUS, a.status, lang)}){owner}")
    lines += [f"  + {s.title} ({i18n.tr(f'gov_kind_{s.kind}', lang)})" for s in suggestions]
    return "\n".join(lines)


def render_progress(view, lang: str) -> str:
    from bodiag.domain import i18n

    lines = [i18n.tr("gov_progress", lang)]
    if not view.reassessed:
        lines.append(f"  {i18n.tr('gov_progress_none', lang)}")
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
    return _show(view, args, lambda: render_committee(view, args.lang))


def cmd_member_add(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        print(governance.add_member(diagnostic, args.name, args.role, args.function or "").id)
    return ExitCode.OK


def cmd_member_update(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        governance.update_member(diagnostic, args.member, **_changes(args, ("name", "function", "role")))
    return ExitCode.OK


def cmd_member_delete(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        governance.delete_member(diagnostic, args.member)
    return ExitCode.OK


def cmd_reviews(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file, readonly=True) as diagnostic:
        view = governance.committee(diagnostic, args.lang)
    return _show(view, args, lambda: render_reviews(view, args.lang))


def cmd_review_add(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        print(governance.add_review(diagnostic, args.day, args.kind, args.notes or "").id)
    return ExitCode.OK


def cmd_review_delete(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        governance.delete_review(diagnostic, args.review)
    return ExitCode.OK


def cmd_risks(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file, readonly=not args.add_suggested) as diagnostic:
        if args.add_suggested:
            governance.add_suggested_risks(diagnostic, args.lang)
        view = governance.risk_register(diagnostic, args.lang, suggest=args.suggest)
    return _show(view, args, lambda: render_risks(view, args.lang))


RISK_OPTIONS = ("title", "category", "likelihood", "impact", "owner", "mitigation")


def cmd_risk_add(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    changes = _changes(args, RISK_OPTIONS)
    with open_document(args.file) as diagnostic:
        print(governance.add_risk(diagnostic, **changes).id)
    return ExitCode.OK


def cmd_risk_update(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        governance.update_risk(diagnostic, args.risk, **_changes(args, RISK_OPTIONS))
    return ExitCode.OK


def cmd_risk_delete(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        governance.delete_risk(diagnostic, args.risk)
    return ExitCode.OK


def cmd_kpis(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file, readonly=not args.add_suggested) as diagnostic:
        if args.add_suggested:
            governance.add_suggested_kpis(diagnostic, args.lang)
        view = governance.kpi_board(diagnostic, args.lang, suggest=args.suggest)
    return _show(view, args, lambda: render_kpis(view, args.lang))


KPI_OPTIONS = ("label", "unit", "source", "baseline", "target", "direction", "question_id")


def cmd_kpi_add(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        print(governance.add_kpi(diagnostic, **_changes(args, KPI_OPTIONS)).id)
    return ExitCode.OK


def cmd_kpi_update(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        governance.update_kpi(diagnostic, args.kpi, **_changes(args, KPI_OPTIONS))
    return ExitCode.OK


def cmd_kpi_delete(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file) as diagnostic:
        governance.delete_kpi(diagnostic, args.kpi)
    return ExitCode.OK


def cmd_change(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file, readonly=not args.add_suggested) as diagnostic:
        if args.add_suggested:
            governance.add_suggested_change(diagnostic, args.lang)
        actions = governance.change_actions(diagnostic)
        suggestions = governance.suggested_change(diagnostic, args.lang) if args.suggest else []
    view = {"actions": actions, "suggestions": suggestions}
    return _show(view, args, lambda: render_change(actions, suggestions, args.lang))


def cmd_progress(args: argparse.Namespace) -> int:
    from bodiag.services import governance

    with open_document(args.file, readonly=True) as diagnostic:
        view = governance.progress(diagnostic, args.lang)
    return _show(view, args, lambda: render_progress(view, args.lang))


# -- the parser ------------------------------------------------------------------------------


def _view(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--json", action="store_true")
    add_lang_option(p, what)


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

    for name, func, adding in (("member-add", cmd_member_add, True), ("member-update", cmd_member_update, False)):
        p = add_command(parts, name, func, "name a member of the steering committee; print its number" if adding
                        else "change a committee member; only the options given change")
        p.add_argument("file")
        if adding:
            p.add_argument("name", help="the member's name")
            p.add_argument("--role", choices=ROLES, required=True, help="what the member does on the committee")
        else:
            p.add_argument("member", help="member number")
            p.add_argument("--name")
            p.add_argument("--role", choices=ROLES)
        p.add_argument("--function", help="the member's function in the company, e.g. director")

    p = add_command(parts, "member-delete", cmd_member_delete, "remove a member from the steering committee")
    p.add_argument("file")
    p.add_argument("member", help="member number")

    p = add_command(parts, "reviews", cmd_reviews,
                    "the plan's half-yearly review dates over its horizon and the meetings recorded, with their notes")
    p.add_argument("file")
    _view(p, "the output")

    p = add_command(parts, "review-add", cmd_review_add, "record a review or committee meeting; print its number")
    p.add_argument("file")
    p.add_argument("day", help="its date, YYYY-MM-DD")
    p.add_argument("--kind", choices=["review", "committee"], default="review")
    p.add_argument("--notes", help="what was decided (dropped from copies shared without notes)")

    p = add_command(parts, "review-delete", cmd_review_delete, "remove a recorded meeting")
    p.add_argument("file")
    p.add_argument("review", help="review number")

    p = add_command(parts, "risks", cmd_risks,
                    "the risk register: each risk's likelihood × impact score and level, its owner and mitigation; "
                    "--suggest lists the risks of doing nothing the answers point at, --add-suggested adds them")
    p.add_argument("file")
    p.add_argument("--suggest", action="store_true", help="also list the suggested risks not in the register")
    p.add_argument("--add-suggested", action="store_true", help="add the suggested risks to the register first")
    _view(p, "the output and of the suggested risks")

    for name, func, adding in (("risk-add", cmd_risk_add, True), ("risk-update", cmd_risk_update, False)):
        p = add_command(parts, name, func, "add a risk to the register; print its number" if adding
                        else "change a risk; only the options given change")
        p.add_argument("file")
        if adding:
            p.add_argument("title", help="the risk, in one line")
        else:
            p.add_argument("risk", help="risk number or identifier (uuid)")
            p.add_argument("--title")
        p.add_argument("--category", choices=CATEGORIES, help="default other" if adding else None)
        p.add_argument("--likelihood", metavar="1-5", help="1 (rare) to 5 (almost certain)" + (", default 3" if adding else ""))
        p.add_argument("--impact", metavar="1-5", help="1 (minor) to 5 (severe)" + (", default 3" if adding else ""))
        p.add_argument("--owner", help="who watches it")
        p.add_argument("--mitigation", help="what reduces it")

    p = add_command(parts, "risk-delete", cmd_risk_delete, "remove a risk from the register")
    p.add_argument("file")
    p.add_argument("risk", help="risk number or identifier (uuid)")

    p = add_command(parts, "kpis", cmd_kpis,
                    "the KPI board: each indicator's baseline, target and direction, and what the company's phase "
                    "favours; --suggest lists the priority indicators of the latest assessments with their baselines "
                    "from the answers, --add-suggested adds them")
    p.add_argument("file")
    p.add_argument("--suggest", action="store_true", help="also list the suggested indicators not on the board")
    p.add_argument("--add-suggested", action="store_true", help="add the suggested indicators to the board first")
    _view(p, "the output and of the suggested indicators")

    for name, func, adding in (("kpi-add", cmd_kpi_add, True), ("kpi-update", cmd_kpi_update, False)):
        p = add_command(parts, name, func, "add an indicator to the board; print its number" if adding
                        else "change an indicator; only the options given change")
        p.add_argument("file")
        if adding:
            p.add_argument("label", help="what is measured")
        else:
            p.add_argument("kpi", help="indicator number or identifier (uuid)")
            p.add_argument("--label")
        p.add_argument("--unit")
        p.add_argument("--source", help="where it is measured")
        p.add_argument("--baseline", help="the starting value")
        p.add_argument("--target", help="the value aimed at")
        p.add_argument("--direction", choices=DIRECTIONS, help="default higher_is_better" if adding else None)
        p.add_argument("--question", dest="question_id", metavar="QUESTION",
                       help="the numeric question that measures it (e.g. ind.processing_time): its latest answer is "
                            "the current value")

    p = add_command(parts, "kpi-delete", cmd_kpi_delete, "remove an indicator from the board")
    p.add_argument("file")
    p.add_argument("kpi", help="indicator number or identifier (uuid)")

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
