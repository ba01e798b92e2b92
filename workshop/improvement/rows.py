"""Reaching a team's drivers: a driver that is removed cannot be chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.store.records import Record, owned_row
from workshop.store.tables.improvement import DriverRow


def driver_missing() -> str:
    return _("The driver does not exist (it may have been removed).")


def live_driver(session: Session, team_id: int, driver_id: int | None) -> DriverRow:
    """A driver of this team that is not removed; anything else is refused."""
    row: DriverRow = owned_row(session, DriverRow, team_id, driver_id, missing=driver_missing())
    if row.removed_at is not None:
        raise InvalidInput(_("The driver has been removed. Choose another driver."), field="driver")
    return row


def tied_to_a_live_driver(record: Record, details: Any) -> Callable[[Session, Any], None]:
    """Writes ``details`` into a row; a driver newly chosen must be one of the team's that is not removed."""

    def write(session: Session, row: Any) -> None:
        if details.driver_id is not None and details.driver_id != row.driver_id:
            live_driver(session, row.team_id, details.driver_id)
        record.write(row, details)

    return write
