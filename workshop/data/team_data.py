"""One team's data (or, for a facilitator, every team's of the collaborative) as pandas DataFrames.

Every read first checks that the code the data was opened with is still the team's (or facilitator's) current
one, as every save of a page does: a changed code closes an open notebook's access too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from workshop.data import improvement, inventory, pdsa, reports, results
from workshop.data.frames import Schema, frame, schema
from workshop.data.results import Day
from workshop.errors import AccessDenied, InvalidInput, NotFound
from workshop.i18n import _
from workshop.improvement import Measure, list_measures
from workshop.improvement.measures import measure_missing
from workshop.model import Team
from workshop.pdsa import list_cycles
from workshop.reports.records.monthly import list_monthly_reports
from workshop.results import JudgedSeries, MeasureSeries, judge_series, measure_series
from workshop.session import Role, Session, resolve
from workshop.store import Store
from workshop.teams import get_team, list_teams

TEAMS = schema(("municipality", "string"), ("unit", "string"), ("area", "string"), ("region", "string"),
               ("collaborative_id", "int64"))

Rows = Iterable[dict[str, Any]]


class TeamData:
    """What a team's code (or a facilitator's) gives: read-only frames, and the session to save through services.

    >>> data = open_team("Exempelkommun – försörjningsstöd", "demo-team-exempel")
    >>> data.points().groupby("measure")["value"].mean()
    """

    def __init__(self, store: Store, session: Session) -> None:
        self.store = store
        self.session = session

    # Access -------------------------------------------------------------------------------------------------

    @property
    def is_facilitator(self) -> bool:
        return self.session.role is Role.FACILITATOR

    @property
    def team_id(self) -> int:
        """The team's id, for the services that save (``save_points(data.store, data.team_id, …)``)."""
        if self.session.team_id is None or self.is_facilitator:
            raise AccessDenied(_("The facilitator's data covers every team: a team's own code saves its work."))
        return self.session.team_id

    @property
    def actor(self) -> str:
        """Who saves, as history records it; a save is refused once the code has changed (as on the pages)."""
        return self.session.actor

    def _check(self) -> None:
        try:
            resolve(self.store, self.session.query())
        except AccessDenied:
            raise AccessDenied(_("The code has changed since the data was opened. Open it again with the new "
                                 "code.")) from None

    def _teams(self) -> list[Team]:
        """The teams this access reaches: the team, or every team of the facilitator's collaborative."""
        self._check()
        if self.is_facilitator:
            assert self.session.collaborative_id is not None  # a facilitator's session names its collaborative
            return [overview.team for overview in list_teams(self.store, self.session.collaborative_id)]
        return [get_team(self.store, self.team_id)]

    def _collect(self, columns: Schema, rows_of: Callable[[int], Rows]) -> pd.DataFrame:
        return frame(({"team_id": team.id, "team": team.name, **row} for team in self._teams()
                      for row in rows_of(team.id)), columns)

    # Frames -------------------------------------------------------------------------------------------------

    def teams(self) -> pd.DataFrame:
        return frame(({"team_id": team.id, "team": team.name, "municipality": team.municipality, "unit": team.unit,
                       "area": str(team.area), "region": team.region, "collaborative_id": team.collaborative_id}
                      for team in self._teams()), TEAMS)

    def measures(self, *, include_removed: bool = False) -> pd.DataFrame:
        return self._collect(improvement.MEASURES,
                             lambda team_id: improvement.measure_rows(self.store, team_id, include_removed))

    def drivers(self, *, include_removed: bool = False) -> pd.DataFrame:
        return self._collect(improvement.DRIVERS,
                             lambda team_id: improvement.driver_rows(self.store, team_id, include_removed))

    def change_ideas(self, *, include_removed: bool = False) -> pd.DataFrame:
        return self._collect(improvement.CHANGE_IDEAS,
                             lambda team_id: improvement.change_idea_rows(self.store, team_id, include_removed))

    def _series(self, team_id: int, measure: int | str | None, start: Day,
                end: Day) -> list[MeasureSeries]:
        return [results.within(measure_series(self.store, team_id, chosen.id), start, end)
                for chosen in self._measures(team_id, measure)]

    def _measures(self, team_id: int, measure: int | str | None) -> list[Measure]:
        """The team's measures in use, or the one named (by id or name); a removed one is not found."""
        measures = list_measures(self.store, team_id)
        if measure is None:
            return measures
        return [chosen for chosen in measures if measure in (chosen.id, chosen.name)]

    def _judged(self, team_id: int, measure: int | str | None, start: Day,
                end: Day) -> list[JudgedSeries]:
        return [judge_series(series) for series in self._series(team_id, measure, start, end)]

    def _one_measure(self, measure: int | str | None, rows: pd.DataFrame) -> pd.DataFrame:
        """``rows``, after checking that a measure asked for by name or id is one of the teams' measures."""
        if measure is not None and not any(self._measures(team.id, measure) for team in self._teams()):
            raise NotFound(measure_missing())
        return rows

    def points(self, measure: int | str | None = None, *, start: Day = None,
               end: Day = None) -> pd.DataFrame:
        rows = self._collect(results.POINTS, lambda team_id: (
            row for series in self._series(team_id, measure, start, end) for row in results.point_rows(series)))
        return self._one_measure(measure, rows)

    def phases(self, measure: int | str | None = None) -> pd.DataFrame:
        rows = self._collect(results.PHASES, lambda team_id: (
            row for series in self._series(team_id, measure, None, None) for row in results.phase_rows(series)))
        return self._one_measure(measure, rows)

    def judged(self, measure: int | str | None = None, *, start: Day = None,
               end: Day = None) -> pd.DataFrame:
        rows = self._collect(results.JUDGED, lambda team_id: (
            row for judged in self._judged(team_id, measure, start, end) for row in results.judged_rows(judged)))
        return self._one_measure(measure, rows)

    def verdicts(self, measure: int | str | None = None, *, start: Day = None,
                 end: Day = None) -> pd.DataFrame:
        rows = self._collect(results.VERDICTS, lambda team_id: (
            results.verdict_row(judged) for judged in self._judged(team_id, measure, start, end)))
        return self._one_measure(measure, rows)

    def chart(self, measure: int | str, *, start: Day = None, end: Day = None) -> Any:
        """The kit's own chart of one measure (a bokeh figure, as on the Results page), or None without a chart."""
        from workshop.results.chart import measure_figure

        found = [one for team in self._teams() for one in self._judged(team.id, measure, start, end)]
        if not found:
            raise NotFound(measure_missing())
        if len(found) > 1:
            raise InvalidInput(_("Several teams have a measure called “{name}”: choose it by its number "
                                 "(measure_id).").format(name=measure), field="measure")
        [judged] = found
        return None if judged.analysis is None else measure_figure(judged.series, judged.analysis)

    def cycles(self) -> pd.DataFrame:
        return self._collect(pdsa.CYCLES, lambda team_id: pdsa.cycle_rows(list_cycles(self.store, team_id)))

    def cycle_questions(self) -> pd.DataFrame:
        return self._collect(pdsa.QUESTIONS, lambda team_id: pdsa.question_rows(list_cycles(self.store, team_id)))

    def cycle_tasks(self) -> pd.DataFrame:
        return self._collect(pdsa.TASKS, lambda team_id: pdsa.task_rows(list_cycles(self.store, team_id)))

    def cycle_measures(self) -> pd.DataFrame:
        return self._collect(pdsa.CYCLE_MEASURES,
                             lambda team_id: pdsa.cycle_measure_rows(list_cycles(self.store, team_id)))

    def _masked(self, own_counts: bool) -> bool:
        if own_counts and self.is_facilitator:
            raise AccessDenied(_("Only the team itself can read its own unmasked counts; the facilitator sees "
                                 "them masked, as in every shared output."))
        return not own_counts

    def inventories(self, *, own_counts: bool = False) -> pd.DataFrame:
        masked = self._masked(own_counts)
        return self._collect(inventory.INVENTORIES, lambda team_id: inventory.inventory_rows(
            inventory.saved_inventories(self.store, team_id), masked))

    def inventory_counts(self, *, own_counts: bool = False) -> pd.DataFrame:
        masked = self._masked(own_counts)
        return self._collect(inventory.COUNTS, lambda team_id: inventory.count_rows(
            inventory.saved_inventories(self.store, team_id), masked))

    def monthly_reports(self) -> pd.DataFrame:
        return self._collect(reports.MONTHLY_REPORTS,
                             lambda team_id: reports.report_rows(list_monthly_reports(self.store, team_id)))

    def scores(self) -> pd.DataFrame:
        return self._collect(reports.SCORES,
                             lambda team_id: reports.score_rows(list_monthly_reports(self.store, team_id)))
