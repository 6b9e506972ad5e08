"""Numeric indicators: where a measured value falls on a scale's levels, and which value reaches a level."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from bodiag.domain.model import NumericQuestion, Option, Questionnaire


def level_option(questionnaire: Questionnaire, question: NumericQuestion, value: float) -> Option:
    """The scale option reached by ``value``.

    With ``higher_is_better`` and thresholds t1 < t2 < …, a value below t1 gets the
    lowest level, a value from t1 (included) to t2 the next, and so on. With
    ``lower_is_better`` a value up to t1 (included) gets the highest level, a value
    above t1 up to t2 the next lower one, and so on.
    """
    levels = questionnaire.scales_by_id[question.scale].scored_options
    t = question.thresholds
    if question.direction == "higher_is_better":
        return levels[bisect_right(t, value)]
    return levels[len(levels) - 1 - bisect_left(t, value)]


def level_bound(question: NumericQuestion, index: int, count: int) -> float | None:
    """The value from which level ``index`` (0-based among the scale's ``count`` scored options) is reached.

    At least that value with ``higher_is_better``, at most it with ``lower_is_better``
    (see :func:`level_option`); None for the lowest level, which any value reaches.
    """
    if index <= 0:
        return None
    t = question.thresholds
    return t[index - 1] if question.direction == "higher_is_better" else t[count - 1 - index]


def target_value(questionnaire: Questionnaire, question: NumericQuestion, target: float) -> float | None:
    """The value at which the indicator reaches ``target``: the bound of the lowest level whose score is at least it.

    A level's score is its option's place on the scale (0–100), as for any answer;
    None when the lowest level already reaches the target.
    """
    scale = questionnaire.scales_by_id[question.scale]
    levels = scale.scored_options
    index = next((i for i, o in enumerate(levels) if round(scale.percent(o), 2) >= target), len(levels) - 1)
    return level_bound(question, index, len(levels))
