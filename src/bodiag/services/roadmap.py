"""The roadmap of an open document: its read model, and placing actions in waves, their workloads, milestones,
kinds and dependencies, and each wave's capacity and budget.

The rules (workloads, capacities, the suggestion, the warnings) are
:mod:`bodiag.domain.roadmap`'s; the ranking is the synthesis'. Every value is
checked before anything is written, and a bad one raises
:class:`~bodiag.errors.InputError` saying what is wrong; a dependency that would
close a cycle is refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from bodiag.domain.roadmap import KINDS, MONTHS, WAVES, Planned, Roadmap, WaveSetting, creates_cycle, roadmap, suggest, waves_for
from bodiag.domain.first_wave import approve_first_wave
from bodiag.domain.synthesis import Part, Synthesis, capacity_for
from bodiag.domain.text import is_blank
from bodiag.errors import InputError
from bodiag.services import action_plan
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.synthesis import synthesis as synthesise
from bodiag.storage import plan as plan_store
from bodiag.storage import roadmap as store
from bodiag.storage.actions import ActionRecord

MAX_WORKLOAD = 10_000.0
MAX_MILESTONE = 200
MAX_DEPENDENCIES = 50


# -- reading values as typed -------------------------------------------------------------


def parse_wave(value: object) -> str | None:
    """A wave from its id (``w6_18``) or its months (``6-18``, ``6–18 mois``); empty is none."""
    text = "" if value is None else str(value).strip().lower()
    if not text:
        return None
    if text in WAVES:
        return text
    match = re.fullmatch(r"(\d+)\s*[-–—à]\s*(\d+)(\s*(mois|months?|m))?", text)
    found = next((w for w, months in MONTHS.items() if match and months == (int(match[1]), int(match[2]))), None)
    if found is None:
        raise InputError(f"unknown wave '{value}' (waves: {', '.join(f'{a}-{b}' for a, b in MONTHS.values())} months)")
    return found


def parse_workload(value: object, what: str = "workload") -> float | None:
    """Person-days, 0 or more (``12``, ``7,5``); empty is none (the effort's workload, the quarters' capacity)."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise InputError(f"the {what} '{value}' is not a number of person-days")
    try:
        number = float(value) if isinstance(value, (int, float)) else float(re.sub(r"[\s\u00a0\u202f]", "", str(value))
                                                                            .replace(",", "."))
    except ValueError:
        raise InputError(f"the {what} '{value}' is not a number of person-days") from None
    if not math.isfinite(number) or not 0 <= number <= MAX_WORKLOAD:
        raise InputError(f"the {what} is from 0 to {MAX_WORKLOAD:.0f} person-days (got {value})")
    return number


def parse_milestone(value: object) -> str:
    text = " ".join(("" if value is None else str(value)).split())
    if len(text) > MAX_MILESTONE:
        raise InputError(f"the milestone is longer than {MAX_MILESTONE} characters")
    return text


def parse_kind(value: object) -> str:
    text = str(value or "").strip().lower()
    if text not in KINDS:
        raise InputError(f"unknown kind of action '{value}' (kinds: {', '.join(KINDS)})")
    return text


def _check_wave(diagnostic: Diagnostic, wave: str | None) -> str | None:
    horizon = plan_store.settings(diagnostic.document)["horizon_months"]
    if wave is not None and wave not in waves_for(horizon):
        raise InputError(f"the wave {MONTHS[wave][0]}-{MONTHS[wave][1]} months is beyond the plan's horizon of "
                         f"{horizon} months (bodiag plan settings FILE --horizon 60)")
    return wave


# -- the read model ---------------------------------------------------------------------


def quarter_capacity(diagnostic: Diagnostic) -> tuple[float, str]:
    """The person-days of a quarter: the plan's, else the headcount's (with where it comes from)."""
    return capacity_for(diagnostic.organisation.headcount, plan_store.settings(diagnostic.document)["capacity_days"])


