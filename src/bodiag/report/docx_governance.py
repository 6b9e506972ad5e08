"""The Word copy's roadmap and governance parts of the plan directeur, and the deliverable's pieces.

The same content, in the same order, as :mod:`bodiag.report.roadmap`,
:mod:`bodiag.report.governance` and :mod:`bodiag.report.deliverable` print in the
PDF; the timeline and the risk matrix, drawings in the PDF, are given here by the
tables beside them (every bar and every cell is a row there).
"""

from __future__ import annotations

import datetime as dt

from bodiag.domain import i18n
from bodiag.domain import roadmap_sentences as say
from bodiag.domain.deliverable import blocks
from bodiag.domain.fingerprint import spaced
from bodiag.domain.governance import GovernanceReport
from bodiag.domain.report_content import Extras, PlanReport, ReportData
from bodiag.domain.vocabulary import ACTION_STATUS, label
from bodiag.report.deliverable import status_line
from bodiag.report.docx_writer import DocxWriter, Run, bold
from bodiag.report.texts import figure, month_year

WARNING = "#c77700"


# -- the roadmap -----------------------------------------------------------------------------


def roadmap_part(w: DocxWriter, report: PlanReport, data: ReportData) -> None:
    plan, lang = report.roadmap, data.lang
    w.heading(i18n.tr("rm_heading", lang), 1)
    if plan is None or not plan.actions:
        w.paragraph(i18n.tr("rm_empty", lang), "Muted")
        return
    source = i18n.tr(f"rm_source_{plan.capacity_from}", lang)
    w.paragraph(i18n.tr("rm_intro", lang, quarter=say.days(plan.quarter_capacity, lang), source=source), "Muted")
    w.paragraph([bold(i18n.tr("rm_totals", lang))])
    head = [i18n.tr(k, lang) for k in ("rm_col_wave", "rm_col_actions", "rm_col_workload", "rm_col_capacity",
                                       "rm_col_cost", "rm_col_budget")]
    rows = [[[bold(say.wave_name(t.wave, lang))], str(t.actions),
             _flagged(say.days(t.workload_days, lang), t.overloaded), say.days(t.capacity_days, lang),
             _flagged(i18n.money(t.cost, lang) if t.costed else "—", t.over_budget),
             i18n.money(t.budget, lang) if t.budget is not None else "—"] for t in plan.totals]
    w.table(head, rows, [None, 1.5, 2.2, 2.2, 2.4, 2.4])
    if plan.warnings:
        w.paragraph([bold(i18n.tr("rm_warnings", lang))])
        for warning in say.warnings(plan, lang):
            w.paragraph([Run("▲ ", color=WARNING), Run(warning)])
    head = [i18n.tr(k, lang) for k in ("rm_col_action", "rm_col_wave", "rm_col_owner", "rm_col_workload",
                                       "rm_col_budget", "rm_col_milestone", "rm_col_depends")]
    rows = []
    for a in plan.actions:
        wave = say.wave_name(a.wave, lang) + ("" if a.placed else f" ({i18n.tr('rm_suggested', lang)})")
        rows.append([[bold(f"{a.id}. "), Run(a.title)], wave, a.owner or "—", say.days(a.workload_days, lang),
                     i18n.money(a.cost, lang) if a.cost is not None else "—", a.milestone or "—",
                     plan.waits_for(a) or "—"])
    w.table(head, rows, [None, 1.9, 2.3, 1.6, 1.8, 3.0, 1.8])
    if plan.closed:
        w.paragraph(i18n.tr("rm_closed", lang, count=len(plan.closed)), "Small")


def at_a_glance(w: DocxWriter, report: PlanReport, lang: str) -> None:
    plan = report.roadmap
    if plan is None:
        return
    lines = say.glance(plan, lang)
    w.paragraph([bold(i18n.tr("rm_glance", lang))])
    w.paragraph(lines[0])
    for total, line in zip(plan.totals, lines[1:]):
        w.bullet([Run(line, color=WARNING)] if total.overloaded or total.over_budget else line)


def _flagged(text: str, on: bool) -> list[Run]:
    return [Run(f"{text} ▲", bold=True, color=WARNING)] if on else [Run(text)]


