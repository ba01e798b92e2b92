"""Ramps: cycle n+1 from cycle n's Agera carries the idea, questions, scale and data plan."""

from __future__ import annotations

import pytest

from tests.unit.pdsa.setting import ACTOR, TEAM
from workshop.errors import InvalidInput
from workshop.improvement import set_change_idea_removed
from workshop.pdsa import Decision, Scale, get_cycle, list_cycles, next_cycle


def test_the_next_cycle_carries_the_idea_questions_scale_and_data_plan(demo_store, planned, decide):
    decided = decide(planned, Decision.ADAPT, next_scale=Scale.ONE_CASE_WORKER)
    following = next_cycle(demo_store, TEAM, decided.id, actor=ACTOR)
    assert following.number == 2 and following.change_idea_id == planned.change_idea_id
    assert following.previous_id == planned.id and get_cycle(demo_store, TEAM, planned.id).next_id == following.id
    assert [q.text for q in following.plan.questions] == [q.text for q in planned.plan.questions]
    assert all(q.prediction == "" and q.observed == "" for q in following.plan.questions)
    assert following.plan.scale is Scale.ONE_CASE_WORKER
    assert following.plan.measure_ids == planned.plan.measure_ids
    assert following.plan.start is None and following.learned == "" and following.act.decision is None


def test_without_a_larger_scale_the_next_cycle_keeps_the_scale(demo_store, planned, decide):
    following = next_cycle(demo_store, TEAM, decide(planned, Decision.ADOPT).id, actor=ACTOR)
    assert following.plan.scale is Scale.ONE_CLIENT


@pytest.mark.parametrize(("decision", "reason"), [(None, "Besluta i Agera"), (Decision.ABANDON, "övergavs")])
def test_no_next_cycle_without_a_decision_to_go_on(demo_store, planned, decide, decision, reason):
    if decision:
        decide(planned, decision)
    with pytest.raises(InvalidInput, match=reason):
        next_cycle(demo_store, TEAM, planned.id, actor=ACTOR)
    assert len(list_cycles(demo_store, TEAM)) == 1


def test_a_cycle_has_at_most_one_next_cycle(demo_store, planned, decide):
    decide(planned)
    next_cycle(demo_store, TEAM, planned.id, actor=ACTOR)
    with pytest.raises(InvalidInput, match="redan en nästa cykel"):
        next_cycle(demo_store, TEAM, planned.id, actor=ACTOR)
    assert [c.number for c in list_cycles(demo_store, TEAM)] == [1, 2]


def test_no_next_cycle_for_a_removed_change_idea(demo_store, idea, planned, decide):
    decide(planned)
    set_change_idea_removed(demo_store, TEAM, idea.id, True, expected_version=idea.version, actor=ACTOR)
    with pytest.raises(InvalidInput, match="borttagen"):
        next_cycle(demo_store, TEAM, planned.id, actor=ACTOR)
