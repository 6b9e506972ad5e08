"""What the report derives from its content: band colours, chart sections, strengths (or the least weak parts), findings, answers in words.

The content itself is a :class:`~bodiag.domain.report_content.ReportData` that
services build (:func:`bodiag.services.report_content.gather`); the drawing
modules read it and these helpers, and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bodiag.domain import i18n
from bodiag.domain.model import ChecklistQuestion, GridQuestion, NumericQuestion, Option, Question, Questionnaire
from bodiag.domain.report_content import AssessmentData, ReportData, ReportOptions
from bodiag.domain.results import AssessmentResult, Counts, QuestionResult, SectionResult
from bodiag.domain.thresholds import level_bound

__all__ = ["AssessmentData", "ReportData", "ReportOptions"]  # the content types, where the drawing modules take them

FALLBACK_BAND_COLORS = ["#d55e00", "#e69f00", "#f0e442", "#56b4e9", "#009e73"]


# -- facts the report derives from the results -------------------------------------


def band_colors(questionnaire: Questionnaire) -> dict[str, str]:
    bands = questionnaire.bands
    return {
        band.id: band.color or FALLBACK_BAND_COLORS[min(i * len(FALLBACK_BAND_COLORS) // len(bands), 4)]
        for i, band in enumerate(bands)
    }


def chart_sections(result: AssessmentResult) -> list[SectionResult]:
    """The top sections that hold scored questions: the radar's axes and the bars (as in the app)."""
    return [s for s in result.top_sections if s.counts.any_scored_question]


def provisional(counts: Counts, lang: str) -> str | None:
    """« provisoire (1 question répondue sur 2) » for a figure drawn from too few answers (:attr:`Counts.provisional`)."""
    if not counts.provisional:
        return None
    return i18n.tr("provisional", lang, answered=i18n.answered(counts.scored, counts.applicable, lang))


@dataclass(frozen=True)
class Standing:
    """The summary's two columns: the best parts and the weakest, never the same part in both.

    ``best`` are strengths only when ``targets_met``: each is at or above its
    target. When no part reaches its target, ``best`` are the least weak parts,
    and the report says so instead of calling them strengths.
    """

    best: list[SectionResult]
    weakest: list[SectionResult]
    targets_met: bool


def meets_target(section: SectionResult) -> bool:
    """Whether a part's score is at or above its target, on the figures as shown (rounded to 2 decimals)."""
    return section.score is not None and round(section.score, 2) >= section.target


