"""The plan directeur's own tables: its settings, the target vision and the scenarios.

One plan per document (the ``plan`` row, created on first write with the schema's
defaults). Targets are kept per questionnaire id and part (section) id, not per
assessment, so that a re-assessment is measured against the same vision. Values
are expected checked (see :mod:`bodiag.services.plan`); the tables' constraints
are the last line of defence. Every write is one committed transaction.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping

from bodiag.domain.scenarios import CRITERIA, ScenarioRecord
from bodiag.domain.vision import TargetChoice
from bodiag.storage.document import Document, now, update_row

SETTINGS = ("horizon_months", "capacity_days", "weight_cost", "weight_complexity", "weight_human_impact",
            "weight_delay", "weight_risk", "chosen_scenario", "rationale", "committee_cadence")
DEFAULTS: dict[str, object] = {"horizon_months": 36, "capacity_days": None, "weight_cost": 1.0,
                               "weight_complexity": 1.0, "weight_human_impact": 1.0, "weight_delay": 1.0,
                               "weight_risk": 1.0, "chosen_scenario": None, "rationale": "", "committee_cadence": ""}


def settings(doc: Document) -> dict[str, object]:
    """The plan's settings; the defaults when it was never written."""
    rows = doc.query(f"SELECT {', '.join(SETTINGS)} FROM plan WHERE id = 1")
    return dict(rows[0]) if rows else dict(DEFAULTS)


def update_settings(doc: Document, changes: Mapping[str, object]) -> dict[str, object]:
    update_row(doc, "plan", SETTINGS, changes, "plan setting", single=True)
    return settings(doc)


def targets(doc: Document) -> list[TargetChoice]:
    rows = doc.query("SELECT questionnaire_id, section_id, score, ambition FROM plan_targets"
                     " ORDER BY questionnaire_id, section_id")
    return [TargetChoice(questionnaire_id=r["questionnaire_id"], section_id=r["section_id"], score=r["score"],
                         ambition=r["ambition"]) for r in rows]


def set_target(doc: Document, choice: TargetChoice) -> None:
    with doc.transaction() as db:
        db.execute(
            "INSERT INTO plan_targets (questionnaire_id, section_id, score, ambition, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (questionnaire_id, section_id) DO UPDATE SET score = excluded.score,"
            " ambition = excluded.ambition, updated_at = excluded.updated_at",
            [choice.questionnaire_id, choice.section_id, choice.score, choice.ambition, now()],
        )


def clear_target(doc: Document, questionnaire_id: str, section_id: str) -> bool:
    with doc.transaction() as db:
        cursor = db.execute("DELETE FROM plan_targets WHERE questionnaire_id = ? AND section_id = ?",
                            [questionnaire_id, section_id])
    return cursor.rowcount > 0


# -- scenarios ----------------------------------------------------------------------------

_SCENARIO_COLUMNS = ("id, uuid, kind, title, description, cost, complexity, human_impact, delay, risk, cost_estimate,"
                     " position")


def scenarios(doc: Document) -> list[ScenarioRecord]:
    rows = doc.query(f"SELECT {_SCENARIO_COLUMNS} FROM plan_scenarios ORDER BY position, id")
    return [ScenarioRecord(id=r["id"], uuid=r["uuid"], kind=r["kind"], title=r["title"], description=r["description"],
                           ratings={c: r[c] for c in CRITERIA}, cost_estimate=r["cost_estimate"],
                           position=r["position"]) for r in rows]


def scenario(doc: Document, reference: int | str) -> ScenarioRecord | None:
    """A scenario by number or uuid."""
    text = str(reference).strip().lower()
    return next((s for s in scenarios(doc) if (text.isdigit() and s.id == int(text)) or s.uuid == text), None)


def add_scenarios(doc: Document, new: list[Mapping[str, object]]) -> list[ScenarioRecord]:
    """Store scenarios (kind, title, description, ratings by criterion, cost_estimate) after the others."""
    stamp = now()
    ids = []
    with doc.transaction() as db:
        (last,) = db.execute("SELECT coalesce(max(position), 0) FROM plan_scenarios").fetchone()
        for offset, fields in enumerate(new, start=1):
            ratings = fields.get("ratings") or {}
            cursor = db.execute(
                "INSERT INTO plan_scenarios (uuid, kind, title, description, cost, complexity, human_impact, delay, risk,"
                " cost_estimate, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [str(uuid_module.uuid4()), fields["kind"], fields["title"], fields.get("description", ""),
                 *(ratings.get(c) for c in CRITERIA), fields.get("cost_estimate"), last + offset, stamp, stamp],
            )
            ids.append(cursor.lastrowid)
    found = {s.id: s for s in scenarios(doc)}
    return [found[i] for i in ids]


def update_scenario(doc: Document, scenario_id: int, changes: Mapping[str, object]) -> ScenarioRecord:
    allowed = {"kind", "title", "description", "cost_estimate", *CRITERIA}
    update_row(doc, "plan_scenarios", allowed, changes, "scenario field", row_id=scenario_id)
    found = scenario(doc, scenario_id)
    assert found is not None
    return found


def delete_scenario(doc: Document, scenario_id: int) -> None:
    with doc.transaction() as db:
        (chosen,) = db.execute("SELECT uuid FROM plan_scenarios WHERE id = ?", [scenario_id]).fetchone() or (None,)
        db.execute("DELETE FROM plan_scenarios WHERE id = ?", [scenario_id])
        if chosen is not None:  # a deleted scenario is no longer the chosen one
            db.execute("UPDATE plan SET chosen_scenario = NULL, updated_at = ? WHERE chosen_scenario = ?", [now(), chosen])
