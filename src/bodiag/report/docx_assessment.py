"""The Word copy's part of an assessment: summary, results by section, evolution, workshop, details by section.

The same content, in the same order, as :mod:`bodiag.report.summary`,
:mod:`bodiag.report.evolution`, :mod:`bodiag.report.workshop` and
:mod:`bodiag.report.sections` print in the PDF; what they compute (the
standing, the findings, each answer in words) comes from :mod:`bodiag.report.data`
and :mod:`bodiag.report.texts`.
"""

from __future__ import annotations

from bodiag.domain import i18n
from bodiag.domain.model import Section
from bodiag.domain.results import SectionResult
from bodiag.report.charts import ChartItem
from bodiag.report.data import (
    AnswerView,
    AssessmentData,
    ReportData,
    answer_view,
    band_colors,
    checklist_findings,
    provisional,
    question_label,
    standing,
)
from bodiag.report.docx_charts import alt_text, bars_png, radar_png
from bodiag.report.docx_governance import attendance, commentary
from bodiag.report.docx_writer import PAGE_WIDTH_CM, DocxWriter, Run, bold, muted
from bodiag.report.markup import chunks
from bodiag.report.summary import TOP_ACTIONS, chart_items
from bodiag.report.texts import answer_extras, band_label, change, completed_detail, evolution_title, figures_pieces, part_title, questions_line

RISE, FALL = "#1b7f5a", "#c0392b"


def _chip(hex_code: str | None) -> Run:
    return Run("■ ", color=hex_code or "#1f5f8b")


def _charts(w: DocxWriter, items: list[ChartItem], lang: str, *, radar: bool = True) -> None:
    if radar and len(items) >= 3:
        w.picture(radar_png(items, lang, w.accent), PAGE_WIDTH_CM * 0.9, alt_text(items, lang, "alt_radar"))
    if items:
        w.picture(bars_png(items, lang, w.accent), PAGE_WIDTH_CM * 0.85, alt_text(items, lang, "alt_bars"))


# -- the executive summary ----------------------------------------------------------------------


def executive_summary(w: DocxWriter, a: AssessmentData, number: int, data: ReportData) -> None:
    lang = data.lang
    q, r = a.questionnaire, a.result
    w.heading(part_title(a, number, lang), 0)
    w.heading(i18n.tr("summary", lang), 1)
    w.paragraph(i18n.tr("summary_of", lang, title=a.record.title, questionnaire=q.title.get(lang), version=q.version), "Muted")
    _headline(w, a, lang)
    if r.score is not None:
        band = q.band_for(r.score)
        if band.meaning:
            w.paragraph([_chip(band_colors(q).get(band.id)), bold(band.label.get(lang)), Run(f" — {band.meaning.get(lang)}")])
        if r.counts.provisional:
            w.paragraph([bold(i18n.tr("provisional_result", lang, answered=i18n.answered(r.counts.scored, r.counts.applicable, lang)))])
    else:
        w.paragraph(i18n.tr("no_score_text", lang))
    if r.verdict is not None:
        _verdict(w, a, lang)
    _strengths(w, a, lang)
    for findings in checklist_findings(a, lang):
        w.paragraph([bold(findings.title)])
        if findings.status == "unanswered":
            w.paragraph(i18n.tr("not_answered", lang), "Muted")
        elif findings.status in ("na", "dk"):
            w.paragraph(findings.shown + ".", "Muted")
        elif not findings.items:
            w.paragraph(i18n.tr("none_found", lang), "Muted")
        for item in findings.items:
            runs = [Run(item.label)]
            if item.actions and findings.question_id != "weak_signals":
                runs.append(muted(f" → {i18n.tr('avoid_by', lang)}{i18n.colon(lang)}{i18n.list_separator(lang).join(item.actions)}"))
            w.bullet(runs)
    w.paragraph([bold(i18n.tr("top_actions", lang))])
    if r.recommendations:
        for rank, rec in enumerate(r.recommendations[:TOP_ACTIONS], start=1):
            w.paragraph([bold(f"{rank}. "), Run(rec.recommendation.title.get(lang))])
        count = len(r.recommendations)
        w.paragraph(i18n.tr("see_plan" if count > 1 else "see_plan_one", lang, count=count), "Small")
    else:
        w.paragraph(i18n.tr("no_actions", lang), "Muted")


