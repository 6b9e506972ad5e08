"""The deliverable in the report: the assessor's commentary where it belongs, the status, the signature blocks,
a workshop's attendance.

Commentary is the assessor's plain text, read into paragraphs and bullet lists by
:func:`bodiag.domain.deliverable.blocks` (the same reading for every output); it
flows, so a commentary of any length splits across pages.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from bodiag.domain import i18n
from bodiag.domain.deliverable import SignOff, blocks
from bodiag.domain.report_content import Extras, ReportData
from bodiag.report.markup import esc
from bodiag.report.styles import ACCENT, FRAME_WIDTH, RULE, Para, Styles, hex_of, rich, styled_table


def commentary(text: str, lang: str, styles: Styles) -> list[Flowable]:
    """« Commentaire de l’évaluateur » and its paragraphs and bullets; nothing when there is no commentary."""
    if not text.strip():
        return []
    story: list[Flowable] = [Spacer(1, 4), rich(f"<font color='{hex_of(ACCENT)}'><b>{esc(i18n.tr('commentary_heading', lang))}</b></font>",
                                                 styles.body)]
    for block in blocks(text):
        if block.bullets:
            story += [Para(esc(item), styles.bullet, bulletText="•") for item in block.items]
        else:
            story.append(rich(esc(block.items[0]), styles.body))
    story[:3] = [KeepTogether(story[:3])]  # the heading never ends a page alone
    return story + [Spacer(1, 4)]


def status_line(sign_off: SignOff, data: ReportData) -> str:
    """« Projet — version 2 » or « Version 1 définitive du 3 décembre 2026 »."""
    lang = data.lang
    if sign_off.final and sign_off.issued_on:
        import datetime as dt

        return i18n.tr("status_final", lang, version=sign_off.version, date=i18n.date(dt.date.fromisoformat(sign_off.issued_on), lang))
    return i18n.tr("status_draft", lang, version=sign_off.version)


def signatures(data: ReportData, styles: Styles, width: float = FRAME_WIDTH) -> list[Flowable]:
    """Two blocks side by side, the assessor's and the director's: name, function, date and signature to fill in."""
    lang = data.lang
    s = data.sign_off
    assessor = s.assessor or ", ".join(data.assessors)

    def block(title: str, name: str, role: str) -> list[Flowable]:
        lines = [rich(f"<b>{esc(i18n.tr(title, lang))}</b>", styles.small_muted),
                 rich(esc(name) if name else "&nbsp;", styles.cover_text)]
        if role:
            lines.append(rich(esc(role), styles.small_muted))
        lines += [Spacer(1, 6), rich(esc(i18n.tr("sign_date", lang)), styles.small_muted), Spacer(1, 6),
                  rich(esc(i18n.tr("sign_signature", lang)), styles.small_muted), Spacer(1, 1.3 * cm)]
        return lines

    half = (width - 0.6 * cm) / 2
    table = styled_table([[block("sign_assessor", assessor, s.assessor_role), "", block("sign_director", s.director, s.director_role)]], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (0, 0), 0.6, RULE), ("BOX", (2, 0), (2, 0), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
    ], colWidths=[half, 0.6 * cm, half], hAlign="LEFT")
    return [KeepTogether([rich(f"<b>{esc(i18n.tr('signatures', lang))}</b> · {esc(status_line(s, data))}", styles.small_muted),
                          Spacer(1, 4), table])]


def attendance(extras: Extras, lang: str, styles: Styles) -> list[Flowable]:
    """Who attended the workshop and when it met; nothing when none was recorded."""
    story: list[Flowable] = []
    if extras.sessions:
        days = i18n.list_separator(lang).join(i18n.date(_day(s.day), lang) + (f", {s.place}" if s.place else "") for s in extras.sessions)
        story.append(rich(f"<b>{esc(i18n.tr('sessions', lang))}</b>{esc(i18n.colon(lang))}{esc(days)}", styles.body))
    if extras.attendees:
        people = i18n.list_separator(lang).join(", ".join(v for v in (a.name, a.role, a.organisation) if v) for a in extras.attendees)
        story.append(rich(f"<b>{esc(i18n.tr('attendees', lang))}</b>{esc(i18n.colon(lang))}{esc(people)}", styles.body))
    return story


def _day(text: str):  # noqa: ANN202
    import datetime as dt

    return dt.date.fromisoformat(text)
