"""The page of step 2: structured by the Model for Improvement's three questions."""

from __future__ import annotations

import ipywidgets

from widgets.aims.view import AimsView
from widgets.page import Page
from workshop.store import Store


def build_aims_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The page's frame and its view (tests drive ``page.view``)."""
    return Page(render=AimsView, step_key="aims", query_string=query_string, store=store, charts=True)


def aims_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_aims_page(query_string, store).widget
