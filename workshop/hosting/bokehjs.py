"""BokehJS as a file the kit's Voilà serves, loaded by the template of a page that draws charts.

Without it a page's kernel sends BokehJS (1.3 MB) through the websocket with the page's first chart, the browser
sends it back as the Output widget's state (2.6 MB of JSON), and Voilà relays both: CPU on the server for every
visit. Served as a file, the browser caches it once for every page and visit. The kit's Voilà marks the kernels'
environment so that a page knows BokehJS is there; under JupyterLab or plain Voilà the kernel still sends it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path

# Set in the environment of the kit's Voilà and so of its kernels: the template loads BokehJS in charting pages.
IN_PAGE = "WORKSHOP_BOKEHJS_IN_PAGE"
# The template's resource naming the file.
RESOURCE = "workshop_bokehjs"


def bokehjs_folder() -> Path:
    """bokeh's own built JavaScript, without importing bokeh into the server."""
    spec = importlib.util.find_spec("bokeh")
    assert spec is not None and spec.submodule_search_locations, "bokeh is a dependency of the kit"
    return Path(spec.submodule_search_locations[0]) / "server" / "static" / "js"


def bokehjs_file() -> str:
    """The file, with bokeh's version as the query: a browser keeps it until bokeh is upgraded."""
    return f"bokeh.min.js?v={version('bokeh')}"


def draws_charts(notebook_metadata: Mapping) -> bool:
    """Whether a notebook's page draws charts (``"workshop": {"charts": true}`` in its metadata), as the template
    reads it to load BokehJS."""
    return bool(notebook_metadata.get("workshop", {}).get("charts"))
