"""The knowledge catalog as cards: filter, open a card, take it into the driver diagram with its measures."""

from __future__ import annotations

import ipywidgets

from widgets.changes.markup import card_header, element, entry_details, measure_definition
from widgets.components.fields import button, choice_field, html, paragraph, sent_as_typed, text, text_field
from workshop.i18n import _
from workshop.improvement import DriverDiagram, PreventionLevel, driver_diagram
from workshop.knowledge import Catalog, CatalogEntry, TeamChoices, accept_measure, add_entry_as_idea, team_choices
from workshop.model import Area


def driver_options(diagram: DriverDiagram) -> list[tuple[str, int | None]]:
    """Secondary drivers under their primary one, then the primary drivers, then 'no driver yet'."""
    options = []
    for primary in diagram.primary:
        options += [(f"{primary.title} → {secondary.title}", secondary.id)
                    for secondary in diagram.secondary(primary.id)]
    options += [(primary.title, primary.id) for primary in diagram.primary]
    return [*options, (_("No driver yet (choose one later in step 2)"), None)]


class CatalogView:
    """The filters and the open card are choices in the page's state (kept across redraws); the cards follow them."""

    def __init__(self, page, catalog: Catalog) -> None:
        self.page = page
        self.catalog = catalog
        state = page.state
        team_id = page.session.team_id
        self.choices: TeamChoices = team_choices(page.store, team_id, catalog)
        self.drivers = driver_options(driver_diagram(page.store, team_id))

        self.area = choice_field(_("Filter by area"), [(_("All areas"), None), (Area.SOCIAL_ASSISTANCE.label,
                                 Area.SOCIAL_ASSISTANCE), (Area.SUBSTANCE_MISUSE.label, Area.SUBSTANCE_MISUSE)],
                                 state.chosen("area"))
        self.level = choice_field(_("Filter by prevention level"), [(_("All levels"), None),
                                  *[(level.label, level) for level in PreventionLevel]], state.chosen("level"))
        self.words = text_field(_("Search the catalog"), state.chosen("words", ""),
                                placeholder=_("e.g. AUDIT, samverkan, arbete"))
        sent_as_typed(self.words)
        for control in (self.area, self.level, self.words):
            control.observe(page.guard(self._filter), names="value")
        self.count = html("")
        self.cards = ipywidgets.VBox()
        self._show_cards()
        state.subscribe(self._show_cards, "area", "level", "words", "open_entry")
        self.children = [self.area, self.level, self.words, self.count, self.cards, *self._problems(),
                         *self._outside_catalog()]

    def _filter(self, _change=None) -> None:
        self.page.state.choose(area=self.area.value, level=self.level.value, words=self.words.value)

    def _show_cards(self) -> None:
        state = self.page.state
        entries = sorted(self.catalog.find(area=state.chosen("area"), level=state.chosen("level"),
                                           words=state.chosen("words", "")),
                         key=lambda entry: entry.title.current().casefold())
        shown = _("{shown} of {total} cards shown.").format(shown=len(entries), total=len(self.catalog.entries))
        self.count.value = element("p", shown, ' role="status"')
        self.cards.children = [self._card(entry) for entry in entries]

    def _card(self, entry: CatalogEntry) -> ipywidgets.VBox:
        is_open = self.page.state.chosen("open_entry") == entry.id
        chosen = self.choices.chosen(entry.id)
        toggle = button((_("Hide details: {title}") if is_open else _("Show details: {title}")).format(
            title=entry.title.current()))
        toggle.on_click(self.page.guard(lambda _button: self._toggle(entry.id)))
        children = [html(card_header(entry, chosen=chosen)), toggle]
        if is_open:
            children += self._details(entry)
        card = ipywidgets.VBox(children)
        card.add_class("gk-card")
        if chosen:
            card.add_class("gk-card-chosen")
        return card

    def _toggle(self, entry_id: str) -> None:
        is_open = self.page.state.chosen("open_entry") == entry_id
        self.page.state.choose(open_entry=None if is_open else entry_id)

    def _details(self, entry: CatalogEntry) -> list[ipywidgets.Widget]:
        widgets = [html(entry_details(entry))]
        driver = choice_field(_("Driver"), self.drivers, self.drivers[0][1])
        driver.layout = ipywidgets.Layout(width="100%")  # "primary → secondary" is read whole, not cut at 640 px
        add = button(_("Add as change idea"), primary=True)
        add.on_click(self.page.guard(lambda _button: self._add_idea(entry, driver.value)))
        if self.choices.chosen(entry.id):
            widgets.append(paragraph(_("Your team already has this card as a change idea; you can add it again "
                                       "under another driver.")))
        widgets += [driver, add]
        if entry.measures:
            widgets.append(html(element("h4", _("Suggested measures"))))
        for index, measure in enumerate(entry.measures):
            widgets.append(html(measure_definition(measure)))
            if self.choices.has_measure(entry, index):
                added = _("This measure is among your measures.")
                widgets.append(html(f'<p><span aria-hidden="true">✔</span> {text(added)}</p>'))
            else:
                accept = button(_("Add the measure: {name}").format(name=measure.name.current()))
                accept.on_click(self.page.guard(lambda _button, index=index: self._accept(entry, index)))
                widgets.append(accept)
        return widgets

    def _add_idea(self, entry: CatalogEntry, driver_id: int | None) -> None:
        add_entry_as_idea(self.page.store, self.page.session.team_id, entry, driver_id=driver_id,
                          actor=self.page.session.actor)
        self.page.redraw(_("“{title}” is now a change idea in your driver diagram. Add its measures below if "
                           "they fit.").format(title=entry.title.current()))

    def _accept(self, entry: CatalogEntry, index: int) -> None:
        measure = accept_measure(self.page.store, self.page.session.team_id, entry, index,
                                 actor=self.page.session.actor)
        self.page.redraw(_("The measure “{name}” is added to your measures (step 2).").format(name=measure.name))

    def _problems(self) -> list[ipywidgets.Widget]:
        if not self.catalog.problems:
            return []
        lines = "".join(element("li", problem.describe()) for problem in self.catalog.problems)
        intro = element("strong", _("Some local catalog files could not be used:"))
        rest = text(_("The rest of the catalog works as usual."))
        return [html(f'<div class="gk-message gk-message-warning" role="note"><span aria-hidden="true">⚠</span> '
                     f"{intro}<ul>{lines}</ul>{rest}</div>")]

    def _outside_catalog(self) -> list[ipywidgets.Widget]:
        ideas = self.choices.outside_catalog
        if not ideas:
            return []
        note = _("no longer in the catalog")
        lines = "".join(f"<li>{text(idea.title)} – <em>{text(note)}</em></li>" for idea in ideas)
        return [html(element("h3", _("Your ideas from cards that are gone"))
                     + element("p", _("The ideas stay in your driver diagram.")) + f"<ul>{lines}</ul>")]
