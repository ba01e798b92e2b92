"""Frames of a team's monthly reports and their self-assessment scores (step 6)."""

from __future__ import annotations

from typing import Any

from workshop.data.frames import schema, timestamp
from workshop.reports.period_months import month_start
from workshop.reports.records.monthly import MonthlyReport

_MONTH = (("month", "string"), ("month_start", "datetime64[ns]"))
MONTHLY_REPORTS = schema(
    *_MONTH, ("tested", "string"), ("learned", "string"), ("next_steps", "string"), ("self_score", "float64"),
    ("score_label", "string"), ("score_reason", "string"), ("updated_at", "datetime64[ns, UTC]"),
)
SCORES = schema(*_MONTH, ("self_score", "float64"), ("score_label", "string"))


def _month(report: MonthlyReport) -> dict[str, Any]:
    level = report.level
    return {"month": report.month, "month_start": timestamp(month_start(report.month)),
            "self_score": report.self_score, "score_label": level.label if level is not None else None}


def report_rows(reports: list[MonthlyReport]) -> list[dict[str, Any]]:
    return [{**_month(report), "tested": report.tested, "learned": report.learned, "next_steps": report.next_steps,
             "score_reason": report.score_reason, "updated_at": report.updated_at} for report in reports]


def score_rows(reports: list[MonthlyReport]) -> list[dict[str, Any]]:
    return [_month(report) for report in reports if report.self_score is not None]
