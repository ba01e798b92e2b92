"""The timeline of a team's cycles, one row per change idea (bokeh; the page and the reports show it).

Readable on a projector: large type, each bar labelled with its cycle number
and status in words, so nothing rests on colour alone.
"""

from __future__ import annotations

import datetime as dt

from workshop.i18n import _, format_date, format_month
from workshop.pdsa.model import Cycle, CycleStatus

STATUS_COLOURS = {
    CycleStatus.PLANNED: "#8c8c8c",
    CycleStatus.ONGOING: "#0b5cad",
    CycleStatus.TO_STUDY: "#a86a00",
    CycleStatus.DONE: "#1e7b34",
}
_IDEA_LABEL_LENGTH = 50


def shortened(title: str) -> str:
    """A change idea's title short enough for an axis or a button."""
    return title if len(title) <= _IDEA_LABEL_LENGTH else title[: _IDEA_LABEL_LENGTH - 1] + "…"


def idea_name(cycle: Cycle, *, short: bool = False) -> str:
    """The cycle's change idea as pages and tables name it (removed ideas are marked); ``short`` for an axis."""
    title = cycle.change_idea_title or _("Change idea removed")
    title = shortened(title) if short else title
    return _("{title} (removed)").format(title=title) if cycle.change_idea_removed else title


def idea_label(cycle: Cycle) -> str:
    """The change idea's name on the timeline's axis."""
    return idea_name(cycle, short=True)


def cycle_label(cycle: Cycle) -> str:
    return _("Cycle {number}: {status}").format(number=cycle.number, status=cycle.status.label.lower())


def period_text(cycle: Cycle) -> str:
    if cycle.plan.start is None:
        return _("No period yet")
    end = format_date(cycle.plan.end) if cycle.plan.end else _("no end date")
    return f"{format_date(cycle.plan.start)} – {end}"


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _month_ticks(first: dt.date, last: dt.date) -> dict[float, str]:
    """The first day of each month in the period (every other month over long periods), named in the page's language."""
    months = []
    month = first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    step = 1 if len(months) <= 8 else 2
    return {_moment(month).timestamp() * 1000: format_month(month) for month in months[::step]}


def timeline_figure(cycles: list[Cycle], *, today: dt.date | None = None):
    """A bokeh figure of the cycles that have a period (a cycle without an end runs to today), or None."""
    dated = [cycle for cycle in cycles if cycle.plan.start is not None]
    if not dated:
        return None
    from bokeh.models import ColumnDataSource, FixedTicker, HoverTool, LabelSet, Span
    from bokeh.plotting import figure

    today = today or dt.date.today()
    ideas = list(dict.fromkeys(idea_label(cycle) for cycle in dated))
    source = ColumnDataSource({
        "idea": [idea_label(cycle) for cycle in dated],
        "left": [_moment(cycle.plan.start) for cycle in dated],
        "right": [_moment(max(cycle.plan.end or today, cycle.plan.start) + dt.timedelta(days=1)) for cycle in dated],
        "label": [cycle_label(cycle) for cycle in dated],
        "title": [cycle.title for cycle in dated],
        "period": [period_text(cycle) for cycle in dated],
        "colour": [STATUS_COLOURS[cycle.status] for cycle in dated],
    })
    plot = figure(y_range=list(reversed(ideas)), x_axis_type="datetime", width=1000,
                  height=140 + 90 * len(ideas), toolbar_location=None,
                  title=_("Cycles per change idea"))
    plot.hbar(y="idea", left="left", right="right", height=0.6, fill_color="colour", line_color="#1f2328",
              fill_alpha=0.8, source=source)
    # Below its bar, where a short cycle's label still has room and dark text stays readable.
    plot.add_layout(LabelSet(x="left", y="idea", text="label", source=source, x_offset=2, y_offset=-30,
                             text_baseline="top", text_font_size="14pt", text_color="#1f2328"))
    plot.add_layout(Span(location=_moment(today), dimension="height", line_dash="dashed", line_color="#b3261e",
                         line_width=2))
    plot.add_tools(HoverTool(tooltips=[(_("Change idea"), "@idea"), (_("Cycle"), "@label"),
                                       (_("Title of the cycle"), "@title"), (_("Period"), "@period")]))
    plot.title.text_font_size = "18pt"
    for axis in (plot.xaxis, plot.yaxis):
        axis.major_label_text_font_size = "14pt"
    ticks = _month_ticks(min(cycle.plan.start for cycle in dated), max(source.data["right"]).date())
    plot.xaxis.ticker = FixedTicker(ticks=list(ticks))
    plot.xaxis.major_label_overrides = ticks
    plot.y_range.range_padding = 0.15  # room under the lowest bar for its labels
    plot.ygrid.grid_line_color = None
    return plot
