"""Bokeh inside widgets, offline: BokehJS comes from the kit's server or inline, never from a CDN, and only to a page
that draws a chart."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import nullcontext
from functools import cache
from typing import Any

import ipywidgets

from widgets.first_view import shown_later
from workshop.hosting import bokehjs
from workshop.i18n import _


@cache
def bokehjs_output() -> ipywidgets.Output:
    """Where BokehJS reaches the page when a widget's callback draws its first chart (one page per kernel).

    Voilà shows nothing a callback displays except through a widget already on the page, and the browser needs
    BokehJS before it draws a bokeh widget: a ``Page`` that can chart carries this, empty, from the start.
    """
    output = ipywidgets.Output(layout=ipywidgets.Layout(display="none"))
    # The browser sends back what an Output shows: the kernel need not keep BokehJS (1.3 MB) once it has run.
    output.observe(lambda change: change.new and setattr(output, "outputs", ()), "outputs")
    return output


def _in_a_callback() -> bool:
    """Whether a widget's callback runs now, rather than the notebook's cell (the page being built)."""
    from IPython import get_ipython

    kernel = getattr(get_ipython(), "kernel", None)
    return kernel is not None and kernel.get_parent().get("header", {}).get("msg_type") != "execute_request"


@cache
def init_bokeh() -> None:
    """Load BokehJS into the page once per kernel, before its first chart, unless the kit's Voilà has loaded it
    with the page (``workshop.hosting.bokehjs``): while the page is built, in the cell's output (the page's HTML,
    ahead of every widget); from a callback, into ``bokehjs_output()``."""
    if os.environ.get(bokehjs.IN_PAGE):
        return
    from bokeh.io import output_notebook
    from bokeh.resources import Resources

    with bokehjs_output() if _in_a_callback() else nullcontext():
        output_notebook(Resources(mode="inline", components=["bokeh"]), hide_banner=True)


def import_bokeh() -> None:
    """Import what drawing a chart takes (bokeh, numpy, jupyter_bokeh): a pooled kernel does while it waits."""
    import bokeh.plotting  # noqa: F401
    import jupyter_bokeh  # noqa: F401


def bokeh_widget(draw: Callable[[], Any]) -> ipywidgets.VBox:
    """The bokeh figure ``draw`` builds (in ``workshop``), as a widget.

    While the page is built, the chart is drawn once the browser has the page (``widgets.first_view``): the page
    is usable without waiting for bokeh's import, the figure and BokehJS, and says meanwhile that the chart comes.
    """

    def chart() -> ipywidgets.DOMWidget:
        from jupyter_bokeh import BokehModel

        init_bokeh()
        return BokehModel(draw())

    return shown_later(chart, _("Drawing the chart …"), _("The chart could not be drawn. Its values are beside it."))
