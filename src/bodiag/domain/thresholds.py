"""Numeric indicators: where a measured value falls on a scale's levels."""

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
