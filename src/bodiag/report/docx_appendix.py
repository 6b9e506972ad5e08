"""The Word copy's appendices: the scoring method of each questionnaire snapshot, and every answer.

The same content as :mod:`bodiag.report.appendix` prints in the PDF.
"""

from __future__ import annotations

from bodiag.domain import i18n
from bodiag.domain.model import DontKnowPolicy, UnansweredPolicy
from bodiag.domain.scoring import profile_factor
from bodiag.domain.vocabulary import STATUS, label
from bodiag.report.appendix import LONG_ANSWER
from bodiag.report.data import AssessmentData, ReportData, answer_view, band_colors, question_label
from bodiag.report.docx_writer import DocxWriter, Run, bold, muted
from bodiag.report.markup import truncate
from bodiag.report.texts import capitalised, credits_text, weighted_questions


def method_intro(w: DocxWriter, data: ReportData) -> None:
    lang = data.lang
    w.paragraph(i18n.tr("method_intro", lang), "Muted")
    for key in ("method_question", "method_formula", "method_na", "method_coverage"):
        w.bullet(i18n.tr(key, lang))


def method(w: DocxWriter, a: AssessmentData, data: ReportData, number: int) -> None:
    lang, q = data.lang, a.questionnaire
    w.heading(f"{number}. {q.title.get(lang)}", 1)
    w.bullet(i18n.tr("method_dk_lowest" if q.dont_know == DontKnowPolicy.LOWEST else "method_dk_exclude", lang))
    if q.levels:
        w.bullet(i18n.tr("method_levels", lang, lowest=q.lowest_level, levels=q.top_level, steps=q.levels - 1))
    if q.unanswered == UnansweredPolicy.LOWEST:
        w.bullet(i18n.tr("method_unanswered_lowest", lang))
    w.bullet(i18n.tr("method_target", lang, target=i18n.plain(a.result.target, lang)))
    w.paragraph([bold(i18n.tr("method_bands", lang))])
    colors_by_band = band_colors(q)
    rows = [[[Run("■ ", color=colors_by_band.get(band.id)), bold(band.label.get(lang))],
             i18n.tr("band_range", lang, min=i18n.plain(band.min, lang), max=i18n.plain(band.max, lang)),
             [muted(band.meaning.get(lang))] if band.meaning else ""] for band in q.bands]
    w.table([i18n.tr(h, lang) for h in ("col_band", "col_score", "why")], rows, [3.2, 2.3, None])
    w.paragraph([bold(i18n.tr("method_weights", lang))])
    profile = data.organisation.profile
    rows = []
    for section in q.sections:
        factor = profile_factor(section.weight_by_profile, profile)
        scored = a.result.section(section.id).counts.any_scored_question
        rows.append([section.title.get(lang), i18n.plain(section.weight, lang), i18n.plain(factor, lang),
                     [bold(i18n.plain(section.weight * factor, lang))] if scored else i18n.tr("not_scored", lang)])
    w.table([i18n.tr(h, lang) for h in ("col_section", "col_base_weight", "col_profile_factor", "col_effective_weight")], rows,
            [None, 2.4, 2.4, 2.4])
    weighted = weighted_questions(a, lang)
    if weighted:
        w.paragraph(i18n.tr("weighted_questions", lang, items=", ".join(weighted)), "Small")
    source = q.source
    where = f" ({source.url})" if source.url and source.url.startswith(("https://", "http://")) else ""
    w.paragraph(i18n.tr("source", lang, title=source.title.get(lang), where=where, license=q.license), "Small")
    if q.license_note:
        w.paragraph(q.license_note.get(lang), "Small")
    if (credited := credits_text(q, lang)) is not None:
        w.paragraph(credited, "Small")


def full_answers(w: DocxWriter, a: AssessmentData, data: ReportData, number: int) -> None:
    lang, q = data.lang, a.questionnaire
    w.heading(f"{number}. {q.title.get(lang)}", 1)
    w.paragraph(f"{i18n.tr('answers_intro', lang)} {capitalised(i18n.tr('assessment_named', lang, title=a.record.title))}.", "Small")
    rows, sections = [], []
    for section in q.walk_sections():
        if not section.questions:
            continue
        sections.append(len(rows))
        rows.append([[bold(section.title.get(lang))], "", "", ""])
        for question in section.questions:
            view = answer_view(a, question, lang)
            if view.status == "unanswered":
                answer = [muted(i18n.tr("no_answer", lang))]
            elif view.status == "hidden":
                answer = [muted(label(STATUS, view.status, lang))]
            elif view.free_text and len(view.answer) > LONG_ANSWER:
                answer = [Run(truncate(view.answer, 200)), muted(" " + i18n.tr("long_text_elsewhere", lang, count=len(view.answer)))]
            else:
                answer = [Run(view.answer)]
            number_label = question_label(q, question.id)
            rows.append([[muted(f"{number_label} ") if number_label else Run(""), Run(question.text.get(lang))], answer,
                         i18n.score(view.score, lang) if view.score is not None else "", [muted(view.respondent or "—")]])
    w.table([i18n.tr(h, lang) for h in ("col_question", "answer", "col_score", "col_respondent")], rows, [None, 5.6, 1.3, 2.7],
            panel_rows=sections, merged_rows=sections)
