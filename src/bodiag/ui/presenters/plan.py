"""The plan directeur of the open document: its synthesis, target vision and scenarios, and every change to them.

Plain Python, no widget: the plan view lays these read models out and calls the
commands. Everything is read from and written through the same services as
``bodiag plan …`` (:mod:`bodiag.services.synthesis`, :mod:`bodiag.services.plan`),
in the interface's language; a refusal is told through the prompter, after which
the plan is read again so that the screen shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec

from bodiag.domain import i18n
from bodiag.domain.synthesis import Part
from bodiag.domain.scenarios import CRITERIA, MAX_RATING, MAX_WEIGHT, MIN_RATING, criterion_label, sensitivity
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL, label
from bodiag.services import plan, roadmap
from bodiag.services.synthesis import parts
from bodiag.ui.i18n import tr
from bodiag.errors import InputError
from bodiag.ui.presenters.document_page import DocumentPagePresenter
from bodiag.ui.presenters.edit_history import Rows

if TYPE_CHECKING:
    from bodiag.domain.synthesis import Item

FIRST_ACTIONS = 3
CHOSEN = "chosen with"  # in a scenario's fields as undo keeps them: the rationale if it was the chosen one

# The report's and the command line's catalogue, for the sentences they share with this tab (in ``lang``);
# named apart from Qt's ``tr`` so that ``pyside6-lupdate`` does not take its keys for interface strings.
catalogue = i18n.tr


class ItemRow(msgspec.Struct, frozen=True):
    """One item of the ranked list (and of the first three), as the tables show it."""

    rank: int
    title: str
    questionnaires: str
    impact: str
    workload: str
    status: str
    owner: str


class SynthesisModel(msgspec.Struct, frozen=True):
    provisional: list[str]
    findings: list[str]
    decisions: list[str]
    first: list[ItemRow]
    capacity: str  # the capacity line: days, where they come from, what the first three use
    risks: list[str]
    items: list[ItemRow]


class PartRow(msgspec.Struct, frozen=True):
    """One part of a questionnaire in the target vision; ``target`` is a level or a score, as ``levels`` says."""

    questionnaire_id: str
    section_id: str
    title: str
    today: str
    target: int
    gap: str
    ambition: str
    chosen: bool
    score: float | None = None  # today, out of 100: where the radar puts it
    target_score: float = 0.0  # the target, out of 100
    figure: str = ""  # « 2,9 → 3,0 »: today and the target as the radar's label says them


class VisionTable(msgspec.Struct, frozen=True):
    questionnaire_id: str
    title: str
    levels: int | None  # the target is a level 1..levels; None: a score 0..100
    minimum: int
    maximum: int
    parts: list[PartRow]
    chart_description: str = ""  # the radar in words, for screen readers: each part today and its target


class ScenarioRow(msgspec.Struct, frozen=True):
    uuid: str
    title: str
    ratings: dict[str, int | None]
    total: str
    rank: str
    cost_estimate: str
    chosen: bool


class EvidenceText(msgspec.Struct, frozen=True):
    heading: str  # questionnaire: verdict
    reasons: list[str]
    notes: list[str]


class ScenariosModel(msgspec.Struct, frozen=True):
    rows: list[ScenarioRow]  # in the order they were added: a new rating never moves a row
    weights: dict[str, float]
    sensitivity: list[str]
    choice: str  # the chosen scenario and its rationale, or that none is chosen
    rationale: str
    evidence: dict[str, list[EvidenceText]]  # by scenario uuid


def _editable_euros(value: float | None, lang: str) -> str:
    """An amount as it can be typed back: French as the report writes it (« 35 000 », « 12,50 »); English
    without a thousands comma, which the cost's parser would read as a decimal mark."""
    if value is None:
        return ""
    digits = 0 if round(value, 2) == int(value) else 2
    return i18n.number(value, lang, digits) if lang == "fr" else f"{value:.{digits}f}"


