"""Aims: several per team over time, one of them active. A draft always saves; the checks only advise."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.aims.model import Aim, AimDetails
from workshop.aims.records import AIM
from workshop.i18n import _
from workshop.store import Store, claim
from workshop.store.records import owned_row, team_must_exist
from workshop.store.tables.aims import AimRow


def to_aim(row: AimRow) -> Aim:
    return AIM.stored_as(Aim).read(row, id=row.id, team_id=row.team_id, active=row.active, version=row.version,
                                   created_at=row.created_at)


def clean_aim(details: AimDetails) -> AimDetails:
    """``details`` tidied; only lengths and the date are refused, never an unfinished aim."""
    return AIM.part(AIM.clean(details))


def aim_missing() -> str:
    return _("The aim does not exist (it may belong to another team).")


def _deactivate_others(session: Session, team_id: int, aim_id: int) -> None:
    others = session.scalars(select(AimRow).where(AimRow.team_id == team_id, AimRow.active.is_(True),
                                                  AimRow.id != aim_id))
    for other in others:
        claim(other, other.version)
        other.active = False


def add_aim(store: Store, team_id: int, details: AimDetails, *, actor: str) -> Aim:
    """A new aim, which becomes the team's active one (earlier aims are kept)."""
    details = clean_aim(details)
    with store.writing(actor) as session:
        team_must_exist(session, team_id)
        row = AimRow(team_id=team_id, active=True)
        AIM.write(row, details)
        session.add(row)
        session.flush()
        _deactivate_others(session, team_id, row.id)
        return to_aim(row)


def update_aim(store: Store, team_id: int, aim_id: int, details: AimDetails, *,
               expected_version: int, actor: str) -> Aim:
    details = clean_aim(details)
    with store.writing(actor) as session:
        row = owned_row(session, AimRow, team_id, aim_id, missing=aim_missing(), for_update=True)
        claim(row, expected_version)
        AIM.write(row, details)
        session.flush()
        return to_aim(row)


def activate_aim(store: Store, team_id: int, aim_id: int, *, actor: str) -> Aim:
    """Make ``aim_id`` the team's active aim; the others stay as earlier aims."""
    with store.writing(actor) as session:
        row = owned_row(session, AimRow, team_id, aim_id, missing=aim_missing(), for_update=True)
        if not row.active:
            claim(row, row.version)
            row.active = True
        session.flush()
        _deactivate_others(session, team_id, row.id)
        return to_aim(row)


def get_aim(store: Store, team_id: int, aim_id: int) -> Aim:
    with store.reading() as session:
        return to_aim(owned_row(session, AimRow, team_id, aim_id, missing=aim_missing()))


def active_aim(store: Store, team_id: int) -> Aim | None:
    with store.reading() as session:
        row = session.scalar(select(AimRow).where(AimRow.team_id == team_id, AimRow.active.is_(True)))
        return to_aim(row) if row is not None else None


def list_aims(store: Store, team_id: int) -> list[Aim]:
    """The team's aims, newest first."""
    with store.reading() as session:
        rows = session.scalars(select(AimRow).where(AimRow.team_id == team_id).order_by(AimRow.id.desc()))
        return [to_aim(row) for row in rows]
