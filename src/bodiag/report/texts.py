"""Short texts both renderers of the report print the same way (PDF and DOCX): pure text, no drawing library.

Each takes the report's typed content and gives plain text in the report's
language; the PDF modules wrap it in their markup, the DOCX modules in runs.
"""

from __future__ import annotations

import datetime as dt

from bodiag.domain import i18n
from bodiag.domain.report_content import AssessmentData, Figure, PlanReport, ReportData
from bodiag.domain.synthesis import Item
from bodiag.domain.vocabulary import ACTION_STATUS, label
from bodiag.domain.results import AssessmentResult, SectionResult, question_count
from bodiag.report.data import band_colors, provisional, question_label

DEFAULT_BAND = "#1f5f8b"  # the accent: a band without a colour of its own (as the PDF's ``color`` gives)


def band_label(a: AssessmentData, score: float | None, lang: str) -> tuple[str, str | None]:
    """The band a score falls in, as (label, colour); ("—", None) without a score."""
    if score is None:
        return "—", None
    band = a.questionnaire.band_for(score)
    return band.label.get(lang), band_colors(a.questionnaire).get(band.id)


def figures_pieces(a: AssessmentData, s: SectionResult, lang: str) -> list[tuple[str, bool, str | None]]:
    """A section's score, level, band, coverage and target as pieces (text, bold, colour): the score and a
    provisional figure's warning in bold, the band's square in its colour."""
    q = a.questionnaire
    label, hex_code = band_label(a, s.score, lang)
    pieces: list[tuple[str, bool, str | None]] = [(i18n.tr("section_line", lang, score=i18n.score(s.score, lang)), True, None)]
    if q.levels and s.level is not None:
        pieces.append((f" · {i18n.tr('level', lang).lower()} {i18n.score(s.level, lang)} / {q.top_level}", False, None))
    if s.score is not None:
        pieces += [(" · ", False, None), ("■", False, hex_code or DEFAULT_BAND), (f" {label}", False, None)]
    c = s.counts
    if c.applicable:
        pieces.append((f" · {i18n.tr('coverage', lang).lower()} {i18n.percent(s.coverage, lang)} ({c.scored} / {c.applicable})", False, None))
    pieces.append((f" · {i18n.tr('target', lang).lower()} {i18n.plain(s.target, lang)}", False, None))
    if s.score is not None and (note := provisional(c, lang)):
        pieces += [(" · ", False, None), (note, True, None)]
    return pieces


def part_title(a: AssessmentData, number: int, lang: str) -> str:
    """« 2. Maturité du back-office »: an assessment's part in the report."""
    return f"{number}. {a.questionnaire.title.get(lang)}"


def item_status(item: Item, lang: str) -> str:
    """Where an item of the plan directeur stands: open, deferred, or its action's status."""
    if item.deferred:
        return i18n.tr("syn_status_deferred", lang)
    return i18n.tr("syn_status_open", lang) if item.status == "open" else label(ACTION_STATUS, item.status, lang)


def days(value: float, lang: str) -> str:
    """A workload in person-days."""
    return i18n.tr("syn_days", lang, days=i18n.number(value, lang, 0))


def asked_by(item: Item) -> str:
    """The questionnaires whose answers ask for an item, each once."""
    return ", ".join(dict.fromkeys(r.questionnaire for r in item.reasons))


def part_numbers(data: ReportData) -> dict[str, int]:
    """Each questionnaire's part number in this report (its latest assessment's, as the synthesis reads it)."""
    numbers: dict[str, int] = {}
    for number, a in enumerate(data.assessments, start=1):
        numbers[a.questionnaire.id] = number
    return numbers


def change(figure: Figure, lang: str, shown, unit: str = "") -> str:  # noqa: ANN001
    """« avant : 38,5 · +8,6 »: a figure then and its change."""
    delta = i18n.signed(figure.delta, lang, 0 if unit else 1)
    parts = [i18n.tr("before_value", lang, value=shown(figure.before))]
    if figure.delta is not None:
        parts.append(i18n.points(figure.delta, lang) if unit else delta)
    return " · ".join(parts)


def vision_head(vision, lang: str) -> list[str]:  # noqa: ANN001
    """The target vision table's header for a questionnaire: its title, today (on which scale), target, gap, ambition."""
    scale = i18n.tr("vis_of_levels", lang, levels=vision.levels) if vision.levels else i18n.tr("vis_of_100", lang)
    return [vision.title, f"{i18n.tr('vis_today', lang)} ({scale})", i18n.tr("vis_target", lang),
            i18n.tr("vis_gap", lang), i18n.tr("vis_ambition", lang)]


def recommendation_where(a: AssessmentData, rec, lang: str) -> str:  # noqa: ANN001
    """« Gestion administrative · Q12 »: where a recommendation comes from."""
    section = next((s for s in a.result.sections if s.id == rec.section_id), None)
    return " · ".join(t for t in (section.title.get(lang) if section else "", question_label(a.questionnaire, rec.question_id)) if t)


