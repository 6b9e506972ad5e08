"""The executive summary (one page per assessment) and the results by section (radar, bars, table)."""

from __future__ import annotations

from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from bodiag.domain import i18n
from bodiag.domain.results import Counts, SectionResult
from bodiag.report.charts import ChartItem, RadarChart, SectionBars
from bodiag.report.data import AssessmentData, ReportData, band_colors, chart_sections, checklist_findings, provisional, standing
from bodiag.report.document import OnePage, Outline, keep_tail
from bodiag.report.fonts import FONTS
from bodiag.report.lines import Run
from bodiag.report.markup import esc
from bodiag.report.texts import band_label, figures_pieces, part_title, questions_line
from bodiag.report.styles import ACCENT, ACCENT_LIGHT, BODY_SIZE, FRAME_WIDTH, INK, MUTED, PANEL, RULE, Para, Styles, color, figure_cards, hex_of, rich, ruled_rows, styled_table

TOP_ACTIONS = 3


def chip(hex_code: str | None) -> str:
    """A small square in a band's colour, as inline markup."""
    return f"<font color='{hex_code or hex_of(ACCENT)}'>■</font>"


def chipped(hex_code: str | None, label: str) -> str:
    """A band's chip and its name as inline markup, joined by a no-break space: a name too long for its line wraps
    after its first word, never leaving the chip alone above it (« ■ / Reproductible » in a figure card)."""
    return f"{chip(hex_code)}\u00a0{esc(label)}"


def figures_line(a: AssessmentData, s: SectionResult, lang: str, style: ParagraphStyle) -> list[Run]:
    """Score, level, band, coverage and target of a section, as runs of text in ``style`` (the score in bold)."""
    font, size, ink = style.fontName, style.fontSize, style.textColor
    return [(text, tt2ps(font, 1, 0) if strong else font, size, color(hex_code) if hex_code else ink)
            for text, strong, hex_code in figures_pieces(a, s, lang)]


def provisional_line(counts: Counts, lang: str, size: float = BODY_SIZE) -> str:
    """A muted line break and « provisoire (…) » for a table cell, or nothing."""
    note = provisional(counts, lang)
    return f"<br/><font name='{FONTS.regular}' size='{size}' color='{hex_of(MUTED)}'>{esc(note)}</font>" if note else ""


# -- the executive summary ------------------------------------------------------------------


