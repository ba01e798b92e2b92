"""Reaching a team's own rows, and soft removal that can be undone."""

from __future__ import annotations

from sqlalchemy import func, select

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _
from workshop.store import claim
from workshop.store.tables import TeamRow, utc_now
from workshop.store.tables.improvement import DriverRow


def team_must_exist(session, team_id: int) -> None:
    if session.get(TeamRow, team_id) is None:
        raise NotFound(_("The team does not exist (it may have been removed)."))


def owned_row(session, table, team_id: int, row_id: int | None, *, missing: str, for_update: bool = False):
    """The row ``row_id`` of ``table`` if it belongs to ``team_id``; another team's row is as good as missing."""
    row = session.get(table, row_id, with_for_update=for_update) if isinstance(row_id, int) else None
    if row is None or row.team_id != team_id:
        raise NotFound(missing)
    return row


def next_position(session, table, team_id: int) -> int:
    last = session.scalar(select(func.max(table.position)).where(table.team_id == team_id))
    return 0 if last is None else last + 1


def set_removed(row, removed: bool, *, expected_version: int) -> None:
    """Remove softly (or undo it): the row keeps its links and history."""
    claim(row, expected_version)
    row.removed_at = utc_now() if removed else None


def driver_missing() -> str:
    return _("The driver does not exist (it may have been removed).")


def live_driver(session, team_id: int, driver_id: int | None) -> DriverRow:
    """A driver of this team that is not removed; anything else is refused."""
    row = owned_row(session, DriverRow, team_id, driver_id, missing=driver_missing())
    if row.removed_at is not None:
        raise InvalidInput(_("The driver has been removed. Choose another driver."), field="driver")
    return row