def _headline(w: DocxWriter, a: AssessmentData, lang: str) -> None:
    """The figure cards as a one-row table: each heading over its figure and detail."""
    q, r = a.questionnaire, a.result
    label, hex_code = band_label(a, r.score, lang)
    head = [i18n.tr("overall_score", lang)]
    cells: list = [[[bold(i18n.score(r.score, lang))], [muted(i18n.tr("out_of_100", lang))]]]
    if q.levels:
        head.append(i18n.tr("level", lang))
        cells.append([[bold(i18n.score(r.level, lang))], [muted(i18n.tr("out_of_levels", lang, levels=q.top_level))]])
    head.append(i18n.tr("band", lang))
    cells.append([[_chip(hex_code), bold(label)]] if r.score is not None else "—")
    c = r.counts
    head.append(i18n.tr("coverage", lang))
    cells.append([[bold(i18n.percent(r.coverage, lang))], [muted(i18n.tr("coverage_detail", lang, scored=c.scored, applicable=c.applicable))]])
    gap = r.gap
    detail = "" if gap is None else (i18n.tr("target_met", lang) if gap <= 0 else i18n.tr("gap_to_target", lang, gap=i18n.score(gap, lang)))
    head.append(i18n.tr("target", lang))
    cells.append([[bold(i18n.plain(r.target, lang))], [muted(detail)]])
    w.table(head, [cells])
    w.paragraph(questions_line(r, lang), "Small")  # what « asked » and « applicable » each count, as the app says it


def _verdict(w: DocxWriter, a: AssessmentData, lang: str) -> None:
    v = a.result.verdict
    info = v.as_dict(lang)
    w.paragraph([bold(info["title"].upper())], "Small")
    w.paragraph([Run(info["label"], bold=True, color=w.accent)], "Lead")
    counts = a.result.counts
    if counts.provisional:
        w.paragraph([bold(i18n.tr("provisional_verdict", lang, answered=i18n.answered(counts.scored, counts.applicable, lang)))])
    if info["meaning"]:
        w.paragraph(info["meaning"])
    elif v.rule is None and v.undetermined is None:
        w.paragraph(i18n.tr("verdict_undetermined", lang))
    if info["reasons"]:
        w.paragraph([bold(i18n.tr("reasons", lang))], "Small")
        for reason in info["reasons"]:
            w.bullet(reason)


def _strengths(w: DocxWriter, a: AssessmentData, lang: str) -> None:
    """Strengths (or the least weak parts) and the weakest, as a two-column table."""
    ranking = standing(a.result)
    colors_by_band = band_colors(a.questionnaire)

    def column(sections: list[SectionResult], empty: str, hint: str = "") -> list:
        cell: list = [[muted(hint)]] if hint else []
        if not sections:
            cell.append([muted(empty)])
        for s in sections:
            note = provisional(s.counts, lang)
            cell.append([_chip(colors_by_band.get(s.band_id) if s.band_id else None), Run(f"{s.title.get(lang)}  "),
                         bold(i18n.score(s.score, lang)), *([muted(f" {note}")] if note else [])])
        return cell

    if ranking.targets_met or not ranking.best:
        below = "none_below_target" if ranking.targets_met else "none_yet"
        head = [i18n.tr("strengths", lang), i18n.tr("weaknesses", lang)]
        cells = [column(ranking.best, i18n.tr("none_yet", lang)), column(ranking.weakest, i18n.tr(below, lang))]
    else:
        head = [i18n.tr("least_weak", lang), i18n.tr("weaknesses", lang)]
        cells = [column(ranking.best, i18n.tr("none_yet", lang), i18n.tr("least_weak_hint", lang)),
                 column(ranking.weakest, i18n.tr("none_yet", lang))]
    w.table(head, [cells])


# -- results by section ------------------------------------------------------------------------


