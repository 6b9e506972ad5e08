"""The Word copy's plan parts: the board note, the plan directeur, each assessment's action plan and KPIs.

The same content, in the same order, as :mod:`bodiag.report.master_plan` and
:mod:`bodiag.report.plan` print in the PDF; the shared sentences come from
:mod:`bodiag.report.texts` and the catalogue.
"""

from __future__ import annotations

from bodiag.domain import i18n
from bodiag.domain.report_content import Action, AssessmentData, KpiMeasure, PlanReport, ReportData
from bodiag.domain.scenarios import CRITERIA, criterion_label
from bodiag.domain.vocabulary import HORIZON, LEVEL, label
from bodiag.domain.model import Questionnaire
from bodiag.report.data import bound_text, measure_text, question_label
from bodiag.report.docx_governance import at_a_glance, commentary, governance_part, roadmap_part
from bodiag.report.docx_writer import PAGE_WIDTH_CM, DocxWriter, Run, bold, muted
from bodiag.report.markup import truncate
from bodiag.report.docx_charts import radar_png
from bodiag.report.vision_chart import MIN_AXES, legend, vision_alt, vision_items
from bodiag.report.texts import asked_by, days, evidence_groups, evidence_text, item_status, kpi_intro, ordered_kpis, part_numbers, recommendation_where, vision_figures, vision_head

OPEN = ("todo", "in_progress")
OVERDUE = "#c0392b"


# -- the board note ------------------------------------------------------------------------


def board_note(w: DocxWriter, plan: PlanReport, data: ReportData) -> None:
    lang, s = data.lang, plan.synthesis
    w.heading(i18n.tr("board_note", lang), 0)
    w.paragraph(i18n.tr("board_note_intro", lang, name=data.organisation.name, date=i18n.date(data.date, lang)), "Lead")
    if s.provisional:
        w.paragraph([bold(i18n.tr("syn_heading_provisional", lang)), Run(i18n.colon(lang) + " ".join(s.provisional))])
    w.paragraph([bold(i18n.tr("board_state", lang))])
    for finding in s.findings:
        w.bullet(finding)
    if s.decisions:
        w.paragraph([bold(i18n.tr("syn_heading_decisions", lang))])
        for n, decision in enumerate(s.decisions, start=1):
            w.paragraph([bold(f"{n}. "), Run(decision)])
    if s.first:
        w.paragraph([bold(i18n.tr("syn_heading_first", lang))])
        costs = any(item.cost is not None for item in s.first)
        head = ["#", i18n.tr("col_action", lang), i18n.tr("col_status", lang), i18n.tr("board_workload", lang),
                i18n.tr("col_owner", lang), *([i18n.tr("col_cost", lang)] if costs else [])]
        rows = [[str(n), [[bold(item.title)], [muted(i18n.tr("syn_asked_by", lang) + " " + asked_by(item))]],
                 item_status(item, lang), days(item.workload_days, lang), item.owner or "—",
                 *([i18n.money(item.cost, lang) if item.cost is not None else "—"] if costs else [])]
                for n, item in enumerate(s.first, start=1)]
        w.table(head, rows, [0.7, None, 2.2, 1.7, 2.6, *([1.9] if costs else [])])
        source = i18n.tr(f"syn_capacity_{s.capacity_from}", lang)
        w.paragraph(i18n.tr("syn_capacity", lang, days=i18n.number(s.capacity_days, lang, 0), source=source,
                            used=i18n.number(s.first_workload, lang, 0)), "Small")
    at_a_glance(w, plan, lang)
    comparison = plan.scenarios.comparison
    chosen, first = plan.chosen, comparison.first
    if chosen is not None or first is not None:
        w.paragraph([bold(i18n.tr("board_scenario", lang))])
        if chosen is not None:
            text = i18n.tr("scn_chosen", lang, title=chosen.scenario.title)
            if comparison.rationale:
                text += " — " + truncate(comparison.rationale, 600)
        else:
            text = i18n.tr("board_scenario_leading", lang, title=i18n.quote(first.scenario.title, lang),
                           total=i18n.number(first.total, lang, 2))
        w.paragraph(text)
    if s.risks:
        w.paragraph([bold(i18n.tr("syn_heading_risks", lang))])
        for risk in s.risks:
            runs = [bold(risk.title), Run(f" — {risk.why}")]
            if risk.answer:
                runs.append(muted(f" ({i18n.tr('board_answer', lang)}{i18n.colon(lang)}{i18n.quote(risk.answer, lang)})"))
            w.bullet(runs)


# -- the plan directeur ---------------------------------------------------------------------


def plan_part(w: DocxWriter, plan: PlanReport, data: ReportData) -> None:
    lang = data.lang
    w.heading(i18n.tr("plan_title", lang), 0)
    w.paragraph(i18n.tr("master_plan_intro", lang), "Lead")
    commentary(w, data.commentary_at(None, "plan:synthesis"), lang)
    _vision(w, plan, lang)
    commentary(w, data.commentary_at(None, "plan:vision"), lang)
    _scenarios(w, plan, lang)
    commentary(w, data.commentary_at(None, "plan:scenarios"), lang)
    _priorities(w, plan, data)
    roadmap_part(w, plan, data)
    commentary(w, data.commentary_at(None, "plan:roadmap"), lang)
    if plan.governance is not None:
        governance_part(w, plan.governance, lang)
    commentary(w, data.commentary_at(None, "plan:governance"), lang)