# -- the governance ----------------------------------------------------------------------------


def governance_part(w: DocxWriter, governance: GovernanceReport, lang: str) -> None:
    w.heading(i18n.tr("gov_heading", lang), 1)
    _committee(w, governance, lang)
    _change(w, governance, lang)
    _kpis(w, governance, lang)
    if governance.progress.reassessed:
        _progress(w, governance, lang)
    _risks(w, governance, lang)


def _committee(w: DocxWriter, governance: GovernanceReport, lang: str) -> None:
    view = governance.committee
    w.heading(i18n.tr("gov_committee", lang), 2)
    if view.members:
        w.table([i18n.tr("gov_col_member", lang), i18n.tr("gov_col_function", lang), i18n.tr("gov_col_role", lang)],
                [[[bold(m.name)], m.function or "—", i18n.tr(f"gov_role_{m.role}", lang)] for m in view.members],
                [None, 5.0, 3.0])
    for message in view.messages:
        w.paragraph([bold(message)])
    cadence = i18n.tr(f"gov_cadence_{view.cadence or 'none'}", lang)
    w.paragraph(i18n.tr("gov_cadence_line", lang, label=cadence, date=month_year(f"{view.start_month}-01", lang)))
    if view.reviews:
        w.paragraph(i18n.tr("gov_reviews_line", lang, days=", ".join(month_year(d, lang) for d in view.reviews)))
    if view.next is not None:
        w.paragraph(i18n.tr("gov_next", lang, label=i18n.tr(f"gov_kind_{view.next.kind}", lang),
                            date=month_year(view.next.day, lang)), "Muted")
    if view.recorded:
        w.paragraph([bold(i18n.tr("gov_recorded", lang))])
        for r in view.recorded:
            day = i18n.date(dt.date.fromisoformat(r.day), lang)
            w.bullet(f"{day} · {i18n.tr(f'gov_kind_{r.kind}', lang)}" + (f" — {r.notes}" if r.notes else ""))


def _change(w: DocxWriter, governance: GovernanceReport, lang: str) -> None:
    w.heading(i18n.tr("gov_change", lang), 2)
    if not governance.change:
        w.paragraph(i18n.tr("gov_no_change", lang), "Muted")
        return
    w.table([i18n.tr("col_action", lang), i18n.tr("gov_col_kind", lang), i18n.tr("gov_col_owner", lang),
             i18n.tr("col_status", lang)],
            [[a.title, i18n.tr(f"gov_kind_{a.kind}", lang), a.owner or "—", label(ACTION_STATUS, a.status, lang)]
             for a in governance.change], [None, 2.6, 3.0, 2.0])


def _kpis(w: DocxWriter, governance: GovernanceReport, lang: str) -> None:
    board = governance.kpis
    w.heading(i18n.tr("gov_kpis", lang), 2)
    w.paragraph(board.focus_note, "Muted")
    if not governance.progress.reassessed:
        w.paragraph(i18n.tr("gov_progress_none", lang), "Muted")
    if not board.kpis:
        w.paragraph(i18n.tr("gov_no_kpis", lang), "Muted")
        return
    w.table([i18n.tr("gov_col_kpi", lang), i18n.tr("gov_col_baseline", lang), i18n.tr("gov_col_target", lang),
             i18n.tr("gov_col_direction", lang), i18n.tr("gov_col_source", lang)],
            [[[bold(k.label), Run(f" ({k.unit})" if k.unit else "")], figure(k.baseline, "", lang),
              [bold(figure(k.target, "", lang))], i18n.tr(f"gov_dir_{k.direction}", lang), k.source or "—"]
             for k in board.kpis], [None, 1.8, 1.6, 2.0, 3.2])


