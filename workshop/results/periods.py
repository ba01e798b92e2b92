"""Periods of a measure: ISO weeks (``2026-W05``) or months (``2026-01``).

People write periods in many ways; :func:`parse_period` reads the common
Swedish and spreadsheet forms ("v. 5 2026", "vecka 5, 2026", "2026-W05",
"januari 2026", "jan-26", "2026-01", or a date inside the period).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from workshop.errors import InvalidInput
from workshop.i18n import _, get_language
from workshop.improvement import Frequency

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augusti": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_MONTH_NAMES = {
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_YEAR = r"(?P<year>\d{4}|\d{2})"
_WEEK = r"(?:v|w|vecka|week|vnr)?\s*(?P<number>\d{1,2})"
_WEEK_FORMS = (
    re.compile(rf"^{_YEAR}\s*[-/ ]?\s*(?:v|w|vecka|week)\s*(?P<number>\d{{1,2}})$"),
    re.compile(rf"^(?:v|w|vecka|week)\s*(?P<number>\d{{1,2}})\s*[-/ ,]\s*{_YEAR}$"),
)
_MONTH_NAME = r"(?P<name>[a-zåäö]+)"
_MONTH_FORMS = (
    re.compile(rf"^{_MONTH_NAME}\s*[-/ ]\s*{_YEAR}$"),
    re.compile(rf"^(?P<year>\d{{4}})\s*[-/ ]?\s*{_MONTH_NAME}$"),
    re.compile(r"^(?P<year>\d{4})\s*[-/]\s*(?P<number>\d{1,2})$"),
)
_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_TIME_OF_DAY = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2})?$")
_KEY = re.compile(r"^(?P<year>\d{4})-(?:W(?P<week>\d{2})|(?P<month>\d{2}))$")


@dataclass(frozen=True, order=True)
class Period:
    """One week or month; ordered in time. ``key`` is how it is stored."""

    frequency: Frequency
    year: int
    number: int
    """ISO week number (1–53) or month (1–12)."""

    @property
    def key(self) -> str:
        if self.frequency is Frequency.WEEK:
            return f"{self.year}-W{self.number:02d}"
        return f"{self.year}-{self.number:02d}"

    @property
    def label(self) -> str:
        """As people write it: "v. 5 2026", "jan 2026"."""
        if self.frequency is Frequency.WEEK:
            return _("w. {week} {year}").format(week=self.number, year=self.year)
        return f"{_MONTH_NAMES[get_language()][self.number - 1]} {self.year}"

    @property
    def start(self) -> dt.date:
        if self.frequency is Frequency.WEEK:
            return dt.date.fromisocalendar(self.year, self.number, 1)
        return dt.date(self.year, self.number, 1)

    def next(self) -> Period:
        if self.frequency is Frequency.WEEK:
            year, week, _day = (self.start + dt.timedelta(weeks=1)).isocalendar()
            return Period(self.frequency, year, week)
        if self.number == 12:
            return Period(self.frequency, self.year + 1, 1)
        return Period(self.frequency, self.year, self.number + 1)

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        return self.next().start


def period_of_date(day: dt.date, frequency: Frequency) -> Period:
    if frequency is Frequency.WEEK:
        year, week, _day = day.isocalendar()
        return Period(frequency, year, week)
    return Period(frequency, day.year, day.month)


def period_from_key(key: str) -> Period:
    match = _KEY.match(key)
    if match is None:
        raise ValueError(f"not a period key: {key!r}")
    if match["week"]:
        return Period(Frequency.WEEK, int(match["year"]), int(match["week"]))
    return Period(Frequency.MONTH, int(match["year"]), int(match["month"]))


def example(frequency: Frequency) -> str:
    return _("for example w. 5 2026") if frequency is Frequency.WEEK else _("for example jan 2026")


def parse_period(text: str, frequency: Frequency) -> Period:
    """The period ``text`` names, or :class:`InvalidInput` saying how to write it."""
    cleaned = _TIME_OF_DAY.sub("", text.strip())  # spreadsheets add 00:00:00 to dates
    cleaned = " ".join(cleaned.replace(".", " ").replace(",", " ").casefold().split())
    if not cleaned:
        raise InvalidInput(_("The period is empty."), field="period")
    period = _from_date(cleaned, frequency)
    if period is None:
        period = _week(cleaned) if frequency is Frequency.WEEK else _month(cleaned)
    if period is None:
        raise InvalidInput(
            _("“{text}” is not a period this measure uses ({example}).").format(
                text=text.strip(), example=example(frequency)),
            field="period",
        )
    return period


def _full_year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def _from_date(text: str, frequency: Frequency) -> Period | None:
    match = _DATE.match(text.replace(" ", ""))
    if match is None:
        return None
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return period_of_date(day, frequency)


def _week(text: str) -> Period | None:
    for form in _WEEK_FORMS:
        match = form.match(text)
        if match:
            year, week = _full_year(match["year"]), int(match["number"])
            try:
                dt.date.fromisocalendar(year, week, 1)
            except ValueError:
                raise InvalidInput(
                    _("Week {week} does not exist in {year}.").format(week=week, year=year), field="period"
                ) from None
            return Period(Frequency.WEEK, year, week)
    if re.fullmatch(_WEEK, text):
        raise InvalidInput(_("Write the year too, {example}.").format(example=example(Frequency.WEEK)),
                           field="period")
    return None


def _month(text: str) -> Period | None:
    for form in _MONTH_FORMS:
        match = form.match(text)
        if not match:
            continue
        groups = match.groupdict()
        number = _MONTHS.get(groups["name"]) if "name" in groups else int(groups["number"])
        if number is not None and 1 <= number <= 12:
            return Period(Frequency.MONTH, _full_year(match["year"]), number)
    if text in _MONTHS:
        raise InvalidInput(_("Write the year too, {example}.").format(example=example(Frequency.MONTH)),
                           field="period")
    return None
