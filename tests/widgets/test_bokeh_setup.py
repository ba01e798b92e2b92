"""Bokeh in widgets, offline: BokehJS inline, loaded with the first chart, figures wrapped as widgets."""

from __future__ import annotations

import pytest
from bokeh.plotting import figure
from jupyter_bokeh import BokehModel

from widgets.bokeh_setup import _in_a_callback, bokeh_widget, bokehjs_output, init_bokeh
from widgets.first_view import forget_the_page, show_the_page


@pytest.fixture
def loads(monkeypatch):
    """Each BokehJS load as (resources, options, where it went: the page's place for it or the cell)."""
    shown, places = [], []

    class Place:
        def __enter__(self):
            places.append("place")

        def __exit__(self, *_exception):
            places.pop()

    monkeypatch.setattr("widgets.bokeh_setup.bokehjs_output", Place)
    monkeypatch.setattr("bokeh.io.output_notebook",
                        lambda resources, **kwargs: shown.append((resources, kwargs, places[-1] if places else "cell")))
    init_bokeh.cache_clear()
    yield shown
    init_bokeh.cache_clear()


def test_bokeh_is_loaded_inline_without_a_cdn_once_in_the_cell_while_the_page_is_built(loads):
    init_bokeh()
    init_bokeh()
    [(resources, kwargs, where)] = loads
    assert resources.mode == "inline" and kwargs == {"hide_banner": True}
    assert "cdn" not in "".join(resources.js_files).lower()
    assert where == "cell"


def test_a_callback_s_first_chart_loads_bokehjs_into_the_page_s_place_for_it(loads, monkeypatch):
    """Voilà shows a callback's output only through a widget on the page."""
    monkeypatch.setattr("widgets.bokeh_setup._in_a_callback", lambda: True)
    init_bokeh()
    assert [where for *_load, where in loads] == ["place"]


def _plot():
    plot = figure(width=300, height=200)
    plot.line([1, 2, 3], [1, 4, 9])
    return plot


def test_a_figure_becomes_a_widget_at_once_on_a_page_the_browser_has():
    [chart] = bokeh_widget(_plot).children
    assert isinstance(chart, BokehModel)


def test_while_the_page_is_built_its_chart_waits_for_the_browser_and_says_it_comes():
    forget_the_page()
    drawn = []
    box = bokeh_widget(lambda: drawn.append("figure") or _plot())
    assert drawn == [] and "Diagrammet ritas" in box.children[0].value
    show_the_page()
    assert drawn == ["figure"] and isinstance(box.children[0], BokehModel)


def test_a_chart_that_cannot_be_drawn_says_so_and_the_others_are_drawn():
    forget_the_page()
    broken, whole = bokeh_widget(lambda: 1 / 0), bokeh_widget(_plot)
    show_the_page()
    assert "Diagrammet kunde inte ritas" in broken.children[0].value
    assert isinstance(whole.children[0], BokehModel)


@pytest.mark.parametrize(("request_type", "callback"), [("execute_request", False), ("comm_msg", True)])
def test_a_callback_is_told_from_the_cell_by_the_request_the_kernel_serves(monkeypatch, request_type, callback):
    class Kernel:
        def get_parent(self):
            return {"header": {"msg_type": request_type}}

    monkeypatch.setattr("IPython.get_ipython", lambda: type("Shell", (), {"kernel": Kernel()})())
    assert _in_a_callback() is callback


def test_the_kernel_drops_the_copy_of_bokehjs_the_browser_sends_back():
    """The browser returns what an Output shows; BokehJS has run by then and would only take the kernel's memory."""
    output = bokehjs_output()
    output.set_state({"outputs": [{"output_type": "display_data", "metadata": {},
                                   "data": {"application/javascript": "/* BokehJS */"}}]})
    assert output.outputs == ()
