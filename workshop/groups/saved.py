"""Each meeting's cross-groups, saved by the collaborative's facilitator: a re-draw before the meeting replaces
them, and later meetings draw with the earlier ones as history.

Only the facilitator reads and writes them: they hold staff first names, which teams do not need to see here.

>>> saved = save_groups(store, facilitator, meeting_id, groups, size=4, expected_version=0)
>>> meeting_groups(store, facilitator, meeting_id)          # the same groups, or None before the first save
>>> earlier_groups(store, facilitator, meeting_id)          # earlier meetings' groups, oldest first
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from workshop.errors import InvalidInput, NotFound
from workshop.groups.participants import Participant
from workshop.groups.rounds import Groups
from workshop.i18n import _
from workshop.session import Session, led_collaborative
from workshop.store import Store, claim, failures
from workshop.store.tables import SeminarRow, TeamRow
from workshop.store.tables.seminars import CrossGroupMemberRow, CrossGroupsRow


@dataclass(frozen=True)
class SavedGroups:
    meeting_id: int
    meeting_date: dt.date
    groups: tuple[tuple[Participant, ...], ...]
    size: int
    version: int
    saved_at: dt.datetime | None = field(default=None, compare=False)


def _meeting(session: DbSession, collaborative_id: int, meeting_id: int) -> SeminarRow:
    row = session.get(SeminarRow, meeting_id) if isinstance(meeting_id, int) else None
    if row is None or row.collaborative_id != collaborative_id:
        raise NotFound(_("The meeting does not exist (it may have been removed)."))
    return row


def _read(session: DbSession, collaborative_id: int) -> list[SavedGroups]:
    """Every saved meeting's groups of the collaborative, oldest meeting first, in two queries."""
    saved = session.execute(
        select(CrossGroupsRow, SeminarRow.date).join(SeminarRow, SeminarRow.id == CrossGroupsRow.seminar_id)
        .where(CrossGroupsRow.collaborative_id == collaborative_id).order_by(SeminarRow.date, SeminarRow.id)).all()
    members: dict[int, dict[int, list[Participant]]] = {row.id: {} for row, _date in saved}
    for member, team in session.execute(
            select(CrossGroupMemberRow, TeamRow).join(TeamRow, TeamRow.id == CrossGroupMemberRow.team_id)
            .where(CrossGroupMemberRow.collaborative_id == collaborative_id)
            .order_by(CrossGroupMemberRow.group_number, CrossGroupMemberRow.position)):
        members[member.cross_groups_id].setdefault(member.group_number, []).append(Participant(
            id=f"{team.name}#{member.number}", team=team.name, municipality=team.municipality, number=member.number,
            name=member.name, host=member.host))
    return [SavedGroups(meeting_id=row.seminar_id, meeting_date=date, size=row.size, version=row.version,
                        saved_at=row.updated_at,
                        groups=tuple(tuple(group) for _number, group in sorted(members[row.id].items())))
            for row, date in saved]


def meeting_groups(store: Store, facilitator: Session, meeting_id: int) -> SavedGroups | None:
    """The meeting's saved groups, or None before they are saved."""
    collaborative_id = led_collaborative(facilitator)
    with store.reading() as session:
        _meeting(session, collaborative_id, meeting_id)
        return next((saved for saved in _read(session, collaborative_id) if saved.meeting_id == meeting_id), None)


def earlier_groups(store: Store, facilitator: Session, meeting_id: int) -> list[SavedGroups]:
    """The saved groups of the collaborative's meetings before this one, oldest first (the history of a draw)."""
    collaborative_id = led_collaborative(facilitator)
    with store.reading() as session:
        meeting = _meeting(session, collaborative_id, meeting_id)
        return [saved for saved in _read(session, collaborative_id)
                if (saved.meeting_date, saved.meeting_id) < (meeting.date, meeting.id)]


def _checked(groups: Groups) -> None:
    people = [person.id for group in groups for person in group]
    if not people or any(not group for group in groups):
        raise InvalidInput(_("There are no groups to save. Draw the groups first."), field="groups")
    if len(set(people)) != len(people):
        raise InvalidInput(_("Someone is in more than one group. Draw the groups again."), field="groups")


def save_groups(store: Store, facilitator: Session, meeting_id: int, groups: Groups, *, size: int,
                expected_version: int) -> SavedGroups:
    """Save the meeting's groups, replacing the ones saved before (``expected_version`` 0 for the first save).

    Refused, with nothing stored: a session that is not the collaborative's facilitator, a meeting or team of
    another collaborative, no groups, a person twice, and groups someone else saved after this page read them.
    """
    collaborative_id = led_collaborative(facilitator)
    _checked(groups)
    try:
        return _save(store, facilitator, collaborative_id, meeting_id, groups, size=size,
                     expected_version=expected_version)
    except failures.DuplicateName:  # two first saves at once: the second is told as any edit conflict
        raise failures.conflict() from None


def _save(store: Store, facilitator: Session, collaborative_id: int, meeting_id: int, groups: Groups, *, size: int,
          expected_version: int) -> SavedGroups:
    with store.writing(facilitator.actor) as session:
        _meeting(session, collaborative_id, meeting_id)
        teams = {row.name: row.id for row in session.scalars(
            select(TeamRow).where(TeamRow.collaborative_id == collaborative_id))}
        if unknown := {person.team for group in groups for person in group} - set(teams):
            raise NotFound(_("The team {team} does not belong to this collaborative.").format(team=min(unknown)))
        row = session.scalar(select(CrossGroupsRow).where(CrossGroupsRow.seminar_id == meeting_id)
                             .with_for_update())
        if row is None:
            row = CrossGroupsRow(seminar_id=meeting_id, collaborative_id=collaborative_id, version=0)
            session.add(row)
        claim(row, expected_version)
        row.size = size
        session.flush()
        for old in session.scalars(select(CrossGroupMemberRow).where(CrossGroupMemberRow.cross_groups_id == row.id)):
            session.delete(old)  # one by one, so that history keeps each
        session.add_all(CrossGroupMemberRow(cross_groups_id=row.id, collaborative_id=collaborative_id,
                                            team_id=teams[person.team], group_number=number, position=position,
                                            number=person.number, name=person.name, host=person.host)
                        for number, group in enumerate(groups, start=1) for position, person in enumerate(group))
        session.flush()
        return next(saved for saved in _read(session, collaborative_id) if saved.meeting_id == meeting_id)
