"""The roadmap page of the plan directeur tab: every open action in its wave, the waves' totals and warnings, the
timeline's bars, and every change to them.

Plain Python, no widget: :mod:`bodiag.ui.views.roadmap` lays the read model out
and calls the commands. Everything is read and written through
:mod:`bodiag.services.roadmap`, as ``bodiag plan roadmap …`` does, and said in the
interface's language with the report's sentences; a refusal is told through the
prompter, after which the roadmap is read again so that the screen shows what is
stored.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from bodiag.domain import i18n
from bodiag.domain import roadmap_sentences as say
from bodiag.domain.roadmap import Bar, timeline
from bodiag.errors import InputError
from bodiag.services import plan, roadmap
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.document_page import DocumentPagePresenter


# The report's catalogue, for the sentences this page shares with it; named apart from Qt's ``tr`` so that
# ``pyside6-lupdate`` does not take its keys for interface strings.
catalogue = i18n.tr


class ActionRow(msgspec.Struct, frozen=True):
    """One open action as the roadmap's table shows it; ``number`` is the action's own number (the action plan's),
    which the table, the timeline and the dependencies name it by: it stays when actions move."""

    id: int
    number: int
    title: str
    wave: str | None  # placed by hand; None: the suggestion places it
    shown_wave: str  # where it stands, placed or suggested
    suggested: str  # the suggested wave's name
    workload: str  # person-days as typed back (empty: from the effort)
    workload_shown: str  # the workload it counts for
    owner: str
    cost: str
    milestone: str
    depends_on: str  # the numbers of the actions it depends on
    overflow: bool  # its bar runs past its wave's end


class WaveRow(msgspec.Struct, frozen=True):
    wave: str
    name: str
    start: int
    end: int
    line: str  # the per-wave sentence (actions, workload against capacity, cost, budget)
    capacity: str  # as stated (empty: the quarters')
    budget: str  # as stated (empty: none)
    workload: float
    capacity_days: float
    overloaded: bool
    over_budget: bool


class RoadmapModel(msgspec.Struct, frozen=True):
    horizon_months: int
    waves: list[WaveRow]
    rows: list[ActionRow]
    bars: list[Bar]
    warnings: list[str]
    closed: str  # done and dropped, apart; empty when there are none
    quarter: str  # the quarter's capacity and where it comes from


class RoadmapPresenter(DocumentPagePresenter):
    """The roadmap page's state and commands, over one open document."""

    model: RoadmapModel

    def reload(self) -> None:
        """Read the roadmap again (actions, capacity and answers may have changed elsewhere) and tell the listeners."""
        self.model = self._model(roadmap.view(self.diagnostic, self.lang))
        self.notify()

    # -- read model ---------------------------------------------------------------------------

    def _model(self, plan) -> RoadmapModel:  # noqa: ANN001 - a bodiag.domain.roadmap.Roadmap
        lang = self.lang
        stated = {s.wave: s for s in roadmap.wave_settings(self.diagnostic)}
        waves = []
        for t in plan.totals:
            s = stated.get(t.wave)
            waves.append(WaveRow(
                wave=t.wave, name=say.wave_name(t.wave, lang), start=t.start_month, end=t.end_month,
                line=say.wave_line(t, lang), capacity=i18n.typable(s.capacity_days if s else None, lang),
                budget=i18n.typable(s.budget if s else None, lang), workload=t.workload_days, capacity_days=t.capacity_days,
                overloaded=t.overloaded, over_budget=t.over_budget))
        bars = timeline(plan)
        overflow = {b.action for b in bars if b.overflow}
        rows = [ActionRow(
            id=a.id, number=a.id, title=a.title, wave=a.wave if a.placed else None,
            shown_wave=say.wave_name(a.wave, lang), suggested=say.wave_name(a.suggested, lang) if a.suggested else "",
            workload=i18n.typable(a.workload_days, lang) if a.workload_from == "stated" else "",
            workload_shown=say.days(a.workload_days, lang), owner=a.owner or "—",
            cost=i18n.money(a.cost, lang) if a.cost is not None else "—", milestone=a.milestone,
            depends_on=plan.waits_for(a), overflow=a.id in overflow,
        ) for a in plan.actions]
        source = catalogue(f"rm_source_{plan.capacity_from}", lang)
        quarter = tr("%1 person-days a quarter (%2)").replace("%1", say.days(plan.quarter_capacity, lang)).replace("%2", source)
        closed = catalogue("rm_closed", lang, count=len(plan.closed)) if plan.closed else ""
        return RoadmapModel(horizon_months=plan.horizon_months, waves=waves, rows=rows, bars=bars,
                            warnings=say.warnings(plan, lang), closed=closed, quarter=quarter)

    @staticmethod
    def headers() -> list[str]:
        return ["#", tr("Action"), tr("Wave"), tr("Workload (person-days)"), tr("Owner"), tr("Cost"), tr("Milestone"),
                tr("Depends on")]

    def wave_choices(self) -> list[tuple[str | None, str]]:
        """What the wave box of a row offers: the suggestion, then each wave of the horizon."""
        return [(None, tr("Suggested")), *((w.wave, w.name) for w in self.model.waves)]

    def row(self, action_id: int) -> ActionRow | None:
        return next((r for r in self.model.rows if r.id == action_id), None)

    # -- changing ---------------------------------------------------------------------------

    _failure = property(lambda self: tr("The roadmap was not changed"))

    def _run(self, action: Callable[[], object]) -> bool:
        return self.attempt(action, self._failure)

    def _field(self, action_id: int, name: str, value: object, write: Callable[[object], object],
               change: Callable[[], object] | None = None) -> bool:
        """Change one roadmap field of an action, undoably (read back through the service)."""
        return self.set_value(lambda: getattr(roadmap.planned(self.diagnostic, action_id), name), write, value,
                              self._failure, change)

    def place(self, action_id: int, wave: str | None) -> bool:
        """Put an action in a wave by hand; ``None`` gives it back to the suggestion."""
        return self._field(action_id, "wave", wave, lambda value: roadmap.place(self.diagnostic, action_id, value))

    def set_workload(self, action_id: int, text: str) -> bool:
        """Person-days as typed; empty: from the action's effort."""
        return self._field(action_id, "workload_days", text,
                           lambda value: roadmap.set_fields(self.diagnostic, action_id, workload=value))

    def set_milestone(self, action_id: int, text: str) -> bool:
        return self._field(action_id, "milestone", text,
                           lambda value: roadmap.set_fields(self.diagnostic, action_id, milestone=value))

    def set_dependencies(self, action_id: int, text: str) -> bool:
        """The numbers of the actions (as the table's first column shows them) it depends on, separated by commas or
        spaces."""
        by_number = {str(r.number): r.id for r in self.model.rows}

        def write(ids: object) -> None:
            roadmap.set_dependencies(self.diagnostic, action_id, list(ids))  # type: ignore[call-overload]

        def change() -> None:
            names = [n for n in text.replace(";", ",").replace(" ", ",").split(",") if n.strip()]
            unknown = [n for n in names if n.strip() not in by_number]
            if unknown:
                raise InputError(tr("“%1” is not the number of an action of the roadmap").replace("%1", unknown[0]))
            write([by_number[n.strip()] for n in names])

        return self._field(action_id, "depends_on", None, write, change)

    def apply_suggestion(self, redo: bool = False) -> bool:
        """Record the suggested wave of every action not placed yet; ``redo``: of every action, after asking. One
        step to undo, however many actions moved."""
        if redo and not self.prompter.confirm(tr("Suggest every wave again"),
                                              tr("Every open action goes to the wave the suggestion gives it, those "
                                                 "placed by hand too. Go on?")):
            return False
        return self.change_actions(lambda: roadmap.apply_suggestion(self.diagnostic, redo=redo), self._failure)

    horizons = plan.HORIZONS

    def set_horizon(self, months: int) -> bool:
        """The plan's horizon, 36 or 60 months: the 36–60 months wave comes or goes."""
        return self._run(lambda: plan.set_horizon(self.diagnostic, months))

    def _wave_field(self, wave: str, name: str, value: object) -> bool:
        """Change a wave's stated capacity or budget, undoably."""
        stored = {"capacity": "capacity_days", "budget": "budget"}[name]
        return self.set_value(lambda: getattr(roadmap.wave_setting(self.diagnostic, wave), stored),
                              lambda v: roadmap.set_wave(self.diagnostic, wave, **{name: v}), value, self._failure)

    def set_wave_capacity(self, wave: str, text: str) -> bool:
        """Person-days for the wave as typed; empty: the quarter's capacity times its quarters."""
        return self._wave_field(wave, "capacity", text)

    def set_wave_budget(self, wave: str, text: str) -> bool:
        """Euros as typed; empty: no budget."""
        return self._wave_field(wave, "budget", text)