def results_by_section(w: DocxWriter, a: AssessmentData, data: ReportData) -> None:
    lang = data.lang
    w.heading(i18n.tr("results", lang), 1)
    w.paragraph(i18n.tr("results_intro", lang), "Muted")
    _charts(w, chart_items(a, lang), lang)
    q, r = a.questionnaire, a.result
    head = [i18n.tr("col_section", lang), i18n.tr("col_score", lang), *([i18n.tr("col_level", lang)] if q.levels else []),
            i18n.tr("col_band", lang), i18n.tr("col_coverage", lang), i18n.tr("col_target", lang), i18n.tr("col_gap", lang)]
    rows, top = [], []
    for s in r.sections:
        if not s.counts.any_scored_question:
            continue
        label, hex_code = band_label(a, s.score, lang)
        note = provisional(s.counts, lang) if s.score is not None else None
        title: list = [[Run("    " * s.depth + s.title.get(lang), bold=s.depth == 0)], *([[muted(note)]] if note else [])]
        if s.depth == 0:
            top.append(len(rows))
        rows.append([title, i18n.score(s.score, lang), *([i18n.score(s.level, lang)] if q.levels else []),
                     [_chip(hex_code), Run(label)] if s.score is not None else "—",
                     i18n.percent(s.coverage, lang), i18n.plain(s.target, lang), i18n.score(s.gap, lang)])
    w.table(head, rows, [None, 1.3, *([1.2] if q.levels else []), 2.9, 1.8, 1.2, 1.2], panel_rows=top)
    if q.tags:  # the questionnaire read along its second dimension, across sections
        w.paragraph([bold(i18n.tr("tags_title", lang))])
        w.paragraph(i18n.tr("tags_intro", lang), "Muted")
        head = [i18n.tr("col_tag", lang), i18n.tr("col_score", lang), *([i18n.tr("col_level", lang)] if q.levels else []),
                i18n.tr("col_band", lang), i18n.tr("col_coverage", lang)]
        rows = []
        for tag in (t for t in r.tags if t.declared):
            label, hex_code = band_label(a, tag.score, lang)
            note = provisional(tag.counts, lang) if tag.score is not None else None
            rows.append([[tag.title(lang), *([[muted(note)]] if note else [])], i18n.score(tag.score, lang),
                         *([i18n.score(tag.level, lang)] if q.levels else []),
                         [_chip(hex_code), Run(label)] if tag.score is not None else "—", i18n.percent(tag.counts.coverage, lang)])
        w.table(head, rows, [None, 1.3, *([1.2] if q.levels else []), 2.9, 1.8])


# -- the evolution ----------------------------------------------------------------------------


def evolution(w: DocxWriter, a: AssessmentData, data: ReportData) -> None:
    ev = a.extras.evolution
    if ev is None:
        return
    lang = data.lang
    title, when = evolution_title(a, lang)
    w.heading(title, 1)
    w.paragraph(i18n.tr("evolution_intro", lang, title=ev.before_title, date=when), "Muted")
    score = lambda v: i18n.score(v, lang)  # noqa: E731
    percent = lambda v: i18n.percent(v, lang)  # noqa: E731
    head = [i18n.tr("overall_score", lang), *([i18n.tr("level", lang)] if ev.levels else []), i18n.tr("band", lang), i18n.tr("coverage", lang)]
    cells: list = [[[bold(score(ev.score.after))], [muted(change(ev.score, lang, score))]]]
    if ev.levels:
        cells.append([[bold(score(ev.level.after))], [muted(change(ev.level, lang, score))]])
    now = [_chip(ev.band_after[1]), bold(ev.band_after[0])] if ev.band_after else [bold("—")]
    cells.append([now, [muted(i18n.tr("before_value", lang, value=ev.band_before[0] if ev.band_before else "—"))]])
    cells.append([[bold(percent(ev.coverage.after))], [muted(change(ev.coverage, lang, percent, unit="points"))]])
    w.table(head, [cells])
    items = [ChartItem(r.title, r.after, None, r.color, before=r.before) for r in ev.radar]
    if len(items) >= 3:
        w.paragraph(i18n.tr("evolution_chart", lang), "Small")
        w.picture(radar_png(items, lang, w.accent, evolution=True), PAGE_WIDTH_CM * 0.9, alt_text(items, lang, "alt_evolution"))
    elif items:
        w.paragraph(i18n.tr("evolution_bars", lang), "Small")
        w.picture(bars_png(items, lang, w.accent), PAGE_WIDTH_CM * 0.85, alt_text(items, lang, "alt_evolution"))
    w.heading(i18n.tr("section_scores", lang), 2)
    rows, top = [], []
    for s in ev.sections:
        delta = s.score.delta
        if s.depth == 0:
            top.append(len(rows))
        rows.append([[Run("    " * s.depth + s.title, bold=s.depth == 0)], [muted(i18n.score(s.score.before, lang))],
                     i18n.score(s.score.after, lang), [Run(i18n.signed(delta, lang), color=(RISE if delta > 0 else FALL) if delta else None)]])
    w.table([i18n.tr(k, lang) for k in ("col_section", "then", "now", "change")], rows, [None, 1.9, 1.9, 1.9], panel_rows=top)
    w.heading(i18n.tr("moves", lang), 2)
    if not ev.moves:
        w.paragraph(i18n.tr("no_moves", lang), "Muted")
    for move in ev.moves:
        _question_title(w, question_label(a.questionnaire, move.question_id), move.text)
        for name, shown, level, value in (("then", move.before, move.level_before, move.score.before),
                                          ("now", move.after, move.level_after, move.score.after)):
            lead = muted(i18n.tr(name, lang) + i18n.colon(lang))
            if shown is None:
                w.paragraph([lead, muted(i18n.tr("no_answer", lang))])
            elif move.free_text:
                for n, piece in enumerate(chunks(shown) or [""]):
                    w.paragraph([lead, Run(piece)] if n == 0 else piece)
            else:
                extra = [i18n.tr("level_n", lang, level=level)] if level is not None else []
                if value is not None:
                    extra.append(i18n.tr("score_short", lang, score=i18n.score(value, lang)))
                w.paragraph([lead, bold(shown), *([muted(" · " + " · ".join(extra))] if extra else [])])
    w.heading(i18n.tr("completed_between", lang), 2)
    if not ev.actions:
        w.paragraph(i18n.tr("no_completed", lang), "Muted")
    for action in ev.actions:
        detail = completed_detail(action, lang)
        w.bullet([Run("✓ "), bold(action.title), *([muted(" — " + " · ".join(detail))] if detail else [])])


