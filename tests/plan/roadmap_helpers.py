"""Small builders for the roadmap's tests: planned actions and the synthesis items that rank them."""

from __future__ import annotations

from bodiag.domain.roadmap import Planned
from bodiag.domain.synthesis import Item


def planned(number: int, *, status: str = "todo", wave: str | None = None, days: float | None = None,
            effort: str | None = None, cost: float | None = None, depends_on: tuple[int, ...] = (),
            milestone: str = "", title: str | None = None) -> Planned:
    return Planned(id=number, uuid=f"u{number}", title=title or f"Action {number}", owner="", status=status, cost=cost,
                   effort=effort, wave=wave, workload_days=days, milestone=milestone, kind="improvement",
                   depends_on=depends_on)


def item(rank: int, *uuids: str, effort: str | None = "medium", days: float = 10.0) -> Item:
    return Item(key=f"k{rank}", rank=rank, title=f"Item {rank}", how="", urgency=100.0 - rank, value=100.0 - rank,
                impact="medium", effort=effort, workload_days=days, status="todo", owner="", deadline=None, cost=None,
                actions=list(uuids), reasons=[])


def ranked(actions: list[Planned]) -> list[Item]:
    """One item per action, ranked in the order given."""
    return [item(n, a.uuid) for n, a in enumerate(actions, start=1)]
