"""Appendices: the scoring method generated from each questionnaire snapshot, and every answer."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from bodiag.domain import i18n
from bodiag.domain.model import DontKnowPolicy, UnansweredPolicy
from bodiag.domain.scoring import profile_factor
from bodiag.domain.vocabulary import STATUS, label
from bodiag.report.data import AssessmentData, ReportData, answer_view, band_colors, question_label
from bodiag.report.document import Outline, fit, keep_tail
from bodiag.report.fonts import FONTS
from bodiag.report.markup import esc, truncate
from bodiag.report.styles import FRAME_WIDTH, MUTED, Para, Styles, hex_of, rich, ruled_rows, run_in, styled_table
from bodiag.report.summary import chip
from bodiag.report.texts import capitalised, credits_text, weighted_questions

RESPONDENT_WIDTH = 2.7 * cm
LONG_ANSWER = 400  # characters: a longer free-text answer is given in full in the section part only


def _table(rows: list[list], widths: list[float], commands: tuple = ()) -> Table:
    return styled_table(rows, [("VALIGN", (0, 0), (-1, -1), "TOP"), *ruled_rows(top=2.5, bottom=3), *commands], colWidths=widths, repeatRows=1)


def method_intro(data: ReportData, styles: Styles) -> list[Flowable]:
    """What every questionnaire shares: how a question, a section and the coverage are computed."""
    lang = data.lang
    lines = [
        i18n.tr("method_question", lang),
        i18n.tr("method_formula", lang),
        i18n.tr("method_na", lang),
        i18n.tr("method_coverage", lang),
    ]
    return [rich(esc(i18n.tr("method_intro", lang)), styles.body_muted)] + [
        Para(esc(line), styles.bullet, bulletText="•") for line in lines
    ]


def method(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline, number: int) -> list[Flowable]:
    """What this questionnaire's snapshot says: don't-know policy, levels, target, bands, weights, source."""
    lang = data.lang
    q = a.questionnaire
    story: list[Flowable] = [outline.heading(f"{number}. {q.title.get(lang)}", 1, style=styles.h2)]
    lines = [i18n.tr("method_dk_lowest" if q.dont_know == DontKnowPolicy.LOWEST else "method_dk_exclude", lang)]
    if q.levels:
        lines.append(i18n.tr("method_levels", lang, lowest=q.lowest_level, levels=q.top_level, steps=q.levels - 1))
    if q.unanswered == UnansweredPolicy.LOWEST:
        lines.append(i18n.tr("method_unanswered_lowest", lang))
    lines.append(i18n.tr("method_target", lang, target=i18n.plain(a.result.target, lang)))
    story += [Para(esc(line), styles.bullet, bulletText="•") for line in lines]

    story.append(rich(f"<b>{esc(i18n.tr('method_bands', lang))}</b>", styles.h3))
    colors_by_band = band_colors(q)
    rows = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in ("col_band", "col_score", "why")]]
    for band in q.bands:
        rows.append([
            rich(f"{chip(colors_by_band.get(band.id))} <b>{esc(band.label.get(lang))}</b>", styles.cell),
            rich(esc(i18n.tr("band_range", lang, min=i18n.plain(band.min, lang), max=i18n.plain(band.max, lang))), styles.cell),
            rich(esc(band.meaning.get(lang)) if band.meaning else "", styles.cell_muted),
        ])
    story += [_table(rows, [3.2 * cm, 2.3 * cm, FRAME_WIDTH - 5.5 * cm]),
              rich(esc(i18n.tr("method_bands_legend", lang)), styles.small_muted)]

    weights: list[Flowable] = [rich(f"<b>{esc(i18n.tr('method_weights', lang))}</b>", styles.h3)]
    profile = data.organisation.profile
    rows = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in ("col_section", "col_base_weight", "col_profile_factor", "col_effective_weight")]]
    for section in q.sections:
        factor = profile_factor(section.weight_by_profile, profile)
        scored = a.result.section(section.id).counts.any_scored_question
        used = f"<b>{esc(i18n.plain(section.weight * factor, lang))}</b>" if scored else esc(i18n.tr("not_scored", lang))
        rows.append([
            rich(esc(section.title.get(lang)), styles.cell),
            rich(esc(i18n.plain(section.weight, lang)), styles.cell_right),
            rich(esc(i18n.plain(factor, lang)), styles.cell_right),
            rich(used, styles.cell_right),
        ])
    weights.append(_table(rows, [FRAME_WIDTH - 7.2 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm]))
    weighted = weighted_questions(a, lang)
    if weighted:
        weights.append(Spacer(1, 4))
        weights.append(rich(esc(i18n.tr("weighted_questions", lang, items=", ".join(weighted))), styles.small_muted))
    source = q.source
    weights.append(Spacer(1, 4))
    # the source's reference names files of the questionnaire's authors: the reader gets its title, link and licence
    where = f" ({source.url})" if source.url and source.url.startswith(("https://", "http://")) else ""
    weights.append(rich(esc(i18n.tr("source", lang, title=source.title.get(lang), where=where, license=q.license)), styles.small_muted))
    if q.license_note:
        weights.append(rich(esc(q.license_note.get(lang)), styles.small_muted))
    if (credited := credits_text(q, lang)) is not None:
        weights.append(rich(esc(credited), styles.small_muted))
    story.append(KeepTogether(weights))  # the table, its notes and the source stay on one page
    return story


def full_answers(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline, number: int) -> list[Flowable]:
    lang = data.lang
    q = a.questionnaire
    story: list[Flowable] = [
        outline.heading(f"{number}. {q.title.get(lang)}", 1, style=styles.h2),
        rich(esc(f"{i18n.tr('answers_intro', lang)} {capitalised(i18n.tr('assessment_named', lang, title=a.record.title))}."), styles.small_muted),
    ]
    head = ["col_question", "answer", "col_score", "col_respondent"]
    rows: list[list] = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in head]]
    muted = hex_of(MUTED)
    keep: list[tuple] = []
    for section in q.walk_sections():
        if not section.questions:
            continue
        keep.append(("NOSPLIT", (0, len(rows)), (-1, len(rows) + 1)))  # a section's name stays with its first question
        keep.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        rows.append([rich(f"<b>{esc(section.title.get(lang))}</b>", styles.cell), "", "", ""])
        for question in section.questions:
            view = answer_view(a, question, lang)
            if view.status == "unanswered":
                answer = f"<font color='{muted}'>{esc(i18n.tr('no_answer', lang))}</font>"
            elif view.status == "hidden":
                answer = f"<font color='{muted}'>{esc(label(STATUS, view.status, lang))}</font>"
            elif view.free_text and len(view.answer) > LONG_ANSWER:
                answer = esc(truncate(view.answer, 200)) + f" <font color='{muted}'>{esc(i18n.tr('long_text_elsewhere', lang, count=len(view.answer)))}</font>"
            else:
                answer = esc(view.answer)
            rows.append([
                _question_cell(question_label(q, question.id), question.text.get(lang), styles),
                rich(answer, styles.cell),
                i18n.score(view.score, lang) if view.score is not None else "",
                fit(view.respondent, FONTS.condensed, styles.cell.fontSize, RESPONDENT_WIDTH - 6) or "—",
            ])
    story.append(_table(rows, [FRAME_WIDTH - 9.6 * cm, 5.6 * cm, 1.3 * cm, RESPONDENT_WIDTH],
                        (*keep, keep_tail(len(rows)), ("ALIGN", (2, 1), (2, -1), "RIGHT"), ("TEXTCOLOR", (3, 1), (3, -1), MUTED))))
    return story


def _question_cell(label: str, text: str, styles: Styles) -> Flowable:
    """The question led by its number in a muted run-in: a one-face paragraph lays out faster than one of two colours."""
    if not label:
        return rich(esc(text), styles.cell)
    return run_in(f"{label} ", styles.cell.fontName, MUTED, esc(text), styles.cell)
