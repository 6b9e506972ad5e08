"""The plan directeur's governance in the report: the steering committee and its calendar, change management, the
KPI board, the progress against the plan's targets and the risk register with its likelihood × impact matrix.

It renders the :class:`~bodiag.domain.governance.GovernanceReport` that services
build; every figure and sentence comes from there or from the catalogue.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from bodiag.domain import i18n
from bodiag.domain.governance import GovernanceReport
from bodiag.domain.vocabulary import ACTION_STATUS, label
from bodiag.report.document import Outline, room, table_lead
from bodiag.report.markup import esc
from bodiag.report.texts import figure, month_year
from bodiag.report.styles import FRAME_WIDTH, INK, MUTED, TARGET, Styles, hex_of, rich, ruled_rows, styled_table

MEMBER_WIDTHS = [None, 5.2 * cm, 3.0 * cm]
CHANGE_WIDTHS = [None, 2.6 * cm, 3.2 * cm, 2.2 * cm]
RISK_WIDTHS = [0.6 * cm, None, 1.1 * cm, 1.4 * cm, 1.9 * cm, 2.4 * cm, 4.2 * cm]
KPI_WIDTHS = [None, 2.1 * cm, 1.5 * cm, 2.4 * cm, 3.4 * cm]
PROGRESS_WIDTHS = [None, 1.6 * cm, 1.6 * cm, 1.6 * cm, 2.4 * cm]
CELL = 1.15 * cm  # a cell of the risk matrix
LEVEL_COLOURS = {"low": colors.HexColor("#e3f1e6"), "moderate": colors.HexColor("#fbf1d3"),
                 "high": colors.HexColor("#f9dcc4"), "critical": colors.HexColor("#f4c7c3")}


def _widths(widths: list[float | None]) -> list[float]:
    fixed = sum(w for w in widths if w is not None)
    return [w if w is not None else FRAME_WIDTH - fixed for w in widths]


def _table(rows: list[list], widths: list[float | None], extra: list | None = None) -> Table:
    table = styled_table(rows, [("VALIGN", (0, 0), (-1, -1), "TOP"), *ruled_rows(top=3, bottom=4), *(extra or [])], colWidths=_widths(widths), repeatRows=1)
    return table


def _head(names: list[str], styles: Styles) -> list:
    return [rich(esc(name), styles.head_cell) for name in names]


def governance_part(governance: GovernanceReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    """The governance chapter of the plan directeur."""
    story: list[Flowable] = [outline.heading(i18n.tr("gov_heading", lang), 1)]
    story += _committee(governance, lang, styles, outline)
    story += [room(), *_change(governance, lang, styles, outline)]
    story += [room(), *_kpis(governance, lang, styles, outline)]
    if governance.progress.reassessed:
        story += [room(), *_progress(governance, lang, styles, outline)]
    # the register last: its matrix, kept in one piece, is never a line or two left alone before the next part
    story += [room(), *_risks(governance, lang, styles, outline)]
    return story


def _committee(governance: GovernanceReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    view = governance.committee
    story: list[Flowable] = [outline.heading(i18n.tr("gov_committee", lang), 2)]
    if view.members:
        rows = [_head([i18n.tr("gov_col_member", lang), i18n.tr("gov_col_function", lang),
                       i18n.tr("gov_col_role", lang)], styles)]
        rows += [[rich(f"<b>{esc(m.name)}</b>", styles.cell), rich(esc(m.function or "—"), styles.cell),
                  rich(esc(i18n.tr(f"gov_role_{m.role}", lang)), styles.cell)] for m in view.members]
        story += [_table(rows, MEMBER_WIDTHS), Spacer(1, 4)]
    for message in view.messages:
        story.append(rich(f'<font color="{hex_of(TARGET)}"><b>{esc(message)}</b></font>', styles.body))
    cadence = i18n.tr(f"gov_cadence_{view.cadence or 'none'}", lang)
    story.append(rich(esc(i18n.tr("gov_cadence_line", lang, label=cadence, date=month_year(f"{view.start_month}-01", lang))),
                      styles.body))
    if view.reviews:
        story.append(rich(esc(i18n.tr("gov_reviews_line", lang,
                                      days=", ".join(month_year(d, lang) for d in view.reviews))), styles.body))
    if view.next is not None:
        story.append(rich(esc(i18n.tr("gov_next", lang, label=i18n.tr(f"gov_kind_{view.next.kind}", lang),
                                      date=month_year(view.next.day, lang))), styles.body_muted))
    if view.recorded:
        story.append(rich(f"<b>{esc(i18n.tr('gov_recorded', lang))}</b>", styles.body))
        for r in view.recorded:
            notes = f" — {esc(r.notes)}" if r.notes else ""
            day = i18n.date(dt.date.fromisoformat(r.day), lang)
            story.append(rich(f"{esc(day)} · {esc(i18n.tr(f'gov_kind_{r.kind}', lang))}{notes}", styles.bullet))
    return story


def _change(governance: GovernanceReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    story: list[Flowable] = [outline.heading(i18n.tr("gov_change", lang), 2)]
    if not governance.change:
        return story + [rich(esc(i18n.tr("gov_no_change", lang)), styles.body_muted)]
    rows = [_head([i18n.tr("col_action", lang), i18n.tr("gov_col_kind", lang), i18n.tr("gov_col_owner", lang),
                   i18n.tr("col_status", lang)], styles)]
    for a in governance.change:
        rows.append([rich(esc(a.title), styles.cell), rich(esc(i18n.tr(f"gov_kind_{a.kind}", lang)), styles.cell),
                     rich(esc(a.owner or "—"), styles.cell), rich(esc(label(ACTION_STATUS, a.status, lang)), styles.cell)])
    return story + [table_lead(), _table(rows, CHANGE_WIDTHS)]


def _risks(governance: GovernanceReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    register = governance.risks
    story: list[Flowable] = [outline.heading(i18n.tr("gov_risks", lang), 2)]
    if not register.risks:
        return story + [rich(esc(i18n.tr("gov_no_risks", lang)), styles.body_muted)]
    head = ["#", i18n.tr("gov_col_risk", lang), i18n.tr("gov_col_likelihood", lang),
            i18n.tr("gov_col_impact", lang), i18n.tr("gov_col_score", lang), i18n.tr("gov_col_owner", lang),
            i18n.tr("gov_col_mitigation", lang)]
    rows = [_head(head, styles)]
    shading = []
    for row, e in enumerate(register.risks, start=1):
        r = e.risk
        rows.append([
            rich(str(e.number), styles.cell_bold),
            [rich(esc(r.title), styles.cell), rich(esc(i18n.tr(f"gov_cat_{r.category}", lang)), styles.cell_muted)],
            rich(str(r.likelihood), styles.cell_center), rich(str(r.impact), styles.cell_center),
            rich(f"<b>{e.score}</b> {esc(i18n.tr(f'gov_level_{e.level}', lang))}", styles.cell),
            rich(esc(r.owner or "—"), styles.cell), rich(esc(r.mitigation or "—"), styles.cell),
        ])
        shading.append(("BACKGROUND", (4, row), (4, row), LEVEL_COLOURS[e.level]))
    story += [table_lead(), _table(rows, RISK_WIDTHS, shading), Spacer(1, 8), _matrix(governance, lang, styles)]
    return story


def _matrix(governance: GovernanceReport, lang: str, styles: Styles) -> Flowable:
    """The 5 × 5 grid: likelihood up the side (5 at the top), impact along the bottom, each risk's number in its cell."""
    grid = governance.risks.matrix
    rows: list[list] = []
    commands: list = [("GRID", (1, 0), (-1, len(grid) - 1), 0.5, colors.white),
                      ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for y, line in enumerate(grid):
        rows.append([rich(str(line[0].likelihood), styles.cell_center),
                     *(rich(f"<b>{', '.join(map(str, cell.risks))}</b>", styles.cell_center) for cell in line)])
        for x, cell in enumerate(line, start=1):
            commands.append(("BACKGROUND", (x, y), (x, y), LEVEL_COLOURS[cell.level]))
    rows.append(["", *(rich(str(i), styles.cell_center) for i in range(1, len(grid[0]) + 1))])
    commands += [("LINEABOVE", (1, len(grid)), (-1, len(grid)), 0.6, INK), ("LINEAFTER", (0, 0), (0, len(grid) - 1), 0.6, INK)]
    table = styled_table(rows, commands, colWidths=[0.8 * cm] + [CELL] * len(grid[0]), rowHeights=[CELL * 0.5] * len(grid) + [0.45 * cm])
    caption = rich(esc(f"{i18n.tr('gov_matrix', lang)} — {i18n.tr('gov_matrix_likelihood', lang)} ↑, "
                       f"{i18n.tr('gov_matrix_impact', lang)} →"), styles.small_muted)
    table.hAlign = "LEFT"
    return KeepTogether([caption, Spacer(1, 2), table])


def _kpis(governance: GovernanceReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    board = governance.kpis
    story: list[Flowable] = [outline.heading(i18n.tr("gov_kpis", lang), 2), rich(esc(board.focus_note), styles.body_muted)]
    if not governance.progress.reassessed:  # one sentence in the intro: a heading of its own could stand alone on a page
        story.append(rich(esc(i18n.tr("gov_progress_none", lang)), styles.body_muted))
    if not board.kpis:
        return story + [rich(esc(i18n.tr("gov_no_kpis", lang)), styles.body_muted)]
    rows = [_head([i18n.tr("gov_col_kpi", lang), i18n.tr("gov_col_baseline", lang), i18n.tr("gov_col_target", lang),
                   i18n.tr("gov_col_direction", lang), i18n.tr("gov_col_source", lang)], styles)]
    for k in board.kpis:
        rows.append([
            rich(f"<b>{esc(k.label)}</b>" + (f" ({esc(k.unit)})" if k.unit else ""), styles.cell),
            rich(esc(figure(k.baseline, "", lang)), styles.cell_right),
            rich(f"<b>{esc(figure(k.target, '', lang))}</b>", styles.cell_right),
            rich(esc(i18n.tr(f"gov_dir_{k.direction}", lang)), styles.cell),
            rich(esc(k.source or "—"), styles.cell_muted),
        ])
    return story + [table_lead(), _table(rows, KPI_WIDTHS)]


def _progress(governance: GovernanceReport, lang: str, styles: Styles, outline: Outline) -> list[Flowable]:
    """Each re-assessed part and each measured KPI, from where it started to its target."""
    view = governance.progress
    story: list[Flowable] = [outline.heading(i18n.tr("gov_progress", lang), 2)]

    def share(value: float | None, reached: bool) -> str:
        text = esc(i18n.percent(value, lang))
        return f"<b>{text}</b> ✔" if reached else text

    rows = [_head([i18n.tr("gov_col_part", lang), i18n.tr("gov_col_first", lang), i18n.tr("gov_col_latest", lang),
                   i18n.tr("gov_col_target", lang), i18n.tr("gov_col_progress", lang)], styles)]
    for p in view.parts:
        rows.append([rich(f"{esc(p.title)}<br/><font color='{hex_of(MUTED)}'>{esc(p.questionnaire)}</font>", styles.cell),
                     rich(esc(i18n.score(p.first, lang)), styles.cell_right),
                     rich(esc(i18n.score(p.latest, lang)), styles.cell_right),
                     rich(esc(i18n.score(p.target, lang)), styles.cell_right),
                     rich(share(p.progress, p.reached), styles.cell_right)])
    measured = [k for k in view.kpis if k.current is not None]
    for k in measured:
        rows.append([rich(f"<b>{esc(k.label)}</b>" + (f" ({esc(k.unit)})" if k.unit else ""), styles.cell),
                     rich(esc(figure(k.baseline, "", lang)), styles.cell_right),
                     rich(esc(figure(k.current, "", lang)), styles.cell_right),
                     rich(esc(figure(k.target, "", lang)), styles.cell_right),
                     rich(share(k.progress, k.reached), styles.cell_right)])
    return story + [table_lead(), _table(rows, PROGRESS_WIDTHS)]
