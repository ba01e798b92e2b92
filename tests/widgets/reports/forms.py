"""Driving one section of the Reports page as demo team 1, without a browser: find controls, read the autosave."""

from __future__ import annotations

import ipywidgets

from tests.widgets.reading import all_widgets
from widgets.page import Page
from workshop.session import join_team

TEAM = 1


def team_page(store, section) -> Page:
    """A page for demo team 1 that holds only ``section(page, store, team_id)``."""
    query = join_team(store, TEAM, "demo-team-exempel").query()
    return Page(render=lambda page: ipywidgets.VBox([section(page, page.store, page.session.team_id)]),
                step_key="reports",
                query_string=query, store=store)


def control(page: Page, description: str):
    """The one control labelled ``description``."""
    [found] = [w for w in all_widgets(page.widget) if getattr(w, "description", None) == description]
    return found


def autosave_status(page: Page) -> str:
    return "\n".join(w.value for w in all_widgets(page.widget) if "gk-autosave" in getattr(w, "_dom_classes", ()))
