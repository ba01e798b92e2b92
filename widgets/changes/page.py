"""Step 3 – Förändringar: the knowledge catalog, the support map and the prevention-level overview."""

from __future__ import annotations

import ipywidgets

from widgets.changes.catalog_view import CatalogView
from widgets.changes.markup import CSS
from widgets.changes.overview import overview_table
from widgets.changes.support_view import SupportMapView
from widgets.components.fields import html, paragraph, section
from widgets.page import Page
from workshop.i18n import _
from workshop.knowledge import Catalog, load_catalog, prevention_overview
from workshop.store import Store


class ChangesView:
    def __init__(self, page: Page, catalog: Catalog) -> None:
        self.catalog_view = CatalogView(page, catalog)
        self.support_view = SupportMapView(page)
        counts = prevention_overview(page.store, page.session.team_id)
        self.children = [
            html(CSS),
            paragraph(_("Choose changes that rest on knowledge. Each card tells what the approach is, its core "
                        "components, how to start small, which measures show whether it works, and where the "
                        "knowledge comes from.")),
            section(_("Knowledge catalog"), *self.catalog_view.children),
            section(_("Support map"), *self.support_view.children),
            section(_("Prevention levels of your changes"), html(overview_table(counts, catalog))),
        ]


def build_changes_page(query_string: str | None = None, store: Store | None = None, *,
                       catalog: Catalog | None = None) -> Page:
    """The page's frame and view (tests drive ``page.view``); ``catalog`` defaults to shipped + local entries."""
    catalog = catalog or load_catalog()

    def body(page: Page) -> ChangesView:
        return ChangesView(page, catalog)

    return Page(render=body, step_key="changes", query_string=query_string, store=store)


def changes_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_changes_page(query_string, store).widget
