"""Reaching a team's drivers: a driver that is removed cannot be chosen."""

from __future__ import annotations

from sqlalchemy.orm import Session

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.store.records import owned_row
from workshop.store.tables.improvement import DriverRow


def driver_missing() -> str:
    return _("The driver does not exist (it may have been removed).")


def live_driver(session: Session, team_id: int, driver_id: int | None) -> DriverRow:
    """A driver of this team that is not removed; anything else is refused."""
    row: DriverRow = owned_row(session, DriverRow, team_id, driver_id, missing=driver_missing())
    if row.removed_at is not None:
        raise InvalidInput(_("The driver has been removed. Choose another driver."), field="driver")
    return row
