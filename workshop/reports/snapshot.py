"""Everything a team's documents show, read once from the store: the documents are functions of it.

Counts from the inventory enter here already suppressed ("<5", docs/integritet.md, "Suppression"), since every
document leaves the team's own page. What the team has not recorded yet is named in ``missing``,
so a document says so instead of showing an empty section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from workshop.aims import Aim, Purpose, active_aim, aim_sentence, get_purpose
from workshop.collaboratives import get_collaborative
from workshop.i18n import _
from workshop.improvement import ChangeIdea, DriverDiagram, Measure, driver_diagram, list_change_ideas, list_measures
from workshop.model import Collaborative, StepStatus, Team
from workshop.pdsa import (
    Cycle,
    CycleAnnotation,
    CycleStatus,
    LearningEntry,
    cycle_annotations,
    learning_log,
    list_cycles,
)
from workshop.progress import step_progress
from workshop.reports.period import ReportPeriod
from workshop.reports.records.final_plan import FinalPlan, get_final_plan
from workshop.reports.records.monthly import MonthlyReport, list_monthly_reports
from workshop.results import JudgedSeries, MeasureSeries, judge_series, measure_series
from workshop.store import Store
from workshop.support_map import SupportMatrix, support_matrix
from workshop.teams import get_team

if TYPE_CHECKING:
    from workshop.spc import Analysis


class Missing(str):
    """A sentence saying what the team has not recorded yet, with the key of the step where it is done."""

    step: str

    def __new__(cls, sentence: str, step: str) -> Missing:
        made = super().__new__(cls, sentence)
        made.step = step
        return made


@dataclass(frozen=True)
class CountTable:
    """Counts as others may see them: every cell and the total are text, small counts masked."""

    title: str
    rows: tuple[tuple[str, str], ...]
    total: str
    """The sum of the rows."""
    footer: tuple[str, str]
    """The last row: "Total" and the sum, or, where a client can be in several rows, the number of clients."""


@dataclass(frozen=True)
class TargetGroupSummary:
    inventory_date: dt.date
    description: str
    """The chosen target group ("18–24 år, arbetslöshet"), or "" when none was chosen."""
    count: str
    """The target group's size, suppressed ("<5" for 1–4)."""
    total: str
    """Everyone in the inventory, suppressed."""
    tables: tuple[CountTable, ...]
    expectations: str
    notes: str


@dataclass(frozen=True)
class MeasureResult:
    measure: Measure
    judged: JudgedSeries
    cycles: tuple[CycleAnnotation, ...]

    @property
    def series(self) -> MeasureSeries:
        return self.judged.series

    @property
    def analysis(self) -> Analysis:
        """The chart's analysis, read only for a measure that has a chart (``judged.analysis`` is set)."""
        assert self.judged.analysis is not None, "only a measure with a chart has an analysis"
        return self.judged.analysis

    @property
    def rows(self):
        """The points as chart and table show them (``workshop.results.chart.PointRow``); empty without a chart."""
        from workshop.results.chart import point_rows

        return () if self.judged.analysis is None else tuple(point_rows(self.series, self.judged.analysis))

    def figure(self):
        """The bokeh chart of the measure, or None when there is none yet."""
        from workshop.results.chart import measure_figure

        if self.judged.analysis is None:
            return None
        return measure_figure(self.series, self.judged.analysis, self.cycles)


@dataclass(frozen=True)
class TeamSnapshot:
    collaborative: Collaborative
    team: Team
    period: ReportPeriod
    made_on: dt.date
    progress: dict[str, StepStatus]
    target_group: TargetGroupSummary | None
    purpose: Purpose | None
    aim: Aim | None
    aim_sentence: str
    diagram: DriverDiagram
    change_ideas: tuple[ChangeIdea, ...]
    measures: tuple[MeasureResult, ...]
    cycles: tuple[Cycle, ...]
    learning: tuple[LearningEntry, ...]
    supports: SupportMatrix | None
    monthly_reports: tuple[MonthlyReport, ...] = ()
    final_plan: FinalPlan | None = None
    """The final report's own texts (an empty plan, version 0, before the team writes one)."""
    missing: tuple[Missing, ...] = field(default=())

    @property
    def open_cycles(self) -> tuple[Cycle, ...]:
        return tuple(cycle for cycle in self.cycles if cycle.status is not CycleStatus.DONE)


