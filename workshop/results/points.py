"""Store and read a measure's points and phases; every write is checked whole before it is kept.

All writes of one call are one transaction: bad input leaves the stored points
exactly as they were. History is recorded for every row (``team_id``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _
from workshop.improvement import Measure
from workshop.improvement.measures import measure_missing, to_measure
from workshop.results.analysis import analyse_series, check_chart_fits
from workshop.results.entries import CleanEntry, clean_entries
from workshop.results.model import MeasureSeries, PhaseStart, Point, PointEntry
from workshop.results.periods import period_from_key
from workshop.store import Store, claim
from workshop.store.records import owned_row
from workshop.store.tables.improvement import MeasureRow
from workshop.store.tables.results import ResultPhaseRow, ResultPointRow
from workshop.validation import clean_paragraphs

REASON_LENGTH = 2000


@dataclass(frozen=True)
class SavedPoints:
    series: MeasureSeries
    added: int
    updated: int


def _to_point(row: ResultPointRow) -> Point:
    return Point(period_from_key(row.period), row.value, row.numerator, row.denominator, row.note,
                 row.exclusion_reason, row.id, row.version)


def _to_phase(row: ResultPhaseRow) -> PhaseStart:
    return PhaseStart(period_from_key(row.first_period), row.reason, row.id, row.created_at, row.version)


class _Loaded:
    """A measure's rows inside one transaction, and the series they make."""

    def __init__(self, session: Session, team_id: int, measure_id: int) -> None:
        self.session = session
        self.measure: Measure = to_measure(owned_row(session, MeasureRow, team_id, measure_id,
                                                     missing=measure_missing()))
        self.points = {row.period: row for row in session.scalars(
            select(ResultPointRow).where(ResultPointRow.measure_id == measure_id))}
        self.phases = list(session.scalars(
            select(ResultPhaseRow).where(ResultPhaseRow.measure_id == measure_id)))

    def series(self) -> MeasureSeries:
        points = sorted((_to_point(row) for row in self.points.values()), key=lambda point: point.period)
        phases = sorted((_to_phase(row) for row in self.phases), key=lambda phase: phase.first_period)
        return MeasureSeries(self.measure, tuple(points), tuple(phases))


def measure_series(store: Store, team_id: int, measure_id: int) -> MeasureSeries:
    """The measure with its stored points (in time order) and phases; another team's measure is NotFound."""
    with store.reading() as session:
        return _Loaded(session, team_id, measure_id).series()


def check_series(series: MeasureSeries) -> None:
    """Refuse a series the measure's chart cannot draw (a single point can wait for the next)."""
    if len(series.points) >= 2:
        analyse_series(series)
    else:
        check_chart_fits(series.measure.chart, series.measure, series.points)


def _merged(series: MeasureSeries, entries: list[CleanEntry]) -> MeasureSeries:
    points = {point.period: point for point in series.points}
    for entry in entries:
        stored = points.get(entry.period, Point(entry.period))
        points[entry.period] = replace(stored, value=entry.value, numerator=entry.numerator,
                                       denominator=entry.denominator,
                                       note=stored.note if entry.note is None else entry.note)
    return replace(series, points=tuple(sorted(points.values(), key=lambda point: point.period)))


def save_points(store: Store, team_id: int, measure_id: int, entries: list[PointEntry], *, actor: str,
                expected_versions: Mapping[str, int] | None = None) -> SavedPoints:
    """Add the entries' periods or replace their values; all of them, or none when one is wrong.

    ``expected_versions`` (period key -> version read) guards edits of a grid
    against someone else's save in between (EditConflict); pasted and imported
    blocks replace the values of their periods.
    """
    with store.writing(actor) as session:
        loaded = _Loaded(session, team_id, measure_id)
        cleaned = clean_entries(loaded.measure, entries)
        check_series(_merged(loaded.series(), cleaned))
        added = 0
        for entry in cleaned:
            row = loaded.points.get(entry.period.key)
            if row is None:
                row = ResultPointRow(team_id=team_id, measure_id=measure_id, period=entry.period.key, note="")
                session.add(row)
                loaded.points[entry.period.key] = row
                added += 1
            else:
                claim(row, (expected_versions or {}).get(entry.period.key, row.version))
            row.value, row.numerator, row.denominator = entry.value, entry.numerator, entry.denominator
            if entry.note is not None:
                row.note = entry.note
        session.flush()
        return SavedPoints(loaded.series(), added, len(cleaned) - added)


def _point_row(loaded: _Loaded, period_key: str) -> ResultPointRow:
    row = loaded.points.get(period_key)
    if row is None:
        raise NotFound(_("The point does not exist (it may have been removed)."))
    return row


def set_point_excluded(store: Store, team_id: int, measure_id: int, period_key: str, reason: str | None, *,
                       expected_version: int, actor: str) -> MeasureSeries:
    """Exclude a point with a reason (kept on the chart, left out of the computations), or include it again."""
    with store.writing(actor) as session:
        loaded = _Loaded(session, team_id, measure_id)
        row = _point_row(loaded, period_key)
        if reason is not None:
            reason = clean_paragraphs(reason, field="exclusion_reason", label=_("Why the point is excluded"),
                                      required=True, max_length=REASON_LENGTH)
        claim(row, expected_version)
        row.exclusion_reason = reason
        session.flush()
        series = loaded.series()
        check_series(series)  # raising here rolls the change back
        return series


def remove_point(store: Store, team_id: int, measure_id: int, period_key: str, *, expected_version: int,
                 actor: str) -> MeasureSeries:
    """Remove a point entered by mistake (history keeps its values)."""
    with store.writing(actor) as session:
        loaded = _Loaded(session, team_id, measure_id)
        row = _point_row(loaded, period_key)
        claim(row, expected_version)
        session.delete(row)
        del loaded.points[period_key]
        session.flush()
        return loaded.series()


def add_phase(store: Store, team_id: int, measure_id: int, first_period_key: str, reason: str, *,
              actor: str) -> MeasureSeries:
    """Start a new phase at a point, with the team's reason; never done automatically."""
    reason = clean_paragraphs(reason, field="phase_reason", label=_("Why a new phase starts"), required=True,
                              max_length=REASON_LENGTH)
    with store.writing(actor) as session:
        loaded = _Loaded(session, team_id, measure_id)
        series = loaded.series()
        first = _point_row(loaded, first_period_key)
        if series.points[0].period.key == first.period:
            raise InvalidInput(_("A new phase starts after the first point. Choose a later period."), field="phase")
        if any(phase.first_period == first.period for phase in loaded.phases):
            raise InvalidInput(_("A phase already starts at {period}.").format(
                period=period_from_key(first.period).label), field="phase")
        row = ResultPhaseRow(team_id=team_id, measure_id=measure_id, first_period=first.period, reason=reason)
        session.add(row)
        loaded.phases.append(row)
        session.flush()
        series = loaded.series()
        check_series(series)
        return series


def remove_phase(store: Store, team_id: int, measure_id: int, phase_id: int, *, expected_version: int,
                 actor: str) -> MeasureSeries:
    with store.writing(actor) as session:
        loaded = _Loaded(session, team_id, measure_id)
        row = next((phase for phase in loaded.phases if phase.id == phase_id), None)
        if row is None:
            raise NotFound(_("The phase does not exist (it may have been removed)."))
        claim(row, expected_version)
        session.delete(row)
        loaded.phases.remove(row)
        session.flush()
        return loaded.series()
