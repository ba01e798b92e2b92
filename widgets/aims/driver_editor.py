"""Editing the driver diagram inline: add, rename, move, reorder, remove with undo, and judge ideas (PICK).

Every change goes to the store at once and the editor is rebuilt from it, so the
numbers in the labels ("Sekundär drivkraft 1.2") always match the diagram.
"""

from __future__ import annotations

from dataclasses import replace

import ipywidgets

from widgets.aims.removal_prompt import RemovalPrompt
from widgets.components.fields import button, heading, html, paragraph, sentence_field, text
from widgets.page_state import SAVED
from workshop.errors import EditConflict
from workshop.i18n import _
from workshop.improvement import (
    ChangeIdea,
    ChangeIdeaDetails,
    Driver,
    Effort,
    Impact,
    add_change_idea,
    add_driver,
    driver_diagram,
    move_driver,
    rename_driver,
    set_change_idea_removed,
    shift_driver,
    update_change_idea,
)

_INDENT = {0: 0, 1: 32, 2: 64}
"""How far a driver's field stands in, in px, by its level in the diagram."""


def _title_field(label: str, value: str, level: int) -> ipywidgets.Textarea:
    return sentence_field(label, value, label_width="250px",
                          layout=ipywidgets.Layout(width="540px", margin=f"0 0 0 {_INDENT[level]}px",
                                                   max_width=f"calc(100% - {_INDENT[level]}px)"))


def _small_choice(label: str, options, value) -> ipywidgets.Dropdown:
    return ipywidgets.Dropdown(options=options, value=value, description=label, style={"description_width": "auto"},
                               layout=ipywidgets.Layout(width="auto",
                                                    max_width="min(260px, calc(100% - 2 * var(--jp-widgets-margin)))"))