def view(diagnostic: Diagnostic, lang: str = "fr", synthesis: Synthesis | None = None) -> Roadmap:
    """The roadmap: every open action in its wave (placed or suggested), done and dropped apart, each wave's
    totals against its capacity and budget, the warnings (``synthesis``: the document's, when the caller has it)."""
    synthesis = synthesise(diagnostic, lang) if synthesis is None else synthesis
    days, source = quarter_capacity(diagnostic)
    horizon = plan_store.settings(diagnostic.document)["horizon_months"]
    return roadmap(store.planned(diagnostic.document), synthesis.items, horizon, days, source,
                   store.wave_settings(diagnostic.document))


def for_board(diagnostic: Diagnostic, lang: str = "fr", capacity: float | None = None,
              scored: Sequence[Part] | None = None) -> tuple[Synthesis, Roadmap]:
    """The synthesis as the board reads it, with the roadmap it is given with: the decisions include approving the
    first wave's budget and workload (:func:`bodiag.domain.first_wave.approve_first_wave`). ``capacity`` and
    ``scored`` are :func:`bodiag.services.synthesis.synthesis`'s."""
    ranked = synthesise(diagnostic, lang, capacity, scored)
    plan = view(diagnostic, lang, ranked)
    return approve_first_wave(ranked, plan), plan


def _planned(diagnostic: Diagnostic, reference: ActionRecord | int | str) -> Planned:
    action = action_plan.find(diagnostic, reference)
    return next(p for p in store.planned(diagnostic.document) if p.id == action.id)


def planned(diagnostic: Diagnostic, reference: ActionRecord | int | str) -> Planned:
    """One action's roadmap fields as stored (its wave placed by hand, stated workload, milestone, dependencies)."""
    return _planned(diagnostic, reference)


# -- changes -------------------------------------------------------------------------------


def place(diagnostic: Diagnostic, reference: ActionRecord | int | str, wave: object) -> Planned:
    """Put an action in a wave by hand (``None`` or empty: give it back to the suggestion)."""
    current = _planned(diagnostic, reference)
    store.update(diagnostic.document, {current.id: {"wave": _check_wave(diagnostic, parse_wave(wave))}})
    return _planned(diagnostic, current.id)


def apply_suggestion(diagnostic: Diagnostic, redo: bool = False) -> dict[int, str]:
    """Record the suggested wave of every open action not placed yet (every open action with ``redo``); the
    actions whose wave changed, with their new wave."""
    synthesis = synthesise(diagnostic)
    days, _ = quarter_capacity(diagnostic)
    horizon = plan_store.settings(diagnostic.document)["horizon_months"]
    actions = store.planned(diagnostic.document)
    waves = suggest(actions, synthesis.items, horizon, days, store.wave_settings(diagnostic.document), redo=redo)
    current = {a.id: a.wave for a in actions}
    changes = {a: w for a, w in waves.items() if current[a] != w}
    store.update(diagnostic.document, {a: {"wave": w} for a, w in changes.items()})
    return changes


def set_fields(diagnostic: Diagnostic, reference: ActionRecord | int | str, **changes: object) -> Planned:
    """Change an action's ``workload`` (person-days; empty: from its effort), ``milestone``, ``kind`` or ``wave``."""
    current = _planned(diagnostic, reference)
    store.update(diagnostic.document, {current.id: check_fields(diagnostic, changes)})
    return _planned(diagnostic, current.id)


def check_fields(diagnostic: Diagnostic, changes: Mapping[str, object]) -> dict[str, object]:
    """The stored form of roadmap ``changes`` (wave, workload, milestone, kind), as typed by a person."""
    out: dict[str, object] = {}
    for name, value in changes.items():
        if name == "wave":
            out["wave"] = _check_wave(diagnostic, parse_wave(value))
        elif name == "workload":
            out["workload_days"] = parse_workload(value)
        elif name == "milestone":
            out["milestone"] = parse_milestone(value)
        elif name == "kind":
            out["kind"] = parse_kind(value)
        else:
            raise InputError(f"unknown roadmap field '{name}' (fields: wave, workload, milestone, kind)")
    return out


