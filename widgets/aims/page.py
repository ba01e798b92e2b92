"""The page of step 2: structured by the Model for Improvement's three questions."""

from __future__ import annotations

import ipywidgets

from widgets.aims.view import AimsView
from widgets.join_team import team_picker
from widgets.page import Page
from workshop.store import Store


def _body(page: Page) -> list[ipywidgets.Widget]:
    if page.session.team_id is None:
        return team_picker(page)
    page.view = AimsView(page)
    return page.view.children


def build_aims_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The page's frame and its view (tests drive ``page.view``)."""
    return Page(render=_body, step_key="aims", query_string=query_string, store=store)


def aims_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_aims_page(query_string, store).widget
