"""The editable Word copy of the report, in the PDF's reading order (:mod:`bodiag.report.compose`).

It renders the same :class:`~bodiag.domain.report_content.ReportData` as the
PDF: cover · the board note · contents · overview · the plan directeur · one
part per assessment · the actions recorded for no assessment · appendices. The
headings are those of the PDF's outline, in the same order and at the same
levels, as Word headings.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.shared import Cm

from bodiag.domain import i18n
from bodiag.domain.profile import PROFILE_FIELDS
from bodiag.report.cover import masthead_line, notices
from bodiag.report.data import ReportData, provisional
from bodiag.report.docx_appendix import full_answers, method, method_intro
from bodiag.report.docx_assessment import evolution, executive_summary, results_by_section, section_details, workshop
from bodiag.report.docx_plan import action_plan, board_note, plan_part, recorded_actions
from bodiag.domain.fingerprint import marked
from bodiag.report.deliverable import status_line
from bodiag.report.docx_governance import commentary, fingerprint_line, signatures, verification
from bodiag.report.docx_writer import DEFAULT_ACCENT, DocxWriter, Run, bold, muted
from bodiag.report.markup import truncate
from bodiag.report.texts import band_label

LOGO_WIDTH_CM = 6.0


@dataclass(frozen=True)
class RenderedDocx:
    docx: bytes
    headings: list[tuple[str, int]]  # (text, outline level) in reading order, as the PDF's outline
    tables: int
    pictures: int


def render_docx(data: ReportData) -> RenderedDocx:
    lang = data.lang
    w = DocxWriter(lang, data.options.accent or DEFAULT_ACCENT)
    titles = ", ".join(a.questionnaire.title.get(lang) for a in data.assessments)
    org = data.organisation.name
    w.properties(title=f"{i18n.tr('report_title', lang)} — {org}", author=", ".join(data.assessors) or org,
                 subject=i18n.tr("meta_subject", lang, titles=titles),
                 keywords=i18n.tr("meta_keywords", lang) + (f", {marked(data.fingerprint)}" if data.fingerprint else ""))
    w.footer(f"{org} · {i18n.date(data.date, lang)} · {status_line(data.sign_off, data)}", i18n.tr("page_of", lang, page="{page}", total="{total}"),
             cover=data.options.shows != "board")
    compose(w, data)
    return RenderedDocx(w.save(), list(w.headings), w.tables, w.pictures)


def compose(w: DocxWriter, data: ReportData) -> None:
    lang = data.lang
    if data.options.shows == "board" and data.plan is not None:
        masthead(w, data)
        board_note(w, data.plan, data)
        return
    cover(w, data)
    w.page_break()
    if data.plan is not None:
        board_note(w, data.plan, data)
        w.page_break()
    if data.options.shows == "plan" and data.plan is not None:
        commentary(w, data.commentary_at(), lang)
        plan_part(w, data.plan, data)
        closing(w, data)
        return
    w.contents(i18n.tr("contents", lang))
    w.page_break()
    overview(w, data)
    if data.plan is not None:
        w.page_break()
        plan_part(w, data.plan, data)
    for number, a in enumerate(data.assessments, start=1):
        w.page_break()
        executive_summary(w, a, number, data)
        commentary(w, data.commentary_at(a.record.id), lang)
        w.page_break()
        results_by_section(w, a, data)
        evolution(w, a, data)
        workshop(w, a, data)
        section_details(w, a, data)
        action_plan(w, a, data)
    if data.document_extras.actions:
        w.page_break()
        w.heading(i18n.tr("document_actions", lang), 0)
        w.paragraph(i18n.tr("document_actions_intro", lang, date=i18n.date(data.date, lang)), "Muted")
        recorded_actions(w, data.document_extras.actions, data)
    w.page_break()
    w.heading(f"{i18n.tr('appendix', lang, n='A')} — {i18n.tr('method', lang)}", 0)
    method_intro(w, data)
    for number, a in enumerate(data.assessments, start=1):
        method(w, a, data, number)
    w.page_break()
    w.heading(f"{i18n.tr('appendix', lang, n='B')} — {i18n.tr('answers_appendix', lang)}", 0)
    for number, a in enumerate(data.assessments, start=1):
        full_answers(w, a, data, number)
    closing(w, data)


def closing(w: DocxWriter, data: ReportData) -> None:
    """The last words, as the PDF's: who signs, and how to check the report against its document."""
    signatures(w, data)
    verification(w, data)


