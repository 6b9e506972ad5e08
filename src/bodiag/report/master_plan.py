"""The plan directeur in the report: the board note at the front, then the plan (vision, scenarios, priorities).

Both render the :class:`~bodiag.domain.report_content.PlanReport` that services
build; every figure and sentence comes from there (the answers, the plan's
choices), none is written here.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from bodiag.domain import i18n
from bodiag.domain.report_content import PlanReport, ReportData
from bodiag.domain.scenarios import CRITERIA, criterion_label
from bodiag.domain.synthesis import Item
from bodiag.domain.vocabulary import LEVEL, label
from bodiag.report.deliverable import commentary
from bodiag.report.document import OnePage, Outline, room
from bodiag.report.governance import governance_part
from bodiag.report.markup import esc, truncate
from bodiag.report.roadmap import at_a_glance, roadmap_part
from bodiag.report.charts import RadarChart
from bodiag.report.vision_chart import MIN_AXES, legend, vision_items
from bodiag.report.texts import asked_by, days, evidence_groups, evidence_text, item_status, part_numbers, vision_figures, vision_head
from bodiag.report.styles import FRAME_WIDTH, MUTED, Para, Styles, hex_of, rich, ruled_rows, styled_table

FIRST_WIDTHS = [0.7 * cm, None, 2.1 * cm, 1.8 * cm, 2.6 * cm, 1.9 * cm]  # « Workload » whole in English
ITEM_WIDTHS = [0.9 * cm, None, 1.6 * cm, 1.5 * cm, 1.8 * cm, 2.4 * cm]  # « Workload » whole, a status on two lines
VISION_WIDTHS = [None, 2.6 * cm, 1.4 * cm, 1.3 * cm, 5.6 * cm]
SCENARIO_WIDTHS = [0.7 * cm, None, 1.45 * cm, 2.1 * cm, 1.55 * cm, 1.45 * cm, 1.45 * cm, 1.4 * cm, 2.0 * cm]


def _widths(widths: list[float | None]) -> list[float]:
    fixed = sum(w for w in widths if w is not None)
    return [w if w is not None else FRAME_WIDTH - fixed for w in widths]


def _table(rows: list[list], widths: list[float | None]) -> Table:
    table = styled_table(rows, [("VALIGN", (0, 0), (-1, -1), "TOP"), *ruled_rows(top=3, bottom=4)], colWidths=_widths(widths), repeatRows=1)
    return table


def _bullet(markup: str, styles: Styles) -> Flowable:
    return Para(markup, styles.bullet, bulletText="•")


# -- the board note -----------------------------------------------------------------------


def board_note(plan: PlanReport, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    """One page for the board (two when far longer, never set smaller than 90 %): the state of the back office,
    the decisions asked, the first three actions, the roadmap at a glance, the scenario, the risks of doing nothing."""
    lang, s = data.lang, plan.synthesis
    title = i18n.tr("board_note", lang)
    heading = outline.heading(title, 0, running=title)
    story: list[Flowable] = [
        rich(esc(i18n.tr("board_note_intro", lang, name=data.organisation.name, date=i18n.date(data.date, lang))),
             styles.lead),
    ]
    if s.provisional:
        story.append(rich(f"<b>{esc(i18n.tr('syn_heading_provisional', lang))}</b>" + i18n.colon(lang)
                          + esc(" ".join(s.provisional)), styles.body))
    story.append(rich(esc(i18n.tr("board_state", lang)), styles.h3))
    story += [_bullet(esc(f), styles) for f in s.findings]
    if s.decisions:
        story.append(rich(esc(i18n.tr("syn_heading_decisions", lang)), styles.h3))
        story += [rich(f"<b>{n}.</b> {esc(d)}", styles.item) for n, d in enumerate(s.decisions, start=1)]
    if s.first:
        story += [rich(esc(i18n.tr("syn_heading_first", lang)), styles.h3), _first_table(s.first, lang, styles)]
        source = i18n.tr(f"syn_capacity_{s.capacity_from}", lang)
        story.append(rich(esc(i18n.tr("syn_capacity", lang, days=i18n.number(s.capacity_days, lang, 0), source=source,
                                      used=i18n.number(s.first_workload, lang, 0))), styles.small_muted))
    if plan.roadmap is not None:
        story += at_a_glance(plan.roadmap, lang, styles)
    story += _scenario_line(plan, lang, styles)
    if s.risks:
        story.append(rich(esc(i18n.tr("syn_heading_risks", lang)), styles.h3))
        for risk in s.risks:
            answer = f" <font color='{hex_of(MUTED)}'>({esc(i18n.tr('board_answer', lang))}{i18n.colon(lang)}" \
                     f"{esc(i18n.quote(risk.answer, lang))})</font>" if risk.answer else ""
            story.append(_bullet(f"<b>{esc(risk.title)}</b> — {esc(risk.why)}{answer}", styles))
    # One page a director forwards as it is: it shrinks a little rather than leave a few lines on a second one,
    # and a note much longer than a page runs on to a second one at its own size.
    return [heading, OnePage(story)]


def _first_table(first: list[Item], lang: str, styles: Styles) -> Table:
    costs = any(item.cost is not None for item in first)  # no cost column when no action states one
    head = ["#", i18n.tr("col_action", lang), i18n.tr("col_status", lang), i18n.tr("board_workload", lang),
            i18n.tr("col_owner", lang), *([i18n.tr("col_cost", lang)] if costs else [])]
    rows: list[list] = [[rich(esc(h), styles.head_cell) for h in head]]
    for n, item in enumerate(first, start=1):
        cost = [rich(esc(i18n.money(item.cost, lang) if item.cost is not None else "—"), styles.cell_right)]
        rows.append([
            rich(str(n), styles.cell_bold),
            [rich(f"<b>{esc(item.title)}</b>", styles.cell),
             rich(esc(i18n.tr("syn_asked_by", lang) + " " + asked_by(item)), styles.cell_muted)],
            rich(esc(item_status(item, lang)), styles.cell),
            rich(esc(days(item.workload_days, lang)), styles.cell_right),
            rich(esc(item.owner or "—"), styles.cell),
            *(cost if costs else []),
        ])
    return _table(rows, FIRST_WIDTHS if costs else FIRST_WIDTHS[:-1])


def _scenario_line(plan: PlanReport, lang: str, styles: Styles) -> list[Flowable]:
    comparison = plan.scenarios.comparison
    chosen, first = plan.chosen, comparison.first
    if chosen is None and first is None:
        return []
    story: list[Flowable] = [rich(esc(i18n.tr("board_scenario", lang)), styles.h3)]
    if chosen is not None:
        text = esc(i18n.tr("scn_chosen", lang, title=chosen.scenario.title))
        if comparison.rationale:
            text += " — " + esc(truncate(comparison.rationale, 600))
    else:
        text = esc(i18n.tr("board_scenario_leading", lang, title=i18n.quote(first.scenario.title, lang),
                           total=i18n.number(first.total, lang, 2)))
    story.append(rich(text, styles.body))
    return story


# -- the plan --------------------------------------------------------------------------------


def plan_part(plan: PlanReport, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    """The plan directeur: the target vision, the scenarios compared, the whole ranked list of what to do, the
    roadmap and the governance, each part followed by the assessor's commentary on it when there is one."""
    lang = data.lang
    title = i18n.tr("plan_title", lang)
    story: list[Flowable] = [outline.heading(title, 0, running=title),
                             rich(esc(i18n.tr("master_plan_intro", lang)), styles.lead)]
    story += commentary(data.commentary_at(None, "plan:synthesis"), lang, styles)
    story += _vision(plan, lang, styles, outline) + commentary(data.commentary_at(None, "plan:vision"), lang, styles)
    story += [room(), *_scenarios(plan, lang, styles, outline), *commentary(data.commentary_at(None, "plan:scenarios"), lang, styles)]
    story += [room(), *_priorities(plan, data, styles, outline)]
    story += [room(), *roadmap_part(plan, data, styles, outline), *commentary(data.commentary_at(None, "plan:roadmap"), lang, styles)]
    if plan.governance is not None:
        story += [room(), *governance_part(plan.governance, lang, styles, outline)]
    return story + commentary(data.commentary_at(None, "plan:governance"), lang, styles)


