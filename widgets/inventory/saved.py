"""The team's saved inventories: the list with a button to open each, and two of them side by side."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, choice_field, html, paragraph, section, text
from widgets.first_view import shown_later
from widgets.inventory.results import saved_inventory
from widgets.inventory.tables import comparison_table
from workshop.i18n import _, format_date, format_number
from workshop.inventory import compare_inventories, get_inventory, list_inventories
from workshop.inventory.bands import age_label, duration_label
from workshop.inventory.compare import DIMENSIONS, dimension_title
from workshop.inventory.dimensions import sex_label
from workshop.inventory.reasons import ReasonGroup

_LABELLERS = {"by_age_band": age_label, "by_sex": sex_label, "by_reason": lambda key: ReasonGroup(key).label,
              "by_duration": duration_label, "by_insats": str}


def _listing_label(listing) -> str:
    return _("{date} ({count} clients)").format(date=format_date(listing.inventory_date),
                                                count=format_number(listing.total))


class SavedInventories:
    """The saved inventories, and one of them in full: the one chosen (``inventory_id`` in the page's state),
    else the latest. Opening one, or saving a new one, chooses it, and this part redraws itself."""

    def __init__(self, page) -> None:
        self.page = page
        self.widget = ipywidgets.VBox()
        self.draw()
        page.state.subscribe(self.draw, "inventory_id")

    def draw(self) -> None:
        saved = SavedSection(self.page)
        inventory_id = self.page.state.chosen("inventory_id")
        if inventory_id not in {listing.id for listing in saved.listings}:  # none chosen yet, or another team's
            inventory_id = saved.listings[0].id if saved.listings else None
        # Its charts and tables (bokeh) come once the browser has the page: the page is usable before.
        shown = [] if inventory_id is None else [shown_later(
            lambda: saved_inventory(get_inventory(self.page.store, self.page.session.team_id, inventory_id)),
            _("Opening the saved inventory …"),
            _("The saved inventory could not be shown. Reload the page to try again."))]
        self.widget.children = [saved.widget, *shown]
        self.shows_one = inventory_id is not None


class SavedSection:
    def __init__(self, page) -> None:
        self.page = page
        self.listings = list_inventories(page.store, page.session.team_id)
        options = [(_listing_label(listing), listing.id) for listing in self.listings]
        self.first = choice_field(_("Compare"), options, options[-1][1] if options else None)
        self.second = choice_field(_("with"), options, options[0][1] if options else None)
        self.compare = button(_("Compare the two"))
        self.compare.on_click(page.guard(lambda _button: self._compare()))
        self.comparison = ipywidgets.VBox()
        children = [html(self._list())]
        if self.listings:
            openers = [self._opener(listing) for listing in self.listings]
            children += [paragraph(_("Open an inventory to see its charts and target group:")),
                         ipywidgets.HBox(openers, layout=ipywidgets.Layout(flex_flow="row wrap"))]
        if len(self.listings) >= 2:
            children += [self.first, self.second, self.compare, self.comparison]
        self.widget = section(_("Saved inventories"), *children)

    def _opener(self, listing) -> ipywidgets.Button:
        opener = button(_listing_label(listing))
        opener.on_click(self.page.guard(lambda _button: self.page.state.choose(inventory_id=listing.id)))
        return opener

    def _list(self) -> str:
        if not self.listings:
            return "<p>" + text(_("No inventory saved yet.")) + "</p>"
        not_chosen = _("not chosen")
        rows = "".join(
            f"<tr><td>{text(format_date(listing.inventory_date))}</td><td>{format_number(listing.total)}</td>"
            f"<td>{text(listing.target.description if listing.target else not_chosen)}</td>"
            f"<td>{format_number(listing.target.count) if listing.target else '–'}</td></tr>"
            for listing in self.listings)
        headers = "".join(f"<th scope='col'>{text(title)}</th>" for title in
                          (_("Inventory date"), _("Clients"), _("Target group"), _("Number in the target group")))
        caption = text(_("Saved inventories, newest first"))
        return (f"<table class='gk-table'><caption>{caption}</caption>"
                f"<thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>")

    def _compare(self) -> None:
        comparison = compare_inventories(self.page.store, self.page.session.team_id, self.first.value,
                                         self.second.value)
        first = format_date(comparison.first.inventory.inventory_date)
        second = format_date(comparison.second.inventory.inventory_date)
        tables = [html(comparison_table(dimension_title(dimension), [_LABELLERS[dimension](key) for key in
                                                                     comparison.tables[dimension]],
                                        comparison.tables[dimension], first, second))
                  for dimension in DIMENSIONS if len(comparison.tables[dimension])]
        self.comparison.children = [paragraph(_("Numbers and shares of all clients in each inventory.")), *tables]
