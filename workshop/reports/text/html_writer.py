"""A :class:`Document` as one standalone HTML file: opens offline, charts interactive, prints readably.

The CSS and bokeh's JavaScript are inlined, so the file needs no network and
names no outside address. Jinja2 escapes every text (autoescape): what a person
typed is shown as text, never as markup; bokeh escapes the texts in its charts.
"""

from __future__ import annotations

from functools import cache

from workshop.i18n import _
from workshop.palette import css_variables
from workshop.reports.blocks import SCREEN_WIDTH_PX, Chart, Document, text_lines

_PAPER_WIDTH_PX = 660
"""What an A4 page with the print margins holds."""


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(loader=PackageLoader("workshop.reports.text", "templates"), autoescape=True,
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["lines"] = text_lines
    return environment


def _print_size(figure) -> str:
    """CSS variables that shrink the drawn chart to the paper when printing (a canvas is not redrawn for it)."""
    width = SCREEN_WIDTH_PX if figure.sizing_mode in ("stretch_width", "stretch_both", "scale_width") \
        else figure.width
    return f"--drawn-width: {width}px; --print-zoom: {min(1.0, _PAPER_WIDTH_PX / width):.3f}"


def _figures(document: Document) -> dict[int, object]:
    """The bokeh figure of each chart block that has one, by the block's position."""
    figures = {}
    for index, block in enumerate(document.blocks):
        figure = block.figure() if isinstance(block, Chart) and block.figure is not None else None
        if figure is not None:
            figures[index] = figure
    return figures


def html_bytes(document: Document) -> bytes:
    from markupsafe import Markup

    figures = _figures(document)
    charts = {}
    resources = script = ""
    if figures:
        from bokeh.embed import components
        from bokeh.resources import Resources

        script, divs = components(list(figures.values()))
        charts = {index: (Markup(div), _print_size(figure))
                  for (index, figure), div in zip(figures.items(), divs, strict=True)}
        # Only BokehJS's core: the charts use no widgets, tables or WebGL, and the file stays a third the size.
        resources = Resources(mode="inline", components=["bokeh"]).render()
    page = _environment().get_template("document.html.j2").render(
        document=document, palette=Markup(css_variables()), charts=charts, chart_resources=Markup(resources),
        chart_script=Markup(script), table_note=_("The same numbers are in the table below."))
    return page.encode("utf-8")
