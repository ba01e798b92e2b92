"""Reading what a view shows, without a browser."""

from __future__ import annotations

import ipywidgets


def all_widgets(widget: ipywidgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from all_widgets(child)


def page_text(widget: ipywidgets.Widget) -> str:
    """Everything the page says: markup of HTML widgets, labels and values of controls."""
    parts = []
    for item in all_widgets(widget):
        for attribute in ("value", "description"):
            value = getattr(item, attribute, None)
            if isinstance(value, str):
                parts.append(value)
    return "\n".join(parts)
