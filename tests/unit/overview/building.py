"""A collaborative's teams and records written straight into the store, so that large collaboratives are quick to
build (no code hashing per team, one transaction)."""

from __future__ import annotations

import datetime as dt

from workshop.store.tables import TeamRow
from workshop.store.tables.improvement import ChangeIdeaRow, MeasureRow
from workshop.store.tables.pdsa import PdsaCycleRow
from workshop.store.tables.reports import MonthlyReportRow
from workshop.store.tables.results import ResultPointRow
from workshop.store.tables.seminars import FacultyScoreRow


def team(collaborative_id: int, name: str, municipality: str = "Åby kommun") -> TeamRow:
    return TeamRow(collaborative_id=collaborative_id, name=name, name_key=name.casefold(), municipality=municipality,
                   unit="", area="both", code_hash="not-a-code")


def measure(team_id: int, name: str, values: list[float], *, direction: str = "higher",
            start: dt.date = dt.date(2026, 1, 5)) -> list:
    """A weekly count measure on a run chart with one point per value, from ``start``'s week on."""
    row = MeasureRow(team_id=team_id, name=name, kind="outcome", unit="count", frequency="week",
                     direction=direction, chart="run")
    points = []
    for week, value in enumerate(values):
        year, number, _day = (start + dt.timedelta(weeks=week)).isocalendar()
        points.append(ResultPointRow(team_id=team_id, period=f"{year}-W{number:02d}", value=value, note=""))
    return [row, points]


def add_measure(session, team_id: int, name: str, values: list[float], **options) -> MeasureRow:
    row, points = measure(team_id, name, values, **options)
    session.add(row)
    session.flush()
    for point in points:
        point.measure_id = row.id
    session.add_all(points)
    return row


def idea(team_id: int, title: str, catalog_entry: str | None = None, level: str | None = None) -> ChangeIdeaRow:
    return ChangeIdeaRow(team_id=team_id, title=title, catalog_entry=catalog_entry, prevention_level=level)


def cycle(team_id: int, idea_id: int | None, number: int, *, status: str = "ongoing", end: dt.date | None = None,
          learned: str = "", decision: str | None = None) -> PdsaCycleRow:
    return PdsaCycleRow(team_id=team_id, change_idea_id=idea_id, number=number, title=f"Cykel {number}",
                        status=status, end_date=end, learned=learned, decision=decision)


def report(team_id: int, month: str, saved: dt.date, self_score: float | None = None) -> MonthlyReportRow:
    at = dt.datetime.combine(saved, dt.time(12), dt.UTC)
    return MonthlyReportRow(team_id=team_id, month=month, self_score=self_score, created_at=at, updated_at=at)


def faculty(team_id: int, month: str, score: float) -> FacultyScoreRow:
    return FacultyScoreRow(team_id=team_id, month=month, score=score)
