"""The plan directeur's own tables: its settings and the target vision.

One plan per document (the ``plan`` row, created on first write with the schema's
defaults). Targets are kept per questionnaire id and part (section) id, not per
assessment, so that a re-assessment is measured against the same vision. Values
are expected checked (see :mod:`bodiag.services.plan`); the tables' constraints
are the last line of defence. Every write is one committed transaction.
"""

from __future__ import annotations

from collections.abc import Mapping

from bodiag.domain.vision import TargetChoice
from bodiag.storage.document import Document, now

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
    unknown = [name for name in changes if name not in SETTINGS]
    if unknown:
        raise ValueError(f"not a plan setting: {unknown[0]}")
    if changes:
        with doc.transaction() as db:
            db.execute("INSERT OR IGNORE INTO plan (id, updated_at) VALUES (1, ?)", [now()])
            sets = ", ".join(f"{name} = ?" for name in changes)
            db.execute(f"UPDATE plan SET {sets}, updated_at = ? WHERE id = 1", [*changes.values(), now()])
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