def _progress(w: DocxWriter, governance: GovernanceReport, lang: str) -> None:
    view = governance.progress
    w.heading(i18n.tr("gov_progress", lang), 2)

    def share(value: float | None, reached: bool) -> list[Run]:
        text = i18n.percent(value, lang)
        return [bold(f"{text} ✔")] if reached else [Run(text)]

    rows = [[[p.title, p.questionnaire], i18n.score(p.first, lang), i18n.score(p.latest, lang), i18n.score(p.target, lang),
             share(p.progress, p.reached)] for p in view.parts]
    rows += [[[[bold(k.label), Run(f" ({k.unit})" if k.unit else "")]], figure(k.baseline, "", lang),
              figure(k.current, "", lang), figure(k.target, "", lang), share(k.progress, k.reached)]
             for k in view.kpis if k.current is not None]
    w.table([i18n.tr("gov_col_part", lang), i18n.tr("gov_col_first", lang), i18n.tr("gov_col_latest", lang),
             i18n.tr("gov_col_target", lang), i18n.tr("gov_col_progress", lang)], rows, [None, 2.0, 2.0, 2.0, 2.2])


def _risks(w: DocxWriter, governance: GovernanceReport, lang: str) -> None:
    register = governance.risks
    w.heading(i18n.tr("gov_risks", lang), 2)
    if not register.risks:
        w.paragraph(i18n.tr("gov_no_risks", lang), "Muted")
        return
    head = ["#", i18n.tr("gov_col_risk", lang), i18n.tr("gov_col_likelihood", lang), i18n.tr("gov_col_impact", lang),
            i18n.tr("gov_col_score", lang), i18n.tr("gov_col_owner", lang), i18n.tr("gov_col_mitigation", lang)]
    rows = [[[bold(str(e.number))], [e.risk.title, i18n.tr(f"gov_cat_{e.risk.category}", lang)], str(e.risk.likelihood),
             str(e.risk.impact), [bold(str(e.score)), Run(" " + i18n.tr(f"gov_level_{e.level}", lang))],
             e.risk.owner or "—", e.risk.mitigation or "—"] for e in register.risks]
    w.table(head, rows, [0.7, None, 1.3, 1.3, 2.2, 2.4, 3.4])


# -- the deliverable -------------------------------------------------------------------------


def commentary(w: DocxWriter, text: str, lang: str) -> None:
    """The assessor's commentary on a place: its paragraphs and bullets (nothing when there is none)."""
    if not text.strip():
        return
    w.paragraph([Run(i18n.tr("commentary_heading", lang), bold=True, color=w.accent)])
    for block in blocks(text):
        for item in block.items:
            if block.bullets:
                w.bullet(item)
            else:
                w.paragraph(item)


def attendance(w: DocxWriter, extras: Extras, lang: str) -> None:
    if extras.sessions:
        days = i18n.list_separator(lang).join(i18n.date(dt.date.fromisoformat(s.day), lang) + (f", {s.place}" if s.place else "")
                         for s in extras.sessions)
        w.paragraph([bold(i18n.tr("sessions", lang)), Run(i18n.colon(lang) + days)])
    if extras.attendees:
        people = i18n.list_separator(lang).join(", ".join(v for v in (a.name, a.role, a.organisation) if v) for a in extras.attendees)
        w.paragraph([bold(i18n.tr("attendees", lang)), Run(i18n.colon(lang) + people)])


def signatures(w: DocxWriter, data: ReportData) -> None:
    """The two signature blocks, as a table of two columns with room to sign."""
    lang, s = data.lang, data.sign_off
    w.paragraph([bold(i18n.tr("signatures", lang)), Run(" · " + status_line(s, data))], "Small")
    assessor = s.assessor or ", ".join(data.assessors)

    def block(name: str, role: str) -> list:
        return [[bold(name or " ")], role or " ", i18n.tr("sign_date", lang), i18n.tr("sign_signature", lang), " ", " "]

    w.table([i18n.tr("sign_assessor", lang), i18n.tr("sign_director", lang)],
            [[block(assessor, s.assessor_role), block(s.director, s.director_role)]], [None, None])


def verification(w: DocxWriter, data: ReportData) -> None:
    if not data.fingerprint:
        return
    lang = data.lang
    w.paragraph([bold(i18n.tr("verify_heading", lang))], "Small")
    w.paragraph(i18n.tr("verify_text", lang, date=i18n.date(data.date, lang)), "Small")
    w.paragraph(fingerprint_line(data), "Small")


def fingerprint_line(data: ReportData) -> str:
    return i18n.tr("fingerprint_label", data.lang) + i18n.colon(data.lang) + spaced(data.fingerprint)