def _vision(w: DocxWriter, plan: PlanReport, lang: str) -> None:
    w.heading(i18n.tr("vis_heading", lang), 1)
    w.paragraph(i18n.tr("vis_intro", lang), "Muted")
    suggested = False
    for vision in plan.visions:
        if not vision.parts:
            continue
        levels = vision.levels
        head = vision_head(vision, lang)
        rows = []
        for part in vision.parts:
            today, target, gap = vision_figures(part, levels)
            suggested = suggested or not part.chosen
            rows.append([part.title, i18n.number(today, lang), [bold(i18n.number(target, lang)), Run("" if part.chosen else "*")],
                         i18n.number(gap, lang), part.ambition or "—"])
        if len(vision.parts) >= MIN_AXES:  # the radar above its table, under its questionnaire's name
            w.paragraph([bold(vision.title)])
            w.picture(radar_png(vision_items(vision, lang), lang, w.accent, legend=legend(lang)), PAGE_WIDTH_CM * 0.9,
                      vision_alt(vision, lang))
        w.table(head, rows, [None, 2.6, 1.4, 1.3, 5.6])
    if suggested:
        w.paragraph(i18n.tr("vis_suggested_note", lang), "Small")


def _scenarios(w: DocxWriter, plan: PlanReport, lang: str) -> None:
    view = plan.scenarios
    comparison = view.comparison
    w.heading(i18n.tr("scn_heading", lang), 1)
    if not comparison.scenarios:
        w.paragraph(i18n.tr("scn_none", lang), "Muted")
        return
    weights = ", ".join(f"{criterion_label(c, lang)} {i18n.plain(comparison.weights[c], lang)}" for c in CRITERIA)
    w.paragraph(i18n.tr("scn_scale", lang).capitalize() + ". " + i18n.tr("scn_weights", lang) + i18n.colon(lang) + weights + ".", "Muted")
    head = ["#", i18n.tr("scn_col", lang), *(criterion_label(c, lang).capitalize() for c in CRITERIA), i18n.tr("scn_total", lang),
            i18n.tr("scn_estimate", lang)]
    rows = []
    for ranked in comparison.scenarios:
        s = ranked.scenario
        total = i18n.number(ranked.total, lang, 2) if ranked.total is not None else i18n.tr("scn_to_rate", lang)
        rows.append([
            str(ranked.rank) if ranked.rank else "–",
            [bold(s.title), Run(" ✔" if s.uuid == comparison.chosen else "")],
            *(str(s.ratings[c]) if s.ratings[c] is not None else "—" for c in CRITERIA),
            [bold(total)],
            i18n.money(s.cost_estimate, lang) if s.cost_estimate is not None else "—",
        ])
    w.table(head, rows)
    for line in plan.sensitivity:
        w.paragraph(line)
    for titles, evidence in evidence_groups(plan):
        w.paragraph([bold(", ".join(titles)), Run(evidence_text(evidence, lang))])
        for note in evidence.notes:
            w.bullet(note)
    chosen = plan.chosen
    if chosen is not None:
        w.paragraph([bold(i18n.tr("scn_chosen", lang, title=chosen.scenario.title)),
                     Run(f" — {comparison.rationale}" if comparison.rationale else "")])
    else:
        w.paragraph(i18n.tr("scn_none_chosen", lang))


def _priorities(w: DocxWriter, plan: PlanReport, data: ReportData) -> None:
    lang, s = data.lang, plan.synthesis
    numbers = part_numbers(data)
    w.heading(i18n.tr("syn_heading_items", lang), 1)
    w.paragraph(i18n.tr("plan_items_intro", lang, count=len(s.items), recommendations=s.recommendations), "Muted")
    if not s.items:
        return
    head = ["#", i18n.tr("col_action", lang), i18n.tr("plan_parts", lang), i18n.tr("col_impact", lang),
            i18n.tr("board_workload", lang), i18n.tr("col_status", lang)]
    rows = [[[bold(str(item.rank))], item.title,
             ", ".join(str(n) for n in sorted(numbers[q] for q in item.questionnaires if q in numbers)) or "—",
             label(LEVEL, item.impact, lang), days(item.workload_days, lang), item_status(item, lang)]
            for item in s.items]
    w.table(head, rows, [0.9, None, 1.8, 1.6, 1.5, 2.0])


# -- an assessment's action plan --------------------------------------------------------------


