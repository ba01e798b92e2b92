"""Teams: adding, members with roles, duplicates, codes, concurrency within one process."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop.collaboratives import create_collaborative
from workshop.errors import DuplicateName, EditConflict, InvalidInput, NotFound
from workshop.model import Area, CollaborativeDetails, Member, MemberRole, TeamDetails
from workshop.teams import add_team, change_team_code, get_team, list_teams, update_team


@pytest.fixture
def collaborative(store):
    return create_collaborative(store, CollaborativeDetails("Tidigt stöd"), facilitator_code="kod-123456",
                                actor="test")


def _add(store, collaborative, code="team-kod-1", **overrides):
    details = replace(TeamDetails("Exempelkommun", "Exempelkommun"), **overrides)
    return add_team(store, collaborative.id, details, code=code, actor="fac")


def test_team_with_members_roles_and_optional_names(store, collaborative):
    members = (Member(MemberRole.PROCESS_LEAD, "Kim"), Member(MemberRole.CASE_WORKER))
    team = _add(store, collaborative, unit="Mottagningen", area=Area.SOCIAL_ASSISTANCE, members=members)
    assert get_team(store, team.id) == team
    assert team.members == members
    assert [overview.team.name for overview in list_teams(store, collaborative.id)] == ["Exempelkommun"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": ""}, "Fyll i teamets namn."),
        ({"municipality": " "}, "Fyll i kommun."),
        ({"name": "Å" * 200}, "Teamets namn får vara högst 120 tecken (nu 200)."),
        ({"code": "har mellanslag"}, "Koden får inte innehålla mellanslag."),
        ({"area": "annat"}, "Välj ett område för teamet."),
        ({"members": (Member(MemberRole.OTHER),) * 31}, "Ett team kan ha högst 30 medlemmar."),
    ],
)
def test_bad_team_input_is_refused_and_nothing_stored(store, collaborative, overrides, message):
    with pytest.raises(InvalidInput) as problem:
        _add(store, collaborative, **overrides)
    assert problem.value.message.startswith(message)
    assert list_teams(store, collaborative.id) == []


def test_duplicate_team_names_within_a_collaborative_are_refused(store, collaborative):
    _add(store, collaborative)
    with pytest.raises(DuplicateName):
        _add(store, collaborative, name="exempelkommun ")
    other = create_collaborative(store, CollaborativeDetails("Annan"), facilitator_code="kod-123456", actor="t")
    assert add_team(store, other.id, TeamDetails("Exempelkommun", "X"), code="kod-123456", actor="t")


def test_team_in_missing_collaborative_is_refused(store):
    with pytest.raises(NotFound):
        add_team(store, 999, TeamDetails("X", "Y"), code="kod-123456", actor="t")


def test_member_changes_raise_the_version_and_stale_edits_are_refused(store, collaborative):
    team = _add(store, collaborative)
    details = replace(team.details, members=(Member(MemberRole.UNIT_MANAGER),))
    updated = update_team(store, team.id, details, expected_version=team.version, actor="t")
    assert updated.version == team.version + 1
    with pytest.raises(EditConflict):
        update_team(store, team.id, TeamDetails("Annat", "X"), expected_version=team.version, actor="t")
    assert get_team(store, team.id) == updated


def test_changing_the_code_keeps_the_team(store, collaborative):
    team = _add(store, collaborative)
    change_team_code(store, team.id, new_code="ny-kod-123", actor="fac")
    assert get_team(store, team.id).name == team.name
    with pytest.raises(InvalidInput):
        change_team_code(store, team.id, new_code="ny kod", actor="fac")
