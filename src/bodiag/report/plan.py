"""The action plan: the actions recorded for the assessment, if any; the prioritised recommendations (with blank
owner and deadline columns) not yet taken into it; the KPIs to set up, with the starting value and the goal of
those the document measures."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from bodiag.domain import i18n
from bodiag.domain.vocabulary import HORIZON, LEVEL, label
from bodiag.domain.report_content import Action, KpiMeasure
from bodiag.domain.model import Questionnaire
from bodiag.report.data import AssessmentData, ReportData, bound_text, measure_text, question_label
from bodiag.report.document import Outline, keep_tail, room, table_lead
from bodiag.report.fonts import FONTS
from bodiag.report.markup import esc
from bodiag.report.plan_rows import ColumnHeads, Grid, RecommendationRow
from bodiag.report.texts import kpi_intro, ordered_kpis, recommendation_where
from bodiag.report.styles import ACCENT, CELL_SIZE, FRAME_HEIGHT, FRAME_WIDTH, INK, MUTED, PANEL, RULE, TARGET, PageTable, Styles, hex_of, rich, run_in, styled_table

PLAN_WIDTHS = [0.75 * cm, None, 1.35 * cm, 1.35 * cm, 2.0 * cm, 2.3 * cm, 1.9 * cm]
KPI_WIDTHS = [None, 2.4 * cm, 2.0 * cm, 2.2 * cm, 2.4 * cm]
ACTION_WIDTHS = [None, 2.4 * cm, 2.95 * cm, 1.9 * cm, 1.9 * cm, 1.6 * cm]
OPEN = ("todo", "in_progress")
LEADING = 10.8  # the plan tables' plain-string cells (a horizon on two lines)


def _widths(widths: list[float | None]) -> list[float]:
    fixed = sum(w for w in widths if w is not None)
    return [w if w is not None else FRAME_WIDTH - fixed for w in widths]


BASE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("LEADING", (0, 0), (-1, -1), LEADING),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def action_plan(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    """The recorded actions, then the recommendations they do not cover; without actions, every recommendation."""
    lang = data.lang
    r = a.result
    story: list[Flowable] = [outline.heading(i18n.tr("plan", lang), 1)]
    actions = a.extras.actions
    if actions:
        story += [
            outline.heading(i18n.tr("plan_actions", lang), 2),
            rich(esc(i18n.tr("plan_actions_intro", lang, date=i18n.date(data.date, lang))), styles.intro),
            *recorded_actions(actions, data, styles, a.questionnaire),
        ]
        covered = {action.recommendation_id for action in actions if action.recommendation_id}
        ranked = [(rank, rec) for rank, rec in enumerate(r.recommendations, start=1) if rec.id not in covered]
        if ranked:
            story += [
                Spacer(1, 6),
                room(),
                outline.heading(i18n.tr("plan_other", lang), 2),
                rich(esc(i18n.tr("plan_other_intro", lang)), styles.intro),
                table_lead(),
                recommendations_table(a, ranked, lang, styles),
            ]
    else:
        story.append(rich(esc(i18n.tr("plan_intro", lang)), styles.intro))
        if not r.recommendations:
            story.append(rich(esc(i18n.tr("no_actions", lang)), styles.body))
        else:
            story += [table_lead(), recommendations_table(a, list(enumerate(r.recommendations, start=1)), lang, styles)]
    story += kpis(a, data, styles, outline)
    return story


def recorded_actions(actions: list[Action], data: ReportData, styles: Styles, questionnaire: Questionnaire | None = None) -> list[Flowable]:
    """The plan's actions as recorded: title and linked questions (by number in ``questionnaire``), owner, deadline, status, cost, effort."""
    lang = data.lang
    muted = hex_of(MUTED)
    head = ["col_action", "col_owner", "col_deadline", "col_status", "col_cost", "col_effort"]
    rows: list[list] = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in head]]
    where_style = styles.cell_muted
    for action in actions:
        title = f"<b>{esc(action.title)}</b>"
        if action.number is not None:  # numbered as in the roadmap
            title = f"<b>{action.number}.</b> {title}"
        cell = [rich(title if action.status != "dropped" else f"<font color='{muted}'>{title}</font>", styles.cell)]
        linked = [label for label in (question_label(questionnaire, qid) for qid in action.question_ids) if label] if questionnaire else []
        if linked:
            cell.append(rich(esc(i18n.tr("linked_questions", lang, ids=", ".join(linked))), where_style))
        deadline = esc(i18n.date(action.deadline, lang)) if action.deadline else "—"
        if action.deadline and action.deadline < data.date and action.status in OPEN:
            deadline = f"<font color='{hex_of(TARGET)}'>{deadline}<br/><b>{esc(i18n.tr('overdue', lang))}</b></font>"
        rows.append([
            cell,
            rich(esc(action.owner) or "—", styles.cell),
            rich(deadline, styles.cell),
            rich(esc(action.status_label), styles.cell),
            rich(esc(i18n.money(action.cost, lang)) if action.cost is not None else "—", styles.cell_right),
            rich(esc(action.effort or "—"), styles.cell),
        ])
    table = styled_table(rows, [*BASE, ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)], colWidths=_widths(ACTION_WIDTHS), repeatRows=1)
    story: list[Flowable] = [table]
    costs = [action.cost for action in actions if action.cost is not None and action.status != "dropped"]
    if costs:
        total = i18n.tr("total_cost", lang, total=i18n.money(sum(costs), lang))
        story += [Spacer(1, 4), rich(esc(total), styles.small_muted)]
    return story


