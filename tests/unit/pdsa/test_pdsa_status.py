"""Status rules: one step at a time, dated, and never done without a decision."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.pdsa.setting import ACTOR, TEAM, TODAY
from workshop.errors import InvalidInput
from workshop.pdsa import ActPart, CycleStatus, Decision, get_cycle, refusal, save_act, set_cycle_status


def move(store, cycle, status, today=TODAY):
    return set_cycle_status(store, TEAM, cycle.id, status, expected_version=cycle.version, actor=ACTOR, today=today)


def test_each_step_is_dated_and_going_back_clears_the_later_date(demo_store, cycle, decide):
    ongoing = move(demo_store, cycle, CycleStatus.ONGOING, TODAY - dt.timedelta(days=7))
    to_study = move(demo_store, ongoing, CycleStatus.TO_STUDY)
    assert (to_study.started_on, to_study.study_on) == (TODAY - dt.timedelta(days=7), TODAY)
    back = move(demo_store, to_study, CycleStatus.ONGOING)
    assert back.status is CycleStatus.ONGOING and back.study_on is None and back.started_on == ongoing.started_on
    done = move(demo_store, decide(move(demo_store, back, CycleStatus.TO_STUDY)), CycleStatus.DONE)
    assert done.status is CycleStatus.DONE and done.done_on == TODAY


def test_a_cycle_moves_one_step_at_a_time(demo_store, cycle):
    with pytest.raises(InvalidInput, match="ett steg i taget"):
        move(demo_store, cycle, CycleStatus.TO_STUDY)
    assert get_cycle(demo_store, TEAM, cycle.id) == cycle


def test_done_without_a_decision_is_refused_with_the_reason(demo_store, cycle):
    to_study = move(demo_store, move(demo_store, cycle, CycleStatus.ONGOING), CycleStatus.TO_STUDY)
    with pytest.raises(InvalidInput, match="inte markeras som klar utan ett beslut") as refused:
        move(demo_store, to_study, CycleStatus.DONE)
    assert refused.value.field == "status"
    assert get_cycle(demo_store, TEAM, cycle.id).status is CycleStatus.TO_STUDY


def test_a_done_cycle_keeps_its_decision(demo_store, cycle, decide):
    to_study = move(demo_store, move(demo_store, cycle, CycleStatus.ONGOING), CycleStatus.TO_STUDY)
    done = move(demo_store, decide(to_study, Decision.ABANDON), CycleStatus.DONE)
    with pytest.raises(InvalidInput):
        save_act(demo_store, TEAM, cycle.id, ActPart(None), expected_version=done.version, actor=ACTOR)
    assert get_cycle(demo_store, TEAM, cycle.id).act.decision is Decision.ABANDON


def test_an_unknown_status_is_refused(demo_store, cycle):
    with pytest.raises(InvalidInput):
        move(demo_store, cycle, "finished")


def test_refusal_tells_the_allowed_steps():
    assert refusal(CycleStatus.PLANNED, CycleStatus.ONGOING, has_decision=False) is None
    assert "”Pågår”" in refusal(CycleStatus.PLANNED, CycleStatus.DONE, has_decision=True)
    assert refusal(CycleStatus.TO_STUDY, CycleStatus.DONE, has_decision=True) is None
