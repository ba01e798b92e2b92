"""The facilitator's view of all teams: reached from the facilitator's Start; a team's link is refused."""

from __future__ import annotations

import ipywidgets

from widgets.page import Page
from widgets.seminars.overview_view import OverviewView
from workshop.i18n import _
from workshop.store import Store


def build_overview_page(query_string: str | None = None, store: Store | None = None) -> Page:
    # The overview refuses any session but the facilitator's (workshop.overview), which the page shows as a message.
    return Page(title=lambda: _("All teams"), render=OverviewView, step_key="overview", query_string=query_string,
                store=store, charts=True)


def overview_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    return build_overview_page(query_string, store).widget
