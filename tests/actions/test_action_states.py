"""The actions read before and after a change and put back exactly, or not at all (what the app's undo stands on)."""

from __future__ import annotations

import pytest

from bodiag.services import action_plan, action_states, roadmap


def _rows(diagnostic):
    return action_states.read(diagnostic)


def test_a_change_is_put_back_and_made_again_exactly(diagnostic, assessment):
    kept = action_plan.add(diagnostic, "Cartographier", assessment=assessment, question_ids=["q1"])
    gone = action_plan.add(diagnostic, "Sauvegarder", assessment=assessment, owner="Claire")
    roadmap.set_dependencies(diagnostic, kept.id, [gone.id])
    before = _rows(diagnostic)
    action_plan.update(diagnostic, kept.id, owner="Julien", question_ids=[])
    action_plan.delete(diagnostic, gone.id)
    action_plan.add(diagnostic, "Former l'équipe", assessment=assessment)
    after = _rows(diagnostic)
    change = action_states.change(before, after)
    assert change and not action_states.change(after, after)
    action_states.put_back(diagnostic, change)
    assert _rows(diagnostic) == before  # numbers, identifiers, times, links and dependencies
    assert [a.id for a in action_plan.list_actions(diagnostic)] == [kept.id, gone.id]
    assert roadmap.planned(diagnostic, kept.id).depends_on == (gone.id,)
    action_states.put_again(diagnostic, change)
    assert _rows(diagnostic) == after


def test_nothing_is_put_back_over_an_action_changed_since(diagnostic, assessment):
    before = _rows(diagnostic)
    first = action_plan.add(diagnostic, "Cartographier", assessment=assessment)
    action_plan.add(diagnostic, "Sauvegarder", assessment=assessment)
    change = action_states.change(before, _rows(diagnostic))
    action_plan.update(diagnostic, first.id, owner="Nadine")
    moved = _rows(diagnostic)
    with pytest.raises(action_states.RowsMoved):
        action_states.put_back(diagnostic, change)
    assert _rows(diagnostic) == moved  # not even the other action deleted


def test_nothing_is_put_back_that_would_take_another_row_along(diagnostic, assessment):
    old = action_plan.add(diagnostic, "Cartographier", assessment=assessment)
    before = _rows(diagnostic)
    new = action_plan.add(diagnostic, "Sauvegarder", assessment=assessment)
    change = action_states.change(before, _rows(diagnostic))
    roadmap.set_dependencies(diagnostic, old.id, [new.id])  # not part of the change: deleting ``new`` would drop it
    moved = _rows(diagnostic)
    with pytest.raises(action_states.RowsMoved):
        action_states.put_back(diagnostic, change)
    assert _rows(diagnostic) == moved
