"""Teams of a collaborative: who they are, their members, and their access code."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop import access
from workshop.errors import DuplicateName, InvalidInput, NotFound
from workshop.i18n import _
from workshop.model import Area, Member, MemberRole, Team, TeamDetails, TeamOverview
from workshop.progress import teams_step_states
from workshop.store import Store, claim
from workshop.store.records import team_must_exist
from workshop.store.tables import CollaborativeRow, MemberRow, TeamRow
from workshop.validation import clean_text, name_key

MAX_MEMBERS = 30


def _from_row(row: TeamRow) -> Team:
    return Team(
        id=row.id,
        collaborative_id=row.collaborative_id,
        name=row.name,
        municipality=row.municipality,
        unit=row.unit,
        area=Area(row.area),
        members=tuple(Member(MemberRole(m.role), m.name) for m in row.members),
        region=row.region,
        version=row.version,
    )


def _cleaned(details: TeamDetails) -> TeamDetails:
    try:
        area = Area(details.area)
    except ValueError:
        raise InvalidInput(_("Choose an area for the team."), field="area") from None
    try:
        members = [Member(MemberRole(member.role), member.name) for member in details.members]
    except ValueError:
        raise InvalidInput(_("Choose a role for every member."), field="members") from None
    if len(members) > MAX_MEMBERS:
        raise InvalidInput(
            _("A team can have at most {limit} members.").format(limit=MAX_MEMBERS), field="members"
        )
    return TeamDetails(
        name=clean_text(details.name, field="name", label=_("Team name")),
        municipality=clean_text(details.municipality, field="municipality", label=_("Municipality")),
        unit=clean_text(details.unit, field="unit", label=_("Unit"), required=False),
        area=area,
        region=clean_text(details.region, field="region", label=_("Region"), required=False),
        members=tuple(
            replace(member, name=clean_text(member.name, field="members", label=_("Member name"), required=False))
            for member in members
        ),
    )


def _refuse_duplicate(session: Session, collaborative_id: int, name: str, own_id: int | None = None) -> None:
    existing = session.scalar(
        select(TeamRow.id).where(TeamRow.collaborative_id == collaborative_id, TeamRow.name_key == name_key(name))
    )
    if existing is not None and existing != own_id:
        raise DuplicateName(
            _("There is already a team called “{name}” in this collaborative. Choose another name.").format(
                name=name
            ),
            field="name",
        )


def _apply(row: TeamRow, details: TeamDetails) -> None:
    row.name = details.name
    row.name_key = name_key(details.name)
    row.municipality = details.municipality
    row.unit = details.unit
    row.area = Area(details.area).value
    row.region = details.region
    wanted = [(member.role.value, member.name) for member in details.members]
    if [(m.role, m.name) for m in row.members] != wanted:
        row.members = [MemberRow(position=i, role=role, name=name) for i, (role, name) in enumerate(wanted)]


def add_team(store: Store, collaborative_id: int, details: TeamDetails, *, code: str, actor: str) -> Team:
    details = _cleaned(details)
    code_hash = access.hash_code(access.check_new_code(code))
    with store.writing(actor) as session:
        if session.get(CollaborativeRow, collaborative_id) is None:
            raise NotFound(_("The collaborative does not exist (it may have been removed)."))
        _refuse_duplicate(session, collaborative_id, details.name)
        row = TeamRow(collaborative_id=collaborative_id, code_hash=code_hash)
        _apply(row, details)
        session.add(row)
        session.flush()
        return _from_row(row)


def update_team(store: Store, team_id: int, details: TeamDetails, *, expected_version: int, actor: str) -> Team:
    details = _cleaned(details)
    with store.writing(actor) as session:
        row = team_must_exist(session, team_id, for_update=True)
        claim(row, expected_version)
        _refuse_duplicate(session, row.collaborative_id, details.name, own_id=row.id)
        _apply(row, details)
        session.flush()
        return _from_row(row)


def change_team_code(store: Store, team_id: int, *, new_code: str, actor: str) -> None:
    """Give the team a new code; links made with the old one stop working."""
    code_hash = access.hash_code(access.check_new_code(new_code))
    with store.writing(actor) as session:
        row = team_must_exist(session, team_id, for_update=True)
        # The code is not one of the details people edit: changing it leaves their open forms saveable.
        row.code_hash = code_hash


def get_team(store: Store, team_id: int) -> Team:
    with store.reading() as session:
        return _from_row(team_must_exist(session, team_id))


def team_code_hash(store: Store, team_id: int) -> tuple[int, str]:
    """(collaborative id, code hash) of a team, for access checks."""
    with store.reading() as session:
        row = team_must_exist(session, team_id)
        return row.collaborative_id, row.code_hash


def team_code_hashes(store: Store, collaborative_id: int) -> dict[int, str]:
    """Code hash of every team of a collaborative, by team id (one query, for the facilitator's links)."""
    with store.reading() as session:
        query = select(TeamRow.id, TeamRow.code_hash).where(TeamRow.collaborative_id == collaborative_id)
        return {row.id: row.code_hash for row in session.execute(query)}


def list_teams(store: Store, collaborative_id: int) -> list[TeamOverview]:
    """Every team of the collaborative with the status of each step, by name."""
    with store.reading() as session:
        rows = session.scalars(
            select(TeamRow)
            .where(TeamRow.collaborative_id == collaborative_id)
            .options(selectinload(TeamRow.members))
            .order_by(TeamRow.name_key)
        )
        teams = [_from_row(row) for row in rows]
    states = teams_step_states(store, [team.id for team in teams])
    return [TeamOverview(team, {step: state.status for step, state in states[team.id].items()}) for team in teams]
