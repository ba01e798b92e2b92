"""One slide as widgets: its title and text blocks as markup, written by the forum pages' block writer, and its
charts drawn by bokeh as the HTML documents draw them (inline BokehJS, never a CDN), each with its title in words
for a screen reader (bokeh draws its title on the canvas)."""

from __future__ import annotations

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.fields import html, paragraph, text
from widgets.forums.markup import blocks_html
from workshop.reports.blocks import Chart
from workshop.reports.presenter import Slide

SLIDE_CHART_HEIGHT = 260
"""Pixels of a chart that stretches to the slide's width: lower than on the results page, so that the verdict
above it and the chart are read on one 720-pixel screen."""


def slide_widgets(slide: Slide) -> list[ipywidgets.Widget]:
    shown: list[ipywidgets.Widget] = []
    markup = [f"<h2>{text(slide.title)}</h2>"]
    for block in slide.blocks:
        if not isinstance(block, Chart):
            markup.append(blocks_html((block,)))
            continue
        figure = block.figure() if block.figure is not None else None
        if figure is not None:
            shown += [html("".join(markup))] if markup else []
            shown.append(_chart(block.title, figure))
            markup = []
    return [*shown, html("".join(markup))] if markup else shown


def _chart(title: str, figure) -> ipywidgets.Widget:
    if figure.sizing_mode == "stretch_width":
        figure.height = SLIDE_CHART_HEIGHT
    box = ipywidgets.VBox([bokeh_widget(figure), paragraph(title, css_class="gk-visually-hidden")])
    box.add_class("gk-slide-chart")
    return box
