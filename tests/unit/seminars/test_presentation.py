"""A meeting's round of storyboards: the order, who is left out, the minutes, and the way through the slides."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop.errors import AccessDenied, InvalidInput, NotFound
from workshop.seminars.presentation import (
    Position,
    PresentationPlan,
    PresentedTeam,
    next_position,
    presentation_plan,
    previous_position,
    team_slides,
)
from workshop.session import join_team, open_as_facilitator

FACILITATOR_CODE = "demo-processledning"
PLAN = PresentationPlan(tuple(PresentedTeam(number, name) for number, name in ((1, "A"), (2, "B"), (3, "C"))))


def _names(teams) -> list[str]:
    return [team.name for team in teams]


def test_teams_move_within_the_order_and_stay_at_either_end():
    assert _names(PLAN.moved(3, -1).teams) == ["A", "C", "B"]
    assert _names(PLAN.moved(1, 1).moved(1, 1).teams) == ["B", "C", "A"]
    assert PLAN.moved(1, -1) == PLAN and PLAN.moved(3, 1) == PLAN


def test_a_team_left_out_keeps_its_place_and_comes_back_there():
    plan = PLAN.with_team(2, presented=False)
    assert _names(plan.presented) == ["A", "C"] and _names(plan.teams) == ["A", "B", "C"]
    assert plan.with_team(2, presented=True) == PLAN


def test_minutes_come_from_the_list_and_a_team_not_in_the_plan_is_refused():
    assert PLAN.minutes == 5 and PLAN.with_minutes(7).minutes == 7
    with pytest.raises(InvalidInput, match="minuter"):
        PLAN.with_minutes(0)
    with pytest.raises(NotFound):
        PLAN.moved(99, 1)


def test_the_way_goes_through_every_slide_of_each_team_in_turn():
    counts = {0: 2, 1: 3}
    at, seen = Position(0, 0), [Position(0, 0)]
    while (following := next_position(at, counts.__getitem__, 2)) != at:
        seen.append(at := following)
    assert seen == [Position(0, 0), Position(0, 1), Position(1, 0), Position(1, 1), Position(1, 2)]
    back = [at]
    while (before := previous_position(at, counts.__getitem__)) != at:
        back.append(at := before)
    assert back == seen[::-1]


def test_the_plan_holds_the_facilitator_s_teams_by_name_and_keeps_what_was_set(demo_store):
    facilitator = open_as_facilitator(demo_store, 1, FACILITATOR_CODE)
    plan = presentation_plan(demo_store, facilitator)
    assert _names(plan.teams) == sorted(_names(plan.teams), key=str.casefold) and len(plan.teams) == 4
    changed = plan.moved(plan.teams[3].team_id, -3).with_minutes(10)
    assert presentation_plan(demo_store, facilitator, changed) == changed


def test_a_team_s_session_reads_no_plan_and_no_slides(demo_store):
    team = join_team(demo_store, 1, "demo-team-exempel")
    with pytest.raises(AccessDenied):
        presentation_plan(demo_store, team)
    with pytest.raises(AccessDenied):
        team_slides(demo_store, team, 1)


def test_slides_are_read_for_the_facilitator_s_own_teams_only(demo_store):
    facilitator = open_as_facilitator(demo_store, 1, FACILITATOR_CODE)
    assert team_slides(demo_store, facilitator, 1)[0].title == "Storyboard: Exempelkommun – försörjningsstöd"
    elsewhere = replace(facilitator, collaborative_id=99)
    with pytest.raises(NotFound):
        team_slides(demo_store, elsewhere, 1)
