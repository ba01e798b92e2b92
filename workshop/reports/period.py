"""The period a document covers: a month for the monthly report, the whole work or a stretch of it otherwise."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from workshop.errors import InvalidInput
from workshop.i18n import _, format_date, format_month


@dataclass(frozen=True)
class ReportPeriod:
    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise InvalidInput(_("The period ends before it starts. Check the dates."), field="period")

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))

    @property
    def is_month(self) -> bool:
        return self._month_start is not None

    @property
    def _month_start(self) -> dt.date | None:
        """The first day of the calendar month this period is exactly, if it is one."""
        if (self.start is not None and self.end is not None and self.start.day == 1
                and self == ReportPeriod.month(self.start.year, self.start.month)):
            return self.start
        return None

    @property
    def label(self) -> str:
        if month_start := self._month_start:
            return format_month(month_start)
        if self.start and self.end:
            return _("{start} – {end}").format(start=format_date(self.start), end=format_date(self.end))
        if self.start:
            return _("from {start}").format(start=format_date(self.start))
        if self.end:
            return _("up to {end}").format(end=format_date(self.end))
        return _("the whole work")

    @property
    def slug(self) -> str:
        """For file names: "2026-11", "2026-01-01--2026-06-30" or "" for the whole work."""
        if month_start := self._month_start:
            return month_start.strftime("%Y-%m")
        return "--".join(day.isoformat() for day in (self.start, self.end) if day)

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether something running from ``start`` to ``end`` (either unknown) touches the period."""
        if self.end and start and start > self.end:
            return False
        return not (self.start and end and end < self.start)

    def reaches(self, day: dt.date) -> bool:
        """Whether ``day`` is not after the period's end (charts show the history up to it)."""
        return self.end is None or day <= self.end
