"""Sessions from query strings: a team's link reaches that team only."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs

import pytest

from workshop.collaboratives import change_facilitator_code, create_collaborative
from workshop.errors import AccessDenied, AccessRevoked, NotFound
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.session import Role, join_team, open_as_facilitator, resolve, team_link_sessions
from workshop.teams import add_team, change_team_code, get_team, update_team


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


def test_a_page_opened_before_the_team_code_changed_can_no_longer_save(demo_store):
    opened = join_team(demo_store, 1, "demo-team-exempel")
    team = get_team(demo_store, 1)
    change_team_code(demo_store, 1, new_code="helt-ny-kod", actor="facilitator:1")
    with pytest.raises(AccessRevoked) as problem:
        update_team(demo_store, 1, replace(team.details, unit="Ny enhet"), expected_version=team.version,
                    actor=opened.actor)
    assert problem.value.message.startswith("Koden har ändrats efter att sidan öppnades")
    assert get_team(demo_store, 1).unit == team.unit
    rejoined = join_team(demo_store, 1, "helt-ny-kod")
    saved = update_team(demo_store, 1, replace(team.details, unit="Ny enhet"), expected_version=team.version,
                        actor=rejoined.actor)
    assert saved.unit == "Ny enhet"


def test_a_facilitator_page_opened_before_the_facilitator_code_changed_can_no_longer_save(demo_store):
    opened = open_as_facilitator(demo_store, 1, "demo-processledning")
    as_team_page = replace(opened, team_id=2)
    change_facilitator_code(demo_store, 1, new_code="ny-ledningskod", actor=opened.actor)
    for session in (opened, as_team_page):
        with pytest.raises(AccessRevoked):
            add_team(demo_store, 1, TeamDetails("Nytt team", "X"), code="kod-123456", actor=session.actor)
    with pytest.raises(AccessDenied):
        resolve(demo_store, opened.query())
    again = open_as_facilitator(demo_store, 1, "ny-ledningskod")
    added = add_team(demo_store, 1, TeamDetails("Nytt team", "X"), code="kod-123456", actor=again.actor)
    assert added.name == "Nytt team"


@pytest.mark.parametrize("query", [
    "team=99999999999999999999999&key=x",
    "team=9223372036854775808&key=x",
    "collab=99999999999999999999999&key=x",
    "team=-1&key=x",
    "team=0&key=x",
    "team=01&key=x",
    "team=+1&key=x",
    "team=1.0&key=x",
    "team=1e3&key=x",
    "team=1_0&key=x",
    "team=%201&key=x",
    "team=1%0A&key=x",
    "team=1%0D%0Akey=x",
    "team=%D9%A1&key=x",  # Arabic-Indic digit one
    "team=%EF%BC%91&key=x",  # fullwidth digit one
    "team=&key=x",
    "team=1&team=2&key=x",
    "collab=1&collab=1&key=x",
    "team=1&key=a&key=b",
    "team=" + "9" * 5000,
    "team=1&key=" + "x" * 100_000,
    "team=1&key=%C3%A9%00",
    "collab=1&key=%F0%9F%98%80",
    "team=%FF%FE&key=x",
    "team=1;team=2&key=x",
])
def test_every_malformed_link_is_a_wrong_link(demo_store, query):
    with pytest.raises((NotFound, AccessDenied)) as problem:
        resolve(demo_store, query)
    assert problem.value.message.startswith(("Länken", "Teamet i länken", "Samverkan i länken"))


def test_a_valid_link_with_its_parameters_in_another_order_still_works(demo_store):
    session = join_team(demo_store, 1, "demo-team-exempel")
    assert resolve(demo_store, f"lang=sv&key={session.key}&team=1") == session
