"""One slide as widgets: its title and text blocks as markup, written by the forum pages' block writer, and its
charts drawn by bokeh as the HTML documents draw them (inline BokehJS, never a CDN), each with its text alternative
and its data as a table to open (bokeh draws on a canvas a screen reader cannot read)."""

from __future__ import annotations

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.chart_text import chart_says, described_chart, folded, judged, latest
from widgets.components.fields import html, text
from widgets.forums.markup import blocks_html
from workshop.chart_look import for_projector
from workshop.i18n import _
from workshop.reports.blocks import Block, Chart, Table
from workshop.reports.presenter import Slide
from workshop.reports.sections import number_text

SLIDE_CHART_HEIGHT = 260
"""Pixels of a chart that stretches to the slide's width: lower than on the results page, so that the verdict
above it and the chart are read on one 720-pixel screen."""


def slide_widgets(slide: Slide, *, projector: bool = False) -> list[ipywidgets.Widget]:
    """``projector``: the charts' type and lines made larger (the page's projector mode)."""
    shown: list[ipywidgets.Widget] = []
    markup = [f"<h2>{text(slide.title)}</h2>"]
    blocks = list(slide.blocks)
    while blocks:
        block = blocks.pop(0)
        if not isinstance(block, Chart):
            markup.append(blocks_html((block,)))
            continue
        figure = block.figure() if block.figure is not None else None
        if figure is not None:
            # The reports put a chart's table right after it: on a slide it is the chart's table to open.
            table = blocks.pop(0) if blocks and isinstance(blocks[0], Table) else lines_table(block)
            shown += [html("".join(markup))] if markup else []
            shown.append(_chart(block, for_projector(figure) if projector else figure, table))
            markup = []
    return [*shown, html("".join(markup))] if markup else shown


def lines_table(chart: Chart) -> Table:
    """The chart's lines as a table: a row per period, a column per line."""
    return Table((_("Period"), *(line.name for line in chart.lines)),
                 tuple((category, *(number_text(line.values[index]) for line in chart.lines))
                       for index, category in enumerate(chart.categories)))


def _says(chart: Chart) -> str:
    values = chart.lines[0].values if chart.lines else ()
    known = [(category, value) for category, value in zip(chart.categories, values, strict=False) if value is not None]
    details = [latest(number_text(known[-1][1]), known[-1][0])] if known else []
    return chart_says(chart.title, *details, *([judged(chart.verdict)] if chart.verdict else []))


def _chart(chart: Chart, figure, table: Block) -> ipywidgets.Widget:
    if figure.sizing_mode == "stretch_width":
        figure.height = SLIDE_CHART_HEIGHT
    box = described_chart(bokeh_widget(lambda: figure), _says(chart), folded(blocks_html((table,))))
    box.add_class("gk-slide-chart")
    return box
