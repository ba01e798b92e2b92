"""BokehJS served by the kit's Voilà: the file bokeh ships, named with its version."""

from __future__ import annotations

from importlib.metadata import version

from workshop.hosting.bokehjs import bokehjs_file, bokehjs_folder, draws_charts


def test_the_served_file_is_bokehs_own_for_the_installed_version():
    name, _, query = bokehjs_file().partition("?")
    assert (bokehjs_folder() / name).stat().st_size > 500_000
    assert query == f"v={version('bokeh')}"  # a browser keeps it until bokeh is upgraded


def test_a_notebook_draws_charts_only_when_its_metadata_says_so():
    assert draws_charts({"workshop": {"charts": True}})
    assert not draws_charts({"workshop": {}})
    assert not draws_charts({"kernelspec": {"name": "python3"}})
