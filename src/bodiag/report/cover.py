"""The cover: organisation, logo, date, assessor, questionnaires with versions, confidentiality."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, Image, KeepTogether, Spacer

from bodiag.domain import i18n
from bodiag.domain.fingerprint import spaced
from bodiag.domain.profile import PROFILE_FIELDS
from bodiag.report.data import ReportData
from bodiag.report.deliverable import signatures, status_line
from bodiag.report.document import ElasticPage
from bodiag.report.fonts import FONTS
from bodiag.report.markup import esc
from bodiag.report.styles import ACCENT, FRAME_WIDTH, RULE, Styles, rich, styled_table

LOGO_BOX = (6.0 * cm, 2.6 * cm)
COVER_WIDTH = FRAME_WIDTH - 0.6 * cm  # the cover's frame leaves room for its band


def logo_flowable(path: Path) -> Image:
    """The logo scaled into its box, keeping its proportions (the file was checked before)."""
    from reportlab.lib.utils import ImageReader

    width, height = ImageReader(str(path)).getSize()
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def board_masthead(data: ReportData, styles: Styles) -> list[Flowable]:
    """Above the board note when it is handed out alone: the report's name, the organisation, the date, the assessor and
    the confidentiality (the note fills the rest of its page)."""
    lang = data.lang
    story: list[Flowable] = []
    if data.options.logo is not None:
        story += [logo_flowable(data.options.logo), Spacer(1, 6)]
    return story + [
        rich(esc(i18n.tr("report_title", lang).upper()), styles.cover_kicker),
        rich(esc(data.organisation.name), styles.cover_sub.clone("masthead", textColor=styles.cover_title.textColor)),
        rich(esc(masthead_line(data)), styles.small_muted),
        *(rich(esc(notice), styles.small_muted) for notice in notices(data)),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=8),
    ]


def masthead_line(data: ReportData) -> str:
    """« 3 décembre 2026 · Évaluation conduite par … · Rapport préparé par … »: the board note's masthead."""
    lang = data.lang
    parts = [i18n.date(data.date, lang)]
    if data.assessors:
        parts.append(i18n.tr("assessed_by", lang, name=", ".join(data.assessors)))
    if data.options.firm:
        parts.append(i18n.tr("prepared_by", lang, name=data.options.firm))
    return " · ".join(parts)


def notices(data: ReportData) -> list[str]:
    """What the report says of itself: confidential; anonymised, without the notes, when so."""
    out = [i18n.tr("confidential", data.lang)]
    if data.options.anonymise:
        out.append(i18n.tr("anonymised_notice", data.lang))
        if data.hidden is not None:
            out.append(data.hidden.sentence(data.lang))
    if data.options.without_notes:
        out.append(i18n.tr("without_notes_notice", data.lang))
    return out


def cover(data: ReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    org = data.organisation
    story: list[Flowable] = []
    if data.options.logo is not None:
        story += [logo_flowable(data.options.logo), Spacer(1, 1.6 * cm)]
    else:
        story.append(Spacer(1, 4.2 * cm))
    story += [
        rich(esc(i18n.tr("report_title", lang).upper()), styles.cover_kicker),
        Spacer(1, 6),
        rich(esc(org.name), styles.cover_title),
    ]
    if org.sector:
        story.append(rich(esc(org.sector), styles.cover_sub))
    profile = [
        f"{esc(field.label.get(lang))}{esc(i18n.colon(lang))}{esc(field.choice_label(getattr(org, field.id), lang))}"
        for field in PROFILE_FIELDS.values()
        if getattr(org, field.id)
    ]
    if profile:
        story.append(rich(" · ".join(profile), styles.small_muted))
    story += [
        Spacer(1, 0.7 * cm),
        rich(f"<b>{esc(i18n.date(data.date, lang))}</b>", styles.cover_sub),
    ]
    if data.assessors:
        story.append(rich(esc(i18n.tr("assessed_by", lang, name=", ".join(data.assessors))), styles.cover_text))
    story.append(rich(f"<b>{esc(status_line(data.sign_off, data))}</b>", styles.cover_text))
    if data.options.firm:
        story.append(rich(esc(i18n.tr("prepared_by", lang, name=data.options.firm)), styles.cover_text))
    story += [Spacer(1, 1.2 * cm), HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=8)]
    story.append(rich(f"<b>{esc(i18n.tr('questionnaires', lang))}</b>", styles.small_muted))
    story.append(Spacer(1, 4))
    rows = []
    for index, a in enumerate(data.assessments, start=1):
        q = a.questionnaire
        rows.append([
            rich(f"<font color='{ACCENT.hexval().replace('0x', '#')}'><b>{index}</b></font>", styles.cover_text),
            [
                rich(f"<b>{esc(q.title.get(lang))}</b>", styles.cover_text),
                rich(
                    esc(f"{i18n.tr('version', lang, version=q.version)} · {i18n.tr('assessment_named', lang, title=a.record.title)}"),
                    styles.small_muted,
                ),
            ],
        ])
    if rows:
        table = styled_table(rows, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ], colWidths=[0.8 * cm, None], hAlign="LEFT")
        story.append(table)
    story += [Spacer(1, 0.8 * cm), *signatures(data, styles, COVER_WIDTH)]
    story += [Spacer(1, 0.6 * cm), HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=6)]
    story += [rich(f"<b>{esc(n)}</b>" if i == 0 else esc(n), styles.small_muted) for i, n in enumerate(notices(data))]
    story.append(rich(esc(i18n.tr("generated_by", lang, version=data.version)), styles.small_muted))
    return [ElasticPage(story + fingerprint_line(data, styles))]


def fingerprint_line(data: ReportData, styles: Styles) -> list[Flowable]:
    """« Empreinte du contenu (SHA-256) : 1a2b3c4d … », or nothing for a report of content made up."""
    if not data.fingerprint:
        return []
    lang = data.lang
    value = f"<font name='{FONTS.condensed}'>{esc(spaced(data.fingerprint))}</font>"  # condensed: the value on one line
    # the label on a line of its own: at the body's 9 pt, label and value together pass the cover's width
    return [rich(esc(i18n.tr("fingerprint_label", lang) + i18n.colon(lang)).rstrip() + "<br/>" + value, styles.small_muted)]


def verification(data: ReportData, styles: Styles) -> list[Flowable]:
    """The report's last words: how to check it was made from a document's current content."""
    if not data.fingerprint:
        return []
    lang = data.lang
    return [
        Spacer(1, 0.8 * cm),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=6),
        KeepTogether([
            rich(f"<b>{esc(i18n.tr('verify_heading', lang))}</b>", styles.small_muted),
            rich(esc(i18n.tr("verify_text", lang, date=i18n.date(data.date, lang))), styles.small_muted),
            *fingerprint_line(data, styles),
        ]),
    ]
