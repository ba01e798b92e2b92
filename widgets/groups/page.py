"""The cross-groups page: reached from the facilitator's Start and the program; a team's link is refused."""

from __future__ import annotations

import ipywidgets

from widgets.groups.view import CrossGroupsView
from widgets.page import Page
from workshop.i18n import _
from workshop.session import led_collaborative
from workshop.store import Store


def _body(page: Page) -> CrossGroupsView:
    led_collaborative(page.session)  # staff names and the draw are the facilitator's: anyone else is told so
    return CrossGroupsView(page)


def build_groups_page(query_string: str | None = None, store: Store | None = None) -> Page:
    return Page(title=lambda: _("Cross-groups"), render=_body, step_key="cross_groups", query_string=query_string,
                store=store)


def groups_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    return build_groups_page(query_string, store).widget
