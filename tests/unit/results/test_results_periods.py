"""Periods as people write them in Swedish spreadsheets: weeks and months."""

from __future__ import annotations

import pytest

from workshop.errors import InvalidInput
from workshop.i18n import set_language
from workshop.improvement import Frequency
from workshop.results import Period, parse_period, period_from_key

WEEK, MONTH = Frequency.WEEK, Frequency.MONTH


@pytest.mark.parametrize("text", ["v. 5 2026", "v5 2026", "V.5-2026", "vecka 5, 2026", "2026-W05", "2026 v 5",
                                  "2026-w5", "week 5 2026", "v. 5 26", "2026-01-27", "2026-01-26 00:00:00"])
def test_week_forms(text):
    assert parse_period(text, WEEK) == Period(WEEK, 2026, 5)


@pytest.mark.parametrize("text", ["januari 2026", "Jan 2026", "jan. 2026", "jan-26", "2026-01", "2026/1",
                                  "2026 januari", "2026-01-31", "JANUARI 2026"])
def test_month_forms(text):
    assert parse_period(text, MONTH) == Period(MONTH, 2026, 1)


@pytest.mark.parametrize("text,number", [("maj 2026", 5), ("okt 2026", 10), ("sept 2026", 9), ("mars 2026", 3),
                                         ("december 2026", 12)])
def test_swedish_month_names(text, number):
    assert parse_period(text, MONTH).number == number


def test_week_53_exists_only_in_long_years():
    assert parse_period("v. 53 2026", WEEK).key == "2026-W53"
    with pytest.raises(InvalidInput, match="Vecka 53 finns inte år 2027"):
        parse_period("v. 53 2027", WEEK)


@pytest.mark.parametrize("text,frequency", [("v. 5", WEEK), ("5", WEEK), ("januari", MONTH)])
def test_a_period_without_a_year_asks_for_the_year(text, frequency):
    with pytest.raises(InvalidInput, match="Skriv året också"):
        parse_period(text, frequency)


@pytest.mark.parametrize("text,frequency", [("jan 2026", WEEK), ("v. 5 2026", MONTH), ("hej", WEEK),
                                            ("13/2026", MONTH), ("2026-13", MONTH)])
def test_something_else_says_how_to_write_the_period(text, frequency):
    with pytest.raises(InvalidInput, match="är inte en period som måttet använder"):
        parse_period(text, frequency)


def test_empty_period():
    with pytest.raises(InvalidInput, match="Perioden är tom"):
        parse_period("  ", WEEK)


def test_keys_labels_and_the_next_period():
    week = parse_period("v. 53 2026", WEEK)
    assert (week.label, week.next().key, week.next().label) == ("v. 53 2026", "2027-W01", "v. 1 2027")
    month = parse_period("dec 2026", MONTH)
    assert (month.key, month.next().key, month.label) == ("2026-12", "2027-01", "dec 2026")
    assert period_from_key(week.key) == week and period_from_key(month.key) == month
    assert sorted([month.next(), month]) == [month, month.next()]
    set_language("en")
    assert (week.label, month.label) == ("w. 53 2026", "Dec 2026")
