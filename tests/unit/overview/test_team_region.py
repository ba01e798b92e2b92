"""A team's region: written with the team, read back tidied, given by the overview and its frame; bad input is
refused in Swedish and nothing is stored."""

from __future__ import annotations

import pytest

from workshop.errors import InvalidInput
from workshop.model import TeamDetails
from workshop.overview import collaborative_overview
from workshop.teams import add_team, get_team, list_teams, update_team


def test_the_region_is_kept_with_the_team_and_given_by_the_overview(store, facilitator):
    cid = facilitator.collaborative_id
    north = add_team(store, cid, TeamDetails("Åby", "Åby kommun", region="  RSS   Norr "), code="team-kod-aby",
                     actor="test")
    south = add_team(store, cid, TeamDetails("Öby", "Öby kommun"), code="team-kod-oby", actor="test")
    assert get_team(store, north.id).region == "RSS Norr" and south.region == ""
    moved = update_team(store, south.id, TeamDetails("Öby", "Öby kommun", region="RSS Syd"),
                        expected_version=south.version, actor="test")
    assert get_team(store, south.id).region == "RSS Syd" == moved.region
    overview = collaborative_overview(store, facilitator)
    assert {team.name: team.region for team in overview.teams} == {"Åby": "RSS Norr", "Öby": "RSS Syd"}
    frame = overview.frames()["teams"]
    assert dict(zip(frame["name"], frame["region"], strict=True)) == {"Åby": "RSS Norr", "Öby": "RSS Syd"}


@pytest.mark.parametrize(("region", "message"), [
    ("R" * 121, "högst 120 tecken"),
    ("RSS\x07Norr", "tecken som inte kan användas"),
])
def test_a_bad_region_is_refused_in_swedish_and_nothing_is_stored(store, facilitator, region, message):
    cid = facilitator.collaborative_id
    with pytest.raises(InvalidInput) as refused:
        add_team(store, cid, TeamDetails("Åby", "Åby kommun", region=region), code="team-kod-aby", actor="test")
    assert refused.value.field == "region" and message in refused.value.message
    assert list_teams(store, cid) == []
    team = add_team(store, cid, TeamDetails("Åby", "Åby kommun", region="RSS Norr"), code="team-kod-aby",
                    actor="test")
    with pytest.raises(InvalidInput):
        update_team(store, team.id, TeamDetails("Åby", "Åby kommun", region=region), expected_version=team.version,
                    actor="test")
    assert get_team(store, team.id) == team
