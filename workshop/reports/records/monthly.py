"""The team's monthly report: what we tested, what we learned, what we plan next, and the self-assessment.

One report per team and month ("2026-11"). A new month starts from a draft
written from the team's PDSA cycles, which the team edits; each save checks
the version the person started from, so two members never overwrite each other.

>>> draft = monthly_draft(store, team_id, "2026-11")
>>> report = save_monthly_report(store, team_id, "2026-11", replace(draft, self_score="2,5"),
...                              expected_version=0, actor="team:1")
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInput
from workshop.i18n import N_, _, format_month, parse_decimal
from workshop.model import details_of
from workshop.pdsa.model import Cycle, CycleStatus
from workshop.pdsa.reading import list_cycles
from workshop.pdsa.timeline import idea_name
from workshop.reports.period_months import (
    month_key,
    month_number,
    month_of_number,
    month_start,
    refuse_month_before_work,
)
from workshop.reports.records.assessment_scale import SCORES, ScaleLevel, scale_level
from workshop.store import Store, save_versioned
from workshop.store.records import Field, Record, team_must_exist
from workshop.store.tables import TeamRow
from workshop.store.tables.reports import MonthlyReportRow

_MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")


@dataclass(frozen=True)
class MonthlyReportDetails:
    """What the team writes. ``self_score`` is one of the scale's scores, or None; typed text ("2,5") is read."""

    tested: str = ""
    learned: str = ""
    next_steps: str = ""
    self_score: float | str | None = None
    score_reason: str = ""


@dataclass(frozen=True)
class MonthlyReport(MonthlyReportDetails):
    self_score: float | None = None  # saved: one of the scale's scores
    team_id: int = 0
    month: str = ""
    version: int = 1
    updated_at: dt.datetime | None = field(default=None, compare=False)

    @property
    def details(self) -> MonthlyReportDetails:
        return details_of(self, MonthlyReportDetails)

    @property
    def level(self) -> ScaleLevel | None:
        return scale_level(self.self_score)


MONTHLY = Record(MonthlyReportDetails, (
    Field("tested", N_("What did we test?"), lines=5),
    Field("learned", N_("What did we learn?"), lines=5),
    Field("next_steps", N_("What do we plan next?"), lines=5),
    Field("score_reason", N_("Why this level?")),
))
"""The report's texts; the self-assessment is a score of the scale (:func:`clean_score`), kept beside them."""


def month_label(month: str) -> str:
    """The month as pages show it: "nov. 2026"."""
    return format_month(month_start(month))


def clean_month(month: object, *, today: dt.date | None = None) -> str:
    """``month`` as "YYYY-MM" if it is a real month that has begun, else :class:`InvalidInput`."""
    match = _MONTH.match(month.strip()) if isinstance(month, str) else None
    if match is None or not 1 <= int(match["month"]) <= 12:
        raise InvalidInput(_("Choose a month (for example 2026-11)."), field="month")
    cleaned = match.group(0)
    if cleaned > month_key(today or dt.date.today()):
        raise InvalidInput(
            _("{month} has not begun yet: a monthly report is written for this month or an earlier one.").format(
                month=month_label(cleaned)),
            field="month",
        )
    return cleaned


def clean_score(value: float | str | None) -> float | None:
    """One of the scale's scores (0.5 … 5.0), None when empty; "2,5" typed with a decimal comma is read too."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    refusal = InvalidInput(_("Choose one of the levels of the scale, from 0.5 to 5.0 in steps of 0.5."),
                           field="self_score")
    if isinstance(value, bool):
        raise refusal
    try:
        score = float(parse_decimal(value)) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise refusal from None
    if not math.isfinite(score) or score not in SCORES:
        raise refusal
    return score


def clean_details(details: MonthlyReportDetails) -> MonthlyReportDetails:
    return replace(MONTHLY.clean(details), self_score=clean_score(details.self_score))


def to_report(row: MonthlyReportRow) -> MonthlyReport:
    return MONTHLY.stored_as(MonthlyReport).read(row, self_score=row.self_score, team_id=row.team_id,
                                                 month=row.month, version=row.version, updated_at=row.updated_at)


def _row(session: Session, team_id: int, month: str, *, for_update: bool = False) -> MonthlyReportRow | None:
    query = select(MonthlyReportRow).where(MonthlyReportRow.team_id == team_id, MonthlyReportRow.month == month)
    return session.scalar(query.with_for_update() if for_update else query)


def save_monthly_report(store: Store, team_id: int, month: str, details: MonthlyReportDetails, *,
                        expected_version: int, actor: str, today: dt.date | None = None) -> MonthlyReport:
    """Save the month's report; ``expected_version`` is 0 for a month not saved before, else the version read.

    The month must lie between the start of the team's work and the current month (:mod:`period_months`).
    """
    month = clean_month(month, today=today)
    refuse_month_before_work(store, team_id, month, today=today)
    details = clean_details(details)
    return save_versioned(
        store, actor, check=lambda session: team_must_exist(session, team_id),
        find=lambda session: _row(session, team_id, month, for_update=True),
        create=lambda: MonthlyReportRow(team_id=team_id, month=month, version=0), expected_version=expected_version,
        values={**MONTHLY.values(details), "self_score": details.self_score},
        result=to_report)


def get_monthly_report(store: Store, team_id: int, month: str) -> MonthlyReport | None:
    """The team's report for ``month``, or None when the team has not saved one."""
    with store.reading() as session:
        row = _row(session, team_id, month)
        return to_report(row) if row is not None else None


