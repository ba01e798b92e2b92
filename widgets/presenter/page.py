"""The presenter page: reached from the facilitator's Start; a team's link is refused (the plan needs the facilitator).

Its body is the plan before presenting and the slides while presenting (``PRESENTING``, followed by the page).
"""

from __future__ import annotations

import ipywidgets

from widgets.page import Page, View
from widgets.presenter.plan_view import PlanView
from widgets.presenter.slideshow import SlideShow
from widgets.presenter.state import PRESENTING
from workshop.i18n import _
from workshop.store import Store


def _body(page: Page) -> View:
    return SlideShow(page) if page.state.chosen(PRESENTING) else PlanView(page)


def build_presentation_page(query_string: str | None = None, store: Store | None = None) -> Page:
    return Page(title=lambda: _("Present storyboards"), render=_body, step_key="presentation",
                query_string=query_string, store=store, charts=True, redraw_on=(PRESENTING,))


def presentation_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    return build_presentation_page(query_string, store).widget
