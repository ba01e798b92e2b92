"""A measure's series read as the page and the reports show it: its analysis and verdict, or why there is none."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.results.analysis import analyse_series
from workshop.results.model import MeasureSeries
from workshop.results.verdict import Verdict, verdict
from workshop.spc import Analysis

MIN_CHART_POINTS = 2


@dataclass(frozen=True)
class JudgedSeries:
    series: MeasureSeries
    analysis: Analysis | None
    verdict: Verdict | None
    problem: str
    """Why there is no chart ("" when there is one)."""

    @property
    def headline(self) -> str:
        return self.verdict.headline if self.verdict is not None else self.problem


def judge_series(series: MeasureSeries) -> JudgedSeries:
    if len(series.points) < MIN_CHART_POINTS:
        return JudgedSeries(series, None, None, _("No chart yet: fewer than 2 points"))
    try:
        analysis = analyse_series(series)
    except InvalidInput as problem:
        return JudgedSeries(series, None, None, problem.message)
    return JudgedSeries(series, analysis, verdict(series, analysis), "")