def masthead(w: DocxWriter, data: ReportData) -> None:
    """Above the board note handed out alone: the report's name, the organisation, the date and the assessor."""
    lang = data.lang
    if data.options.logo is not None:
        w.doc.add_paragraph().add_run().add_picture(str(data.options.logo), width=Cm(LOGO_WIDTH_CM / 2))
    w.paragraph([Run(i18n.tr("report_title", lang).upper(), bold=True, color=w.accent)], "Small")
    w.paragraph([bold(data.organisation.name)], "Lead")
    w.paragraph(masthead_line(data), "Small")
    for notice in notices(data):
        w.paragraph(notice, "Small")


def cover(w: DocxWriter, data: ReportData) -> None:
    lang, org = data.lang, data.organisation
    if data.options.logo is not None:
        w.doc.add_paragraph().add_run().add_picture(str(data.options.logo), width=Cm(LOGO_WIDTH_CM))
    w.paragraph([Run(i18n.tr("report_title", lang).upper(), bold=True, color=w.accent)], "Small")
    w.title(org.name)
    if org.sector:
        w.paragraph(org.sector, "Lead")
    profile = [f"{field.label.get(lang)}{i18n.colon(lang)}{field.choice_label(getattr(org, field.id), lang)}"
               for field in PROFILE_FIELDS.values() if getattr(org, field.id)]
    if profile:
        w.paragraph(" · ".join(profile), "Small")
    w.paragraph([bold(i18n.date(data.date, lang))], "Lead")
    if data.assessors:
        w.paragraph(i18n.tr("assessed_by", lang, name=", ".join(data.assessors)))
    w.paragraph([bold(status_line(data.sign_off, data))])
    if data.options.firm:
        w.paragraph(i18n.tr("prepared_by", lang, name=data.options.firm))
    w.paragraph([bold(i18n.tr("questionnaires", lang))], "Small")
    for index, a in enumerate(data.assessments, start=1):
        q = a.questionnaire
        w.paragraph([Run(f"{index}  ", bold=True, color=w.accent), bold(q.title.get(lang))])
        w.paragraph(f"{i18n.tr('version', lang, version=q.version)} · {i18n.tr('assessment_named', lang, title=a.record.title)}", "Small")
    signatures(w, data)
    for n, notice in enumerate(notices(data)):
        w.paragraph([bold(notice)] if n == 0 else notice, "Small")
    w.paragraph(i18n.tr("generated_by", lang, version=data.version), "Small")
    if data.fingerprint:
        w.paragraph(fingerprint_line(data), "Small")


def overview(w: DocxWriter, data: ReportData) -> None:
    lang = data.lang
    w.heading(i18n.tr("overview", lang), 0)
    count = len(data.assessments)
    w.paragraph(i18n.tr("overview_intro", lang, count=count) if count > 1 else i18n.tr("overview_single", lang), "Lead")
    commentary(w, data.commentary_at(), lang)
    if not data.assessments:
        return
    rows = []
    for number, a in enumerate(data.assessments, start=1):
        r = a.result
        label, hex_code = band_label(a, r.score, lang)
        note = provisional(r.counts, lang) if r.score is not None else None
        rows.append([
            [[bold(f"{number}. {a.questionnaire.title.get(lang)}")], [muted(truncate(a.record.title, 300))], *([[muted(note)]] if note else [])],
            [bold(i18n.score(r.score, lang))],
            [Run("■ ", color=hex_code or w.accent), Run(label)] if r.score is not None else "—",
            i18n.percent(r.coverage, lang),
            r.verdict.as_dict(lang)["label"] if r.verdict else "—",
        ])
    w.table([i18n.tr(h, lang) for h in ("col_questionnaire", "col_score", "col_band", "col_coverage", "col_verdict")], rows,
            [None, 1.4, 3.0, 1.9, 3.2])
    first = data.assessments[0]
    band = first.questionnaire.bands[len(first.questionnaire.bands) // 2].label.get(lang)
    levels = i18n.tr("levels_hint", lang) if any(a.questionnaire.levels for a in data.assessments) else ""
    w.paragraph([bold(i18n.tr("how_to_read", lang))])
    w.paragraph(i18n.tr("how_to_read_text", lang, levels=levels, band=band))
