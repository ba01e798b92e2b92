"""Which months each team's monthly report is followed for, and whether it came in time.

A month's report is due on a day of the next month, the 10th unless the collaborative chose another (its
``report_due_day``); it is late when it was first saved after that, missing when there is none after that, and
not due before.
"""

from __future__ import annotations

import datetime as dt

from workshop.model import REPORT_DUE_DAY
from workshop.overview.model import ReportStatus
from workshop.reports.period_months import month_key, month_number, month_of_number, month_start

DUE_DAY = REPORT_DUE_DAY


def due_date(month: str, due_day: int = DUE_DAY) -> dt.date:
    return month_start(month_of_number(month_number(month) + 1)).replace(day=due_day)


def followed_months(period_start: dt.date | None, period_end: dt.date | None, reported: list[str],
                    today: dt.date) -> list[str]:
    """From the collaborative's start (or the first report) to this month, or to the period's end if earlier."""
    current = month_key(today if period_end is None else min(today, period_end))
    firsts = [month for month in (*reported, month_key(period_start) if period_start else None) if month]
    first = min(firsts, default=current)
    return [month_of_number(number) for number in range(month_number(first), month_number(current) + 1)]


def report_status(month: str, first_saved: dt.date | None, today: dt.date, due_day: int = DUE_DAY) -> ReportStatus:
    due = due_date(month, due_day)
    if first_saved is not None:
        return ReportStatus.SUBMITTED if first_saved <= due else ReportStatus.LATE
    return ReportStatus.MISSING if today > due else ReportStatus.NOT_DUE