def recommendations_table(a: AssessmentData, ranked: list, lang: str, styles: Styles) -> PageTable:
    """Each recommendation on two rows kept together: title and figures with the blank columns, then why and how.

    A one-column table of :class:`~bodiag.report.plan_rows.RecommendationRow`: it reads as the seven columns
    (rank, action, effort, impact, horizon, owner, deadline) with the heading row repeated on each page.
    """
    grid = Grid(_widths(PLAN_WIDTHS), FONTS.condensed, CELL_SIZE, LEADING, INK)
    head = ["col_rank", "col_action", "col_effort", "col_impact", "col_horizon", "col_owner", "col_deadline"]
    rows: list[list] = [[ColumnHeads([rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in head], grid)]]
    muted = hex_of(MUTED)
    where_style = styles.cell_muted
    for rank, rec in ranked:
        rr = rec.recommendation
        where = recommendation_where(a, rec, lang)
        cells = [
            [rich(f"<font color='{hex_of(ACCENT)}'><b>{rank}</b></font>", styles.cell)],
            [rich(f"<b>{esc(rr.title.get(lang))}</b>", styles.cell), rich(f"<font color='{muted}'>{esc(where)}</font>", where_style)],
            label(LEVEL, rr.effort, lang),
            label(LEVEL, rr.impact, lang),
            label(HORIZON, rr.horizon, lang).replace(" (", "\n("),  # a plain string cell, on two lines
            "",
            "",
        ]
        below = [
            run_in(i18n.tr("why", lang), styles.cell_bold.fontName, INK, esc(i18n.colon(lang) + rr.why.get(lang)), styles.cell),
            run_in(i18n.tr("how", lang), styles.cell_bold.fontName, INK, esc(i18n.colon(lang) + rr.how.get(lang)), styles.cell),
        ]
        rows.append([RecommendationRow(cells, below, grid, blank=2, panel=PANEL, rule=RULE, page=FRAME_HEIGHT)])
    return styled_table(rows, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ], colWidths=[FRAME_WIDTH], repeatRows=1, splitInRow=1, kind=PageTable)  # a row taller than a page is cut (RecommendationRow)


def kpis(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    lang = data.lang
    results = a.result.kpis
    if not results:
        return []
    intro = kpi_intro(data, a)
    story: list[Flowable] = [Spacer(1, 10), CondPageBreak(6 * cm), outline.heading(i18n.tr("kpis", lang), 2), rich(esc(intro), styles.intro)]
    head = ["col_kpi", "col_unit", "col_priority", "col_start", "col_goal"]
    rows: list[list] = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in head]]
    ordered = ordered_kpis(a)
    measures = a.extras.kpis
    for k in ordered:
        cell = [rich(f"<b>{esc(k.kpi.label.get(lang))}</b>", styles.cell)]
        if k.kpi.why:
            cell.append(rich(esc(k.kpi.why.get(lang)), styles.cell_muted))
        priority = i18n.tr("priority_yes" if k.priority else "priority_no", lang)
        rows.append([
            cell,
            rich(esc(k.kpi.unit.get(lang)) if k.kpi.unit else "—", styles.cell),
            rich(f"<b>{esc(priority)}</b>" if k.priority else esc(priority), styles.cell),
            *_kpi_figures(measures.get(k.kpi.id), lang, styles),
        ])
    last = len(rows) - 1
    commands = [
        *BASE,
        ("LINEBELOW", (0, 1), (-1, last), 0.3, RULE),
        ("BACKGROUND", (-2, 1), (-1, last), PANEL),
        ("LINEBEFORE", (-2, 0), (-1, last), 0.3, RULE),
    ]
    sources = sorted({m.assessment for m in measures.values()})
    if sources:
        # the note that says where the figures come from is the table's last row, kept with the rows above it:
        # on a page of its own it would read as a stray line
        titles = ", ".join(i18n.tr("assessment_named", lang, title=title) for title in sources)
        rows.append([rich(esc(i18n.tr("kpis_measured", lang, titles=titles)), styles.small_muted)] + [""] * (len(head) - 1))
        commands += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)), keep_tail(len(rows), 3)]
    table = styled_table(rows, commands, colWidths=_widths(KPI_WIDTHS), repeatRows=1)
    story.append(table)
    return story


def _kpi_figures(measure: KpiMeasure | None, lang: str, styles: Styles) -> list:
    """The starting value and the goal of a KPI the document measures; blank cells to fill in otherwise."""
    if measure is None:
        return ["", ""]
    if measure.value is None:
        start = rich(f"<font color='{hex_of(MUTED)}'>{esc(i18n.tr('not_measured', lang))}</font>", styles.cell)
    else:
        start = rich(f"<b>{esc(measure_text(measure.value, measure.unit, lang))}</b>", styles.cell)
    goal = rich(esc(bound_text(measure.direction, measure.goal, measure.unit, lang)), styles.cell) if measure.goal is not None else "—"
    return [start, goal]
