"""The overview reads all teams in a number of queries that does not grow with the number of teams."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import event

from tests.unit.overview.building import add_measure, cycle, faculty, idea, report, team
from workshop.overview import SignalKind, collaborative_overview

MEASURES, POINTS = 6, 52
QUERY_BOUND = 40
"""Step facts (one query each), three for measures and points and phases, and a few more; see docs/oversikt.md."""


def _fill(store, collaborative_id: int, teams: int, start: int = 0) -> None:
    chance = random.Random(16)
    with store.writing("test") as session:
        for number in range(start, start + teams):
            row = team(collaborative_id, f"Team {number:02d}", f"Kommun {number % 7}")
            session.add(row)
            session.flush()
            for measure in range(MEASURES):
                add_measure(session, row.id, f"Mått {measure}", [chance.gauss(10, 2) for _point in range(POINTS)])
            change = idea(row.id, "FIA", "fia")
            session.add(change)
            session.flush()
            session.add_all([cycle(row.id, change.id, 1, status="done", learned="Ja", decision="adopt"),
                             report(row.id, "2026-10", dt.date(2026, 11, 5), 2.0), faculty(row.id, "2026-10", 2.5)])


def _statements(store, facilitator) -> tuple[int, object]:
    seen: list[str] = []

    def count(_connection, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        overview = collaborative_overview(store, facilitator, today=dt.date(2026, 12, 6))
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen), overview


def test_forty_teams_with_six_measures_of_52_points_take_as_many_queries_as_four(store, facilitator):
    _fill(store, facilitator.collaborative_id, 4)
    few, small = _statements(store, facilitator)
    _fill(store, facilitator.collaborative_id, 36, start=4)
    many, large = _statements(store, facilitator)
    assert len(small.teams) == 4 and len(large.teams) == 40
    assert len(large.measures) == 40 * MEASURES and {cell.points for cell in large.measures} == {POINTS}
    assert all(cell.signal is not SignalKind.TOO_FEW for cell in large.measures)
    assert len(large.scores) == 40 and all(cell.gap == 0.5 for cell in large.scores)
    assert many == few <= QUERY_BOUND
