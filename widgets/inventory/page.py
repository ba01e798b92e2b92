"""The target-group inventory page (the frame asks for a team first when the link has none)."""

from __future__ import annotations

import ipywidgets

from widgets.inventory.view import InventoryView
from widgets.page import Page
from workshop.store import Store


def build_inventory_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The page's frame and current view (tests drive ``page.view``)."""
    return Page(render=InventoryView, step_key="inventory", query_string=query_string, store=store,
                charts=True)


def inventory_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_inventory_page(query_string, store).widget
