"""Scenarios of evolution, compared on objective criteria, and how robust their ranking is.

The master-plan article (``shared/seeds/000_…``) compares options — optimise
the existing tools internally, acquire new solutions, outsource partly or
totally — on cost, complexity, human impact, delay and risk. Rules, documented
in ``docs/plan.md`` with a worked example the tests compute:

- Each criterion is rated 1–5 as a **burden**: 1 = low (cheap, simple, little
  change for people, quick, safe), 5 = high.
- **Weighted total** = Σ weight × rating / Σ weights (1–5, lower is better);
  weights are the plan's, 0 to 10 each. A scenario with an unrated criterion
  has no total and is not ranked.
- **Ranking**: lowest total first; ties keep the order the scenarios were added.
- **Sensitivity**: for each criterion, the weight at which another scenario
  would take the first place, the other weights unchanged. Both totals share
  the same denominator, so the first place changes where the two numerators
  cross, a straight line in that one weight: w* = (Aₜ − Aₛ) / (rₛ − rₜ), with A
  the weighted sum of the other criteria. The nearest crossing above and below
  today's weight, within 0–10, is reported.

Pure Python: no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import msgspec

from bodiag.domain import i18n

CRITERIA = ("cost", "complexity", "human_impact", "delay", "risk")
KINDS = ("optimise", "acquire", "outsource_partial", "outsource_total", "custom")
OUTSOURCING = ("outsource_partial", "outsource_total")
MIN_RATING, MAX_RATING = 1, 5
MAX_WEIGHT = 10.0
DEFAULT_WEIGHTS = dict.fromkeys(CRITERIA, 1.0)


class ScenarioRecord(msgspec.Struct, frozen=True):
    id: int
    uuid: str
    kind: str
    title: str
    description: str
    ratings: dict[str, int | None]  # criterion -> 1..5, None while not rated
    cost_estimate: float | None  # euros, as the user estimates it
    position: int


class Crossing(msgspec.Struct, frozen=True):
    """The first place changes if ``criterion`` weighs more (``above``) or less than ``weight``."""

    criterion: str
    current: float
    weight: float
    above: bool
    first: str  # uuid of the scenario that would come first


class RankedScenario(msgspec.Struct, frozen=True):
    scenario: ScenarioRecord
    total: float | None  # 1–5, lower is better; None when a criterion is unrated
    rank: int | None
    unrated: list[str]


class Comparison(msgspec.Struct, frozen=True):
    weights: dict[str, float]
    scenarios: list[RankedScenario]  # ranked ones first, by rank; then the unrated, in their order
    crossings: list[Crossing]  # per criterion, the nearest changes of the first place
    chosen: str | None  # uuid of the chosen scenario
    rationale: str

    @property
    def first(self) -> RankedScenario | None:
        return next((s for s in self.scenarios if s.rank == 1), None)


class Evidence(msgspec.Struct, frozen=True):
    """What the diagnostic already says about a scenario: a verdict that speaks to it, its reasons, notes quoted."""

    questionnaire: str
    verdict: str
    reasons: list[str]
    notes: list[str]  # "question — note", from the questions the verdict's reasons are about


class ScenarioView(msgspec.Struct, frozen=True):
    comparison: Comparison
    evidence: dict[str, list[Evidence]]  # by scenario uuid


def _numerator(ratings: Mapping[str, int | None], weights: Mapping[str, float], skip: str | None = None) -> float:
    return sum(weights[c] * ratings[c] for c in CRITERIA if c != skip)


def total(scenario: ScenarioRecord, weights: Mapping[str, float]) -> float | None:
    if any(scenario.ratings.get(c) is None for c in CRITERIA):
        return None
    weight = sum(weights[c] for c in CRITERIA)
    if weight <= 0:
        return None
    return _numerator(scenario.ratings, weights) / weight


def _leader(rated: Sequence[ScenarioRecord], weights: Mapping[str, float]) -> str:
    """The first place for these weights (same denominator for all: the lowest numerator; ties keep order)."""
    return min(enumerate(rated), key=lambda pair: (_numerator(pair[1].ratings, weights), pair[0]))[1].uuid


def crossings(rated: Sequence[ScenarioRecord], weights: Mapping[str, float]) -> list[Crossing]:
    """Where the first place changes, criterion by criterion (``rated`` in ranking order)."""
    if len(rated) < 2:
        return []
    top, others = rated[0], rated[1:]
    out = []
    for criterion in CRITERIA:
        current = weights[criterion]
        a_top, r_top = _numerator(top.ratings, weights, criterion), top.ratings[criterion]
        points = set()
        for other in others:
            slope = other.ratings[criterion] - r_top
            if slope:
                points.add((a_top - _numerator(other.ratings, weights, criterion)) / slope)
        above = sorted(p for p in points if current <= p < MAX_WEIGHT)  # at today's weight: a tie broken by order
        below = sorted((p for p in points if 0 < p <= current), reverse=True)
        for side, is_above in ((below, False), (above, True)):
            # the first point of this side past which someone else leads (several lines may cross at one point)
            bounds = [*side, MAX_WEIGHT + 1 if is_above else -1.0]
            for point, following in zip(side, bounds[1:]):
                probe = (point + (min(following, point + 1) if is_above else max(following, point - 1))) / 2
                leader = _leader(rated, {**weights, criterion: probe})
                if leader != top.uuid:
                    out.append(Crossing(criterion=criterion, current=current, weight=point, above=is_above,
                                        first=leader))
                    break
    return out


def compare(scenarios: Sequence[ScenarioRecord], weights: Mapping[str, float], chosen: str | None = None,
            rationale: str = "") -> Comparison:
    totals = [(s, total(s, weights)) for s in sorted(scenarios, key=lambda s: (s.position, s.id))]
    rated = sorted(((s, t) for s, t in totals if t is not None), key=lambda pair: pair[1])  # stable: ties keep order
    ranked = [RankedScenario(scenario=s, total=round(t, 2), rank=n, unrated=[]) for n, (s, t) in enumerate(rated, 1)]
    unrated = [RankedScenario(scenario=s, total=None, rank=None,
                              unrated=[c for c in CRITERIA if s.ratings.get(c) is None]) for s, t in totals if t is None]
    known = {s.uuid for s in scenarios}
    return Comparison(weights=dict(weights), scenarios=ranked + unrated,
                      crossings=crossings([s for s, _ in rated], weights),
                      chosen=chosen if chosen in known else None, rationale=rationale)


def criterion_label(criterion: str, lang: str) -> str:
    return i18n.tr(f"crit_{criterion}", lang)


def sensitivity(comparison: Comparison, lang: str) -> list[str]:
    """The crossings as sentences; one sentence saying the first place holds when there is none."""
    ranked = [s for s in comparison.scenarios if s.rank is not None]
    if len(ranked) < 2:
        return []
    titles = {s.scenario.uuid: s.scenario.title for s in comparison.scenarios}
    if not comparison.crossings:
        return [i18n.tr("scn_robust", lang)]
    return [
        i18n.tr("scn_more" if c.above else "scn_less", lang, title=i18n.quote(titles[c.first], lang),
                criterion=criterion_label(c.criterion, lang), weight=i18n.plain(c.weight, lang),
                current=i18n.plain(c.current, lang))
        for c in comparison.crossings
    ]
