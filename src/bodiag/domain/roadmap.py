"""The plan directeur's roadmap: every action of the plan placed in a wave, with its workload, and each wave's totals.

The rules, which ``docs/plan.md`` documents with a worked example:

- **Waves.** 0–6, 6–18 and 18–36 months, and 36–60 when the plan's horizon is
  60 months (:data:`WAVES`).
- **Workload.** The person-days stated for the action, else those of its effort
  (:data:`~bodiag.domain.synthesis.EFFORT_DAYS`), else those of the synthesis item
  it belongs to (its recommendations' effort).
- **Capacity.** A wave's capacity is the one stated for it, else the quarter's
  capacity (the plan's, else the headcount's) times the wave's quarters.
- **Suggestion.** Open actions (to do, in progress) are taken in the synthesis'
  rank order, an action never before what it depends on. An action placed by hand
  keeps its wave and uses up its capacity first; an action in progress goes to the
  earliest wave its dependencies allow (it is under way). Every other one goes to
  the earliest wave that is not before any of its dependencies and whose capacity
  left fits its workload; when none has room, to the allowed wave with the most
  room left (the earliest on a tie), which the totals then show overloaded.
- **Warnings.** A wave whose workload exceeds its capacity, or whose actions'
  costs exceed its stated budget; an action placed in an earlier wave than one of
  its dependencies; an action placed beyond the plan's horizon.
- Dependencies never form a cycle (:func:`creates_cycle` is asked before one is
  recorded). Done and dropped actions are listed apart and count nowhere.

Pure Python: no storage, no Qt.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence

import msgspec

from bodiag.domain.synthesis import EFFORT_DAYS, Item, WaveLoad

WAVES: tuple[str, ...] = ("w0_6", "w6_18", "w18_36", "w36_60")
MONTHS: dict[str, tuple[int, int]] = {"w0_6": (0, 6), "w6_18": (6, 18), "w18_36": (18, 36), "w36_60": (36, 60)}
KINDS: tuple[str, ...] = ("improvement", "communication", "training", "gains")
OPEN = ("todo", "in_progress")
DEFAULT_DAYS = EFFORT_DAYS["medium"]


def waves_for(horizon_months: int) -> tuple[str, ...]:
    """The waves a plan of ``horizon_months`` (36 or 60) covers."""
    return tuple(w for w in WAVES if MONTHS[w][1] <= horizon_months)


def quarters(wave: str) -> int:
    start, end = MONTHS[wave]
    return (end - start) // 3


class Planned(msgspec.Struct, frozen=True):
    """One action as the roadmap reads it from the document."""

    id: int
    uuid: str
    title: str
    owner: str
    status: str
    cost: float | None
    effort: str | None
    wave: str | None  # placed by hand; None: the suggestion places it
    workload_days: float | None  # stated
    milestone: str
    kind: str
    depends_on: tuple[int, ...] = ()


class WaveSetting(msgspec.Struct, frozen=True):
    """What the user states for a wave: its capacity in person-days and its budget in euros."""

    wave: str
    capacity_days: float | None = None
    budget: float | None = None


class RoadmapAction(msgspec.Struct, frozen=True):
    id: int
    uuid: str
    title: str
    owner: str
    status: str
    kind: str
    wave: str | None  # where it stands: placed by hand, else suggested; None for done and dropped actions
    placed: bool  # by hand
    suggested: str | None  # where the suggestion would put it, were it unplaced
    workload_days: float
    workload_from: str  # stated | effort | item | default
    cost: float | None
    milestone: str
    depends_on: list[int]
    rank: int | None  # the synthesis rank of the item it belongs to
    item: str | None  # that item's key


class WaveTotals(msgspec.Struct, WaveLoad, frozen=True):
    wave: str
    start_month: int
    end_month: int
    actions: int
    workload_days: float
    capacity_days: float
    capacity_from: str  # wave (stated for it) | quarter (quarter capacity × quarters)
    cost: float  # the known costs of its actions
    costed: int  # how many of its actions state a cost
    budget: float | None  # stated
    milestones: int


class RoadmapWarning(msgspec.Struct, frozen=True):
    """Something the roadmap asks the user to look at; ``kind``: overload | over_budget | late_dependency |
    beyond_horizon."""

    kind: str
    wave: str
    action: int | None = None
    depends_on: int | None = None


class Roadmap(msgspec.Struct, frozen=True):
    horizon_months: int
    waves: list[str]
    quarter_capacity: float
    capacity_from: str  # the quarter capacity's source: plan | headcount | default
    actions: list[RoadmapAction]  # open actions, by wave then rank
    closed: list[RoadmapAction]  # done and dropped, apart
    totals: list[WaveTotals]
    warnings: list[RoadmapWarning]
    total_workload: float
    total_cost: float

    def waits_for(self, action: RoadmapAction) -> str:
        """The open actions ``action`` depends on, as the roadmap writes them (« 3, 8 »; empty for none). Each action is
        known by its own number, the action plan's (the one ``bodiag plan depend`` takes), not by its place in the
        roadmap: a dependency typed as a number keeps naming the same action when actions move or are sorted."""
        open_ids = {a.id for a in self.actions}
        return ", ".join(str(d) for d in action.depends_on if d in open_ids)

    def wave_totals(self, wave: str) -> WaveTotals | None:
        return next((t for t in self.totals if t.wave == wave), None)


def creates_cycle(edges: Iterable[tuple[int, int]], action: int, depends_on: int) -> bool:
    """Whether recording that ``action`` depends on ``depends_on`` closes a cycle among ``edges``
    ((action, depends on) pairs): it does when ``depends_on`` already depends, at any remove, on ``action``."""
    if action == depends_on:
        return True
    needs: dict[int, set[int]] = {}
    for a, b in edges:
        needs.setdefault(a, set()).add(b)
    seen, stack = set(), [depends_on]
    while stack:
        current = stack.pop()
        if current == action:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(needs.get(current, ()))
    return False


def _workload(action: Planned, item: Item | None) -> tuple[float, str]:
    if action.workload_days is not None:
        return action.workload_days, "stated"
    if action.effort in EFFORT_DAYS:
        return EFFORT_DAYS[action.effort], "effort"
    if item is not None and item.effort in EFFORT_DAYS:
        return item.workload_days, "item"
    return DEFAULT_DAYS, "default"


def _order(needs: Mapping[int, Sequence[int]], rank_of: Mapping[int, tuple]) -> list[int]:
    """The ids of ``needs`` (id → the ids it depends on) in rank order, but never one before one it depends on
    (among them)."""
    waiting = {a: {d for d in ds if d in needs} for a, ds in needs.items()}
    dependents: dict[int, list[int]] = {}
    for a, ds in waiting.items():
        for d in ds:
            dependents.setdefault(d, []).append(a)
    ready = [(rank_of[a], a) for a, ds in waiting.items() if not ds]
    heapq.heapify(ready)
    out: list[int] = []
    while ready:
        _, current = heapq.heappop(ready)
        out.append(current)
        for other in dependents.get(current, ()):
            waiting[other].discard(current)
            if not waiting[other]:
                heapq.heappush(ready, (rank_of[other], other))
    placed = set(out)  # a cycle cannot be recorded, but an imported file is no proof: keep rank order
    return out + sorted((a for a in needs if a not in placed), key=lambda a: rank_of[a])


def _capacities(waves: Sequence[str], quarter: float, settings: Mapping[str, WaveSetting]) -> dict[str, tuple[float, str]]:
    out = {}
    for wave in waves:
        stated = settings.get(wave)
        if stated is not None and stated.capacity_days is not None:
            out[wave] = (stated.capacity_days, "wave")
        else:
            out[wave] = (quarter * quarters(wave), "quarter")
    return out


def suggest(actions: Sequence[Planned], items: Sequence[Item], horizon_months: int, quarter_capacity: float,
            settings: Iterable[WaveSetting] = (), redo: bool = False) -> dict[int, str]:
    """The wave of every open action: those placed by hand keep theirs (unless ``redo``), the others as the
    module's rule says."""
    waves = waves_for(horizon_months)
    position = {w: n for n, w in enumerate(waves)}
    capacity = _capacities(waves, quarter_capacity, {s.wave: s for s in settings})
    item_of = {uuid: item for item in items for uuid in item.actions}
    open_actions = [a for a in actions if a.status in OPEN]
    last = len(items) + 1
    rank_of = {a.id: ((0 if a.status == "in_progress" else 1), item_of[a.uuid].rank if a.uuid in item_of else last, a.id)
               for a in open_actions}
    days = {a.id: _workload(a, item_of.get(a.uuid))[0] for a in open_actions}
    left = {w: capacity[w][0] for w in waves}
    wave_of: dict[int, str] = {}
    for a in open_actions:
        if a.wave is not None and not redo:
            wave_of[a.id] = a.wave
            if a.wave in left:
                left[a.wave] -= days[a.id]
    by_id = {a.id: a for a in open_actions}
    for a in (by_id[i] for i in _order({a.id: a.depends_on for a in open_actions}, rank_of)):
        if a.id in wave_of:
            continue
        earliest = max((position.get(wave_of[d], len(waves) - 1) for d in a.depends_on if d in wave_of), default=0)
        allowed = waves[min(earliest, len(waves) - 1):]
        if a.status == "in_progress":
            chosen = allowed[0]
        else:
            fits = [w for w in allowed if days[a.id] <= left[w] + 1e-9]
            chosen = fits[0] if fits else max(allowed, key=lambda w: (left[w], -position[w]))
        wave_of[a.id] = chosen
        left[chosen] -= days[a.id]
    return wave_of


