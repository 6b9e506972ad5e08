"""The whole report, in reading order, from a :class:`ReportData` to PDF bytes.

Cover · the board note (when the report covers the whole document) · contents ·
overview · the plan directeur · one part per assessment (summary, results by
section, the evolution since an earlier assessment and the workshop when there
are, details by section, action plan and KPIs) · appendices (scoring method,
full answers).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from bodiag.domain import i18n
from bodiag.report.appendix import full_answers, method, method_intro
from bodiag.report.cover import board_masthead, cover, verification
from bodiag.report.deliverable import commentary, signatures
from bodiag.report.data import ReportData
from bodiag.report.document import Outline, build_pdf, contents, new_page, room
from bodiag.report.evolution import evolution
from bodiag.report.legend import band_legend
from bodiag.report.markup import esc, truncate
from bodiag.report.master_plan import board_note, plan_part
from bodiag.report.plan import action_plan, recorded_actions
from bodiag.report.sections import section_details
from bodiag.report.styles import FRAME_WIDTH, Styles, make_styles, rich, ruled_rows, styled_table
from bodiag.report.summary import chipped, executive_summary, provisional_line, results_by_section
from bodiag.report.texts import band_label
from bodiag.report.workshop import workshop

ProgressCallback = Callable[[int, int, str], None]  # (done, total, what)


def compose(data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    lang = data.lang
    if data.options.shows == "board" and data.plan is not None:  # the note alone, under a masthead: what a board reads
        return board_masthead(data, styles) + board_note(data.plan, data, styles, outline)
    story: list[Flowable] = cover(data, styles)
    story += new_page("body")
    if data.plan is not None:  # the board note comes first: one or two pages a director forwards as they are
        story += board_note(data.plan, data, styles, outline)
        story += new_page()
    if data.options.shows == "plan" and data.plan is not None:  # a few pages: no contents, the bookmarks suffice
        return story + commentary(data.commentary_at(), lang, styles) + plan_part(data.plan, data, styles, outline) + closing(data, styles)
    contents_heading = outline.heading(i18n.tr("contents", lang), 0, contents=False, running=i18n.tr("contents", lang))
    overview = _overview(data, styles, outline)
    parts: list[Flowable] = []
    if data.plan is not None:
        parts += new_page()
        parts += plan_part(data.plan, data, styles, outline)
    for number, a in enumerate(data.assessments, start=1):
        parts += new_page()
        parts += executive_summary(a, number, data, styles, outline)
        parts += commentary(data.commentary_at(a.record.id), lang, styles)
        parts += new_page()  # the summary is a page of its own
        parts += results_by_section(a, data, styles, outline)
        for extra in (evolution(a, data, styles, outline), workshop(a, data, styles, outline)):
            if extra:  # only for an assessment re-assessed, or answered in a workshop
                parts += [room()] + extra
        parts += [room()]
        parts += section_details(a, data, styles, outline)
        parts += [room()]
        parts += action_plan(a, data, styles, outline)
    if data.document_extras.actions:  # recorded for no assessment in particular
        title = i18n.tr("document_actions", lang)
        parts += new_page()
        parts += [
            outline.heading(title, 0, running=title),
            rich(esc(i18n.tr("document_actions_intro", lang, date=i18n.date(data.date, lang))), styles.intro),
            *recorded_actions(data.document_extras.actions, data, styles),
        ]
    appendices: list[Flowable] = []
    appendices += new_page()
    appendices.append(outline.heading(f"{i18n.tr('appendix', lang, n='A')} — {i18n.tr('method', lang)}", 0, running=i18n.tr("method", lang)))
    appendices += method_intro(data, styles)
    for number, a in enumerate(data.assessments, start=1):
        appendices += method(a, data, styles, outline, number)
    appendices += new_page()
    appendices.append(outline.heading(f"{i18n.tr('appendix', lang, n='B')} — {i18n.tr('answers_appendix', lang)}", 0, running=i18n.tr("answers_appendix", lang)))
    for number, a in enumerate(data.assessments, start=1):
        appendices += full_answers(a, data, styles, outline, number)
    # the contents come first but list every heading: they are made once all headings exist
    story += [contents_heading, Spacer(1, 6), *contents(outline, styles)]
    story += new_page()
    story += overview
    return story + parts + appendices + closing(data, styles)


def closing(data: ReportData, styles: Styles) -> list[Flowable]:
    """The report's last words: who signs it, and how to check it was made from the document as it is."""
    # kept in one piece: the check never ends the report alone on a page of its own
    return [Spacer(1, 0.8 * cm), KeepTogether([*signatures(data, styles), *verification(data, styles)])]


