"""The roadmap said in sentences, in the document's language: a wave's name and totals, each warning, and the
board note's roadmap at a glance. Every face (the terminal, the PDF, the app) says them the same way.

Pure Python: the words are :mod:`bodiag.domain.roadmap_texts`', read through
:mod:`bodiag.domain.i18n`.
"""

from __future__ import annotations

from bodiag.domain import i18n
from bodiag.domain.roadmap import Roadmap, RoadmapWarning, WaveTotals

GLANCE_TITLES = 3


def wave_name(wave: str, lang: str) -> str:
    return i18n.tr(f"rm_wave_{wave}", lang)


def days(value: float, lang: str) -> str:
    return i18n.number(value, lang, 1, trim=True)


def actions_count(count: int, lang: str) -> str:
    return i18n.tr_count("rm_actions", lang, count)


def wave_line(total: WaveTotals, lang: str) -> str:
    """``0–6 mois : 3 actions, 16 jours-personne pour une capacité de 30, coût 12 000 € (budget 15 000 €)``."""
    cost = i18n.tr("rm_cost", lang, amount=i18n.money(total.cost, lang)) if total.costed else ""
    budget = i18n.tr("rm_budget", lang, amount=i18n.money(total.budget, lang)) if total.budget is not None else ""
    line = i18n.tr("rm_wave_line", lang, wave=wave_name(total.wave, lang), actions=actions_count(total.actions, lang),
                   days=days(total.workload_days, lang), capacity=days(total.capacity_days, lang), cost=cost,
                   budget=budget)
    marks = [i18n.tr(key, lang) for key, on in (("rm_overloaded", total.overloaded), ("rm_over_budget", total.over_budget))
             if on]
    return f"{line} — {', '.join(marks)}" if marks else line


def warning_text(warning: RoadmapWarning, plan: Roadmap, lang: str) -> str:
    titles = {a.id: a.title for a in plan.actions}
    waves = {a.id: a.wave for a in plan.actions}
    total = plan.wave_totals(warning.wave)
    if warning.kind == "overload" and total is not None:
        return i18n.tr("rm_warn_overload", lang, wave=wave_name(warning.wave, lang), days=days(total.workload_days, lang),
                       capacity=days(total.capacity_days, lang))
    if warning.kind == "over_budget" and total is not None and total.budget is not None:
        return i18n.tr("rm_warn_over_budget", lang, wave=wave_name(warning.wave, lang),
                       cost=i18n.money(total.cost, lang), budget=i18n.money(total.budget, lang))
    if warning.kind == "late_dependency":
        return i18n.tr("rm_warn_late_dependency", lang, title=titles.get(warning.action, ""),
                       wave=wave_name(warning.wave, lang), other=titles.get(warning.depends_on, ""),
                       other_wave=wave_name(waves[warning.depends_on], lang))
    return i18n.tr("rm_warn_beyond_horizon", lang, title=titles.get(warning.action, ""),
                   wave=wave_name(warning.wave, lang), months=plan.horizon_months)


def warnings(plan: Roadmap, lang: str) -> list[str]:
    return [warning_text(w, plan, lang) for w in plan.warnings]


def glance(plan: Roadmap, lang: str) -> list[str]:
    """The board note's roadmap at a glance: the next six months (actions, workload against capacity, cost, the
    first actions, the milestones), then one line per wave."""
    if not plan.actions:
        return [i18n.tr("rm_empty", lang)]
    first = plan.wave_totals("w0_6")
    inside = [a for a in plan.actions if a.wave == "w0_6"]
    cost = ""
    if first.costed:
        cost = i18n.tr("rm_glance_cost", lang, amount=i18n.money(first.cost, lang))
        if first.costed < first.actions:
            cost += i18n.tr_count("rm_glance_uncosted", lang, first.actions - first.costed)
    lines = [i18n.tr("rm_glance_next", lang, actions=actions_count(first.actions, lang),
                     days=days(first.workload_days, lang), capacity=days(first.capacity_days, lang), cost=cost)]
    if inside:
        titles = ", ".join(i18n.quote(a.title, lang) for a in inside[:GLANCE_TITLES])
        if len(inside) > GLANCE_TITLES:  # « … » before the sentence's full stop read as « …. »
            titles += i18n.tr_count("rm_glance_more", lang, len(inside) - GLANCE_TITLES)
        lines[0] += " " + i18n.tr("rm_glance_first", lang, titles=titles)
    milestones = [a.milestone for a in inside if a.milestone]
    if milestones:
        lines[0] += " " + i18n.tr("rm_glance_milestones", lang, milestones=i18n.list_separator(lang).join(milestones))
    lines += [wave_line(t, lang) for t in plan.totals]
    return lines
