"""The overview's reads: each reads one kind of record for all the teams at once, so the number of queries
does not grow with the number of teams (tests/unit/overview counts them)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.improvement.measures import to_measure
from workshop.overview.model import ChangeLine, MeasureCell, PdsaLine, ReportCell, ScoreCell
from workshop.overview.months import report_status
from workshop.overview.signals import signal_of
from workshop.pdsa.model import CycleStatus, Decision
from workshop.results import MeasureSeries, PhaseStart, Point, judge_series, period_from_key
from workshop.store.tables.improvement import ChangeIdeaRow, MeasureRow
from workshop.store.tables.pdsa import PdsaCycleRow, PdsaQuestionRow
from workshop.store.tables.reports import MonthlyReportRow
from workshop.store.tables.results import ResultPhaseRow, ResultPointRow
from workshop.store.tables.seminars import FacultyScoreRow


def measure_cells(session: Session, team_ids: list[int]) -> list[MeasureCell]:
    """Every kept measure's latest verdict, in three queries (measures, points, phases)."""
    rows = session.scalars(select(MeasureRow).where(MeasureRow.team_id.in_(team_ids), MeasureRow.removed_at.is_(None))
                           .order_by(MeasureRow.team_id, MeasureRow.position, MeasureRow.id)).all()
    points: dict[int, list[Point]] = defaultdict(list)
    for point in session.scalars(select(ResultPointRow).where(ResultPointRow.team_id.in_(team_ids))):
        points[point.measure_id].append(Point(period_from_key(point.period), point.value, point.numerator,
                                              point.denominator, point.note, point.exclusion_reason, point.id,
                                              point.version))
    phases: dict[int, list[PhaseStart]] = defaultdict(list)
    for phase in session.scalars(select(ResultPhaseRow).where(ResultPhaseRow.team_id.in_(team_ids))):
        phases[phase.measure_id].append(PhaseStart(period_from_key(phase.first_period), phase.reason, phase.id,
                                                   phase.created_at, phase.version))
    cells = []
    for row in rows:
        series = MeasureSeries(to_measure(row), tuple(sorted(points[row.id], key=lambda point: point.period)),
                               tuple(sorted(phases[row.id], key=lambda phase: phase.first_period)))
        judged = judge_series(series)
        cells.append(MeasureCell(row.team_id, row.id, row.name, row.kind, row.direction, len(series.points),
                                 signal_of(judged), judged.headline))
    return cells


def _studied_cycles(session: Session, team_ids: list[int]) -> set[int]:
    query = select(PdsaQuestionRow.cycle_id).where(PdsaQuestionRow.team_id.in_(team_ids),
                                                   PdsaQuestionRow.observed != "").distinct()
    return set(session.scalars(query))


def _cycle_rows(session: Session, team_ids: list[int]):
    return session.execute(select(PdsaCycleRow.id, PdsaCycleRow.team_id, PdsaCycleRow.change_idea_id,
                                  PdsaCycleRow.status, PdsaCycleRow.end_date, PdsaCycleRow.learned,
                                  PdsaCycleRow.decision)
                           .where(PdsaCycleRow.team_id.in_(team_ids))).all()


def pdsa_and_changes(session: Session, team_ids: list[int],
                     today: dt.date) -> tuple[list[PdsaLine], list[ChangeLine]]:
    """Cycles per team (and those whose period ended without Studera), and each change idea with its cycles."""
    cycles = _cycle_rows(session, team_ids)
    studied = _studied_cycles(session, team_ids)
    per_team: dict[int, Counter] = {team_id: Counter() for team_id in team_ids}
    per_idea: dict[int, Counter] = defaultdict(Counter)
    for cycle in cycles:
        counts = per_team[cycle.team_id]
        counts["cycles"] += 1
        done = cycle.status == CycleStatus.DONE.value
        counts["open"] += not done
        was_studied = bool(cycle.learned) or cycle.id in studied
        counts["ended_without_study"] += (not done and cycle.end_date is not None and cycle.end_date < today
                                          and not was_studied)
        if cycle.decision:
            counts[cycle.decision] += 1
        if cycle.change_idea_id is not None:
            per_idea[cycle.change_idea_id]["cycles"] += 1
            if cycle.decision:
                per_idea[cycle.change_idea_id][cycle.decision] += 1
    pdsa = [PdsaLine(team_id, counts["cycles"], counts["open"], counts["ended_without_study"],
                     counts[Decision.ADOPT.value], counts[Decision.ADAPT.value], counts[Decision.ABANDON.value])
            for team_id, counts in per_team.items()]
    ideas = session.scalars(select(ChangeIdeaRow).where(ChangeIdeaRow.team_id.in_(team_ids),
                                                        ChangeIdeaRow.removed_at.is_(None))
                            .order_by(ChangeIdeaRow.team_id, ChangeIdeaRow.position, ChangeIdeaRow.id))
    changes = [ChangeLine(idea.team_id, idea.id, idea.title, idea.catalog_entry, idea.prevention_level,
                          per_idea[idea.id]["cycles"], per_idea[idea.id][Decision.ADOPT.value],
                          per_idea[idea.id][Decision.ADAPT.value], per_idea[idea.id][Decision.ABANDON.value])
               for idea in ideas]
    return pdsa, changes


def reports_and_scores(session: Session, team_ids: list[int], months: list[str], today: dt.date,
                       due_day: int) -> tuple[list[ReportCell], list[ScoreCell]]:
    """Each team's report status per followed month, and every month with a self- or faculty score."""
    reports = {(row.team_id, row.month): row for row in session.execute(
        select(MonthlyReportRow.team_id, MonthlyReportRow.month, MonthlyReportRow.created_at,
               MonthlyReportRow.self_score).where(MonthlyReportRow.team_id.in_(team_ids)))}
    faculty = {(row.team_id, row.month): row.score for row in session.execute(
        select(FacultyScoreRow.team_id, FacultyScoreRow.month, FacultyScoreRow.score)
        .where(FacultyScoreRow.team_id.in_(team_ids)))}
    cells = []
    for team_id in team_ids:
        for month in months:
            report = reports.get((team_id, month))
            cells.append(ReportCell(team_id, month, report_status(
                month, report.created_at.date() if report is not None else None, today, due_day)))
    scored = sorted({key for key, report in reports.items() if report.self_score is not None} | set(faculty))
    scores = [ScoreCell(team_id, month, reports[(team_id, month)].self_score if (team_id, month) in reports else None,
                        faculty.get((team_id, month)))
              for team_id, month in scored]
    return cells, scores