def roadmap(actions: Sequence[Planned], items: Sequence[Item], horizon_months: int, quarter_capacity: float,
            capacity_from: str, settings: Iterable[WaveSetting] = ()) -> Roadmap:
    """The roadmap of the plan's ``actions``, ranked by the synthesis' ``items``, over the plan's horizon."""
    settings = {s.wave: s for s in settings}
    waves = waves_for(horizon_months)
    capacity = _capacities(waves, quarter_capacity, settings)
    item_of = {uuid: item for item in items for uuid in item.actions}
    placed = suggest(actions, items, horizon_months, quarter_capacity, settings.values())
    unplaced = [msgspec.structs.replace(a, wave=None) for a in actions]
    suggested = suggest(unplaced, items, horizon_months, quarter_capacity, settings.values())
    position = {w: n for n, w in enumerate(WAVES)}
    out_open: list[RoadmapAction] = []
    out_closed: list[RoadmapAction] = []
    for a in actions:
        item = item_of.get(a.uuid)
        days, source = _workload(a, item)
        view = RoadmapAction(
            id=a.id, uuid=a.uuid, title=a.title, owner=a.owner, status=a.status, kind=a.kind,
            wave=placed.get(a.id), placed=a.wave is not None and a.status in OPEN, suggested=suggested.get(a.id),
            workload_days=days, workload_from=source, cost=a.cost, milestone=a.milestone,
            depends_on=sorted(a.depends_on), rank=item.rank if item else None, item=item.key if item else None,
        )
        (out_open if a.status in OPEN else out_closed).append(view)
    out_open.sort(key=lambda r: (position[r.wave], r.rank if r.rank is not None else len(items) + 1, r.id))
    totals = []
    for wave in waves:
        inside = [r for r in out_open if r.wave == wave]
        stated = settings.get(wave)
        costs = [r.cost for r in inside if r.cost is not None]
        totals.append(WaveTotals(
            wave=wave, start_month=MONTHS[wave][0], end_month=MONTHS[wave][1], actions=len(inside),
            workload_days=round(sum(r.workload_days for r in inside), 2), capacity_days=capacity[wave][0],
            capacity_from=capacity[wave][1], cost=round(sum(costs), 2), costed=len(costs),
            budget=stated.budget if stated else None, milestones=sum(1 for r in inside if r.milestone),
        ))
    return Roadmap(
        horizon_months=horizon_months, waves=list(waves), quarter_capacity=quarter_capacity,
        capacity_from=capacity_from, actions=out_open, closed=out_closed, totals=totals,
        warnings=_warnings(out_open, totals, waves), total_workload=round(sum(r.workload_days for r in out_open), 2),
        total_cost=round(sum(r.cost for r in out_open if r.cost is not None), 2),
    )