def standing(result: AssessmentResult, count: int = 3) -> Standing:
    """The ``count`` best and weakest scored top sections: strengths are those at or above their target."""
    scored = [s for s in chart_sections(result) if s.score is not None]
    by_score = sorted(scored, key=lambda s: -s.score)  # stable: ties keep questionnaire order
    met = [s for s in by_score if meets_target(s)]
    if met:
        best = met[:count]
        below = [s for s in scored if not meets_target(s)]
        return Standing(best, sorted(below, key=lambda s: s.score)[:count], targets_met=True)
    best = by_score[: min(count, (len(scored) + 1) // 2)]
    weak_n = min(count, len(scored) - len(best))
    weakest = sorted([s for s in scored if s not in best], key=lambda s: s.score)[:weak_n]
    return Standing(best, weakest, targets_met=False)


@dataclass(frozen=True)
class Finding:
    """An item found on an unscored checklist (a weak signal, a pitfall) and what to do about it."""

    label: str
    actions: list[str]


@dataclass(frozen=True)
class Findings:
    question_id: str
    title: str
    items: list[Finding]
    status: str  # answered | unanswered | na | dk: an empty list means "none found" only when answered
    shown: str = ""  # the answer in words when it is N/A or don't know


def checklist_findings(assessment: AssessmentData, lang: str) -> list[Findings]:
    """The ticked items of every unscored negative checklist (weak signals, pitfalls, warning signs)."""
    q = assessment.questionnaire
    out = []
    for question in q.questions:
        if not isinstance(question, ChecklistQuestion) or question.scored or question.polarity != "negative":
            continue
        qr = assessment.result.questions[question.id]
        if qr.status == "hidden":
            continue
        record = assessment.answers.get(question.id)
        status = "unanswered" if record is None or record.value is None else qr.status
        ticked = set(record.value.items or ()) if status == "answered" else set()
        shown = record.value.display(q, question, lang) if status in ("na", "dk") else ""
        items = [
            Finding(
                label=item.label.get(lang),
                actions=[r.title.get(lang) for r in question.recommendations if item.id in r.items],
            )
            for item in question.items
            if item.id in ticked
        ]
        out.append(Findings(question.id, _findings_title(q, question, lang), items, status, shown))
    return out


def _findings_title(questionnaire: Questionnaire, question: Question, lang: str) -> str:
    if question.id in ("weak_signals", "pitfalls"):
        return i18n.tr(question.id, lang)
    section = questionnaire.section_of[question.id]
    return section.title.get(lang) if len(section.questions) == 1 else question.text.get(lang)


# -- one answer as the report shows it ------------------------------------------------


@dataclass(frozen=True)
class AnswerView:
    """An answer in words: what was answered, the level it reaches and the next one."""

    status: str  # answered | na | dk | unanswered | hidden
    answer: str  # the answer's label, or a checklist's / free text's content ("" when none)
    free_text: bool  # the answer is user text (a free-text question)
    checklist: bool
    ticked: list[str]  # a checklist's ticked items
    unticked: list[str]
    negative: bool  # a ticked item is a problem (weak signals, pitfalls)
    reached: str | None  # label — descriptor of the level reached
    next_label: str | None  # the next level's label
    next_text: str | None  # its descriptor (and, for an indicator, the value needed)
    top: bool  # the highest level is reached
    score: float | None
    note: str
    respondent: str


def answer_view(assessment: AssessmentData, question: Question, lang: str) -> AnswerView:
    q = assessment.questionnaire
    qr: QuestionResult = assessment.result.questions[question.id]
    record = assessment.answers.get(question.id)
    value = record.value if record else None
    note = record.note if record else ""
    respondent = record.respondent if record else ""
    base = dict(note=note, respondent=respondent, score=qr.score if question.scored else None, free_text=False, checklist=False, ticked=[], unticked=[],
                negative=False, reached=None, next_label=None, next_text=None, top=False)
    if qr.status in ("hidden", "unanswered") or value is None:
        return AnswerView(status=qr.status if qr.status == "hidden" else "unanswered", answer="", **base)
    shown = value.display(q, question, lang)
    if qr.status in ("na", "dk"):
        return AnswerView(status=qr.status, answer=shown, **base)
    if question.kind == "text":
        return AnswerView(status="answered", answer=value.text or "", **{**base, "free_text": True})
    if isinstance(question, ChecklistQuestion):
        ticked = set(value.items or ())
        return AnswerView(
            status="answered",
            answer=shown,
            **{
                **base,
                "checklist": True,
                "ticked": [i.label.get(lang) for i in question.items if i.id in ticked],
                "unticked": [i.label.get(lang) for i in question.items if i.id not in ticked],
                "negative": question.polarity == "negative",
            },
        )
    scale = q.scale_of(question)
    option = scale.by_id.get(qr.option or "") if scale else None
    if option is None:
        return AnswerView(status="answered", answer=shown, **base)
    scored = scale.scored_options
    index = scored.index(option)
    nxt = scored[index + 1] if index + 1 < len(scored) else None
    reached = _descriptor(question, option, lang)
    next_text = _descriptor(question, nxt, lang) if nxt else None
    if nxt is not None and isinstance(question, NumericQuestion):
        bound = _numeric_bound(question, index, len(scored), lang)
        next_text = " — ".join(t for t in (next_text, bound) if t)
    return AnswerView(
        status="answered",
        answer=shown,
        **{
            **base,
            "reached": f"{option.label.get(lang)}" + (f" — {reached}" if reached else ""),
            "next_label": nxt.label.get(lang) if nxt else None,
            "next_text": next_text,
            "top": nxt is None,
        },
    )


def _descriptor(question: Question, option: Option, lang: str) -> str | None:
    if isinstance(question, GridQuestion) and option.id in question.levels:
        return question.levels[option.id].get(lang)
    return option.description.get(lang) if option.description else None


def _numeric_bound(question: NumericQuestion, index: int, count: int, lang: str) -> str:
    """What value reaches the level above ``index`` (see :func:`bodiag.domain.thresholds.level_option`)."""
    bound = bound_text(question.direction, level_bound(question, index + 1, count), question.unit.get(lang), lang)
    return i18n.tr("to_reach_next", lang, bound=bound)


def bound_text(direction: str, value: float, unit: str, lang: str) -> str:
    """« au moins 7 note sur 10 », « au plus 2 jours »: a value to reach, with its unit."""
    return i18n.tr("at_least" if direction == "higher_is_better" else "at_most", lang, value=measure_text(value, unit, lang))


def measure_text(value: float, unit: str, lang: str) -> str:
    """A measured value with its unit: « 4 jours ouvrés », « 6,5 note sur 10 »."""
    return f"{i18n.plain(value, lang)} {unit}".strip()


def question_label(questionnaire: Questionnaire, question_id: str) -> str:
    """A question as the report names it, "Q12" (its number in the questionnaire); "" for a question it does not hold.

    Ids are for files and tools: the report never shows them.
    """
    number = questionnaire.question_numbers.get(question_id)
    return f"Q{number}" if number is not None else ""


def questions_in(section_id: str, questionnaire: Questionnaire) -> list[Question]:
    return list(questionnaire.sections_by_id[section_id].questions)


def descendants(result: AssessmentResult, section_id: str) -> Iterable[SectionResult]:
    """The subsections of ``section_id`` in document order (pre-order), at any depth."""
    by_id = {s.id: s for s in result.sections}
    stack = list(reversed(by_id[section_id].children))
    while stack:
        current = by_id[stack.pop()]
        yield current
        stack.extend(reversed(current.children))