# -- the workshop ------------------------------------------------------------------------------


def workshop(w: DocxWriter, a: AssessmentData, data: ReportData) -> None:
    ws = a.extras.workshop
    lang = data.lang
    if ws is None:  # a workshop whose consensus alone was recorded: who attended, and when
        if a.extras.attendees or a.extras.sessions:
            w.heading(i18n.tr("workshop", lang), 1)
            attendance(w, a.extras, lang)
        return
    w.heading(i18n.tr("workshop", lang), 1)
    w.paragraph(i18n.tr("workshop_intro", lang), "Muted")
    attendance(w, a.extras, lang)
    w.heading(i18n.tr("respondents", lang), 2)
    rows = [[[bold(p.name)], p.role[:1].upper() + p.role[1:], str(p.answers)] for p in ws.respondents]
    w.table([i18n.tr(h, lang) for h in ("col_name", "col_role", "col_answers_given")], rows, [None, 4.2, 3.0])
    w.heading(i18n.tr("divergent_questions", lang), 2)
    if ws.divergent:
        w.paragraph(i18n.tr("divergent_intro", lang, compared=ws.compared, count=len(ws.divergent)), "Muted")
    else:
        w.paragraph(i18n.tr("no_divergence", lang), "Muted")
    for q in ws.divergent:
        _question_title(w, question_label(a.questionnaire, q.question_id), q.text)
        w.paragraph([Run(f"{q.section} · "), bold(i18n.tr("spread_of", lang, spread=q.spread))], "Small")
        for answer in q.answers:
            extra = answer_extras(answer.level, answer.role, lang)
            w.paragraph([muted(answer.name + i18n.colon(lang)), bold(answer.answer), *([muted(" · " + " · ".join(extra))] if extra else [])])
        lead = muted(i18n.tr("suggested", lang) + i18n.colon(lang))
        if q.suggestion is not None:
            basis = {"median": "basis_median", "majority": "basis_majority"}.get(q.basis)
            w.paragraph([lead, bold(q.suggestion), *([muted(" · " + i18n.tr(basis, lang))] if basis else [])])
        else:
            w.paragraph([lead, muted(i18n.tr("no_suggestion", lang))])
        kept = [bold(q.kept)] if q.kept is not None else [muted(i18n.tr("not_settled", lang))]
        w.paragraph([muted(i18n.tr("kept", lang) + i18n.colon(lang)), *kept])
        for answer in q.answers:
            pieces = chunks(answer.note)
            if not pieces:
                continue
            w.paragraph([muted(i18n.tr("respondent_note", lang, name=answer.name) + i18n.colon(lang)), Run(pieces[0])])
            for piece in pieces[1:]:
                w.paragraph(piece)


