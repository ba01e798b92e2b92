"""The timeline of a team's cycles, one row per change idea (bokeh; the page and the reports show it).

Readable on a projector: large type, each bar labelled with its cycle number
and status in words, so nothing rests on colour alone.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

from workshop.chart_look import house_style
from workshop.i18n import _, format_date, format_month
from workshop.palette import ACCENT, INK, MESSAGES, css
from workshop.pdsa.model import Cycle, CycleStatus
from workshop.pdsa.records import PLAN

if TYPE_CHECKING:
    from bokeh.plotting import figure as Figure

STATUS_COLOURS = {
    CycleStatus.PLANNED: "#8c8c8c",
    CycleStatus.ONGOING: css(ACCENT),
    CycleStatus.TO_STUDY: css(MESSAGES["warning"][0]),
    CycleStatus.DONE: css(MESSAGES["success"][0]),
}
_IDEA_LABEL_LENGTH = 50


def shortened(title: str) -> str:
    """A change idea's title short enough for an axis or a button."""
    return title if len(title) <= _IDEA_LABEL_LENGTH else title[: _IDEA_LABEL_LENGTH - 1] + "…"


def idea_name(cycle: Cycle) -> str:
    """The cycle's change idea as pages and tables name it (removed ideas are marked)."""
    title = cycle.change_idea_title or _("Change idea removed")
    return _("{title} (removed)").format(title=title) if cycle.change_idea_removed else title


_AXIS_LINE_LENGTH = 40
_AXIS_LINES = 3


def idea_label(cycle: Cycle) -> str:
    """The change idea's name on the timeline's axis, wrapped over a few lines (bokeh draws each line of a
    factor) so it is read whole; only a name longer than those lines ends in "…"."""
    return "\n".join(textwrap.wrap(idea_name(cycle), _AXIS_LINE_LENGTH, max_lines=_AXIS_LINES, placeholder=" …"))


def cycle_label(cycle: Cycle) -> str:
    return _("Cycle {number}: {status}").format(number=cycle.number, status=cycle.status.label.lower())


def period_text(cycle: Cycle) -> str:
    if cycle.plan.start is None:
        return _("No period yet")
    end = format_date(cycle.plan.end) if cycle.plan.end else _("no end date")
    return f"{format_date(cycle.plan.start)} – {end}"


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


_MOST_TICKS = 7
"""Dates on the axis at most: each is as wide as "23 nov. 2026" in large type."""
_BAR_HEIGHT = 0.6
"""Of a row; the cycle labels hang in the rest, under their bars."""


def _days(first: dt.date, last: dt.date, following: Callable[[dt.date], dt.date]) -> list[dt.date]:
    days = []
    while first <= last:
        days.append(first)
        first = following(first)
    return days


def _date_ticks(first: dt.date, last: dt.date) -> tuple[dt.date, dict[float, str]]:
    """Where the axis starts, and its dates named in the page's language: the first of each month over long
    periods, Mondays over weeks, days over a few days – so that even a single short cycle has dates under it."""
    span = (last - first).days
    if span > 62:
        axis_start = first.replace(day=1)
        days = _days(axis_start, last, lambda day: (day + dt.timedelta(days=32)).replace(day=1))
        name = format_month
    else:
        axis_start = first
        if span > 10:
            monday = first + dt.timedelta(days=-first.weekday() % 7)
            days = _days(monday, last, lambda day: day + dt.timedelta(weeks=1))
        else:
            days = _days(first, last, lambda day: day + dt.timedelta(days=1))
        name = format_date
    every = -(-len(days) // _MOST_TICKS)
    return axis_start, {_moment(day).timestamp() * 1000: name(day) for day in days[::every]}


def has_timeline(cycles: list[Cycle]) -> bool:
    """Whether a cycle has a start, so the timeline has something to show."""
    return any(cycle.plan.start is not None for cycle in cycles)


def timeline_figure(cycles: list[Cycle], *, today: dt.date | None = None) -> Figure | None:
    """A bokeh figure of the cycles that have a period (a cycle without an end runs to today), or None."""
    starts = {cycle.id: cycle.plan.start for cycle in cycles if cycle.plan.start is not None}
    dated = [cycle for cycle in cycles if cycle.id in starts]
    if not dated:
        return None
    from bokeh.models import ColumnDataSource, FixedTicker, HoverTool, LabelSet, Span
    from bokeh.plotting import figure

    today = today or dt.date.today()
    ideas = list(dict.fromkeys(idea_label(cycle) for cycle in dated))
    source = ColumnDataSource({
        "idea": [idea_label(cycle) for cycle in dated],
        "name": [idea_name(cycle) for cycle in dated],
        # A label hangs just under its bar, measured in rows: it never overlaps the bar, whatever the chart's height.
        "under_bar": [(idea_label(cycle), -_BAR_HEIGHT / 2 - 0.02) for cycle in dated],
        "left": [_moment(starts[cycle.id]) for cycle in dated],
        "right": [_moment(max(cycle.plan.end or today, starts[cycle.id]) + dt.timedelta(days=1)) for cycle in dated],
        "label": [cycle_label(cycle) for cycle in dated],
        "title": [cycle.title for cycle in dated],
        "period": [period_text(cycle) for cycle in dated],
        "colour": [STATUS_COLOURS[cycle.status] for cycle in dated],
    })
    first = min(starts.values())
    last = max(source.data["right"]).date()
    axis_start, ticks = _date_ticks(first, last)
    margin = dt.timedelta(days=max(1, (last - axis_start).days // 30))
    plot = figure(y_range=list(reversed(ideas)), x_axis_type="datetime", width=1000,
                  x_range=(_moment(axis_start - margin), _moment(last + margin)),
                  height=140 + 90 * len(ideas), toolbar_location=None,
                  title=_("Cycles per change idea"))
    plot.hbar(y="idea", left="left", right="right", height=_BAR_HEIGHT, fill_color="colour", line_color=css(INK),
              fill_alpha=0.8, source=source)
    # Under its bar, where a short cycle's label still has room and dark text stays readable.
    plot.add_layout(LabelSet(x="left", y="under_bar", text="label", source=source, x_offset=2,
                             text_baseline="top", text_font_size="14pt", text_color=css(INK)))
    plot.add_layout(Span(location=_moment(today), dimension="height", line_dash="dashed",
                         line_color=css(MESSAGES["error"][0]), line_width=2))
    plot.add_tools(HoverTool(tooltips=[(_("Change idea"), "@name"), (_("Cycle"), "@label"),
                                       (PLAN.label("title"), "@title"), (_("Period"), "@period")]))
    plot.title.text_font_size = "18pt"
    for axis in (plot.xaxis, plot.yaxis):
        axis.major_label_text_font_size = "14pt"
    plot.xaxis.ticker = FixedTicker(ticks=list(ticks))
    plot.xaxis.major_label_overrides = ticks
    plot.y_range.range_padding = 0.15  # room under the lowest bar for its labels
    plot.ygrid.grid_line_color = None
    return house_style(plot)
