"""The PGSA page: the overview of the team's cycles, or one cycle's worksheet."""

from __future__ import annotations

import ipywidgets

from widgets.page import Page
from widgets.pdsa.overview import OverviewView
from widgets.pdsa.worksheet import WorksheetView
from workshop.store import Store


def _open_cycle(page: Page):
    def open_cycle(cycle_id: int | None, message: str = "") -> None:
        page.cycle_id = cycle_id
        page.messages.clear()
        page.render()
        # Told after the new view is in place, so the message never stands beside the old one.
        if message:
            page.messages.show(message, "success")

    return open_cycle


def _body(page: Page) -> list[ipywidgets.Widget]:
    cycle_id = getattr(page, "cycle_id", None)
    if cycle_id is None:
        page.view = OverviewView(page, _open_cycle(page))
    else:
        page.view = WorksheetView(page, cycle_id, _open_cycle(page))
    return page.view.children


def build_pdsa_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The page's frame and current view (tests drive ``page.view``)."""
    return Page(render=_body, step_key="pdsa", query_string=query_string, store=store)


def pdsa_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_pdsa_page(query_string, store).widget