def action_plan(w: DocxWriter, a: AssessmentData, data: ReportData) -> None:
    lang, r = data.lang, a.result
    w.heading(i18n.tr("plan", lang), 1)
    actions = a.extras.actions
    if actions:
        w.heading(i18n.tr("plan_actions", lang), 2)
        w.paragraph(i18n.tr("plan_actions_intro", lang, date=i18n.date(data.date, lang)), "Muted")
        recorded_actions(w, actions, data, a.questionnaire)
        covered = {action.recommendation_id for action in actions if action.recommendation_id}
        ranked = [(rank, rec) for rank, rec in enumerate(r.recommendations, start=1) if rec.id not in covered]
        if ranked:
            w.heading(i18n.tr("plan_other", lang), 2)
            w.paragraph(i18n.tr("plan_other_intro", lang), "Muted")
            _recommendations(w, a, ranked, lang)
    else:
        w.paragraph(i18n.tr("plan_intro", lang), "Muted")
        if not r.recommendations:
            w.paragraph(i18n.tr("no_actions", lang))
        else:
            _recommendations(w, a, list(enumerate(r.recommendations, start=1)), lang)
    _kpis(w, a, data)


def recorded_actions(w: DocxWriter, actions: list[Action], data: ReportData, questionnaire: Questionnaire | None = None) -> None:
    lang = data.lang
    head = [i18n.tr(h, lang) for h in ("col_action", "col_owner", "col_deadline", "col_status", "col_cost", "col_effort")]
    rows = []
    for action in actions:
        colour = "#5f6b7a" if action.status == "dropped" else None
        number = [Run(f"{action.number}. ", bold=True, color=colour)] if action.number is not None else []  # as in the roadmap
        cell: list = [[*number, Run(action.title, bold=True, color=colour)]]
        linked = [q for q in (question_label(questionnaire, qid) for qid in action.question_ids) if q] if questionnaire else []
        if linked:
            cell.append([muted(i18n.tr("linked_questions", lang, ids=", ".join(linked)))])
        deadline: list = [i18n.date(action.deadline, lang) if action.deadline else "—"]
        if action.deadline and action.deadline < data.date and action.status in OPEN:
            deadline = [[Run(deadline[0], color=OVERDUE)], [Run(i18n.tr("overdue", lang), bold=True, color=OVERDUE)]]
        rows.append([cell, action.owner or "—", deadline, action.status_label,
                     i18n.money(action.cost, lang) if action.cost is not None else "—", action.effort or "—"])
    w.table(head, rows, [None, 2.4, 2.95, 1.9, 1.9, 1.6])
    costs = [action.cost for action in actions if action.cost is not None and action.status != "dropped"]
    if costs:
        w.paragraph(i18n.tr("total_cost", lang, total=i18n.money(sum(costs), lang)), "Small")


def _recommendations(w: DocxWriter, a: AssessmentData, ranked: list, lang: str) -> None:
    """Each recommendation with its figures and blank owner and deadline cells, its why and how below its title."""
    head = [i18n.tr(h, lang) for h in ("col_rank", "col_action", "col_effort", "col_impact", "col_horizon", "col_owner", "col_deadline")]
    rows = []
    for rank, rec in ranked:
        rr = rec.recommendation
        where = recommendation_where(a, rec, lang)
        rows.append([
            [bold(str(rank))],
            [[bold(rr.title.get(lang))], [muted(where)],
             [bold(i18n.tr("why", lang)), Run(i18n.colon(lang) + rr.why.get(lang))],
             [bold(i18n.tr("how", lang)), Run(i18n.colon(lang) + rr.how.get(lang))]],
            label(LEVEL, rr.effort, lang), label(LEVEL, rr.impact, lang), label(HORIZON, rr.horizon, lang), "", "",
        ])
    w.table(head, rows, [0.75, None, 1.35, 1.35, 2.0, 2.3, 1.9])


def _kpis(w: DocxWriter, a: AssessmentData, data: ReportData) -> None:
    lang = data.lang
    if not a.result.kpis:
        return
    w.heading(i18n.tr("kpis", lang), 2)
    w.paragraph(kpi_intro(data, a), "Muted")
    head = [i18n.tr(h, lang) for h in ("col_kpi", "col_unit", "col_priority", "col_start", "col_goal")]
    measures = a.extras.kpis
    rows = []
    for k in ordered_kpis(a):
        cell: list = [[bold(k.kpi.label.get(lang))]]
        if k.kpi.why:
            cell.append([muted(k.kpi.why.get(lang))])
        priority = i18n.tr("priority_yes" if k.priority else "priority_no", lang)
        rows.append([cell, k.kpi.unit.get(lang) if k.kpi.unit else "—", [Run(priority, bold=k.priority)],
                     *_kpi_figures(measures.get(k.kpi.id), lang)])
    w.table(head, rows, [None, 2.5, 1.8, 2.3, 2.4])
    sources = sorted({m.assessment for m in measures.values()})
    if sources:
        titles = ", ".join(i18n.tr("assessment_named", lang, title=title) for title in sources)
        w.paragraph(i18n.tr("kpis_measured", lang, titles=titles), "Small")


def _kpi_figures(measure: KpiMeasure | None, lang: str) -> list:
    if measure is None:
        return ["", ""]
    start = [muted(i18n.tr("not_measured", lang))] if measure.value is None else [bold(measure_text(measure.value, measure.unit, lang))]
    goal = bound_text(measure.direction, measure.goal, measure.unit, lang) if measure.goal is not None else "—"
    return [start, goal]