def list_monthly_reports(store: Store, team_id: int) -> list[MonthlyReport]:
    """The team's saved reports, oldest month first."""
    with store.reading() as session:
        rows = session.scalars(select(MonthlyReportRow).where(MonthlyReportRow.team_id == team_id)
                               .order_by(MonthlyReportRow.month))
        return [to_report(row) for row in rows]


def _cycle_line(cycle: Cycle, text: str) -> str:
    return _("{idea}, cycle {number}: {title}").format(idea=idea_name(cycle), number=cycle.number, title=text)


def _span(cycle: Cycle, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """First and last day of the cycle's period; an open cycle without an end runs to today."""
    start = cycle.plan.start or cycle.started_on
    if start is None:
        return None
    running = start if cycle.status is CycleStatus.DONE else max(today, start)
    return start, cycle.plan.end or cycle.done_on or running


def _active(cycle: Cycle, first: dt.date, after: dt.date, today: dt.date) -> bool:
    span = _span(cycle, today)
    return span is not None and span[0] < after and span[1] >= first


def _ahead(cycle: Cycle, first: dt.date, after: dt.date, today: dt.date) -> bool:
    """An open cycle begun by the month's end, or one done in the month whose next steps have no cycle yet."""
    if cycle.status is CycleStatus.DONE:
        return bool(cycle.act.next_steps) and cycle.next_id is None and _active(cycle, first, after, today)
    span = _span(cycle, today)
    return span is None or span[0] < after


def monthly_draft(store: Store, team_id: int, month: str, *, today: dt.date | None = None) -> MonthlyReportDetails:
    """A first version of the month's texts from the PDSA cycles, one line per cycle, for the team to edit.

    Tested: the cycles whose period overlaps the month; learned: what those cycles
    learned; next: the open cycles' next steps (or their titles).
    """
    month = clean_month(month, today=today)
    today = today or dt.date.today()
    first = month_start(month)
    after = month_start(month_of_number(month_number(month) + 1))
    cycles = list_cycles(store, team_id)
    active = [cycle for cycle in cycles if _active(cycle, first, after, today)]
    ahead = [cycle for cycle in cycles if _ahead(cycle, first, after, today)]
    return MonthlyReportDetails(
        tested="\n".join(_cycle_line(cycle, cycle.title) for cycle in active),
        learned="\n".join(_cycle_line(cycle, cycle.learned) for cycle in active if cycle.learned),
        next_steps="\n".join(_cycle_line(cycle, cycle.act.next_steps or cycle.title) for cycle in ahead),
    )


def collaborative_scores(store: Store, collaborative_id: int) -> dict[int, list[tuple[str, float]]]:
    """Each team's self-assessments, oldest month first; teams without any have an empty list."""
    with store.reading() as session:
        team_ids = session.scalars(select(TeamRow.id).where(TeamRow.collaborative_id == collaborative_id)
                                   .order_by(TeamRow.name_key)).all()
        scored = session.execute(
            select(MonthlyReportRow.team_id, MonthlyReportRow.month, MonthlyReportRow.self_score)
            .join(TeamRow, TeamRow.id == MonthlyReportRow.team_id)
            .where(TeamRow.collaborative_id == collaborative_id)
            .order_by(MonthlyReportRow.month)
        ).all()
    scores: dict[int, list[tuple[str, float]]] = {team_id: [] for team_id in team_ids}
    for team_id, month, score in scored:
        if score is not None:
            scores[team_id].append((month, score))
    return scores
