"""An answer's level: where it stands among its scale's scored options.

Workshops compare the levels respondents give (their spread, their median) and
re-assessments the levels an answer moved by. A level is the 1-based position
of the option among the scale's scored options (which the format lists in
increasing value), or, for a numeric indicator, of the option its value reaches
through the thresholds. N/A, don't know, checklists and free text have no level.
"""

from __future__ import annotations

from bodiag.domain.answers import Answer, status_of
from bodiag.domain.model import GridQuestion, NumericQuestion, Option, Question, Questionnaire, ScaleQuestion
from bodiag.domain.thresholds import level_option

LEVELLED_KINDS = ("scale", "grid", "numeric")


def answer_level(questionnaire: Questionnaire, question: Question, answer: Answer | None) -> int | None:
    """The answer's level (1 = the scale's lowest scored option), or ``None`` when it has none."""
    if answer is None or not isinstance(question, (ScaleQuestion, GridQuestion, NumericQuestion)):
        return None
    if status_of(questionnaire, question, answer) != "answered":
        return None
    scale = questionnaire.scale_of(question)
    if scale is None:
        return None
    if isinstance(question, NumericQuestion):
        if answer.number is None:
            return None
        option = level_option(questionnaire, question, answer.number)
    else:
        option = scale.by_id.get(answer.option or "")
    if option is None or option not in scale.scored_options:
        return None
    return scale.scored_options.index(option) + 1


def option_at_level(questionnaire: Questionnaire, question: Question, level: int) -> Option | None:
    """The scored option at ``level`` on the question's scale."""
    scale = questionnaire.scale_of(question)
    if scale is None or not 1 <= level <= len(scale.scored_options):
        return None
    return scale.scored_options[level - 1]


def lower_median(values: list[int]) -> int | None:
    """The median of ``values``; for an even count, the lower of the two middle values.

    The lower one, not their mean: a consensus is a level someone actually gave,
    and in doubt the more cautious of the two.
    """
    if not values:
        return None
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]
