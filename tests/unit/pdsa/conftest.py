"""A demo team's change ideas, measures and cycles to test with."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.pdsa.setting import ACTOR, TEAM, TODAY
from workshop.improvement import list_change_ideas, list_measures
from workshop.pdsa import ActPart, Decision, PlanPart, Question, create_cycle, save_act, save_plan


@pytest.fixture
def idea(demo_store):
    return list_change_ideas(demo_store, TEAM)[0]


@pytest.fixture
def other_idea(demo_store):
    return list_change_ideas(demo_store, TEAM)[1]


@pytest.fixture
def measure(demo_store):
    return list_measures(demo_store, TEAM)[0]


@pytest.fixture
def cycle(demo_store, idea):
    return create_cycle(demo_store, TEAM, idea.id, "Test med en klient", actor=ACTOR)


@pytest.fixture
def planned(demo_store, cycle, measure):
    """A cycle with two questions with predictions, a period and a data plan."""
    plan = PlanPart(
        title="Test med en klient", owner="Handläggare", start=TODAY - dt.timedelta(days=14),
        end=TODAY - dt.timedelta(days=1), scale="one_client",
        questions=(Question("Hinner vi?", "Nej"), Question("Hur tas det emot?", "Väl")),
        measure_ids=(measure.id,),
    )
    return save_plan(demo_store, TEAM, cycle.id, plan, expected_version=cycle.version, actor=ACTOR)


@pytest.fixture
def decide(demo_store):
    """Save a decision in Agera."""

    def save(cycle, decision=Decision.ADAPT, **act):
        return save_act(demo_store, TEAM, cycle.id, ActPart(decision, **act), expected_version=cycle.version,
                        actor=ACTOR)

    return save