def _overview(data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [outline.heading(i18n.tr("overview", lang), 0, running=i18n.tr("overview", lang))]
    count = len(data.assessments)
    story.append(rich(esc(i18n.tr("overview_intro", lang, count=count) if count > 1 else i18n.tr("overview_single", lang)), styles.lead))
    story += commentary(data.commentary_at(), lang, styles)
    if data.assessments:
        head = ["col_questionnaire", "col_score", "col_band", "col_coverage", "col_verdict"]
        rows: list[list] = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in head]]
        for number, a in enumerate(data.assessments, start=1):
            r = a.result
            label, hex_code = band_label(a, r.score, lang)
            verdict = r.verdict.as_dict(lang)["label"] if r.verdict else "—"
            rows.append([
                [rich(f"<b>{number}. {esc(a.questionnaire.title.get(lang))}</b>", styles.cell),
                 rich(esc(truncate(a.record.title, 300)) + (provisional_line(r.counts, lang) if r.score is not None else ""), styles.cell_muted)],
                rich(f"<b>{esc(i18n.score(r.score, lang))}</b>", styles.cell_right),
                rich(chipped(hex_code, label) if r.score is not None else "—", styles.cell),
                rich(esc(i18n.percent(r.coverage, lang)), styles.cell_right),
                rich(esc(verdict), styles.cell),
            ])
        widths = [1.4 * cm, 3.0 * cm, 2.1 * cm, 3.0 * cm]
        table = styled_table(rows, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *ruled_rows(top=4, bottom=5),
        ], colWidths=[FRAME_WIDTH - sum(widths), *widths], repeatRows=1)
        story += [Spacer(1, 4), table]
        first = data.assessments[0]
        band = first.questionnaire.bands[len(first.questionnaire.bands) // 2].label.get(lang)
        levels = i18n.tr("levels_hint", lang) if any(a.questionnaire.levels for a in data.assessments) else ""
        story += [
            Spacer(1, 10),
            rich(f"<b>{esc(i18n.tr('how_to_read', lang))}</b>", styles.h3),
            rich(esc(i18n.tr("how_to_read_text", lang, levels=levels, band=band)), styles.body),
            *band_legend(data, styles),
        ]
    return story


@dataclass(frozen=True)
class RenderedReport:
    pdf: bytes
    pages: int
    headings: list[tuple[str, int, int]]  # (text, outline level, page) in reading order


def render(data: ReportData, progress: ProgressCallback | None = None) -> RenderedReport:
    """The report as PDF bytes; ``progress(done, total, what)`` is told how far the work is (total 100)."""
    lang = data.lang
    reporter = _Reporter(progress, lang)
    reporter.step(2, i18n.tr("progress_compose", lang))
    styles = make_styles(data.options.accent)
    outline = Outline(styles)
    story = compose(data, styles, outline)
    reporter.step(10, i18n.tr("progress_compose", lang))
    out = io.BytesIO()
    doc = build_pdf(out, data, story, outline, reporter.layout)
    reporter.step(96, i18n.tr("progress_write", lang))
    headings = [(e.text, e.level, doc.pages_of[e.key]) for e in outline.entries if e.key in doc.pages_of]
    return RenderedReport(out.getvalue(), doc.total_pages, headings)


class _Reporter:
    """Turns reportlab's layout events into ``progress(done, 100, what)`` calls, never going backwards."""

    LAYOUT = (10, 95)

    def __init__(self, progress: ProgressCallback | None, lang: str):
        self.progress = progress
        self.lang = lang
        self.done = -1
        self.size = 1
        self.page = 1

    def step(self, done: int, what: str) -> None:
        if self.progress is not None and done > self.done:
            self.done = done
            self.progress(done, 100, what)

    def layout(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PAGE":
            self.page = value
        elif kind == "PROGRESS":
            start, end = self.LAYOUT
            self.step(start + (end - start) * min(value, self.size) // self.size, i18n.tr("progress_layout", self.lang, page=self.page))