def _warnings(actions: Sequence[RoadmapAction], totals: Sequence[WaveTotals], waves: Sequence[str]) -> list[RoadmapWarning]:
    out = []
    for total in totals:
        if total.overloaded:
            out.append(RoadmapWarning(kind="overload", wave=total.wave))
        if total.over_budget:
            out.append(RoadmapWarning(kind="over_budget", wave=total.wave))
    position = {w: n for n, w in enumerate(WAVES)}
    wave_of = {a.id: a.wave for a in actions}
    for a in actions:
        if a.wave not in waves:
            out.append(RoadmapWarning(kind="beyond_horizon", wave=a.wave, action=a.id))
        for d in a.depends_on:
            if d in wave_of and position[wave_of[d]] > position[a.wave]:
                out.append(RoadmapWarning(kind="late_dependency", wave=a.wave, action=a.id, depends_on=d))
    return out


# -- the timeline ------------------------------------------------------------------------------


class Bar(msgspec.Struct, frozen=True):
    """One action on the timeline: months from the plan's start, as if its wave's capacity were spent on its
    actions one after another (rank order, an action after those it depends on). ``end`` may pass its wave's end:
    the wave is overloaded."""

    action: int
    wave: str
    start: float
    end: float
    overflow: bool  # ends after its wave does
    milestone: bool


def timeline(plan: Roadmap) -> list[Bar]:
    """The Gantt-like bars of the roadmap's open actions, wave by wave, that the PDF and the app both draw."""
    bars: list[Bar] = []
    totals = {t.wave: t for t in plan.totals}
    for wave in plan.waves:
        inside = [a for a in plan.actions if a.wave == wave]
        order = {a.id: (n,) for n, a in enumerate(inside)}
        by_id = {a.id: a for a in inside}
        start, end = MONTHS[wave]
        capacity = totals[wave].capacity_days
        at = float(start)
        for action_id in _order({a.id: a.depends_on for a in inside}, order):
            a = by_id[action_id]
            length = (end - start) * a.workload_days / capacity if capacity > 0 else float(end - start)
            bars.append(Bar(action=a.id, wave=wave, start=round(at, 4), end=round(at + length, 4),
                            overflow=at + length > end + 1e-9, milestone=bool(a.milestone)))
            at += length
    return bars
