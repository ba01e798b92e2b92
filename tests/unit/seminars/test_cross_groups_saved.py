"""A meeting's cross-groups: saved and replaced by the facilitator only, read back whole, and the earlier meetings'
groups as the history of the next draw; refusals store nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from workshop.errors import AccessDenied, EditConflict, InvalidInput, NotFound
from workshop.groups import (
    TeamList,
    draw_groups,
    earlier_groups,
    group_counts,
    meeting_groups,
    participants_of,
    save_groups,
)
from workshop.model import SeminarKind, TeamDetails
from workshop.seminars import MeetingDetails, add_meeting
from workshop.store.tables import HistoryRow
from workshop.teams import add_team


@pytest.fixture
def teams(store, facilitator, team):
    """Three teams of three municipalities: Åby (the fixture's), Bby and Cby."""
    for name in ("Bby", "Cby"):
        add_team(store, facilitator.collaborative_id, TeamDetails(name, f"{name} kommun"), code=f"team-kod-{name}",
                 actor="test")
    return ("Åby", "Bby", "Cby")


@pytest.fixture
def meetings(store, facilitator):
    return [add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails(date)).id
            for date in (dt.date(2026, 10, 8), dt.date(2026, 11, 12), dt.date(2026, 12, 10))]


def people(texts):
    participants, _left_out = participants_of([TeamList(team, f"{team} kommun", text) for team, text in texts])
    return participants


LISTS = (("Åby", "Anna*\nBo"), ("Bby", "Cecilia\nDavid"), ("Cby", "2"))


def test_the_facilitator_saves_replaces_and_reads_the_groups(store, facilitator, teams, meetings):
    groups = draw_groups(people(LISTS), size=3, seed=1)
    saved = save_groups(store, facilitator, meetings[0], groups, size=3, expected_version=0)
    assert saved == meeting_groups(store, facilitator, meetings[0])
    assert [[person.label for person in group] for group in saved.groups] == [
        [person.label for person in group] for group in groups]
    assert {person.label for group in saved.groups for person in group} == {
        "Anna", "Bo", "Cecilia", "David", "Cby, person 1", "Cby, person 2"}
    assert next(person for group in saved.groups for person in group if person.name == "Anna").host
    assert meeting_groups(store, facilitator, meetings[1]) is None

    redrawn = draw_groups(people(LISTS), size=2, seed=2)
    again = save_groups(store, facilitator, meetings[0], redrawn, size=2, expected_version=saved.version)
    assert (again.size, len(again.groups), again.version) == (2, 3, saved.version + 1)
    assert meeting_groups(store, facilitator, meetings[0]) == again
    with pytest.raises(EditConflict):  # another page saved the groups after this one read them
        save_groups(store, facilitator, meetings[0], groups, size=3, expected_version=saved.version)
    assert meeting_groups(store, facilitator, meetings[0]) == again
    with store.reading() as session:
        entities = set(session.scalars(select(HistoryRow.entity).where(
            HistoryRow.collaborative_id == facilitator.collaborative_id)))
    assert {"cross_groups", "cross_group_member"} <= entities


def test_earlier_meetings_are_the_history_of_the_next_draw(store, facilitator, teams, meetings):
    first = draw_groups(people(LISTS), size=2, seed=1)
    save_groups(store, facilitator, meetings[0], first, size=2, expected_version=0)
    # The same people listed in another order are known again: by first name, or by place when only counted.
    now = people((("Åby", "Bo\nAnna*"), ("Bby", "David\nCecilia"), ("Cby", "2")))
    earlier = [saved.groups for saved in earlier_groups(store, facilitator, meetings[1])]
    assert group_counts(first, earlier=earlier).repeated == 3  # every pair of the first meeting met there
    second = draw_groups(now, size=2, earlier=earlier, seed=5)
    assert group_counts(second, earlier=earlier).repeated == 0
    save_groups(store, facilitator, meetings[1], second, size=2, expected_version=0)
    assert [saved.meeting_id for saved in earlier_groups(store, facilitator, meetings[2])] == meetings[:2]
    assert earlier_groups(store, facilitator, meetings[0]) == []


def test_only_the_facilitator_of_the_collaborative_saves_or_reads(store, facilitator, teams, meetings,
                                                                   team_session):
    groups = draw_groups(people(LISTS), size=3, seed=1)
    with pytest.raises(AccessDenied, match="Bara samverkans processledare"):
        save_groups(store, team_session, meetings[0], groups, size=3, expected_version=0)
    with pytest.raises(AccessDenied):
        meeting_groups(store, team_session, meetings[0])
    assert meeting_groups(store, facilitator, meetings[0]) is None


def test_refusals_store_nothing(store, facilitator, teams, meetings, other_team):
    groups = draw_groups(people(LISTS), size=3, seed=1)
    with pytest.raises(InvalidInput, match="Det finns inga grupper att spara"):
        save_groups(store, facilitator, meetings[0], [], size=3, expected_version=0)
    with pytest.raises(InvalidInput, match="finns i mer än en grupp"):
        save_groups(store, facilitator, meetings[0], [groups[0], groups[0]], size=3, expected_version=0)
    strangers = people((("Öby", "Erik\nFrida"),))
    with pytest.raises(NotFound, match="Teamet Öby hör inte till den här samverkan."):
        save_groups(store, facilitator, meetings[0], [strangers], size=2, expected_version=0)
    with pytest.raises(NotFound, match="Träffen finns inte"):
        save_groups(store, facilitator, 10_000, groups, size=3, expected_version=0)
    assert meeting_groups(store, facilitator, meetings[0]) is None
