"""Bokeh inside widgets, offline: BokehJS is served inline, never from a CDN, and only to a page that draws a chart."""

from __future__ import annotations

from contextlib import nullcontext
from functools import cache

import ipywidgets


@cache
def bokehjs_output() -> ipywidgets.Output:
    """Where BokehJS reaches the page when a widget's callback draws its first chart (one page per kernel).

    Voilà shows nothing a callback displays except through a widget already on the page, and the browser needs
    BokehJS before it draws a bokeh widget: a ``Page`` that can chart carries this, empty, from the start.
    """
    return ipywidgets.Output(layout=ipywidgets.Layout(display="none"))


def _in_a_callback() -> bool:
    """Whether a widget's callback runs now, rather than the notebook's cell (the page being built)."""
    from IPython import get_ipython

    kernel = getattr(get_ipython(), "kernel", None)
    return kernel is not None and kernel.get_parent().get("header", {}).get("msg_type") != "execute_request"


@cache
def init_bokeh() -> None:
    """Load BokehJS into the page once per kernel, before its first chart: while the page is built, in the cell's
    output (the page's HTML, ahead of every widget); from a callback, into ``bokehjs_output()``."""
    from bokeh.io import output_notebook
    from bokeh.resources import Resources

    with bokehjs_output() if _in_a_callback() else nullcontext():
        output_notebook(Resources(mode="inline", components=["bokeh"]), hide_banner=True)


def bokeh_widget(figure):
    """Wrap a bokeh figure built in ``workshop`` as a widget."""
    from jupyter_bokeh import BokehModel

    init_bokeh()
    return BokehModel(figure)
