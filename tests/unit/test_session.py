"""Sessions from query strings: a team's link reaches that team only."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs

import pytest

from workshop.collaboratives import create_collaborative
from workshop.errors import AccessDenied, NotFound
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.session import Role, join_team, open_as_facilitator, resolve, team_link_sessions
from workshop.teams import add_team, change_team_code


def test_no_query_is_a_visitor_and_language_is_read(demo_store):
    assert resolve(demo_store, "").role is Role.VISITOR
    assert resolve(demo_store, "lang=en").language == "en"
    assert resolve(demo_store, "lang=fr").language == "sv"


def test_joining_with_the_code_gives_a_link_that_resolves_to_the_team(demo_store):
    session = join_team(demo_store, 1, "demo-team-exempel", language="en")
    resolved = resolve(demo_store, session.query())
    assert resolved == session
    assert (resolved.role, resolved.team_id, resolved.collaborative_id, resolved.language) == (Role.TEAM, 1, 1, "en")


def test_wrong_code_is_refused_in_swedish(demo_store):
    with pytest.raises(AccessDenied) as problem:
        join_team(demo_store, 1, "demo-team-aby")
    assert problem.value.message.startswith("Koden stämmer inte.")


def test_editing_the_team_in_a_link_never_reaches_another_team(demo_store):
    query = parse_qs(join_team(demo_store, 1, "demo-team-exempel").query())
    query["team"] = ["2"]
    with pytest.raises(AccessDenied):
        resolve(demo_store, "&".join(f"{k}={v[0]}" for k, v in query.items()))


@pytest.mark.parametrize(
    ("query", "error", "message"),
    [
        ("team=999&key=abc", NotFound, "Teamet i länken finns inte."),
        ("team=abc", NotFound, "Länken är ofullständig"),
        ("team=1", AccessDenied, "Länken ger inte åtkomst"),
        ("team=1&key=", AccessDenied, "Länken ger inte åtkomst"),
        ("collab=999&key=x", NotFound, "Samverkan i länken finns inte."),
        ("collab=1&key=wrong", AccessDenied, "Länken ger inte åtkomst"),
    ],
)
def test_bad_links_give_a_clear_swedish_message(demo_store, query, error, message):
    with pytest.raises(error) as problem:
        resolve(demo_store, query)
    assert problem.value.message.startswith(message)


def test_team_of_another_collaborative_in_a_facilitator_link_is_refused(demo_store):
    other = create_collaborative(demo_store, CollaborativeDetails("Annan"), facilitator_code="annan-kod-1", actor="t")
    stranger = add_team(demo_store, other.id, TeamDetails("Främling", "X"), code="kod-123456", actor="t")
    facilitator = open_as_facilitator(demo_store, 1, "demo-processledning")
    with pytest.raises(NotFound) as problem:
        resolve(demo_store, replace(facilitator, team_id=stranger.id).query())
    assert "hör inte till" in problem.value.message
    assert stranger.id not in team_link_sessions(demo_store, facilitator)
    with pytest.raises(AccessDenied):
        team_link_sessions(demo_store, join_team(demo_store, 1, "demo-team-exempel"))


def test_facilitator_link_opens_the_collaborative_and_its_teams(demo_store):
    facilitator = open_as_facilitator(demo_store, 1, "demo-processledning")
    assert resolve(demo_store, facilitator.query()) == facilitator
    as_team_page = resolve(demo_store, replace(facilitator, team_id=2).query())
    assert (as_team_page.role, as_team_page.team_id) == (Role.FACILITATOR, 2)
    handed_out = team_link_sessions(demo_store, facilitator)
    assert sorted(handed_out) == [1, 2, 3, 4]
    assert resolve(demo_store, handed_out[2].query()).role is Role.TEAM
    assert resolve(demo_store, handed_out[2].query()).team_id == 2
    with pytest.raises(AccessDenied):
        open_as_facilitator(demo_store, 1, "demo-team-exempel")


def test_a_new_code_makes_old_team_links_stop_working(demo_store):
    old = join_team(demo_store, 1, "demo-team-exempel")
    change_team_code(demo_store, 1, new_code="helt-ny-kod", actor="facilitator:1")
    with pytest.raises(AccessDenied):
        resolve(demo_store, old.query())
    assert resolve(demo_store, join_team(demo_store, 1, "helt-ny-kod").query()).team_id == 1


def test_actor_names_the_role_not_a_person(demo_store):
    assert join_team(demo_store, 3, "demo-team-aby").actor == "team:3"
    assert open_as_facilitator(demo_store, 1, "demo-processledning").actor == "facilitator:1"
