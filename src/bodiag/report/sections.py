"""One part per section: its figures, then each question with its answer, the level reached, the next level and the note.

Questionnaire texts sit in small two-column tables; what a user typed (notes,
free-text answers) always flows in paragraphs below them, so a text of any
length splits across pages instead of overflowing a table cell.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from bodiag.domain import i18n
from bodiag.domain.model import Question, Section
from bodiag.report.charts import ChartItem, SectionBars
from bodiag.report.data import AnswerView, AssessmentData, ReportData, answer_view, band_colors, question_label
from bodiag.report.deliverable import commentary
from bodiag.report.document import Outline
from bodiag.report.lines import OneLine, Runs
from bodiag.report.markup import chunks, esc
from bodiag.report.styles import BODY_SIZE, FAINT, MUTED, RULE, Para, Styles, hex_of, rich, run_in
from bodiag.report.summary import figures_line

LABEL_WIDTH = 2.9 * cm
LABEL_SIZE = BODY_SIZE  # a field's label (« Réponse », « Note ») is read as body text


def section_details(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [outline.heading(i18n.tr("details", lang), 1)]
    for index, section in enumerate(a.questionnaire.sections):
        if index:
            story.append(CondPageBreak(7 * cm))
        story += _section(a, section, 0, lang, styles, outline, data)
    return story


def _section(a: AssessmentData, section: Section, depth: int, lang: str, styles: Styles, outline: Outline,
             data: ReportData) -> list[Flowable]:
    result = a.result.section(section.id)
    style = styles.h2 if depth == 0 else styles.h3
    # the heading, its figures and the first question are one block: a heading never ends a page
    lead: list[Flowable] = [outline.heading(section.title.get(lang), 2 + depth, style=style, contents=depth == 0)]
    story = lead
    if result.counts.any_scored_question:
        story.append(OneLine(figures_line(a, result, lang, styles.figures), styles.figures))
    else:
        story.append(rich(esc(i18n.tr("not_scored", lang).capitalize()), styles.figures))
    if section.description and depth == 0:
        story.append(rich(esc(section.description.get(lang)), styles.intro))
    story += commentary(data.commentary_at(a.record.id, section.id), lang, styles)
    children = [a.result.section(c.id) for c in section.sections]
    scored_children = [c for c in children if c.counts.any_scored_question]
    if depth == 0 and len(scored_children) >= 2:
        colors_by_band = band_colors(a.questionnaire)
        items = [ChartItem(c.title.get(lang), c.score, c.target, colors_by_band.get(c.band_id) if c.band_id else None) for c in scored_children]
        story += [Spacer(1, 3), SectionBars(items, lang, label_style=styles.cell, row=16, label_share=0.42), Spacer(1, 2)]
    hidden = 0
    first = True
    for question in section.questions:
        view = answer_view(a, question, lang)
        if view.status == "hidden":
            hidden += 1
            continue
        head, tail = question_block(a, question, view, lang, styles)
        if first:
            story = [KeepTogether([*lead, *head])]
            first = False
        else:
            story.append(KeepTogether(head))
        story += tail
    if hidden:
        story.append(rich(esc(i18n.tr_count("hidden_questions", lang, hidden)), styles.small_muted))
    for index, child in enumerate(section.sections):
        sub = _section(a, child, depth + 1, lang, styles, outline, data)
        if first and index == 0 and sub and isinstance(sub[0], KeepTogether):
            sub[0] = KeepTogether([*story, *sub[0]._content])  # a section without questions of its own: keep it with its first subsection
            story = []
        story += sub
    return story


class Fields(Flowable):
    """Label / value rows (answer, level reached, next level): labels drawn as plain strings, values as paragraphs
    or, where they fit on the line, as runs of text (:class:`~bodiag.report.lines.Runs`).

    A light stand-in for a two-column table (a report has hundreds of them); it
    splits between rows, and inside a value too long for a page.
    """

    GAP = 3.0

    def __init__(self, rows: list[tuple[str, Para | Runs]], label_font: str, rule: bool = True):
        super().__init__()
        self.rows = rows
        self.label_font = label_font
        self.rule = rule
        self._heights: list[float] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        room = availWidth - LABEL_WIDTH
        self._heights = []
        for index, (label, value) in enumerate(self.rows):
            if isinstance(value, Runs):
                if value.fits(room):
                    self._heights.append(max(value.leading, LABEL_SIZE * 1.3) + self.GAP)
                    continue
                value = value.paragraph()
                self.rows[index] = (label, value)
            self._heights.append(max(value.wrap(room, availHeight)[1], LABEL_SIZE * 1.3) + self.GAP)
        self.height = sum(self._heights) + (2 if self.rule else 0)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        used, count = 0.0, 0
        for h in self._heights:
            if used + h > availHeight:
                break
            used, count = used + h, count + 1
        if count == len(self.rows):
            return [self]
        if count:
            return [Fields(self.rows[:count], self.label_font, rule=False), Fields(self.rows[count:], self.label_font, self.rule)]
        label, value = self.rows[0]
        if isinstance(value, Runs):  # one line: it cannot be cut
            return []
        pieces = value.split(availWidth - LABEL_WIDTH, availHeight - self.GAP)
        if len(pieces) < 2:
            return []
        head = Fields([(label, pieces[0])], self.label_font, rule=False)
        tail = Fields([("", pieces[1]), *self.rows[1:]], self.label_font, self.rule)
        return [head, tail]

    def draw(self) -> None:
        c = self.canv
        y = self.height - (2 if self.rule else 0)
        for (label, value), h in zip(self.rows, self._heights):
            y -= h
            if label:  # label first: text extraction and copy-paste read "label value"
                c.setFont(self.label_font, LABEL_SIZE)
                c.setFillColor(MUTED)
                c.drawString(0, y + h - self.GAP / 2 - LABEL_SIZE, label)
            if isinstance(value, Runs):  # where a paragraph of one line would be: its bottom at y + GAP / 2
                value.draw(c, LABEL_WIDTH, y + self.GAP / 2 + value.leading - value.size)
            else:
                value.drawOn(c, LABEL_WIDTH, y + self.GAP / 2)
        if self.rule:
            c.setStrokeColor(RULE)
            c.setLineWidth(0.3)
            c.line(0, 0.5, self.width, 0.5)


def question_title(label: str, text: str, styles: Styles) -> Flowable:
    """A question's text led by its number ("Q12", faint), as the report names it everywhere.

    One line of runs where it fits; longer, the text is a one-face paragraph after the number as a run-in lead.
    """
    q = styles.question
    if not label:
        return OneLine([(text, q.fontName, q.fontSize, q.textColor)], q)
    lead = f"{label} "
    return OneLine([(lead, q.fontName, q.fontSize, FAINT), (text, q.fontName, q.fontSize, q.textColor)], q,
                   lambda: run_in(lead, q.fontName, FAINT, esc(text), q))


def question_block(a: AssessmentData, question: Question, view: AnswerView, lang: str, styles: Styles) -> tuple[list[Flowable], list[Flowable]]:
    """The question with its answer rows (to keep together), then what flows: a free-text answer, the note."""
    title = question_title(question_label(a.questionnaire, question.id), question.text.get(lang), styles)
    rows = _rows(view, lang, styles)
    head: list[Flowable] = [title]
    if rows:
        head.append(Fields(rows, styles.label.fontName, rule=not (view.free_text or view.note)))
    tail: list[Flowable] = []
    if view.free_text:
        pieces = chunks(view.answer) or [""]
        head.append(rich(f"<b>{esc(i18n.tr('answer', lang))}</b>", styles.label.clone("answer_label", keepWithNext=1)))
        tail += [rich(esc(piece), styles.free_text) for piece in pieces if piece]
    if view.note:
        tail += notes(view.note, lang, styles)
    return head, tail


def notes(note: str, lang: str, styles: Styles) -> list[Paragraph]:
    """A note as flowing paragraphs, the first one led by « Note : »."""
    pieces = chunks(note)
    if not pieces:
        return []
    out = [run_in(i18n.tr("note", lang) + i18n.colon(lang), styles.question.fontName, MUTED, esc(pieces[0]), styles.note)]
    out += [rich(esc(piece), styles.note) for piece in pieces[1:]]
    return out


def _rows(view: AnswerView, lang: str, styles: Styles) -> list[tuple[str, Para | Runs]]:
    regular, bold, ink, size = styles.cell.fontName, styles.cell_bold.fontName, styles.cell.textColor, styles.cell.fontSize

    def row(label: str, markup: str) -> tuple[str, Para]:
        return label, rich(markup, styles.cell)

    def line(label: str, runs: list[tuple[str, str, Color]], paragraph: Callable[[], Paragraph]) -> tuple[str, Runs]:
        return label, Runs([(text, font, size, colour) for text, font, colour in runs], styles.cell.leading, paragraph)

    def muted(text: str) -> tuple[str, str, Color]:
        return text, regular, MUTED

    if view.free_text:
        return []
    if view.status in ("unanswered",):
        none = i18n.tr("no_answer", lang)
        return [line(i18n.tr("answer", lang), [muted(none)], lambda: rich(f"<font color='{hex_of(MUTED)}'>{esc(none)}</font>", styles.cell))]
    if view.status in ("na", "dk"):
        return [line(i18n.tr("answer", lang), [(view.answer, bold, ink)], lambda: rich(f"<b>{esc(view.answer)}</b>", styles.cell))]
    if view.checklist:
        rows: list[tuple[str, Para | Runs]] = []
        if view.score is not None:
            score = i18n.tr("score_short", lang, score=i18n.score(view.score, lang))
            rows.append(line(i18n.tr("answer", lang), [(score, regular, ink)], lambda: rich(esc(score), styles.cell)))
        if view.negative:
            found = "<br/>".join(f"● {esc(i)}" for i in view.ticked) or esc(i18n.tr("none_found", lang))
            rows.append(row(i18n.tr("found_items", lang), found))
        else:
            if view.ticked:
                rows.append(row(i18n.tr("good_items", lang), "<br/>".join(f"✓ {esc(i)}" for i in view.ticked)))
            if view.unticked:
                rows.append(row(i18n.tr("bad_items", lang), "<br/>".join(f"✗ {esc(i)}" for i in view.unticked)))
        return rows
    answer = [(view.answer, bold, ink)]
    markup = f"<b>{esc(view.answer)}</b>"
    if view.score is not None:
        score = i18n.tr("score_short", lang, score=i18n.score(view.score, lang))
        answer += [(" ", regular, ink), muted(f"· {score}")]  # as the markup below: the space is in ink
        markup += f" <font color='{hex_of(MUTED)}'>· {esc(score)}</font>"
    rows = [line(i18n.tr("answer", lang), answer, lambda: rich(markup, styles.cell))]
    if view.reached:
        reached = view.reached
        rows.append(line(i18n.tr("reached", lang), [(reached, regular, ink)], lambda: rich(esc(reached), styles.cell)))
    if view.top:
        top = i18n.tr("top_reached", lang)
        rows.append(line(i18n.tr("next_level", lang), [muted(top)], lambda: rich(f"<font color='{hex_of(MUTED)}'>{esc(top)}</font>", styles.cell)))
    elif view.next_label:
        label, text = view.next_label, view.next_text
        if text:  # the label leads its descriptor: « Maîtrisé — Le registre… »
            rows.append(line(i18n.tr("next_level", lang), [(label, bold, ink), (f" — {text}", regular, ink)],
                             lambda: run_in(label, bold, ink, esc(f" — {text}"), styles.cell)))
        else:
            rows.append(line(i18n.tr("next_level", lang), [(label, bold, ink)], lambda: rich(f"<b>{esc(label)}</b>", styles.cell)))
    return rows
