"""The workshop: who answered, and the questions on which their answers lie 2 levels or more apart.

Shown for an assessment with respondents (:mod:`bodiag.services.workshop`):
the respondents with their roles, then each divergent question, largest spread
first, with every respondent's answer, the suggested consensus, the answer kept
and the respondents' notes (flowing below, so that a long note splits across pages).
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from bodiag.domain import i18n
from bodiag.domain.report_content import DivergentQuestion
from bodiag.domain.model import Questionnaire
from bodiag.report.data import AssessmentData, ReportData, question_label
from bodiag.report.document import Outline, fit
from bodiag.report.deliverable import attendance
from bodiag.report.markup import chunks, esc
from bodiag.report.sections import LABEL_WIDTH, Fields, question_title
from bodiag.report.texts import answer_extras
from bodiag.report.styles import FRAME_WIDTH, INK, MUTED, Styles, hex_of, rich, ruled_rows, styled_table

LABEL_SIZE = 8  # the size Fields draws its labels at


def workshop(a: AssessmentData, data: ReportData, styles: Styles, outline: Outline) -> list[Flowable]:
    w = a.extras.workshop
    lang = data.lang
    present = attendance(a.extras, lang, styles)
    if w is None:  # a workshop whose consensus alone was recorded: who attended, and when
        return [outline.heading(i18n.tr("workshop", lang), 1), *present] if present else []
    story: list[Flowable] = [
        outline.heading(i18n.tr("workshop", lang), 1),
        rich(esc(i18n.tr("workshop_intro", lang)), styles.body_muted),
        *present,
        outline.heading(i18n.tr("respondents", lang), 2),
    ]
    rows: list[list] = [[rich(esc(i18n.tr(h, lang)), styles.head_cell) for h in ("col_name", "col_role", "col_answers_given")]]
    for person in w.respondents:
        role = person.role[:1].upper() + person.role[1:]
        rows.append([rich(f"<b>{esc(person.name)}</b>", styles.cell), rich(esc(role), styles.cell), str(person.answers)])
    widths = [4.2 * cm, 3.0 * cm]
    table = styled_table(rows, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (2, 1), (2, -1), "RIGHT"),
        ("TEXTCOLOR", (2, 1), (2, -1), INK),
        *ruled_rows(top=3, bottom=4),
    ], colWidths=[FRAME_WIDTH - sum(widths), *widths], repeatRows=1)
    story += [table, Spacer(1, 6), outline.heading(i18n.tr("divergent_questions", lang), 2)]
    if w.divergent:
        story.append(rich(esc(i18n.tr("divergent_intro", lang, compared=w.compared, count=len(w.divergent))), styles.intro))
    else:
        story.append(rich(esc(i18n.tr("no_divergence", lang)), styles.body_muted))
    for question in w.divergent:
        head, tail = _divergent(question, a.questionnaire, lang, styles)
        story += [KeepTogether(head), *tail]
    return story


def _divergent(q: DivergentQuestion, questionnaire: Questionnaire, lang: str, styles: Styles) -> tuple[list[Flowable], list[Flowable]]:
    """The question, its spread and every answer (kept together), then the respondents' notes (flowing)."""
    muted = hex_of(MUTED)
    title = question_title(question_label(questionnaire, q.question_id), q.text, styles)
    figures = rich(f"{esc(q.section)} · <b>{esc(i18n.tr('spread_of', lang, spread=q.spread))}</b>", styles.figures)
    rows = []
    for answer in q.answers:
        extra = answer_extras(answer.level, answer.role, lang)
        markup = f"<b>{esc(answer.answer)}</b>" + (f" <font color='{muted}'>· {esc(' · '.join(extra))}</font>" if extra else "")
        rows.append((fit(answer.name, styles.label.fontName, LABEL_SIZE, LABEL_WIDTH - 8), rich(markup, styles.cell)))
    if q.suggestion is not None:
        basis = {"median": "basis_median", "majority": "basis_majority"}.get(q.basis)
        suggestion = f"<b>{esc(q.suggestion)}</b>" + (f" <font color='{muted}'>· {esc(i18n.tr(basis, lang))}</font>" if basis else "")
    else:
        suggestion = f"<font color='{muted}'>{esc(i18n.tr('no_suggestion', lang))}</font>"
    rows.append((i18n.tr("suggested", lang), rich(suggestion, styles.cell)))
    kept = f"<b>{esc(q.kept)}</b>" if q.kept is not None else f"<font color='{muted}'>{esc(i18n.tr('not_settled', lang))}</font>"
    rows.append((i18n.tr("kept", lang), rich(kept, styles.cell)))
    notes = [a for a in q.answers if a.note.strip()]
    head: list[Flowable] = [title, figures, Fields(rows, styles.label.fontName, rule=not notes)]
    tail: list[Flowable] = []
    for answer in notes:
        pieces = chunks(answer.note)
        if not pieces:
            continue
        lead = i18n.tr("respondent_note", lang, name=answer.name) + i18n.colon(lang)
        tail.append(rich(f"<font name='{styles.question.fontName}' color='{muted}'>{esc(lead)}</font>{esc(pieces[0])}", styles.note))
        tail += [rich(esc(piece), styles.note) for piece in pieces[1:]]
    return head, tail
