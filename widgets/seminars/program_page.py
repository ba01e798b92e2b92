"""The program page: the collaborative's meetings, for its teams and its facilitator."""

from __future__ import annotations

import ipywidgets

from widgets.page import Page
from widgets.seminars.program_view import ProgramView
from workshop.errors import AccessDenied
from workshop.i18n import _
from workshop.store import Store


def _body(page: Page) -> ProgramView:
    if page.session.collaborative_id is None:
        raise AccessDenied(_("Open the program from the kit's start page, as a team or as facilitator."))
    return ProgramView(page)


def build_program_page(query_string: str | None = None, store: Store | None = None) -> Page:
    return Page(title=lambda: _("The collaborative's program"), render=_body, step_key="program",
                query_string=query_string, store=store)


def program_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    return build_program_page(query_string, store).widget
