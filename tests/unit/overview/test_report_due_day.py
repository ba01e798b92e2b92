"""The day a month's report is due is the collaborative's: the 10th unless chosen otherwise, and the overview's
report status follows it; a day that not every month has is refused in Swedish and nothing is stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.unit.overview.building import report, team
from workshop.collaboratives import get_collaborative, update_collaborative
from workshop.errors import InvalidInput
from workshop.overview import ReportStatus, collaborative_overview

TODAY = dt.date(2026, 12, 6)


def _statuses(store, facilitator) -> dict[str, ReportStatus]:
    overview = collaborative_overview(store, facilitator, today=TODAY)
    return {cell.month: cell.status for cell in overview.reports}


def test_the_report_status_follows_the_collaboratives_due_day(store, facilitator):
    cid = facilitator.collaborative_id
    with store.writing("test") as session:
        aby = team(cid, "Åby")
        session.add(aby)
        session.flush()
        session.add(report(aby.id, "2026-10", dt.date(2026, 11, 15)))
    statuses = _statuses(store, facilitator)
    assert get_collaborative(store, cid).report_due_day == 10
    assert (statuses["2026-10"], statuses["2026-11"]) == (ReportStatus.LATE, ReportStatus.NOT_DUE)
    collaborative = get_collaborative(store, cid)
    update_collaborative(store, cid, replace(collaborative.details, report_due_day=20),
                         expected_version=collaborative.version, actor="test")
    statuses = _statuses(store, facilitator)
    assert (statuses["2026-10"], statuses["2026-09"]) == (ReportStatus.SUBMITTED, ReportStatus.MISSING)
    overview = collaborative_overview(store, facilitator, today=TODAY)
    assert overview.report_due_day == 20


@pytest.mark.parametrize("day", [0, 29, 31, -1, "10", 10.0, True, None])
def test_a_due_day_not_every_month_has_is_refused_and_nothing_is_stored(store, facilitator, day):
    collaborative = get_collaborative(store, facilitator.collaborative_id)
    with pytest.raises(InvalidInput) as refused:
        update_collaborative(store, collaborative.id, replace(collaborative.details, report_due_day=day),
                             expected_version=collaborative.version, actor="test")
    assert refused.value.field == "report_due_day" and "en dag från 1 till 28" in refused.value.message
    assert get_collaborative(store, collaborative.id) == collaborative
