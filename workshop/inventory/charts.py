"""Bokeh figures of an inventory, used by the page and by reports. Labels come translated.

Tooltips show values from the data source, which bokeh escapes: a category
name typed in a case-management system is shown as text, never as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop.i18n import _, format_month
from workshop.inventory.bands import UNKNOWN, age_label, duration_label
from workshop.inventory.dimensions import sex_label
from workshop.inventory.reasons import ReasonGroup
from workshop.palette import ACCENT, css

if TYPE_CHECKING:
    from workshop.inventory.summary import Inventory

_SEX_COLOURS = {"kvinna": "#7b3294", "man": "#008837", UNKNOWN: "#8c8c8c"}
_BAR_COLOUR = css(ACCENT)
_WIDTH = 640


@dataclass(frozen=True)
class Rows:
    """One chart's data as labelled counts: what the chart draws and its table alternative shows."""

    title: str
    rows: tuple[tuple[str, int], ...]
    clients: int
    """The clients counted: the base of every share."""
    overlapping: bool = False
    """A client can be in several rows (insatser): the rows add up to more than ``clients``."""

    @property
    def total(self) -> int:
        """The sum of the rows: the number of clients only when no client is in two rows."""
        return sum(count for _label, count in self.rows)


def age_rows(inventory: Inventory) -> Rows:
    return Rows(_("Age"), tuple((age_label(key), count) for key, count in inventory.by_age_band.items()),
                inventory.total)


def sex_rows(inventory: Inventory) -> Rows:
    return Rows(_("Sex"), tuple((sex_label(key), count) for key, count in inventory.by_sex.items()),
                inventory.total)


def reason_rows(inventory: Inventory) -> Rows:
    return Rows(_("Reason (main group)"),
                tuple((ReasonGroup(key).label, count) for key, count in inventory.by_reason.items()),
                inventory.total)


def duration_rows(inventory: Inventory) -> Rows:
    return Rows(_("Time since case opening"),
                tuple((duration_label(key), count) for key, count in inventory.by_duration.items()),
                inventory.total)


def insats_rows(inventory: Inventory) -> Rows:
    rows = list(inventory.by_insats.items())
    if inventory.without_insats is not None:
        rows.append((_("No ongoing insats"), inventory.without_insats))
    return Rows(_("Ongoing insatser"), tuple(rows), inventory.total, overlapping=True)


def inflow_rows(inventory: Inventory) -> Rows:
    return Rows(_("New cases per month"),
                tuple(inventory.inflow_by_month.items()),
                inventory.total)


def _figure(title: str, **options):
    from bokeh.plotting import figure

    plot = figure(title=title, width=_WIDTH, toolbar_location=None, tools="", **options)
    plot.title.text_font_size = "14pt"
    plot.xaxis.major_label_text_font_size = plot.yaxis.major_label_text_font_size = "12pt"
    return plot


def _hover(plot, label_field: str) -> None:
    from bokeh.models import HoverTool

    plot.add_tools(HoverTool(tooltips=[(_("Group"), f"@{label_field}"), (_("Number"), "@count")]))


def bar_figure(rows: Rows):
    """Horizontal bars, largest category names readable on the left axis."""
    from bokeh.models import ColumnDataSource

    labels = [label for label, _count in rows.rows]
    source = ColumnDataSource({"label": labels, "count": [count for _label, count in rows.rows]})
    plot = _figure(rows.title, y_range=list(reversed(labels)), height=80 + 34 * max(len(labels), 1),
                   x_axis_label=_("Number of clients"))
    plot.hbar(y="label", right="count", height=0.7, source=source, color=_BAR_COLOUR)
    plot.x_range.start = 0
    _hover(plot, "label")
    return plot


_MAX_MONTH_LABELS = 6
"""Month labels that fit side by side under a chart of _WIDTH pixels, upright."""
_MONTH_STEPS = (1, 2, 3, 4, 6, 12)


def month_ticks(months: list[str]) -> dict[int, str]:
    """Positions to label on a month axis, at most _MAX_MONTH_LABELS, on months a step of the calendar apart
    (every quarter, half year or year), labelled as the page's language writes a month ("okt. 2026")."""
    step = next((step for step in _MONTH_STEPS if -(-len(months) // step) <= _MAX_MONTH_LABELS), 12)
    return {index: month_label(month) for index, month in enumerate(months) if (int(month[5:7]) - 1) % step == 0}


def month_label(month: str) -> str:
    """A month ("2026-10") as the page's language writes it ("okt. 2026")."""
    return format_month(dt.date.fromisoformat(f"{month}-01"))


def inflow_figure(rows: Rows):
    """New cases per month as columns; some months labelled along the bottom, every month in the tooltip."""
    from bokeh.models import ColumnDataSource, FixedTicker

    months = [label for label, _count in rows.rows]
    source = ColumnDataSource({"position": list(range(len(months))),
                               "label": [month_label(month) for month in months],
                               "count": [count for _label, count in rows.rows]})
    plot = _figure(rows.title, height=320, y_axis_label=_("Number of clients"))
    plot.vbar(x="position", top="count", width=0.8, source=source, color=_BAR_COLOUR)
    ticks = month_ticks(months)
    plot.xaxis.ticker = FixedTicker(ticks=list(ticks))
    plot.xaxis.major_label_overrides = ticks
    plot.xgrid.grid_line_color = None
    plot.x_range.range_padding = 0.02
    plot.y_range.start = 0
    _hover(plot, "label")
    return plot


def age_sex_figure(inventory: Inventory):
    """Age bands with one bar per sex; the sex is named on the axis, not told by colour alone."""
    from bokeh.models import ColumnDataSource, FactorRange

    cells = list(inventory.by_age_sex.cells())
    factors = [(age_label(band), sex_label(sex)) for band, sex, _count in cells]
    counts = [count for _band, _sex, count in cells]
    colours = [_SEX_COLOURS[sex] for _band, sex, _count in cells]
    source = ColumnDataSource({"factor": factors, "count": counts, "colour": colours,
                               "label": [f"{band}, {sex}" for band, sex in factors]})
    plot = _figure(_("Age and sex"), y_range=FactorRange(*reversed(factors)), height=80 + 26 * len(factors),
                   x_axis_label=_("Number of clients"))
    plot.hbar(y="factor", right="count", height=0.8, source=source, color="colour")
    # Upright age bands: turned along the axis, "65 år och äldre" runs into its neighbours.
    plot.yaxis.group_label_orientation = "horizontal"
    plot.yaxis.group_text_font_size = "12pt"
    plot.x_range.start = 0
    _hover(plot, "label")
    return plot
