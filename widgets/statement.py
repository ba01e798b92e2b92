"""The accessibility statement (docs/tillganglighet.md) as a page of the kit, with the host's contact filled in."""

from __future__ import annotations

import ipywidgets
import mistune

from widgets.components.fields import html, text
from widgets.documents import document_markdown
from widgets.page import Page
from workshop.config import accessibility_contact
from workshop.i18n import _
from workshop.store import Store

_CONTACT_MARKERS = {"sv": "<!-- kontakt -->", "en": "<!-- contact -->"}


def contact_markup() -> str:
    contact = accessibility_contact()
    if contact:
        return f'<p class="gk-link-box"><strong>{text(contact)}</strong></p>'
    return "<p>{}</p>".format(text(_(
        "The organisation that runs the kit has not given a contact here yet: contact the region or municipality "
        "that gave you the link, or your facilitator.")))


class StatementView:
    def __init__(self, page: Page) -> None:
        language = page.session.language
        markup = str(mistune.html(document_markdown("tillganglighet.md", language)))
        self.children: list[ipywidgets.Widget] = [
            html(markup.replace(_CONTACT_MARKERS[language], contact_markup()))]


def build_statement_page(query_string: str | None = None, store: Store | None = None) -> Page:
    return Page(title=lambda: _("Accessibility statement"), render=StatementView, step_key="statement",
                query_string=query_string, store=store)


def statement_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    return build_statement_page(query_string, store).widget