def weighted_questions(a: AssessmentData, lang: str) -> list[str]:
    """« Q3 (× 2) »: the scored questions whose weight is not 1."""
    q = a.questionnaire
    return [
        f"{question_label(q, question.id)} (× {i18n.plain(a.result.questions[question.id].weight, lang)})"
        for question in q.questions
        if question.scored and abs(a.result.questions[question.id].weight - 1) > 1e-9
    ]


def completed_detail(action, lang: str) -> list[str]:  # noqa: ANN001
    """Who completed an action between two assessments, and when."""
    detail = [action.owner] if action.owner else []
    if action.completed:
        detail.append(i18n.tr("completed_on", lang, date=i18n.date(action.completed, lang)))
    return detail


def answer_extras(level: int | None, role: str, lang: str) -> list[str]:
    """« niveau 2 », the respondent's role: what follows a respondent's answer."""
    extra = [i18n.tr("level_n", lang, level=level)] if level is not None else []
    return extra + ([role] if role else [])


def vision_figures(part, levels: int | None) -> tuple[float | None, float, float | None]:  # noqa: ANN001
    """A part of the target vision as the table shows it: today, the target and the gap, in levels when the
    questionnaire has a scale of levels, else out of 100."""
    if levels:
        today, target = part.level, part.target_level
        return today, target, None if today is None else max(0.0, target - today)
    return part.score, part.target, part.gap


def evidence_groups(plan: PlanReport) -> list[tuple[list[str], object]]:
    """What the diagnostic already says of the scenarios, once per verdict: (the scenarios it speaks to, the evidence)."""
    view = plan.scenarios
    grouped: dict[tuple, list[str]] = {}
    found = {}
    for ranked in view.comparison.scenarios:
        for evidence in view.evidence.get(ranked.scenario.uuid, []):
            key = (evidence.questionnaire, evidence.verdict)
            grouped.setdefault(key, []).append(ranked.scenario.title)
            found[key] = evidence
    return [(titles, found[key]) for key, titles in grouped.items()]


def evidence_text(evidence, lang: str) -> str:  # noqa: ANN001
    """« — le questionnaire … conclut … : les raisons » after the scenarios' names."""
    said = i18n.tr("scn_verdict", lang, questionnaire=evidence.questionnaire, verdict=evidence.verdict)
    return f" — {said}" + (i18n.colon(lang) + " ".join(evidence.reasons) if evidence.reasons else ".")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def evolution_title(a: AssessmentData, lang: str) -> tuple[str, str]:
    """The evolution's heading and the earlier assessment's date as shown ("—" when undated)."""
    ev = a.extras.evolution
    when = i18n.date(ev.before_date, lang) if ev.before_date else "—"
    return (i18n.tr("evolution", lang, date=when) if ev.before_date else i18n.tr("evolution_undated", lang)), when


def questions_line(result: AssessmentResult, lang: str) -> str:
    """Under the coverage card: how many questions were asked and answered, and which the coverage counts over —
    the sentence the app's Results tab and ``bodiag score`` print, from the same count."""
    n = question_count(result)
    return i18n.tr("questions_asked", lang, asked=n.asked, answered=n.answered, na=n.na, dk=n.dk, applicable=n.applicable) + "."


def kpi_intro(data: ReportData, a: AssessmentData) -> str:
    """The KPIs' introduction: for the organisation's phase when the questionnaire has KPIs by phase."""
    from bodiag.domain.profile import PHASE

    lang, phase = data.lang, data.organisation.phase
    if phase and any(k.kpi.profiles for k in a.result.kpis):
        return i18n.tr("kpis_intro_phase", lang, phase=PHASE.choice_label(phase, lang).lower())
    return i18n.tr("kpis_intro", lang)


def ordered_kpis(a: AssessmentData) -> list:
    """The KPIs, the priority ones first (stable within each group)."""
    results = a.result.kpis
    return [k for k in results if k.priority] + [k for k in results if not k.priority]


def month_year(day: str, lang: str) -> str:
    """« janvier 2027 »: the month of an ISO date, as the governance calendar names it."""
    date = dt.date.fromisoformat(day)
    return f"{i18n.MONTHS[lang][date.month - 1]} {date.year}"


def figure(value: float | None, unit: str, lang: str) -> str:
    """A KPI's figure with its unit, « — » for none."""
    if value is None:
        return "—"
    return i18n.plain(value, lang) + (f" {unit}" if unit else "")


def credits_text(q, lang: str) -> str | None:  # noqa: ANN001 - a Questionnaire
    """« Sources : TITLE (PUBLISHER) — note ; … »: the articles a questionnaire's items credit, or None."""
    if not q.credits:
        return None
    credited = i18n.list_separator(lang).join(
        i18n.tr("credit_item", lang, title=c.title.get(lang), publisher=f" ({c.publisher})" if c.publisher else "")
        + (f" — {c.note.get(lang).rstrip('.')}" if c.note else "")
        for c in q.credits
    )
    return i18n.tr("credits", lang, items=credited)