def executive_summary(a: AssessmentData, number: int, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    lang = data.lang
    q, r = a.questionnaire, a.result
    heading = outline.heading(part_title(a, number, lang), 0, running=q.title.get(lang))
    sub = outline.heading(i18n.tr("summary", lang), 1)
    body: list[Flowable] = [
        rich(esc(i18n.tr("summary_of", lang, title=a.record.title, questionnaire=q.title.get(lang), version=q.version)), styles.body_muted),
        Spacer(1, 4),
        _headline(a, lang, styles),
        Spacer(1, 3),
        rich(esc(questions_line(r, lang)), styles.small_muted),  # what « asked » and « applicable » each count
        Spacer(1, 5),
    ]
    if r.score is not None:
        band = q.band_for(r.score)
        if band.meaning:
            body.append(rich(f"{chip(band_colors(q).get(band.id))} <b>{esc(band.label.get(lang))}</b> — {esc(band.meaning.get(lang))}", styles.body))
        if r.counts.provisional:
            answered = i18n.answered(r.counts.scored, r.counts.applicable, lang)
            body.append(rich(f"<b>{esc(i18n.tr('provisional_result', lang, answered=answered))}</b>", styles.body))
    else:
        body.append(rich(esc(i18n.tr("no_score_text", lang)), styles.body))
    if r.verdict is not None:
        body += [Spacer(1, 4), _verdict(a, lang, styles)]
    body += [Spacer(1, 8), _strengths(a, lang, styles)]
    for findings in checklist_findings(a, lang):
        body += [Spacer(1, 6), rich(f"<b>{esc(findings.title)}</b>", styles.h3)]
        if findings.status == "unanswered":
            body.append(rich(esc(i18n.tr("not_answered", lang)), styles.body_muted))
        elif findings.status in ("na", "dk"):
            body.append(rich(esc(findings.shown + "."), styles.body_muted))
        elif not findings.items:
            body.append(rich(esc(i18n.tr("none_found", lang)), styles.body_muted))
        separator = i18n.list_separator(lang)
        for item in findings.items:
            text = esc(item.label)
            if item.actions and findings.question_id != "weak_signals":
                actions = separator.join(item.actions)
                text += f" <font color='{hex_of(MUTED)}'>→ {esc(i18n.tr('avoid_by', lang) + i18n.colon(lang) + actions)}</font>"
            body.append(_bullet(text, styles))
    body += [Spacer(1, 6), rich(f"<b>{esc(i18n.tr('top_actions', lang))}</b>", styles.h3)]
    if r.recommendations:
        for rank, rec in enumerate(r.recommendations[:TOP_ACTIONS], start=1):
            body.append(rich(f"<b>{rank}.</b> {esc(rec.recommendation.title.get(lang))}", styles.item))
        count = len(r.recommendations)
        body.append(rich(esc(i18n.tr("see_plan" if count > 1 else "see_plan_one", lang, count=count)), styles.small_muted))
    else:
        body.append(rich(esc(i18n.tr("no_actions", lang)), styles.body_muted))
    # The summary is a page of its own: it shrinks a little rather than spill over, and flows on when far longer.
    return [heading, sub, OnePage(body)]


def _bullet(markup: str, styles: Styles) -> Flowable:
    return Para(markup, styles.bullet, bulletText="•")


def _headline(a: AssessmentData, lang: str, styles: Styles) -> Table:
    q, r = a.questionnaire, a.result
    label, hex_code = band_label(a, r.score, lang)

    def card(title: str, figure: str, detail: str = "", figure_style=None) -> list[Flowable]:  # noqa: ANN001
        cell = [rich(esc(title.upper()), styles.figure_label), rich(figure, figure_style or styles.figure)]
        if detail:
            cell.append(rich(esc(detail), styles.figure_sub))
        return cell

    cards = [card(i18n.tr("overall_score", lang), esc(i18n.score(r.score, lang)), i18n.tr("out_of_100", lang))]
    if q.levels:
        cards.append(card(i18n.tr("level", lang), esc(i18n.score(r.level, lang)), i18n.tr("out_of_levels", lang, levels=q.top_level)))
    band_style = styles.figure.clone("band_figure", fontSize=12, leading=15, splitLongWords=0, spaceBefore=4)
    cards.append(card(i18n.tr("band", lang), chipped(hex_code, label) if r.score is not None else "—", "", band_style))
    c = r.counts
    cards.append(card(i18n.tr("coverage", lang), esc(i18n.percent(r.coverage, lang)), i18n.tr("coverage_detail", lang, scored=c.scored, applicable=c.applicable)))
    gap = r.gap
    detail = "" if gap is None else (i18n.tr("target_met", lang) if gap <= 0 else i18n.tr("gap_to_target", lang, gap=i18n.score(gap, lang)))
    cards.append(card(i18n.tr("target", lang), esc(i18n.plain(r.target, lang)), detail))
    shares = [1.0] * len(cards)
    shares[2 if q.levels else 1] = 1.6  # the band's name needs room: « ■ Reproductible » on one line
    widths = [FRAME_WIDTH * s / sum(shares) for s in shares]
    return figure_cards(cards, widths, color(hex_code, ACCENT) if r.score is not None else ACCENT)


def _verdict(a: AssessmentData, lang: str, styles: Styles) -> Table:
    v = a.result.verdict
    info = v.as_dict(lang)
    cell: list[Flowable] = [
        rich(esc(info["title"].upper()), styles.figure_label),
        rich(f"<font color='{hex_of(ACCENT)}'>{esc(info['label'])}</font>", styles.figure.clone("verdict", fontSize=15, leading=20, spaceAfter=2)),
    ]
    counts = a.result.counts
    if counts.provisional:
        answered = i18n.answered(counts.scored, counts.applicable, lang)
        cell.append(rich(f"<b>{esc(i18n.tr('provisional_verdict', lang, answered=answered))}</b>", styles.body))
    if info["meaning"]:
        cell.append(rich(esc(info["meaning"]), styles.body))
    elif v.rule is None and v.undetermined is None:
        cell.append(rich(esc(i18n.tr("verdict_undetermined", lang)), styles.body))
    if info["reasons"]:
        cell.append(rich(f"<b>{esc(i18n.tr('reasons', lang))}</b>", styles.small_muted))
        cell += [_bullet(esc(reason), styles) for reason in info["reasons"]]
    table = styled_table([[cell]], [
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ], colWidths=[FRAME_WIDTH])
    return table


def _strengths(a: AssessmentData, lang: str, styles: Styles) -> Table:
    """Strengths (parts at or above their target) or, when none is, the least weak parts; then the weakest."""
    ranking = standing(a.result)
    colors_by_band = band_colors(a.questionnaire)

    def column(title: str, sections: list[SectionResult], empty: str, hint: str = "") -> list[Flowable]:
        cell: list[Flowable] = [rich(f"<b>{esc(title)}</b>", styles.h3)]
        if hint:
            cell.append(rich(esc(hint), styles.small_muted))
        if not sections:
            cell.append(rich(esc(empty), styles.body_muted))
        for s in sections:
            hex_code = colors_by_band.get(s.band_id) if s.band_id else None
            note = provisional(s.counts, lang)
            extra = f" <font color='{hex_of(MUTED)}'>{esc(note)}</font>" if note else ""
            cell.append(rich(f"{chip(hex_code)} {esc(s.title.get(lang))}  <b>{esc(i18n.score(s.score, lang))}</b>{extra}", styles.item))
        return cell

    if ranking.targets_met or not ranking.best:
        below = "none_below_target" if ranking.targets_met else "none_yet"
        best = column(i18n.tr("strengths", lang), ranking.best, i18n.tr("none_yet", lang))
        weakest = column(i18n.tr("weaknesses", lang), ranking.weakest, i18n.tr(below, lang))
    else:
        best = column(i18n.tr("least_weak", lang), ranking.best, i18n.tr("none_yet", lang), i18n.tr("least_weak_hint", lang))
        weakest = column(i18n.tr("weaknesses", lang), ranking.weakest, i18n.tr("none_yet", lang))
    table = styled_table([[best, weakest]], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 12),
        ("LINEBEFORE", (1, 0), (1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ], colWidths=[FRAME_WIDTH / 2] * 2)
    return table


# -- results by section ---------------------------------------------------------------------


def chart_items(a: AssessmentData, lang: str) -> list[ChartItem]:
    colors_by_band = band_colors(a.questionnaire)
    return [
        ChartItem(s.title.get(lang), s.score, s.target, colors_by_band.get(s.band_id) if s.band_id else None)
        for s in chart_sections(a.result)
    ]


def results_by_section(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    lang = data.lang
    items = chart_items(a, lang)
    story: list[Flowable] = [outline.heading(i18n.tr("results", lang), 1), rich(esc(i18n.tr("results_intro", lang)), styles.body_muted)]
    if len(items) >= 3:
        story.append(RadarChart(items, FRAME_WIDTH, 11.2 * cm, lang))
        story.append(Spacer(1, 10))
    if items:
        story.append(SectionBars(items, lang, label_style=styles.cell))
        story.append(Spacer(1, 14))
    story += [CondPageBreak(4 * cm), section_table(a, lang, styles)]
    if a.questionnaire.tags:
        story += [Spacer(1, 12), CondPageBreak(4 * cm), rich(f"<b>{esc(i18n.tr('tags_title', lang))}</b>", styles.h3),
                  rich(esc(i18n.tr("tags_intro", lang)), styles.body_muted), Spacer(1, 4), tag_table(a, lang, styles)]
    return story


def tag_table(a: AssessmentData, lang: str, styles: Styles) -> Table:
    """The declared tags' scores: the questionnaire read along its second dimension, across sections."""
    q, r = a.questionnaire, a.result
    head = [i18n.tr("col_tag", lang), i18n.tr("col_score", lang)]
    if q.levels:
        head.append(i18n.tr("col_level", lang))
    head += [i18n.tr("col_band", lang), i18n.tr("col_coverage", lang)]
    rows = [[rich(esc(h), styles.head_cell) for h in head]]
    for tag in r.tags:
        if not tag.declared:
            continue
        note = provisional_line(tag.counts, lang) if tag.score is not None else ""
        label, hex_code = band_label(a, tag.score, lang)
        row = [rich(esc(tag.title(lang)) + note, styles.cell), i18n.score(tag.score, lang)]
        if q.levels:
            row.append(i18n.score(tag.level, lang))
        row += [rich(chipped(hex_code, label) if tag.score is not None else "—", styles.cell),
                i18n.percent(tag.counts.coverage, lang)]
        rows.append(row)
    widths = [1.3 * cm, *([1.4 * cm] if q.levels else []), 2.9 * cm, 2.1 * cm]
    widths.insert(0, FRAME_WIDTH - sum(widths))
    band_column = 3 if q.levels else 2
    return styled_table(rows, [
        keep_tail(len(rows)),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (band_column, 1), (band_column, -1), "LEFT"),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *ruled_rows(top=2.5, bottom=2.5),
    ], colWidths=widths, repeatRows=1)


def section_table(a: AssessmentData, lang: str, styles: Styles) -> Table:
    """Every section and subsection with its figures."""
    q, r = a.questionnaire, a.result
    head = [i18n.tr("col_section", lang), i18n.tr("col_score", lang)]
    if q.levels:
        head.append(i18n.tr("col_level", lang))
    head += [i18n.tr("col_band", lang), i18n.tr("col_coverage", lang), i18n.tr("col_target", lang), i18n.tr("col_gap", lang)]
    rows = [[rich(esc(h), styles.head_cell) for h in head]]
    top_rows = []
    indented: dict[int, ParagraphStyle] = {}  # one style per depth: each new style would be read anew
    for s in r.sections:
        if not s.counts.any_scored_question:
            continue
        if s.depth not in indented:
            indented[s.depth] = (styles.cell_bold if s.depth == 0 else styles.cell).clone(f"indent{s.depth}", leftIndent=9 * s.depth)
        note = provisional_line(s.counts, lang) if s.score is not None else ""
        title = rich(esc(s.title.get(lang)) + note, indented[s.depth])
        label, hex_code = band_label(a, s.score, lang)
        # figures are plain strings: a table draws them far faster than paragraphs
        row = [title, i18n.score(s.score, lang)]
        if q.levels:
            row.append(i18n.score(s.level, lang))
        row += [
            rich(chipped(hex_code, label) if s.score is not None else "—", styles.cell),
            i18n.percent(s.coverage, lang),
            i18n.plain(s.target, lang),
            i18n.score(s.gap, lang),
        ]
        if s.depth == 0:
            top_rows.append(len(rows))
        rows.append(row)
    widths = [1.3 * cm, *([1.4 * cm] if q.levels else []), 2.9 * cm, 2.1 * cm, 1.35 * cm, 1.2 * cm]  # « Target » whole
    widths.insert(0, FRAME_WIDTH - sum(widths))
    band_column = 3 if q.levels else 2
    commands = [
        keep_tail(len(rows)),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (band_column, 1), (band_column, -1), "LEFT"),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *ruled_rows(top=2.5, bottom=2.5),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), PANEL) for i in top_rows]
    return styled_table(rows, commands, colWidths=widths, repeatRows=1)
