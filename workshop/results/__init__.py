"""Step 5: a measure's points (by week or month), phases and exclusions; charts and verdicts.

>>> from workshop.results import measure_series, save_points, parse_pasted
>>> measure = get_measure(store, team_id, measure_id)
>>> save_points(store, team_id, measure_id, parse_pasted("v. 1 2026\\t3\\nv. 2 2026\\t4,5", measure),
...             actor="team:1")
>>> series = measure_series(store, team_id, measure_id)
>>> analysis = analyse_series(series); verdict(series, analysis).sentences

The bokeh figures are built in ``workshop.results.chart`` (bokeh is imported there, on use).
"""

from workshop.results.analysis import analyse_series, chart_scale, check_chart_fits
from workshop.results.judged import JudgedSeries, judge_series
from workshop.results.model import MeasureSeries, PhaseStart, Point, PointEntry, uses_denominator
from workshop.results.paste import parse_csv, parse_pasted
from workshop.results.periods import Period, parse_period, period_from_key, period_of_date
from workshop.results.points import (
    SavedPoints,
    add_phase,
    measure_series,
    remove_phase,
    remove_point,
    save_points,
    set_point_excluded,
)
from workshop.results.verdict import Verdict, verdict

__all__ = [
    "JudgedSeries", "MeasureSeries", "Period", "PhaseStart", "Point", "PointEntry", "SavedPoints", "Verdict",
    "add_phase", "analyse_series", "chart_scale", "check_chart_fits", "judge_series", "measure_series", "parse_csv",
    "parse_pasted", "parse_period", "period_from_key", "period_of_date", "remove_phase", "remove_point",
    "save_points", "set_point_excluded", "uses_denominator", "verdict",
]