# -- details by section ----------------------------------------------------------------------------


def section_details(w: DocxWriter, a: AssessmentData, data: ReportData) -> None:
    w.heading(i18n.tr("details", data.lang), 1)
    for section in a.questionnaire.sections:
        _section(w, a, section, 0, data.lang, data)


def _section(w: DocxWriter, a: AssessmentData, section: Section, depth: int, lang: str, data: ReportData) -> None:
    result = a.result.section(section.id)
    w.heading(section.title.get(lang), 2 + depth)
    if result.counts.any_scored_question:
        w.paragraph([Run(text, strong, hex_code) for text, strong, hex_code in figures_pieces(a, result, lang)], "Small")
    else:
        w.paragraph(i18n.tr("not_scored", lang).capitalize(), "Small")
    if section.description and depth == 0:
        w.paragraph(section.description.get(lang), "Muted")
    commentary(w, data.commentary_at(a.record.id, section.id), lang)
    scored_children = [c for c in (a.result.section(c.id) for c in section.sections) if c.counts.any_scored_question]
    if depth == 0 and len(scored_children) >= 2:
        colors_by_band = band_colors(a.questionnaire)
        items = [ChartItem(c.title.get(lang), c.score, c.target, colors_by_band.get(c.band_id) if c.band_id else None) for c in scored_children]
        _charts(w, items, lang, radar=False)
    hidden = 0
    for question in section.questions:
        view = answer_view(a, question, lang)
        if view.status == "hidden":
            hidden += 1
            continue
        _question_title(w, question_label(a.questionnaire, question.id), question.text.get(lang))
        _answer(w, view, lang)
    if hidden:
        w.paragraph(i18n.tr_count("hidden_questions", lang, hidden), "Small")
    for child in section.sections:
        _section(w, a, child, depth + 1, lang, data)


def _question_title(w: DocxWriter, label: str, text: str) -> None:
    w.paragraph([Run(f"{label} ", color="#8a96a3"), bold(text)] if label else [bold(text)])


def _answer(w: DocxWriter, view: AnswerView, lang: str) -> None:
    """The answer's rows (answer, level reached, next level), then a free-text answer and the note as paragraphs."""
    def row(name: str, *runs: Run) -> None:
        w.paragraph([muted(i18n.tr(name, lang) + i18n.colon(lang)), *runs])

    if view.free_text:
        w.paragraph([bold(i18n.tr("answer", lang))], "Small")
        for piece in chunks(view.answer):
            w.paragraph(piece)
    elif view.status == "unanswered":
        row("answer", muted(i18n.tr("no_answer", lang)))
    elif view.status in ("na", "dk"):
        row("answer", bold(view.answer))
    elif view.checklist:
        if view.score is not None:
            row("answer", Run(i18n.tr("score_short", lang, score=i18n.score(view.score, lang))))
        if view.negative:
            row("found_items", Run(i18n.list_separator(lang).join(f"● {i}" for i in view.ticked) or i18n.tr("none_found", lang)))
        else:
            if view.ticked:
                row("good_items", Run(" ".join(f"✓ {i}" for i in view.ticked)))
            if view.unticked:
                row("bad_items", Run(" ".join(f"✗ {i}" for i in view.unticked)))
    else:
        score = [muted(" · " + i18n.tr("score_short", lang, score=i18n.score(view.score, lang)))] if view.score is not None else []
        row("answer", bold(view.answer), *score)
        if view.reached:
            row("reached", Run(view.reached))
        if view.top:
            row("next_level", muted(i18n.tr("top_reached", lang)))
        elif view.next_label:
            row("next_level", bold(view.next_label), *([Run(f" — {view.next_text}")] if view.next_text else []))
    pieces = chunks(view.note) if view.note else []
    for n, piece in enumerate(pieces):
        w.paragraph([muted(i18n.tr("note", lang) + i18n.colon(lang)), Run(piece)] if n == 0 else piece, "Muted")
