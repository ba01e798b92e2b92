import datetime as dt

import pytest

from workshop.errors import InvalidInput
from workshop.i18n import in_language
from workshop.reports import ReportPeriod


def test_a_month_covers_its_first_to_its_last_day_and_is_named_by_month():
    february = ReportPeriod.month(2028, 2)
    assert (february.start, february.end) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
    assert february.is_month and february.slug == "2028-02"
    assert february.label == "feb. 2028"
    with in_language("en"):
        assert february.label == "Feb 2028"


@pytest.mark.parametrize(("period", "label", "slug"), [
    (ReportPeriod(), "hela arbetet", ""),
    (ReportPeriod(dt.date(2026, 1, 15)), "från 15 jan. 2026", "2026-01-15"),
    (ReportPeriod(end=dt.date(2026, 11, 30)), "till och med 30 nov. 2026", "2026-11-30"),
    (ReportPeriod(dt.date(2026, 1, 15), dt.date(2026, 6, 30)), "15 jan. 2026 – 30 juni 2026",
     "2026-01-15--2026-06-30"),
])
def test_other_periods_are_named_and_give_file_name_parts(period, label, slug):
    assert not period.is_month
    assert (period.label, period.slug) == (label, slug)


def test_a_period_that_ends_before_it_starts_is_refused_in_swedish():
    with pytest.raises(InvalidInput, match="slutar innan den börjar"):
        ReportPeriod(dt.date(2026, 6, 1), dt.date(2026, 5, 31))


@pytest.mark.parametrize(("start", "end", "overlaps"), [
    (dt.date(2026, 5, 20), dt.date(2026, 6, 3), True),   # runs into the period
    (dt.date(2026, 6, 29), None, True),                   # still going
    (dt.date(2026, 7, 1), dt.date(2026, 7, 9), False),    # after
    (dt.date(2026, 5, 1), dt.date(2026, 5, 31), False),   # before
    (None, None, True),                                   # no dates: cannot be ruled out
])
def test_overlap_with_a_period(start, end, overlaps):
    june = ReportPeriod.month(2026, 6)
    assert june.overlaps(start, end) is overlaps


def test_charts_reach_up_to_the_end_of_the_period():
    june = ReportPeriod.month(2026, 6)
    assert june.reaches(dt.date(2025, 1, 1)) and june.reaches(dt.date(2026, 6, 30))
    assert not june.reaches(dt.date(2026, 7, 1))
    assert ReportPeriod().reaches(dt.date(2099, 1, 1))
