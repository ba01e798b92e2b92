"""A collaborative with a facilitator's session and two teams, one of them in another collaborative."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.collaboratives import create_collaborative
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.session import join_team, open_as_facilitator
from workshop.teams import add_team

CODE = "processledning-1"
PERIOD = (dt.date(2026, 9, 1), dt.date(2027, 6, 30))


@pytest.fixture
def facilitator(store):
    collaborative = create_collaborative(
        store, CollaborativeDetails("Tidigt stöd", period_start=PERIOD[0], period_end=PERIOD[1]),
        facilitator_code=CODE, actor="test")
    return open_as_facilitator(store, collaborative.id, CODE)


@pytest.fixture
def team(store, facilitator):
    return add_team(store, facilitator.collaborative_id, TeamDetails("Åby", "Åby kommun"), code="team-kod-aby",
                    actor="test")


@pytest.fixture
def team_session(store, team):
    return join_team(store, team.id, "team-kod-aby")


@pytest.fixture
def other_team(store, facilitator):
    other = create_collaborative(store, CollaborativeDetails("Annan samverkan"), facilitator_code="annan-kod-12",
                                 actor="test")
    return add_team(store, other.id, TeamDetails("Öby", "Öby kommun"), code="team-kod-oby", actor="test")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, store):
    """These services run on SQLite and on PostgreSQL alike (PostgreSQL as ``pg_store`` has it)."""
    return store if request.param == "sqlite" else request.getfixturevalue("pg_store")
