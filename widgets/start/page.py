"""Chooses what the Start page shows from the session: a visitor, a facilitator or a team."""

from __future__ import annotations

import ipywidgets

from widgets.page import Page
from widgets.start.facilitator import FacilitatorView
from widgets.start.team import TeamView
from widgets.start.visitor import VisitorView
from workshop.i18n import _
from workshop.session import Role
from workshop.store import Store


def _body(page: Page) -> FacilitatorView | TeamView | VisitorView:
    if page.session.role is Role.FACILITATOR and page.session.team_id is None:
        return FacilitatorView(page)
    if page.session.team_id is not None:
        return TeamView(page)
    return VisitorView(page)


def build_start_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The Start page's frame and current view (tests drive ``page.view``)."""
    return Page(title=lambda: _("Improvement collaborative – start"), render=_body, step_key="start",
                query_string=query_string, store=store)


def start_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_start_page(query_string, store).widget
