"""The target vision: for each part of each questionnaire, the level aimed at, the gap to it, and an ambition.

A target is kept as a score (0–100) so that every questionnaire is treated alike;
it is shown as a level where the questionnaire has levels (the maturity grid's
1–5) and as a band otherwise. Rules, documented in ``docs/plan.md``:

- **Suggested target.** One step up from where the part stands, never above
  the top: the next whole level (a part at 2.4 of 5 is suggested 3, i.e.
  50 points), or, for a questionnaire without levels, the lower bound of the next
  band. A part already at or above its questionnaire's target is suggested to
  hold where it is.
- **Chosen target.** The user's, when set (kept per questionnaire and part id,
  so it survives a re-assessment); else the suggestion.
- **Gap** = target − score, never below 0.

Parts without scored questions (context only) have no target.

Pure Python: no storage, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import msgspec

from bodiag.domain.model import Questionnaire
from bodiag.domain.results import AssessmentResult, SectionResult

MAX_AMBITION = 300


class TargetChoice(msgspec.Struct, frozen=True):
    """What the user chose for one part: a target score, an ambition in one line."""

    questionnaire_id: str
    section_id: str
    score: float
    ambition: str = ""


class PartVision(msgspec.Struct, frozen=True):
    questionnaire_id: str
    section_id: str
    title: str
    score: float | None  # today
    level: float | None  # today, on the questionnaire's levels (None without levels)
    suggested: float  # the suggested target score
    target: float  # the chosen one, or the suggestion
    target_level: float | None
    target_band: str  # the band the target falls in
    chosen: bool  # the user set it
    gap: float | None
    ambition: str


class QuestionnaireVision(msgspec.Struct, frozen=True):
    questionnaire_id: str
    title: str
    levels: int | None  # the highest level's number ("level of 5"); None: the questionnaire has no levels
    parts: list[PartVision]
    lowest_level: int = 1  # 0 for a questionnaire whose levels count from 0


def level_score(questionnaire: Questionnaire, level: float) -> float:
    """The score a level stands for (the inverse of :meth:`Questionnaire.level_for`)."""
    return max(0.0, min(100.0, questionnaire.score_for_level(level)))


def suggest(questionnaire: Questionnaire, section: SectionResult) -> float:
    """One step up from the part's score, never above the top; hold when it is at or above its target."""
    if section.score is None:
        return section.target
    if section.score >= section.target:
        return round(section.score, 2)
    if questionnaire.levels is not None:
        level = questionnaire.level_for(section.score)
        step = min(float(questionnaire.top_level), math.floor(level + 1e-9) + 1.0)
        return round(level_score(questionnaire, step), 2)
    higher = sorted(b.min for b in questionnaire.bands if b.min > section.score + 1e-9)
    return round(higher[0], 2) if higher else 100.0


def vision(questionnaire: Questionnaire, result: AssessmentResult, choices: Mapping[tuple[str, str], TargetChoice],
           lang: str) -> QuestionnaireVision:
    parts = []
    for section in result.top_sections:
        if not section.counts.any_scored_question:  # a context-only part (e.g. a list of signals) has no level
            continue
        suggested = suggest(questionnaire, section)
        choice = choices.get((questionnaire.id, section.id))
        target = choice.score if choice else suggested
        parts.append(PartVision(
            questionnaire_id=questionnaire.id, section_id=section.id, title=section.title.get(lang),
            score=None if section.score is None else round(section.score, 2),
            level=None if section.level is None else round(section.level, 2), suggested=suggested, target=target,
            target_level=None if questionnaire.levels is None else round(questionnaire.level_for(target), 2),
            target_band=questionnaire.band_for(target).label.get(lang), chosen=choice is not None,
            gap=None if section.score is None else round(max(0.0, target - section.score), 2),
            ambition=choice.ambition if choice else "",
        ))
    return QuestionnaireVision(questionnaire_id=questionnaire.id, title=questionnaire.title.get(lang),
                               levels=questionnaire.top_level, parts=parts, lowest_level=questionnaire.lowest_level)


def visions(parts: Sequence[tuple[Questionnaire, AssessmentResult]], choices: Sequence[TargetChoice],
            lang: str) -> list[QuestionnaireVision]:
    by_part = {(c.questionnaire_id, c.section_id): c for c in choices}
    return [vision(q, result, by_part, lang) for q, result in parts]
