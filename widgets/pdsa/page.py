"""The PGSA page: the overview of the team's cycles, or one cycle's worksheet."""

from __future__ import annotations

import ipywidgets

from widgets.page import Page
from widgets.pdsa.overview import OverviewView
from widgets.pdsa.worksheet import WorksheetView
from workshop.store import Store


def _body(page: Page) -> OverviewView | WorksheetView:
    cycle_id = page.state.chosen("cycle_id")
    return OverviewView(page) if cycle_id is None else WorksheetView(page, cycle_id)


def build_pdsa_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The page's frame and current view (tests drive ``page.view``)."""
    return Page(render=_body, step_key="pdsa", query_string=query_string, store=store,
                charts=True, redraw_on=("cycle_id",))


def pdsa_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_pdsa_page(query_string, store).widget