def _vision(plan: PlanReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    story: list[Flowable] = [outline.heading(i18n.tr("vis_heading", lang), 1),
                             rich(esc(i18n.tr("vis_intro", lang)), styles.body_muted)]
    suggested = False
    for vision in plan.visions:
        if not vision.parts:
            continue
        levels = vision.levels
        rows: list[list] = [[rich(esc(h), styles.head_cell) for h in vision_head(vision, lang)]]
        for part in vision.parts:
            today, target, gap = vision_figures(part, levels)
            mark = "" if part.chosen else "*"
            suggested = suggested or not part.chosen
            rows.append([
                rich(esc(part.title), styles.cell),
                rich(esc(i18n.number(today, lang)), styles.cell_right),
                rich(f"<b>{esc(i18n.number(target, lang))}</b>{mark}", styles.cell_right),
                rich(esc(i18n.number(gap, lang)), styles.cell_right),
                rich(esc(part.ambition or "—"), styles.cell),
            ])
        story.append(Spacer(1, 6))
        if len(vision.parts) >= MIN_AXES:  # the radar above its table, which says the same in words, under its name
            radar = RadarChart(vision_items(vision, lang), FRAME_WIDTH, 11.2 * cm, lang, legend=legend(lang))
            story += [KeepTogether([rich(f"<b>{esc(vision.title)}</b>", styles.body), radar]), Spacer(1, 6)]
        story.append(_table(rows, VISION_WIDTHS))
    if suggested:
        story.append(rich(esc(i18n.tr("vis_suggested_note", lang)), styles.small_muted))
    return story


def _scenarios(plan: PlanReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    view = plan.scenarios
    comparison = view.comparison
    story: list[Flowable] = [outline.heading(i18n.tr("scn_heading", lang), 1)]
    if not comparison.scenarios:
        return story + [rich(esc(i18n.tr("scn_none", lang)), styles.body_muted)]
    weights = ", ".join(f"{criterion_label(c, lang)} {i18n.plain(comparison.weights[c], lang)}" for c in CRITERIA)
    story.append(rich(esc(i18n.tr("scn_scale", lang).capitalize() + ". " + i18n.tr("scn_weights", lang)
                          + i18n.colon(lang) + weights + "."), styles.body_muted))
    head = ["#", i18n.tr("scn_col", lang), *(criterion_label(c, lang).capitalize() for c in CRITERIA), i18n.tr("scn_total", lang),
            i18n.tr("scn_estimate", lang)]
    rows: list[list] = [[rich(esc(h), styles.head_cell) for h in head]]
    for ranked in comparison.scenarios:
        s = ranked.scenario
        name = f"<b>{esc(s.title)}</b>" + (" ✔" if s.uuid == comparison.chosen else "")
        cell = rich(name, styles.cell)
        total = i18n.number(ranked.total, lang, 2) if ranked.total is not None else i18n.tr("scn_to_rate", lang)
        rows.append([
            rich(str(ranked.rank) if ranked.rank else "–", styles.cell_bold), cell,
            *(rich(str(s.ratings[c]) if s.ratings[c] is not None else "—", styles.cell_center) for c in CRITERIA),
            rich(f"<b>{esc(total)}</b>", styles.cell_right),
            rich(esc(i18n.money(s.cost_estimate, lang) if s.cost_estimate is not None else "—"), styles.cell_right),
        ])
    story += [Spacer(1, 4), _table(rows, SCENARIO_WIDTHS)]
    story += [Spacer(1, 4), *(rich(esc(line), styles.body) for line in plan.sensitivity)]
    story += _evidence(plan, lang, styles)
    chosen = plan.chosen
    if chosen is not None:
        text = i18n.tr("scn_chosen", lang, title=chosen.scenario.title)
        story.append(rich(f"<b>{esc(text)}</b>" + (f" — {esc(comparison.rationale)}" if comparison.rationale else ""),
                          styles.body))
    else:
        story.append(rich(esc(i18n.tr("scn_none_chosen", lang)), styles.body))
    return story


def _evidence(plan: PlanReport, lang: str, styles: Styles) -> list[Flowable]:
    """What the diagnostic already says, once per verdict, naming the scenarios it speaks to."""
    story: list[Flowable] = []
    for titles, evidence in evidence_groups(plan):
        story.append(rich(f"<b>{esc(', '.join(titles))}</b>{esc(evidence_text(evidence, lang))}", styles.body))
        story += [_bullet(esc(note), styles) for note in evidence.notes]
    return story


def _priorities(plan: PlanReport, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    lang, s = data.lang, plan.synthesis
    numbers = part_numbers(data)
    story: list[Flowable] = [outline.heading(i18n.tr("syn_heading_items", lang), 1),
                             rich(esc(i18n.tr("plan_items_intro", lang, count=len(s.items),
                                              recommendations=s.recommendations)), styles.body_muted)]
    if not s.items:
        return story
    head = ["#", i18n.tr("col_action", lang), i18n.tr("plan_parts", lang), i18n.tr("col_impact", lang),
            i18n.tr("board_workload", lang), i18n.tr("col_status", lang)]
    rows: list[list] = [[rich(esc(h), styles.head_cell) for h in head]]
    for item in s.items:
        rows.append([
            rich(str(item.rank), styles.cell_bold),
            rich(esc(item.title), styles.cell),
            rich(esc(", ".join(str(n) for n in sorted(numbers[q] for q in item.questionnaires if q in numbers)) or "—"),
                 styles.cell),
            rich(esc(label(LEVEL, item.impact, lang)), styles.cell),
            rich(esc(days(item.workload_days, lang)), styles.cell_right),
            rich(esc(item_status(item, lang)), styles.cell),
        ])
    return story + [Spacer(1, 4), _table(rows, ITEM_WIDTHS)]
