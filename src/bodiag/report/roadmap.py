"""The roadmap in the report: the board note's roadmap at a glance, and the plan's roadmap part — a Gantt-like
timeline of the waves, the per-wave totals against capacity and budget, the warnings, and the table of actions
that says in text what the timeline draws.

Everything shown comes from the :class:`~bodiag.domain.roadmap.Roadmap` that
services build (the actions, the user's placements and figures); the bars'
geometry is :func:`bodiag.domain.roadmap.timeline`, which the app draws too.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table

from bodiag.domain import i18n
from bodiag.domain import roadmap_sentences as say
from bodiag.domain.report_content import PlanReport, ReportData
from bodiag.domain.roadmap import Bar, Roadmap, RoadmapAction, WaveTotals, timeline
from bodiag.report.document import Outline, fit, room, table_lead
from bodiag.report.fonts import FONTS
from bodiag.report.markup import esc
from bodiag.report.styles import ACCENT, FRAME_WIDTH, FURNITURE_SIZE, INK, MUTED, PANEL, RULE, WARNING_TEXT, WHITE, Para, Styles, rich, ruled_rows, styled_table

WARNING = HexColor("#c77700")  # overload: a warm orange, apart from the targets' red
WARNING_LIGHT = HexColor("#fbeedd")
ACTION_WIDTHS = [None, 2.1 * cm, 2.3 * cm, 1.8 * cm, 1.6 * cm, 3.0 * cm, 1.7 * cm]  # « (suggested) », « Workload » whole
TOTAL_WIDTHS = [None, 1.5 * cm, 2.2 * cm, 2.2 * cm, 2.4 * cm, 2.4 * cm]
MAX_BARS = 40
GLANCE_WARNINGS = 3  # the board note names the first points to watch; the plan's roadmap lists them all  # more would not be readable on a page: the table lists every action


# -- the board note ------------------------------------------------------------------------


def at_a_glance(plan: Roadmap, lang: str, styles: Styles) -> list[Flowable]:
    """What happens in the next six months and at what cost, one line per wave, the first points to watch."""
    lines = say.glance(plan, lang)
    story: list[Flowable] = [rich(esc(i18n.tr("rm_glance", lang)), styles.h3), rich(esc(lines[0]), styles.body)]
    for total, line in zip(plan.totals, lines[1:]):
        markup = esc(line)
        if total.overloaded or total.over_budget:
            markup = f"<font color='{_hex(WARNING_TEXT)}'>{markup}</font>"
        story.append(Para(markup, styles.bullet, bulletText="•"))
    said = say.warnings(plan, lang)
    story += [rich(f"<font color='{_hex(WARNING_TEXT)}'>▲</font> {esc(w)}", styles.item) for w in said[:GLANCE_WARNINGS]]
    if len(said) > GLANCE_WARNINGS:
        story.append(rich(esc(i18n.tr("rm_more_warnings", lang, count=len(said) - GLANCE_WARNINGS)), styles.small_muted))
    return story


# -- the plan's part ---------------------------------------------------------------------------


def roadmap_part(report: PlanReport, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    plan, lang = report.roadmap, data.lang
    story: list[Flowable] = [outline.heading(i18n.tr("rm_heading", lang), 1)]
    if plan is None or not plan.actions:
        return story + [rich(esc(i18n.tr("rm_empty", lang)), styles.body_muted)]
    source = i18n.tr(f"rm_source_{plan.capacity_from}", lang)
    story.append(rich(esc(i18n.tr("rm_intro", lang, quarter=say.days(plan.quarter_capacity, lang), source=source)),
                      styles.body_muted))
    chart = Timeline(plan, lang, FRAME_WIDTH)
    alt = i18n.tr("rm_timeline_alt", lang)
    if len(chart.bars) < len(plan.actions):
        alt = i18n.tr("rm_timeline_first", lang, shown=len(chart.bars), count=len(plan.actions)) + " " + alt
    story += [Spacer(1, 4), chart, Spacer(1, 2), rich(esc(alt), styles.small_muted)]
    story += [rich(esc(i18n.tr("rm_totals", lang)), styles.h3), _totals_table(plan, lang, styles)]
    if plan.warnings:
        story.append(rich(esc(i18n.tr("rm_warnings", lang)), styles.h3))
        story += [rich(f"<font color='{_hex(WARNING_TEXT)}'>▲</font> {esc(w)}", styles.item) for w in say.warnings(plan, lang)]
    story += [Spacer(1, 8), room(), table_lead(), _actions_table(plan, lang, styles)]
    if plan.closed:
        story.append(rich(esc(i18n.tr("rm_closed", lang, count=len(plan.closed))), styles.small_muted))
    return story


def _hex(color: Color) -> str:
    return color.hexval().replace("0x", "#")


def _table(rows: list[list], widths: list[float | None], extra: list | None = None) -> Table:
    fixed = sum(w for w in widths if w is not None)
    table = styled_table(rows, [("VALIGN", (0, 0), (-1, -1), "TOP"), *ruled_rows(top=3, bottom=4), *(extra or [])], colWidths=[w if w is not None else FRAME_WIDTH - fixed for w in widths], repeatRows=1)
    return table


def _totals_table(plan: Roadmap, lang: str, styles: Styles) -> Table:
    head = [i18n.tr(k, lang) for k in ("rm_col_wave", "rm_col_actions", "rm_col_workload", "rm_col_capacity",
                                       "rm_col_cost", "rm_col_budget")]
    rows: list[list] = [[rich(esc(h), styles.head_cell) for h in head]]
    extra = []
    for n, t in enumerate(plan.totals, start=1):
        rows.append([
            rich(f"<b>{esc(say.wave_name(t.wave, lang))}</b>", styles.cell),
            rich(str(t.actions), styles.cell_right),
            _flagged(say.days(t.workload_days, lang), t.overloaded, styles),
            rich(esc(say.days(t.capacity_days, lang)), styles.cell_right),
            _flagged(i18n.money(t.cost, lang) if t.costed else "—", t.over_budget, styles),
            rich(esc(i18n.money(t.budget, lang) if t.budget is not None else "—"), styles.cell_right),
        ])
        if t.overloaded or t.over_budget:
            extra.append(("BACKGROUND", (0, n), (-1, n), WARNING_LIGHT))
    return _table(rows, TOTAL_WIDTHS, extra)


def _flagged(text: str, on: bool, styles: Styles):
    return rich(f"<font color='{_hex(WARNING_TEXT)}'><b>{esc(text)} ▲</b></font>" if on else esc(text), styles.cell_right)


def _actions_table(plan: Roadmap, lang: str, styles: Styles) -> Table:
    head = [i18n.tr(k, lang) for k in ("rm_col_action", "rm_col_wave", "rm_col_owner", "rm_col_workload",
                                       "rm_col_budget", "rm_col_milestone", "rm_col_depends")]
    rows: list[list] = [[rich(esc(h), styles.head_cell) for h in head]]
    for a in plan.actions:
        wave = say.wave_name(a.wave, lang) + ("" if a.placed else f" ({i18n.tr('rm_suggested', lang)})")
        rows.append([
            rich(f"<b>{a.id}.</b> {esc(a.title)}", styles.cell),
            rich(esc(wave), styles.cell),
            rich(esc(a.owner or "—"), styles.cell),
            rich(esc(say.days(a.workload_days, lang)), styles.cell_right),
            rich(esc(i18n.money(a.cost, lang) if a.cost is not None else "—"), styles.cell_right),
            rich(esc(a.milestone or "—"), styles.cell),
            rich(esc(plan.waits_for(a) or "—"), styles.cell),
        ])
    return _table(rows, ACTION_WIDTHS)


# -- the timeline ----------------------------------------------------------------------------------


class Timeline(Flowable):
    """Wave columns scaled by months, one bar per action within its wave (numbered as in the table), milestones
    as diamonds, an overloaded wave and the part of a bar past its wave's end in the warning colour; a legend."""

    ROW = 11.5
    AXIS = 26
    LEGEND = 18
    LABEL_SHARE = 0.32

    def __init__(self, plan: Roadmap, lang: str, width: float):
        super().__init__()
        self.plan, self.lang, self.width = plan, lang, width
        self.bars = timeline(plan)[:MAX_BARS]
        self.height = self.AXIS + self.ROW * len(self.bars) + 6 + self.LEGEND

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        return self.width, self.height

    def _x(self, month: float) -> float:
        left = self.width * self.LABEL_SHARE
        return left + (self.width - left) * min(month, self.plan.horizon_months) / self.plan.horizon_months

    def draw(self) -> None:
        c = self.canv
        plan, lang = self.plan, self.lang
        totals = {t.wave: t for t in plan.totals}
        top = self.height
        chart_top = top - self.AXIS
        chart_bottom = chart_top - self.ROW * len(self.bars)
        for n, wave in enumerate(plan.waves):
            total = totals[wave]
            x0, x1 = self._x(total.start_month), self._x(total.end_month)
            c.setFillColor(WARNING_LIGHT if total.overloaded else (PANEL if n % 2 == 0 else WHITE))
            c.rect(x0, chart_bottom, x1 - x0, chart_top - chart_bottom, stroke=0, fill=1)
            c.setFillColor(WARNING_TEXT if total.overloaded else INK)
            c.setFont(FONTS.condensed_bold, 7.6)
            c.drawCentredString((x0 + x1) / 2, top - 10, fit(say.wave_name(wave, lang), FONTS.condensed_bold, 7.6, x1 - x0 - 4))
            c.setFont(FONTS.condensed, FURNITURE_SIZE)
            c.setFillColor(WARNING_TEXT if total.overloaded else MUTED)
            load = f"{say.days(total.workload_days, lang)} / {say.days(total.capacity_days, lang)} {i18n.tr('rm_days_short', lang)}"
            c.drawCentredString((x0 + x1) / 2, top - 20, fit(load, FONTS.condensed, FURNITURE_SIZE, x1 - x0 - 4))
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.line(x0, chart_bottom, x0, chart_top)
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(0, chart_top, self.width, chart_top)
        titles = {a.id: a for a in plan.actions}
        label_width = self.width * self.LABEL_SHARE - 6
        for row, bar in enumerate(self.bars):
            y = chart_top - self.ROW * (row + 1)
            self._label(c, titles[bar.action], bar.action, y, label_width)
            self._bar(c, bar, totals[bar.wave], y)
        self._legend(c)

    def _label(self, c, action: RoadmapAction, number: int, y: float, width: float) -> None:  # noqa: ANN001
        c.setFillColor(INK)
        c.setFont(FONTS.condensed, FURNITURE_SIZE)
        c.drawString(0, y + 3, fit(f"{number}. {action.title}", FONTS.condensed, FURNITURE_SIZE, width))

    def _bar(self, c, bar: Bar, total: WaveTotals, y: float) -> None:  # noqa: ANN001
        x0 = self._x(bar.start)
        x1 = max(self._x(bar.end), x0 + 2.5)
        wave_end = self._x(total.end_month)
        height = self.ROW - 4
        c.setFillColor(ACCENT)
        c.rect(x0, y + 2, min(x1, wave_end) - x0 if x0 < wave_end else 0, height, stroke=0, fill=1)
        if bar.overflow:
            start = max(x0, wave_end)
            c.setFillColor(WARNING)
            c.rect(start, y + 2, max(x1 - start, 2.5), height, stroke=0, fill=1)
        if bar.milestone:
            self._diamond(c, min(x1, self.width - 4), y + 2 + height / 2)

    @staticmethod
    def _diamond(c, x: float, y: float, size: float = 3.6) -> None:  # noqa: ANN001
        c.setFillColor(INK)
        c.setStrokeColor(WHITE)
        c.setLineWidth(0.6)
        path = c.beginPath()
        path.moveTo(x, y + size)
        path.lineTo(x + size, y)
        path.lineTo(x, y - size)
        path.lineTo(x - size, y)
        path.close()
        c.drawPath(path, stroke=1, fill=1)

    def _legend(self, c) -> None:  # noqa: ANN001
        lang = self.lang
        y = 4
        x = self.width * self.LABEL_SHARE
        c.setFont(FONTS.condensed, FURNITURE_SIZE)
        for kind, text in (("bar", i18n.tr("rm_legend_action", lang)), ("milestone", i18n.tr("rm_legend_milestone", lang)),
                           ("overload", i18n.tr("rm_legend_overload", lang))):
            if kind == "bar":
                c.setFillColor(ACCENT)
                c.rect(x, y, 14, 6, stroke=0, fill=1)
            elif kind == "milestone":
                self._diamond(c, x + 7, y + 3, 3.2)
            else:
                c.setFillColor(WARNING)
                c.rect(x, y, 14, 6, stroke=0, fill=1)
            c.setFillColor(MUTED)
            c.drawString(x + 18, y + 0.5, text)
            x += 18 + c.stringWidth(text, FONTS.condensed, FURNITURE_SIZE) + 14
