"""Bokeh inside widgets, offline: BokehJS is served inline, never from a CDN."""

from __future__ import annotations

from functools import cache


@cache
def init_bokeh() -> None:
    """Load BokehJS into the page once per kernel (required before any BokehModel).

    Only output of the notebook's cell reaches a Voilà page, never a widget callback's: the shared ``Page``
    calls this while it is built, so charts drawn later in callbacks find BokehJS there.
    """
    from bokeh.io import output_notebook
    from bokeh.resources import Resources

    output_notebook(Resources(mode="inline", components=["bokeh"]), hide_banner=True)


def bokeh_widget(figure):
    """Wrap a bokeh figure built in ``workshop`` as a widget."""
    from jupyter_bokeh import BokehModel

    init_bokeh()
    return BokehModel(figure)


def load_bokeh_into(output, figure):
    """``figure`` as a widget on a page built without charts: BokehJS first reaches the page through ``output``
    (an ``ipywidgets.Output`` on the page), whose output a callback can write, unlike the notebook's cell."""
    with output:
        init_bokeh()
    return bokeh_widget(figure)