class DriverEditor:
    def __init__(self, page) -> None:
        self.page = page
        self.notice = ipywidgets.VBox()
        self.tree = ipywidgets.VBox()
        self.new_primary = _title_field(_("New primary driver"), "", 0)
        add = button(_("Add the primary driver"))
        add.on_click(page.guard(lambda _button: self._add(self.new_primary, None)))
        self.widget = ipywidgets.VBox([
            heading(_("Edit the driver diagram")),
            paragraph(_("Changes are saved at once. A name is saved when you leave the field or press Enter.")),
            self.notice, self.tree, ipywidgets.HBox([self.new_primary, add]),
        ])
        self.refresh()

    def refresh(self) -> None:
        self.diagram = diagram = driver_diagram(self.page.store, self.page.session.team_id)
        rows: list[ipywidgets.Widget] = []
        for p_number, primary in enumerate(diagram.primary, start=1):
            rows.append(self._driver_row(primary, str(p_number)))
            for s_number, secondary in enumerate(diagram.secondary(primary.id), start=1):
                number = f"{p_number}.{s_number}"
                rows.append(self._driver_row(secondary, number))
                rows += self._ideas(diagram.ideas_under(secondary.id), number, 2)
                rows.append(self._adder(_("New change idea {number}").format(number=number), secondary.id, 2,
                                        idea=True))
            rows += self._ideas(diagram.ideas_under(primary.id), str(p_number), 1)
            rows.append(self._adder(_("New secondary driver under {number}").format(number=p_number),
                                    primary.id, 1))
        live = {driver.id for driver in diagram.drivers}
        unlinked = [idea for idea in diagram.change_ideas if idea.driver_id not in live]
        if unlinked:
            rows.append(heading(_("Change ideas not tied to a driver"), level=4))
            rows += self._ideas(unlinked, "0", 0)
        if not diagram.drivers:
            rows.append(paragraph(_("No drivers yet. Start with a primary driver: a broad area that must change "
                                    "for the aim to be reached.")))
        self.tree.children = rows

    def _act(self, action) -> None:
        """Run a change; refresh whatever happens, so a refused change shows the current diagram. The drawn
        diagram and the measures' links follow the page's SAVED, also a colleague's save that refused this one."""
        try:
            action()
        except EditConflict:
            self.page.state.notify(SAVED)
            raise
        finally:
            self.refresh()

    # Drivers

    def _driver_row(self, driver: Driver, number: str) -> ipywidgets.Widget:
        page = self.page
        level = 0 if driver.is_primary else 1
        label = (_("Primary driver {number}") if driver.is_primary else _("Secondary driver {number}")).format(
            number=number)
        title = _title_field(label, driver.title, level)
        title.observe(page.guard(lambda change: self._act(lambda: rename_driver(
            self.page.store, self.page.session.team_id, driver.id, change["new"], expected_version=driver.version,
            actor=self.page.session.actor))), names="value")
        controls = [title]
        if not driver.is_primary:
            controls.append(self._parent_choice(driver))
        for description, offset in ((_("Up"), -1), (_("Down"), 1)):
            move = button(description)
            move.tooltip = _("Move {label} {direction}").format(label=label, direction=description.lower())
            move.on_click(page.guard(lambda _button, offset=offset: self._act(lambda: shift_driver(
                self.page.store, self.page.session.team_id, driver.id, offset, expected_version=driver.version,
                actor=self.page.session.actor))))
            controls.append(move)
        remove = button(_("Remove"))
        remove.tooltip = _("Remove {label}").format(label=label)
        remove.on_click(page.guard(lambda _button: self._ask_removal(driver)))
        controls.append(remove)
        row = ipywidgets.HBox(controls, layout=ipywidgets.Layout(flex_flow="row wrap", align_items="center"))
        row.add_class("gk-driver-row")
        return row

    def _parent_choice(self, driver: Driver) -> ipywidgets.Dropdown:
        options = [(primary.title, primary.id) for primary in self.diagram.primary]
        choice = _small_choice(_("Under"), options, driver.parent_id)
        choice.observe(self.page.guard(lambda change: self._act(lambda: move_driver(
            self.page.store, self.page.session.team_id, driver.id, parent_id=change["new"],
            expected_version=driver.version, actor=self.page.session.actor))), names="value")
        return choice

    def _adder(self, label: str, parent_id: int, level: int, *, idea: bool = False) -> ipywidgets.Widget:
        field = _title_field(label, "", level)
        add = button(_("Add"))
        add.tooltip = label
        add.on_click(self.page.guard(lambda _button: self._add(field, parent_id, idea=idea)))
        return ipywidgets.HBox([field, add])

    def _add(self, field: ipywidgets.Textarea, parent_id: int | None, *, idea: bool = False) -> None:
        store, team_id, actor = self.page.store, self.page.session.team_id, self.page.session.actor
        if idea:
            title = add_change_idea(store, team_id, ChangeIdeaDetails(title=field.value, driver_id=parent_id),
                                    actor=actor).title
            message = _("The change idea “{title}” is added to the driver diagram.")
        elif parent_id is None:
            title = add_driver(store, team_id, field.value, actor=actor).title
            message = _("The primary driver “{title}” is added to the driver diagram.")
        else:
            title = add_driver(store, team_id, field.value, parent_id=parent_id, actor=actor).title
            message = _("The secondary driver “{title}” is added to the driver diagram.")
        field.value = ""
        self.refresh()
        self.page.say(message.format(title=title))

    def _ask_removal(self, driver: Driver) -> None:
        prompt = RemovalPrompt(self.page, self, driver)
        if prompt.ideas:
            self.notice.children = [prompt.widget]
        else:
            prompt.remove(None)

    def show_notice(self, message: str, undo=None) -> None:
        """Say what was removed, with an undo button when ``undo`` is given."""
        widgets = [html(f'<p role="status">{text(message)}</p>')]
        if undo is not None:
            undo_button = button(_("Undo"), primary=True)
            undo_button.on_click(self.page.guard(lambda _button: self._undo(undo)))
            widgets.append(undo_button)
        self.notice.children = [ipywidgets.HBox(widgets, layout=ipywidgets.Layout(align_items="center"))]

    def _undo(self, undo) -> None:
        self.notice.children = []
        self._act(undo)

    # Change ideas

    def _ideas(self, ideas, number: str, level: int) -> list[ipywidgets.Widget]:
        return [self._idea_row(idea, f"{number}.{index}", level) for index, idea in enumerate(ideas, start=1)]

    def _idea_row(self, idea: ChangeIdea, number: str, level: int) -> ipywidgets.Widget:
        page = self.page
        label = _("Change idea {number}").format(number=number)
        title = _title_field(label, idea.title, level)
        impact = _small_choice(_("Impact"), [("–", None)] + [(value.label, value) for value in Impact], idea.impact)
        effort = _small_choice(_("Effort"), [("–", None)] + [(value.label, value) for value in Effort], idea.effort)
        drivers = [(driver.title, driver.id) for driver in self.diagram.drivers]
        if idea.driver_id not in {value for _label, value in drivers}:
            drivers.insert(0, ("–", idea.driver_id))
        driver = _small_choice(_("Driver"), drivers, idea.driver_id)

        def save(_change=None) -> None:
            details = replace(idea, title=title.value, impact=impact.value, effort=effort.value,
                              driver_id=driver.value)
            self._act(lambda: update_change_idea(self.page.store, self.page.session.team_id, idea.id, details,
                                                 expected_version=idea.version, actor=self.page.session.actor))

        for control in (title, impact, effort, driver):
            control.observe(page.guard(save), names="value")
        remove = button(_("Remove"))
        remove.tooltip = _("Remove {label}").format(label=label)
        remove.on_click(page.guard(lambda _button: self._remove_idea(idea)))
        row = ipywidgets.HBox([title, impact, effort, driver, remove],
                              layout=ipywidgets.Layout(flex_flow="row wrap", align_items="center"))
        row.add_class("gk-idea-row")
        return row

    def _remove_idea(self, idea: ChangeIdea) -> None:
        store, team_id, actor = self.page.store, self.page.session.team_id, self.page.session.actor
        removed = set_change_idea_removed(store, team_id, idea.id, True, expected_version=idea.version, actor=actor)
        self.show_notice(_("The change idea “{title}” is removed.").format(title=idea.title),
                         undo=lambda: set_change_idea_removed(store, team_id, idea.id, False,
                                                              expected_version=removed.version, actor=actor))
        self.refresh()
