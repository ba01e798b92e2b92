"""A chart for everyone: what it shows in words beside the canvas, and its data as a table to open.

Bokeh draws on a canvas a screen reader cannot read. Every chart on a page goes into :func:`described_chart`,
which puts a short text alternative ("The chart shows … Latest value: … Verdict: …") right after the canvas and
the chart's data as a table after that; the page template names the canvas by the same text (a figure labelled
by it).
"""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.components.fields import html
from workshop.i18n import _

CHART_CLASS = "gk-chart"
TEXT_CLASS = "gk-chart-text"
CANVAS_CLASS = "gk-chart-canvas"


def chart_says(title: str, *details: str) -> str:
    """The text alternative: what the chart shows (its title), then ``details`` (:func:`latest`, :func:`judged`)."""
    return " ".join((_("The chart shows “{title}”.").format(title=title), *filter(None, details)))


def latest(value: str, when: str) -> str:
    return _("Latest value: {value} ({when}).").format(value=value, when=when)


def judged(verdict: str) -> str:
    return _("Verdict: {verdict}.").format(verdict=verdict.rstrip("."))


def folded(table: str, summary: str = "") -> str:
    """``table`` (markup) folded away under ``summary`` (by default "Show the chart as a table")."""
    shown = summary or _("Show the chart as a table")
    return f"<details><summary>{escape(shown)}</summary>{table}</details>"


def described_chart(chart: ipywidgets.DOMWidget, alternative: str, *beside: str | ipywidgets.Widget) -> ipywidgets.VBox:
    """``chart`` (a bokeh widget), its text alternative, then ``beside`` (the data table, a verdict: markup or
    widgets; empty markup is left out)."""
    box = ipywidgets.VBox([chart, html(f'<p class="{TEXT_CLASS}">{escape(alternative)}</p>'),
                           *(item if isinstance(item, ipywidgets.Widget) else html(item) for item in beside if item)])
    box.add_class(CHART_CLASS)
    chart.add_class(CANVAS_CLASS)
    return box