class PlanPresenter(DocumentPagePresenter):
    """The plan directeur tab's state and commands, over one open document."""

    synthesis: SynthesisModel
    vision: list[VisionTable]
    scenarios: ScenariosModel
    capacity_days: float
    capacity_from_headcount: bool

    # -- observing ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the plan again (answers and actions may have changed elsewhere) and tell the listeners."""
        scored = parts(self.diagnostic)  # scored once for the three pages
        result, _ = roadmap.for_board(self.diagnostic, self.lang, scored=scored)
        self.capacity_days = result.capacity_days
        self.capacity_from_headcount = plan.settings(self.diagnostic)["capacity_days"] is None
        self.synthesis = self._synthesis(result)
        self.vision = self._vision(scored)
        self.scenarios = self._scenarios(scored)
        self.notify()

    # -- read models ----------------------------------------------------------------------

    def _row(self, item: Item) -> ItemRow:
        lang = self.lang
        status = catalogue("syn_status_open", lang) if item.status == "open" else label(ACTION_STATUS, item.status, lang)
        asked = ", ".join(dict.fromkeys(r.questionnaire for r in item.reasons))
        return ItemRow(rank=item.rank, title=item.title, questionnaires=asked, impact=label(LEVEL, item.impact, lang),
                       workload=catalogue("syn_days", lang, days=i18n.number(item.workload_days, lang, 0)),
                       status=status, owner=item.owner or "—")

    def _synthesis(self, result) -> SynthesisModel:  # noqa: ANN001 - a bodiag.domain.synthesis.Synthesis
        lang = self.lang
        capacity = catalogue("syn_capacity", lang, days=i18n.number(result.capacity_days, lang, 0),
                           source=catalogue(f"syn_capacity_{result.capacity_from}", lang),
                           used=i18n.number(result.first_workload, lang, 0))
        risks = [f"{r.title} — {r.why} ({r.answer})" if r.answer else f"{r.title} — {r.why}" for r in result.risks]
        return SynthesisModel(provisional=list(result.provisional), findings=list(result.findings),
                              decisions=list(result.decisions), first=[self._row(i) for i in result.first[:FIRST_ACTIONS]],
                              capacity=capacity, risks=risks, items=[self._row(i) for i in result.items])

    @staticmethod
    def item_headers() -> list[str]:
        return [tr("Rank"), tr("Title"), tr("Questionnaires"), tr("Impact"), tr("Workload"), tr("Status")]

    @staticmethod
    def first_headers() -> list[str]:
        return [tr("Rank"), tr("Title"), tr("Status"), tr("Workload"), tr("Owner")]

    def _vision(self, scored: list[Part]) -> list[VisionTable]:
        lang = self.lang
        tables = []
        for v in plan.vision(self.diagnostic, lang, scored):
            rows = []
            for p in v.parts:
                if v.levels is not None:
                    today = "—" if p.score is None else (f"{catalogue('vis_level', lang, level=i18n.number(p.level, lang, 1))}"
                                                         f" ({i18n.score(p.score, lang)})")
                    target = round(p.target_level)
                    figure = f"{i18n.number(p.level, lang)}\u00a0→\u00a0{i18n.number(p.target_level, lang)}"  # kept on one line
                else:
                    today = i18n.score(p.score, lang)
                    target = round(p.target)
                    figure = f"{i18n.number(p.score, lang)}\u00a0→\u00a0{i18n.number(p.target, lang)}"
                rows.append(PartRow(questionnaire_id=p.questionnaire_id, section_id=p.section_id, title=p.title,
                                    today=today, target=target, gap=i18n.score(p.gap, lang), ambition=p.ambition,
                                    chosen=p.chosen, score=p.score, target_score=p.target, figure=figure))
            description = tr("Radar of each part today and its target. %1").replace(
                "%1", "; ".join(f"{r.title}: {r.figure}" for r in rows))
            tables.append(VisionTable(questionnaire_id=v.questionnaire_id, title=v.title, levels=v.levels,
                                      minimum=v.lowest_level if v.levels is not None else 0,
                                      maximum=v.levels if v.levels is not None else 100, parts=rows,
                                      chart_description=description))
        return tables

    @staticmethod
    def vision_headers(levels: int | None) -> list[str]:
        target = tr("Target (level)") if levels is not None else tr("Target (score)")
        return [tr("Part"), tr("Today"), target, tr("Gap"), tr("Ambition"), ""]

    def _scenarios(self, scored: list[Part]) -> ScenariosModel:
        lang = self.lang
        view = plan.scenarios(self.diagnostic, lang, scored=scored)
        c = view.comparison
        rows = []
        for ranked in sorted(c.scenarios, key=lambda r: (r.scenario.position, r.scenario.id)):
            s = ranked.scenario
            total = i18n.number(ranked.total, lang, 2) if ranked.total is not None else catalogue("scn_to_rate", lang)
            rows.append(ScenarioRow(uuid=s.uuid, title=s.title, ratings=dict(s.ratings), total=total,
                                    rank="—" if ranked.rank is None else str(ranked.rank),
                                    cost_estimate=_editable_euros(s.cost_estimate, lang),
                                    chosen=s.uuid == c.chosen))
        chosen = next((r for r in rows if r.chosen), None)
        if chosen is None:
            choice = catalogue("scn_none_chosen", lang)
        else:
            choice = catalogue("scn_chosen", lang, title=chosen.title)
            if c.rationale:
                choice += f" — {c.rationale}"
        evidence = {uuid: [EvidenceText(heading=catalogue("scn_verdict", lang, questionnaire=e.questionnaire,
                                                        verdict=e.verdict), reasons=list(e.reasons), notes=list(e.notes))
                           for e in items] for uuid, items in view.evidence.items()}
        return ScenariosModel(rows=rows, weights=dict(c.weights), sensitivity=sensitivity(c, lang), choice=choice,
                              rationale=c.rationale, evidence=evidence)

    def scenario_headers(self) -> list[str]:
        return [tr("Scenario"), *(self.criterion(c) for c in CRITERIA), tr("Total"), tr("Rank"), tr("Cost estimate (€)")]

    def criterion(self, criterion: str) -> str:
        text = criterion_label(criterion, self.lang)
        return text[:1].upper() + text[1:]

    ratings = range(MIN_RATING, MAX_RATING + 1)
    max_weight = MAX_WEIGHT

    # -- changing -------------------------------------------------------------------------

    _failure = property(lambda self: tr("The plan directeur was not changed"))

    def _run(self, action: Callable[[], object]) -> bool:
        return self.attempt(action, self._failure)

    def set_capacity(self, days: float | None) -> bool:
        """Person-days each quarter; ``None``: from the organisation's headcount."""
        return self._run(lambda: plan.set_capacity(self.diagnostic, days))

    def _table(self, questionnaire_id: str) -> VisionTable | None:
        return next((t for t in self.vision if t.questionnaire_id == questionnaire_id), None)

    def _choice(self, questionnaire_id: str, section_id: str) -> tuple[float, str] | None:
        """The stored target of a part (its score and ambition), ``None`` while it follows the suggestion."""
        part = next((p for v in plan.vision(self.diagnostic, self.lang) if v.questionnaire_id == questionnaire_id
                     for p in v.parts if p.section_id == section_id), None)
        if part is None:
            raise InputError(tr("That part is no longer in the target vision"))
        return (round(part.target, 2), part.ambition) if part.chosen else None

    def _put_choice(self, questionnaire_id: str, section_id: str, choice: object) -> None:
        if choice is None:
            plan.clear_target(self.diagnostic, questionnaire_id, section_id)
        else:
            score, ambition = choice  # type: ignore[misc]
            plan.set_target(self.diagnostic, questionnaire_id, section_id, score=score, ambition=ambition)

    def _target_change(self, questionnaire_id: str, section_id: str, change: Callable[[], object]) -> bool:
        return self.set_value(lambda: self._choice(questionnaire_id, section_id),
                              lambda value: self._put_choice(questionnaire_id, section_id, value), None,
                              self._failure, change)

    def set_target(self, questionnaire_id: str, section_id: str, value: float) -> bool:
        """A level for a questionnaire with levels, a score (0–100) otherwise."""
        table = self._table(questionnaire_id)
        with_levels = table is not None and table.levels is not None
        return self._target_change(questionnaire_id, section_id, lambda: plan.set_target(
            self.diagnostic, questionnaire_id, section_id, level=value if with_levels else None,
            score=None if with_levels else value))

    def set_ambition(self, questionnaire_id: str, section_id: str, text: str) -> bool:
        return self._target_change(questionnaire_id, section_id,
                                   lambda: plan.set_target(self.diagnostic, questionnaire_id, section_id, ambition=text))

    def clear_target(self, questionnaire_id: str, section_id: str) -> bool:
        return self._target_change(questionnaire_id, section_id,
                                   lambda: plan.clear_target(self.diagnostic, questionnaire_id, section_id))

    def add_method_options(self) -> bool:
        """The method's options not in the plan yet, as one step to undo."""
        return self.add_rows(self._rows, lambda: [s.uuid for s in plan.add_article_scenarios(self.diagnostic, self.lang)],
                             self._failure)

    @property
    def _rows(self) -> Rows:
        """Scenarios as undo handles them, known by their uuid."""

        def exists(uuid: int | str) -> bool:
            try:
                plan.find_scenario(self.diagnostic, uuid)
            except InputError:
                return False
            return True

        def fields(uuid: int | str) -> dict[str, object]:
            s = plan.find_scenario(self.diagnostic, uuid)
            chosen, rationale = self._chosen()
            return {"kind": s.kind, "title": s.title, "description": s.description, "cost_estimate": s.cost_estimate,
                    **s.ratings, CHOSEN: rationale if chosen == s.uuid else None}

        def add(values: dict[str, object]) -> str:
            rest = {k: v for k, v in values.items() if k not in ("kind", CHOSEN)}
            uuid = plan.add_scenario(self.diagnostic, str(values["kind"]), self.lang, **rest).uuid
            if values.get(CHOSEN) is not None:  # the chosen scenario deleted, then undone: chosen again
                plan.choose(self.diagnostic, uuid, str(values[CHOSEN]))
            return uuid

        return Rows("scenario", exists, fields, add, lambda uuid: plan.delete_scenario(self.diagnostic, uuid))

    def add_scenario(self) -> bool:
        return self.add_row(self._rows, lambda: plan.add_scenario(self.diagnostic, "custom", self.lang,
                                                                  title=tr("New scenario")).uuid, self._failure)

    def _row_of(self, uuid: str) -> ScenarioRow | None:
        return next((r for r in self.scenarios.rows if r.uuid == uuid), None)

    def delete_scenario(self, uuid: str) -> bool:
        row = self._row_of(uuid)
        if row is None or not self.prompter.confirm(tr("Delete a scenario"), tr("Delete “%1”?").replace("%1", row.title)):
            return False
        return self.delete_row(self._rows, uuid, self._failure)

    def update_scenario(self, uuid: str, **changes: object) -> bool:
        """Its title, cost estimate (text as typed) or a rating (1–5, ``None`` for unrated)."""
        return self.row_values(self._rows, uuid, changes,
                               lambda key, values: plan.update_scenario(self.diagnostic, key, **values), self._failure)

    def set_weight(self, criterion: str, weight: float) -> bool:
        return self.set_value(lambda: plan.weights(self.diagnostic)[criterion],
                              lambda value: plan.set_weights(self.diagnostic, **{criterion: value}), weight, self._failure)

    def _chosen(self) -> tuple[object, str]:
        stored = plan.settings(self.diagnostic)
        return stored["chosen_scenario"], str(stored["rationale"] or "")

    def _put_chosen(self, value: object) -> None:
        uuid, rationale = value  # type: ignore[misc]
        plan.choose(self.diagnostic, uuid, rationale)

    def choose(self, uuid: str | None, rationale: str) -> bool:
        """Record the chosen scenario with its rationale; ``None`` withdraws the choice."""
        return self.set_value(self._chosen, self._put_chosen, (uuid, rationale), self._failure)
