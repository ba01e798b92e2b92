"""The team's inventory page: upload → columns → check → charts → target group → save; saved ones; notes.

State is the export read in this kernel (identity numbers already removed),
the confirmed mapping and the cases counted from it; everything saved is read
back from the store.
"""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, paragraph, section, text_field
from widgets.inventory.manual import ManualSection
from widgets.inventory.mapping import MappingWizard
from widgets.inventory.notes import NotesSection
from widgets.inventory.results import inventory_charts, problem_report
from widgets.inventory.saved import SavedInventories
from widgets.inventory.target import TargetChooser
from widgets.inventory.upload import UploadSection
from workshop.errors import InvalidInput
from workshop.i18n import _, format_number
from workshop.inventory import (
    ColumnMapping,
    Role,
    TargetFilters,
    load_mapping_profile,
    save_inventory,
    save_mapping_profile,
)
from workshop.inventory.bands import AGE_BANDS, age_bands_from_text
from workshop.inventory.export import Export
from workshop.inventory.mapping import guess_mapping


class InventoryView:
    def __init__(self, page) -> None:
        self.page = page
        self.store = page.store
        self.team_id = page.session.team_id
        self.export: Export | None = None
        self.mapping: ColumnMapping | None = None
        self.cases = None
        self.age_bands = AGE_BANDS
        self.wizard: MappingWizard | None = None
        self.target: TargetChooser | None = None
        self.upload = UploadSection(page, self)
        self.manual = ManualSection(page, self)
        self.manual.widget.layout.display = "none"
        self.show_manual = button(_("Type the numbers instead"))
        self.show_manual.on_click(page.guard(lambda _button: self._toggle_manual()))
        self.exclude = ipywidgets.Checkbox(description=_("Leave out the rows with problems"), indent=False)
        self.save_button = button(_("Save the inventory"), primary=True)
        self.save_button.on_click(page.guard(lambda _button: self._save_export()))
        self.wizard_box, self.results_box = ipywidgets.VBox(), ipywidgets.VBox()
        self.results_box.add_class("gk-inventory-results")
        self.saved = SavedInventories(page)
        self.saved_box = self.saved.widget
        self.notes = NotesSection(page)
        reading = [section(_("Read an export"), self.upload.widget, self.show_manual), self.manual.widget,
                   self.wizard_box, self.results_box]
        # A team that comes back sees what it saved first; a new team starts by reading its export.
        work = [self.saved_box, *reading] if self.saved.shows_one else [*reading, self.saved_box]
        self.children = [
            paragraph(_("Get to know the clients you meet: how many, their age and sex, why and when their case "
                        "was opened, and which insatser they have. Then choose the target group to test with.")),
            *work, self.notes.widget,
        ]

    def _toggle_manual(self) -> None:
        hidden = self.manual.widget.layout.display == "none"
        self.manual.widget.layout.display = "" if hidden else "none"

    def read(self, export: Export) -> None:
        """A new export was read: suggest columns (the team's profile first) and wait for confirmation."""
        self.export, self.mapping, self.cases = export, None, None
        profile = load_mapping_profile(self.store, self.team_id)
        suggested = guess_mapping(export.columns, profile) if profile else export.mapping
        if profile and not suggested.columns(Role.INSATS):
            suggested = suggested.with_role(Role.INSATS, export.mapping.columns(Role.INSATS))
        self.wizard = MappingWizard(self.page, self, export, suggested)
        self.wizard_box.children = [self.wizard.widget]
        self.results_box.children = []
        self.page.say(_("The file was read. Check which column is which below."), "info")

    def confirm_mapping(self, mapping: ColumnMapping) -> None:
        save_mapping_profile(self.store, self.team_id, mapping, actor=self.page.session.actor)
        self.mapping = mapping
        self.recount()
        self.page.say(_("The columns are saved for your next import. Read the charts and choose the "
                        "target group below."), "success")

    def recount(self) -> None:
        """Count the cases again (new mapping or inventory date) and show them."""
        if self.export is None or self.mapping is None:
            return
        self.cases = self.export.cases(self.mapping, self.upload.inventory_date)
        self.exclude.value = False
        self.exclude.description = _("Leave out the {count} rows with problems").format(
            count=format_number(self.cases.excluded))
        self.target = TargetChooser(self.page.guard, self.cases.count, self.cases.total)
        self.charts_box = ipywidgets.VBox()
        self._show_charts()
        # The choice comes before the charts: it is what the team is here for, and the charts are long.
        self.results_box.children = [
            problem_report(self.cases, self.exclude),
            section(_("Target group"), self.target.widget, self.save_button),
            section(_("What the inventory shows"), self._age_bands_row(), self.charts_box),
        ]

    def _show_charts(self) -> None:
        self.charts_box.children = inventory_charts(self.cases.summarize(self.age_bands))

    def _age_bands_row(self) -> ipywidgets.HBox:
        self.age_bands_field = text_field(_("Age groups (lowest age of each)"),
                                          ", ".join(str(edge) for edge in self.age_bands.edges[1:]))
        use = button(_("Use these age groups"))
        use.on_click(self.page.guard(lambda _button: self._use_age_bands()))
        return ipywidgets.HBox([self.age_bands_field, use])

    def _use_age_bands(self) -> None:
        """Count again in the age groups typed; the target group chosen so far stays."""
        self.age_bands = age_bands_from_text(self.age_bands_field.value)
        self._show_charts()

    def _save_export(self) -> None:
        if self.cases is None:
            raise InvalidInput(_("Read a file and confirm its columns first."), field="file")
        if self.cases.problems and not self.exclude.value:
            raise InvalidInput(_("Some rows have problems. Choose to leave them out, or fix the file and upload it "
                                 "again."), field="exclude")
        from workshop.inventory.counting import with_target_reasons  # pandas, as the cases counted already

        filters = self.target.filters
        self.save(with_target_reasons(self.cases.summarize(self.age_bands), self.cases, filters), filters,
                  self.target.count)

    def save(self, inventory, filters: TargetFilters, count: int) -> None:
        inventory_id = save_inventory(self.store, self.team_id, inventory, target=filters, target_count=count,
                                      actor=self.page.session.actor)
        self._forget_working_copy()
        self.page.state.choose(inventory_id=inventory_id)
        self.page.say(_("The inventory is saved with the target group “{description}” ({count}).").format(
            description=filters.description, count=format_number(count)), "success")

    def _forget_working_copy(self) -> None:
        """Once saved, the page shows the saved inventory only, not the same charts twice."""
        self.export, self.mapping, self.cases, self.wizard, self.target = None, None, None, None, None
        self.wizard_box.children, self.results_box.children = [], []
        self.manual.widget.layout.display = "none"