def cycle_in(diagnostic: Diagnostic, needs: Mapping[int, Sequence[int]]) -> tuple[int, int] | None:
    """The first (action, depends on) of ``needs`` (action id → the ids it depends on, replacing what it has) that
    closes a cycle, if any."""
    edges = [(a, b) for a, b in store.dependencies(diagnostic.document) if a not in needs]
    for action_id, others in needs.items():
        for other in others:
            if creates_cycle(edges, action_id, other):
                return action_id, other
            edges.append((action_id, other))
    return None


def check_dependencies(diagnostic: Diagnostic, needs: Mapping[int, Sequence[int]]) -> None:
    """Refuse ``needs`` (as for :func:`cycle_in`) if they close a cycle or are too many."""
    for action_id, others in needs.items():
        if len(others) > MAX_DEPENDENCIES:
            raise InputError(f"action {action_id} depends on more than {MAX_DEPENDENCIES} actions")
    cycle = cycle_in(diagnostic, needs)
    if cycle is not None:
        raise InputError(cycle_message(*cycle))


def cycle_message(action_id: int, other: int) -> str:
    if action_id == other:
        return f"action {action_id} cannot depend on itself"
    return f"action {action_id} cannot depend on action {other}: action {other} already depends on it (a cycle)"


def depend(diagnostic: Diagnostic, reference: ActionRecord | int | str, on: ActionRecord | int | str) -> bool:
    """Record that an action needs another one done first; refused when it would close a cycle. Whether it was new."""
    action, other = action_plan.find(diagnostic, reference), action_plan.find(diagnostic, on)
    if creates_cycle(store.dependencies(diagnostic.document), action.id, other.id):
        raise InputError(cycle_message(action.id, other.id))
    return store.add_dependency(diagnostic.document, action.id, other.id)


def undepend(diagnostic: Diagnostic, reference: ActionRecord | int | str, on: ActionRecord | int | str) -> bool:
    action, other = action_plan.find(diagnostic, reference), action_plan.find(diagnostic, on)
    return store.remove_dependency(diagnostic.document, action.id, other.id)


def set_dependencies(diagnostic: Diagnostic, reference: ActionRecord | int | str,
                     on: Sequence[ActionRecord | int | str]) -> Planned:
    """Replace what an action depends on (refused when it would close a cycle)."""
    action = action_plan.find(diagnostic, reference)
    others = list(dict.fromkeys(action_plan.find(diagnostic, o).id for o in on))
    check_dependencies(diagnostic, {action.id: others})
    store.set_dependencies(diagnostic.document, {action.id: others})
    return _planned(diagnostic, action.id)


_KEEP = object()


def wave_settings(diagnostic: Diagnostic) -> list[WaveSetting]:
    """What the user stated for each wave (a wave stated nothing for has none)."""
    return store.wave_settings(diagnostic.document)


def wave_setting(diagnostic: Diagnostic, wave: object) -> WaveSetting:
    wave = _check_wave(diagnostic, parse_wave(wave))
    if wave is None:
        raise InputError("give the wave (0-6, 6-18, 18-36 or 36-60)")
    return next((s for s in store.wave_settings(diagnostic.document) if s.wave == wave), WaveSetting(wave))


def set_wave(diagnostic: Diagnostic, wave: object, *, capacity: object = _KEEP, budget: object = _KEEP) -> WaveSetting:
    """State a wave's capacity (person-days; empty: the quarter capacity × its quarters) and budget (euros; empty:
    none); what is not given keeps its value."""
    current = wave_setting(diagnostic, wave)
    days = current.capacity_days if capacity is _KEEP else parse_workload(capacity, "capacity")
    money = current.budget if budget is _KEEP else action_plan.parse_cost(budget)
    setting = WaveSetting(current.wave, capacity_days=days, budget=money)
    store.set_wave_setting(diagnostic.document, setting)
    return setting
