"""The roadmap's worked example of docs/plan.md, computed."""

from __future__ import annotations

import json

from bodiag.domain.roadmap import roadmap
from tests.conftest import ROOT
from tests.plan.roadmap_helpers import item, planned
from tests.plan.test_plan_doc import _block


def test_worked_roadmap_matches_the_code():
    example = json.loads(_block((ROOT / "docs" / "plan.md").read_text(encoding="utf-8"), "json example-roadmap"))
    actions = [planned(a["id"], title=a["title"], days=a["days"], status=a.get("status", "todo"), wave=a.get("wave"),
                       depends_on=tuple(a.get("depends_on", ()))) for a in example["actions"]]
    items = [item(a["rank"], f"u{a['id']}") for a in example["actions"]]
    result = roadmap(actions, items, example["horizon_months"], example["quarter_capacity"], "headcount")
    assert {w: [a.id for a in result.actions if a.wave == w] for w in result.waves} == example["waves"]
    assert {t.wave: [t.workload_days, t.capacity_days] for t in result.totals} == example["workload"]
    assert result.warnings == []