def team_snapshot(store: Store, team_id: int, period: ReportPeriod | None = None, *,
                  today: dt.date | None = None) -> TeamSnapshot:
    """Read the team's whole work for ``period`` (default: all of it)."""
    period = period or ReportPeriod()
    team = get_team(store, team_id)
    purpose = get_purpose(store, team_id)
    aim = active_aim(store, team_id)
    matrix = support_matrix(store, team_id)
    snapshot = TeamSnapshot(
        collaborative=get_collaborative(store, team.collaborative_id),
        team=team,
        period=period,
        made_on=today or dt.date.today(),
        progress=step_progress(store, team_id),
        target_group=_target_group(store, team_id),
        purpose=purpose if purpose.version else None,
        aim=aim,
        aim_sentence=aim_sentence(aim) if aim is not None else "",
        diagram=driver_diagram(store, team_id),
        change_ideas=tuple(list_change_ideas(store, team_id)),
        measures=tuple(_measure_result(store, team_id, measure, period) for measure in list_measures(store, team_id)),
        cycles=tuple(cycle for cycle in list_cycles(store, team_id)
                     if period.overlaps(cycle.plan.start or cycle.started_on, cycle.plan.end or cycle.done_on)),
        learning=tuple(entry for entry in learning_log(store, team_id) if period.overlaps(entry.start, entry.end)),
        supports=matrix if matrix.supports else None,
        monthly_reports=tuple(report for report in list_monthly_reports(store, team_id)
                              if period.end is None or report.month <= period.end.strftime("%Y-%m")),
        final_plan=get_final_plan(store, team_id),
    )
    return replace(snapshot, missing=_missing(snapshot))


def _target_group(store: Store, team_id: int) -> TargetGroupSummary | None:
    from workshop.inventory import charts, get_notes, latest_inventory

    latest = latest_inventory(store, team_id)
    if latest is None:
        return None
    inventory = latest.inventory
    tables = tuple(_count_table(rows) for rows in (
        charts.age_rows(inventory), charts.sex_rows(inventory), charts.reason_rows(inventory),
        charts.duration_rows(inventory), charts.insats_rows(inventory)) if rows.rows)
    total = sum(count for _label, count in charts.age_rows(inventory).rows)
    target = latest.target
    notes = get_notes(store, team_id)
    return TargetGroupSummary(
        inventory_date=inventory.inventory_date,
        description=target.description if target is not None else "",
        count=_shown_count(target.count) if target is not None else "",
        total=_shown_count(total),
        tables=tables,
        expectations=notes.expectations,
        notes=notes.notes,
    )


def _count_table(rows) -> CountTable:
    from workshop.suppression import suppress_counts

    counts = {label: count for label, count in rows.rows}
    shown, total = suppress_counts(counts)
    footer = ((_("Clients (a client can have several insatser)"), _shown_count(rows.clients)) if rows.overlapping
              else (_("Total"), total))
    return CountTable(rows.title, tuple((label, shown[label]) for label in counts), total, footer)


def _shown_count(count: int) -> str:
    from workshop.suppression import suppress_counts

    return suppress_counts({"": count})[1]


def _measure_result(store: Store, team_id: int, measure: Measure, period: ReportPeriod) -> MeasureResult:
    series = measure_series(store, team_id, measure.id)
    series = replace(series, points=tuple(point for point in series.points if period.reaches(point.period.start)))
    cycles = tuple(cycle for cycle in cycle_annotations(store, team_id, measure.id) if period.reaches(cycle.start))
    return MeasureResult(measure, judge_series(series), cycles)


def _missing(snapshot: TeamSnapshot) -> tuple[Missing, ...]:
    checks = (
        (snapshot.target_group is None, "inventory", _("No target-group inventory has been saved yet (step 1).")),
        (snapshot.target_group is not None and not snapshot.target_group.description, "inventory",
         _("No target group has been chosen in the inventory yet (step 1).")),
        (snapshot.aim is None, "aims", _("No aim has been written yet (step 2).")),
        (not snapshot.measures, "aims", _("No measures have been defined yet (step 2).")),
        (not snapshot.diagram.drivers, "aims", _("The driver diagram is empty (step 2).")),
        (not snapshot.change_ideas, "changes", _("No change ideas have been chosen yet (step 3).")),
        (not snapshot.cycles, "pdsa", _("No PDSA cycles in this period (step 4).")),
        (bool(snapshot.measures) and all(result.judged.analysis is None for result in snapshot.measures), "results",
         _("No measure has enough values for a chart yet (step 5).")),
    )
    return tuple(Missing(sentence, step) for is_missing, step, sentence in checks if is_missing)
