"""Bokeh in widgets, offline: BokehJS inline, figures wrapped as widgets."""

from __future__ import annotations

from bokeh.plotting import figure
from jupyter_bokeh import BokehModel

from widgets.bokeh_setup import bokeh_widget, init_bokeh


def test_bokeh_is_loaded_inline_without_a_cdn(monkeypatch):
    shown = []
    monkeypatch.setattr("bokeh.io.output_notebook", lambda resources, **kwargs: shown.append((resources, kwargs)))
    init_bokeh.cache_clear()
    init_bokeh()
    init_bokeh()
    [(resources, kwargs)] = shown
    assert resources.mode == "inline" and kwargs == {"hide_banner": True}
    assert "cdn" not in "".join(resources.js_files).lower()
    init_bokeh.cache_clear()


def test_a_figure_becomes_a_widget():
    plot = figure(width=300, height=200)
    plot.line([1, 2, 3], [1, 4, 9])
    assert isinstance(bokeh_widget(plot), BokehModel)
