"""The months a team can write a monthly report for: from when its work began to the current month.

The work began at the collaborative's start or at the team's first record, whichever
is earlier: a team that tested in November keeps November even when the
collaborative's period was set to start in January.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from workshop.errors import InvalidInput
from workshop.i18n import _, format_month
from workshop.store import Store
from workshop.store.records import team_must_exist
from workshop.store.tables import TeamRow
from workshop.store.tables.inventory import InventoryRow
from workshop.store.tables.pdsa import PdsaCycleRow
from workshop.store.tables.reports import MonthlyReportRow


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(month: str) -> dt.date:
    return dt.date.fromisoformat(f"{month}-01")


def month_number(month: str) -> int:
    """Months counted from year 0, so that months can be stepped through by adding one."""
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def month_of_number(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def _first_record(session, team_id: int) -> dt.date:
    """The earliest day the team's records speak of: its creation, a cycle's dates, an inventory, a report."""
    team = session.get(TeamRow, team_id)
    days = [team.created_at.date()]
    for column in (PdsaCycleRow.start_date, PdsaCycleRow.started_on):
        days.append(session.scalar(select(func.min(column)).where(PdsaCycleRow.team_id == team_id)))
    days.append(session.scalar(select(func.min(InventoryRow.inventory_date)).where(InventoryRow.team_id == team_id)))
    first_report = session.scalar(select(func.min(MonthlyReportRow.month)).where(MonthlyReportRow.team_id == team_id))
    if first_report:
        days.append(month_start(first_report))
    return min(day for day in days if day is not None)


def first_month(store: Store, team_id: int, *, today: dt.date | None = None) -> str:
    """The first month a report can be written for (never after the current month)."""
    today = today or dt.date.today()
    with store.reading() as session:
        start = team_must_exist(session, team_id).collaborative.period_start
        first = _first_record(session, team_id)
    return month_key(min(day for day in (start, first, today) if day is not None))


def months_to_report(store: Store, team_id: int, *, today: dt.date | None = None) -> list[str]:
    """The months a team can write about, newest first: the current month back to :func:`first_month`."""
    today = today or dt.date.today()
    current = month_number(month_key(today))
    first = month_number(first_month(store, team_id, today=today))
    return [month_of_number(number) for number in range(current, first - 1, -1)]


def refuse_month_before_work(store: Store, team_id: int, month: str, *, today: dt.date | None = None) -> None:
    """:class:`InvalidInput` when ``month`` ("2026-11") lies before the team's work began."""
    first = first_month(store, team_id, today=today)
    if month < first:
        raise InvalidInput(
            _("{month} is before your work began. A monthly report can be written from {first} to this "
              "month.").format(month=format_month(month_start(month)), first=format_month(month_start(first))),
            field="month")
