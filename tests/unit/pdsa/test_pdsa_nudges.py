"""Nudges: a period ended without Studera, or a cycle done without a decision."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from tests.unit.pdsa.setting import ACTOR, TEAM, TODAY
from workshop.pdsa import CycleStatus, NudgeKind, StudyPart, cycle_nudges, save_study
from workshop.store.tables.pdsa import PdsaCycleRow


def test_a_period_that_has_ended_without_studera_is_flagged(demo_store, planned):
    nudges = cycle_nudges(demo_store, TEAM, today=TODAY)
    assert [(n.cycle_id, n.kind, n.end) for n in nudges] == [(planned.id, NudgeKind.STUDY_MISSING, planned.plan.end)]
    assert nudges[0].title == "Test med en klient" and nudges[0].number == 1


def test_a_period_still_running_or_without_an_end_is_not_flagged(demo_store, planned, cycle):
    assert cycle_nudges(demo_store, TEAM, today=planned.plan.end) == []


def test_writing_studera_removes_the_flag(demo_store, planned):
    first = planned.plan.questions[0]
    save_study(demo_store, TEAM, planned.id, StudyPart(((first.id, "Det gick."),)), expected_version=planned.version,
               actor=ACTOR)
    assert cycle_nudges(demo_store, TEAM, today=TODAY + dt.timedelta(days=30)) == []


def test_a_cycle_done_without_a_decision_from_older_data_is_flagged(demo_store, cycle):
    with demo_store.writing(ACTOR) as session:
        session.execute(update(PdsaCycleRow).where(PdsaCycleRow.id == cycle.id).values(status=CycleStatus.DONE.value))
    assert [n.kind for n in cycle_nudges(demo_store, TEAM, today=TODAY)] == [NudgeKind.DECISION_MISSING]


def test_teams_see_only_their_own_nudges(demo_store, planned):
    assert all(nudge.cycle_id != planned.id for nudge in cycle_nudges(demo_store, 2, today=TODAY))
