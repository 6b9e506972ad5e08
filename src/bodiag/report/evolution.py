"""The evolution since an earlier assessment of the same questionnaire: figures then and now, both radars, what moved.

Shown for an assessment that has an earlier one in the document (see
:func:`bodiag.services.reassessment.earlier_assessment`); the figures are those of
:meth:`bodiag.services.reassessment.Comparison.as_dict`.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from bodiag.domain import i18n
from bodiag.domain.report_content import Evolution, MovedAnswer
from bodiag.report.charts import ChartItem, EvolutionBars, EvolutionRadar
from bodiag.domain.model import Questionnaire
from bodiag.report.data import AssessmentData, ReportData, question_label
from bodiag.report.document import Outline
from bodiag.report.markup import chunks, esc
from bodiag.report.sections import Fields, question_title
from bodiag.report.texts import change, completed_detail, evolution_title
from bodiag.report.styles import ACCENT, FRAME_WIDTH, INK, MUTED, PANEL, TARGET, Para, Styles, figure_cards, hex_of, rich, ruled_rows, styled_table
from bodiag.report.summary import chipped

RISE = colors.HexColor("#1b7f5a")  # a score that went up (a deeper shade of the bands' green, readable as text)


def evolution(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    ev = a.extras.evolution
    if ev is None:
        return []
    lang = data.lang
    title, when = evolution_title(a, lang)
    story: list[Flowable] = [
        outline.heading(title, 1),
        rich(esc(i18n.tr("evolution_intro", lang, title=ev.before_title, date=when)), styles.body_muted),
        Spacer(1, 4),
        _headline(ev, lang, styles),
        Spacer(1, 10),
    ]
    items = [ChartItem(r.title, r.after, None, r.color, before=r.before) for r in ev.radar]
    if len(items) >= 3:
        story += [
            rich(esc(i18n.tr("evolution_chart", lang)), styles.small_muted),
            EvolutionRadar(items, FRAME_WIDTH, 10.6 * cm, lang, then_label=f"{i18n.tr('then', lang)} ({when})",
                           now_label=i18n.tr("now", lang)),
            Spacer(1, 6),
        ]
    elif items:
        story += [rich(esc(i18n.tr("evolution_bars", lang)), styles.small_muted), Spacer(1, 4),
                  EvolutionBars(items, lang, label_style=styles.cell, row=20), Spacer(1, 8)]
    story += [CondPageBreak(4 * cm), outline.heading(i18n.tr("section_scores", lang), 2), _sections_table(ev, lang, styles)]
    story += [outline.heading(i18n.tr("moves", lang), 2)]
    if not ev.moves:
        story.append(rich(esc(i18n.tr("no_moves", lang)), styles.body_muted))
    for move in ev.moves:
        story += _move(move, a.questionnaire, lang, styles)
    story += [Spacer(1, 4), outline.heading(i18n.tr("completed_between", lang), 2)]
    if not ev.actions:
        story.append(rich(esc(i18n.tr("no_completed", lang)), styles.body_muted))
    muted = hex_of(MUTED)
    for action in ev.actions:
        detail = completed_detail(action, lang)
        text = f"<b>{esc(action.title)}</b>"
        if detail:
            text += f" <font color='{muted}'>— {esc(' · '.join(detail))}</font>"
        story.append(Para(text, styles.bullet, bulletText="✓"))
    return story


def _headline(ev: Evolution, lang: str, styles: Styles) -> Table:
    """Cards: the figure now, and below it the figure then and the change."""
    score = lambda v: i18n.score(v, lang)  # noqa: E731
    percent = lambda v: i18n.percent(v, lang)  # noqa: E731

    def card(title: str, figure: str, detail: str, figure_style=None) -> list[Flowable]:  # noqa: ANN001
        return [rich(esc(title.upper()), styles.figure_label), rich(figure, figure_style or styles.figure), rich(esc(detail), styles.figure_sub)]

    cards = [card(i18n.tr("overall_score", lang), esc(score(ev.score.after)), change(ev.score, lang, score))]
    if ev.levels:
        cards.append(card(i18n.tr("level", lang), esc(score(ev.level.after)), change(ev.level, lang, score)))
    band_style = styles.figure.clone("evolution_band", fontSize=12, leading=15, splitLongWords=0, spaceBefore=4)
    now = chipped(ev.band_after[1], ev.band_after[0]) if ev.band_after else "—"
    then = i18n.tr("before_value", lang, value=ev.band_before[0] if ev.band_before else "—")
    cards.append(card(i18n.tr("band", lang), now, then, band_style))
    cards.append(card(i18n.tr("coverage", lang), esc(percent(ev.coverage.after)), change(ev.coverage, lang, percent, unit="points")))
    shares = [1.0] * len(cards)
    shares[-2] = 1.3  # the band's name needs room
    return figure_cards(cards, [FRAME_WIDTH * s / sum(shares) for s in shares], ACCENT)


def _sections_table(ev: Evolution, lang: str, styles: Styles) -> Table:
    head = [i18n.tr(k, lang) for k in ("col_section", "then", "now", "change")]
    rows: list[list] = [[rich(esc(h), styles.head_cell) for h in head]]
    commands = [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("TEXTCOLOR", (1, 1), (1, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *ruled_rows(top=2.5, bottom=2.5),
    ]
    for s in ev.sections:
        style = styles.cell_bold if s.depth == 0 else styles.cell
        row = len(rows)
        rows.append([
            rich(esc(s.title), style.clone(f"evolution{s.depth}", leftIndent=9 * s.depth)),
            i18n.score(s.score.before, lang),
            i18n.score(s.score.after, lang),
            i18n.signed(s.score.delta, lang),
        ])
        if s.depth == 0:
            commands.append(("BACKGROUND", (0, row), (-1, row), PANEL))
        if s.score.delta:
            commands.append(("TEXTCOLOR", (3, row), (3, row), RISE if s.score.delta > 0 else TARGET))
    widths = [1.9 * cm, 1.9 * cm, 1.9 * cm]
    table = styled_table(rows, commands, colWidths=[FRAME_WIDTH - sum(widths), *widths], repeatRows=1)
    return table


def _move(move: MovedAnswer, questionnaire: Questionnaire, lang: str, styles: Styles) -> list[Flowable]:
    """The question, then its answer then and now (a free text flows in pieces that a page break can fall between)."""
    title = question_title(question_label(questionnaire, move.question_id), move.text, styles)
    rows = []
    for name, shown, level, score in (("then", move.before, move.level_before, move.score.before),
                                      ("now", move.after, move.level_after, move.score.after)):
        label = i18n.tr(name, lang)
        if shown is None:
            rows.append((label, rich(f"<font color='{hex_of(MUTED)}'>{esc(i18n.tr('no_answer', lang))}</font>", styles.cell)))
            continue
        if move.free_text:
            pieces = chunks(shown) or [""]
            rows += [(label if i == 0 else "", rich(esc(piece), styles.cell)) for i, piece in enumerate(pieces)]
            continue
        extra = [i18n.tr("level_n", lang, level=level)] if level is not None else []
        if score is not None:
            extra.append(i18n.tr("score_short", lang, score=i18n.score(score, lang)))
        markup = f"<b>{esc(shown)}</b>"
        if extra:
            markup += f" <font color='{hex_of(MUTED)}'>· {esc(' · '.join(extra))}</font>"
        rows.append((label, rich(markup, styles.cell)))
    fields = Fields(rows, styles.label.fontName)
    return [title, fields] if move.free_text else [KeepTogether([title, fields])]
