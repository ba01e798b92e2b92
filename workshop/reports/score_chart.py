"""The team's self-assessment over the months as a small step chart (bokeh; the form and the reports show it).

Each point carries its score in words as well, so nothing rests on colour; a
table of the same months goes beside it for screen readers.
"""

from __future__ import annotations

import datetime as dt

from workshop.chart_look import house_style
from workshop.i18n import _
from workshop.palette import ACCENT, INK, css
from workshop.reports.records.assessment_scale import SCORES, ScaleLevel, score_text
from workshop.reports.records.monthly import MonthlyReport, month_label, month_start


def _moment(month: str) -> dt.datetime:
    return dt.datetime.combine(month_start(month), dt.time())


def _scored_months(reports: list[MonthlyReport]) -> list[tuple[str, ScaleLevel]]:
    """The months that have a score, with it (oldest first, as ``reports``)."""
    return [(report.month, level) for report in reports if (level := report.level) is not None]


def has_score_chart(reports: list[MonthlyReport]) -> bool:
    """Whether two months have a score, so the chart has a step to show."""
    return len(_scored_months(reports)) >= 2


def score_figure(reports: list[MonthlyReport]):
    """A step chart of the scored months (oldest first), or None with fewer than two scores."""
    if not has_score_chart(reports):
        return None
    scored = _scored_months(reports)
    from bokeh.models import ColumnDataSource, FixedTicker, HoverTool, LabelSet, Range1d
    from bokeh.plotting import figure

    source = ColumnDataSource({
        "moment": [_moment(month) for month, _level in scored],
        "score": [level.score for _month, level in scored],
        "month": [month_label(month) for month, _level in scored],
        "score_text": [level.score_text for _month, level in scored],
        "level": [level.label for _month, level in scored],
    })
    plot = figure(x_axis_type="datetime", width=640, height=280, toolbar_location=None,
                  title=_("Self-assessment per month"), y_range=Range1d(0, 5.6))
    plot.step(x="moment", y="score", mode="after", line_width=3, line_color=css(ACCENT), source=source)
    plot.scatter(x="moment", y="score", size=10, marker="circle", fill_color=css(ACCENT), line_color=css(INK),
                 source=source)
    plot.add_layout(LabelSet(x="moment", y="score", text="score_text", source=source, x_offset=6, y_offset=6,
                             text_font_size="12pt", text_color=css(INK)))
    plot.add_tools(HoverTool(tooltips=[(_("Month"), "@month"), (_("Self-assessment"), "@score_text"),
                                       (_("Level"), "@level")]))
    ticks = {_moment(month).timestamp() * 1000: month_label(month) for month, _level in scored}
    plot.xaxis.ticker = FixedTicker(ticks=list(ticks))
    plot.xaxis.major_label_overrides = ticks
    plot.yaxis.ticker = FixedTicker(ticks=[score for score in SCORES if score == int(score)])
    plot.yaxis.major_label_overrides = {score: score_text(score) for score in SCORES if score == int(score)}
    plot.x_range.range_padding = 0.15
    plot.title.text_font_size = "14pt"
    for axis in (plot.xaxis, plot.yaxis):
        axis.major_label_text_font_size = "12pt"
    return house_style(plot)
