"""The mapping wizard: which column plays which role, as guessed and then confirmed by the team; then,
once, how to count reason and insats values the kit does not know (a cell can hold anything, a name too)."""

from __future__ import annotations

import ipywidgets

from widgets.components.choices import CheckboxGroup
from widgets.components.fields import button, choice_field, heading, html, paragraph, section, text
from workshop.i18n import _
from workshop.inventory import ColumnMapping, Role
from workshop.inventory.categories import OTHER, REASON_CHOICES, Unrecognised, insats_names
from workshop.inventory.export import Export
from workshop.inventory.mapping import MULTI_COLUMN_ROLES
from workshop.inventory.reasons import ReasonGroup


def _dropped_list(export: Export) -> str:
    items = [column.message for column in export.dropped] + list(export.notes)
    if not items:
        items = [_("No columns were removed: the file has no identity numbers or names.")]
    return "<ul>" + "".join(f"<li>{text(item)}</li>" for item in items) + "</ul>"


def _category_options(role: Role) -> list[tuple[str, str]]:
    if role is Role.REASON:
        return [(ReasonGroup(group).label, group) for group in REASON_CHOICES]
    return [(name, name) for name in insats_names()] + [(_("Other"), OTHER)]


def _category_field(value: Unrecognised) -> ipywidgets.Dropdown:
    """One value to sort, named as in the file (identity numbers masked), its suggestion chosen."""
    from workshop.inventory.cases import safe_label  # pandas: only once a file was read

    return ipywidgets.Dropdown(options=_category_options(value.role), value=value.suggestion,
                               description=safe_label(value.text), style={"description_width": "initial"},
                               layout=ipywidgets.Layout(width="auto", max_width="760px"))


class MappingWizard:
    def __init__(self, page, view, export: Export, suggested: ColumnMapping) -> None:
        self.page, self.view, self.export, self.suggested = page, view, export, suggested
        self.sorting: dict[str, ipywidgets.Dropdown] = {}
        self.sorting_box = ipywidgets.VBox()
        none = [(_("(not in the file)"), None)]
        columns = [(column, column) for column in export.columns]
        self.fields: dict[Role, ipywidgets.Widget] = {}
        for role in Role:
            if role in MULTI_COLUMN_ROLES:
                field = CheckboxGroup(role.label, columns, suggested.columns(role))
            else:
                field = choice_field(role.label, none + columns, suggested.column(role))
            self.fields[role] = field
        self.confirm = button(_("Use these columns"), primary=True)
        self.confirm.on_click(page.guard(lambda _button: self._confirm()))
        self.use_categories = button(_("Count them like this"), primary=True)
        self.use_categories.on_click(page.guard(lambda _button: view.confirm_mapping(self.mapping)))
        sheet = (_("Sheet “{sheet}”, header in row {row}.").format(sheet=export.sheet, row=export.header_row)
                 if export.sheet else _("Header in row {row}.").format(row=export.header_row))
        self.widget = ipywidgets.VBox([
            section(_("What was removed and why"), html(_dropped_list(export))),
            section(_("Which column is which?"),
                    paragraph(_("{rows} rows read. {sheet} The kit has guessed what each column holds: check the "
                                "guesses, change what is wrong, then continue. Several columns can hold insatser: "
                                "tick each of them.").format(rows=export.rows, sheet=sheet)),
                    *self.fields.values(), self.confirm),
            self.sorting_box,
        ])

    @property
    def mapping(self) -> ColumnMapping:
        """The columns chosen, with the team's earlier category choices and those made here."""
        chosen = {}
        for role, field in self.fields.items():
            value = field.value
            chosen[role] = list(value) if isinstance(value, tuple) else ([value] if value else [])
        sorted_here = {key: field.value for key, field in self.sorting.items()}
        return ColumnMapping.of(chosen, dict(self.suggested.categories)).with_categories(sorted_here)

    def _confirm(self) -> None:
        """Continue with these columns, or first ask how to count the values the kit does not know."""
        waiting = self.export.cases(self.mapping, self.view.upload.inventory_date).unrecognised
        if not waiting:
            self.sorting, self.sorting_box.children = {}, []
            self.view.confirm_mapping(self.mapping)
            return
        self.sorting = {value.key: _category_field(value) for value in waiting}
        by_role = [(role, [self.sorting[value.key] for value in waiting if value.role is role])
                   for role in (Role.REASON, Role.INSATS)]
        groups = [widget for role, fields in by_role if fields for widget in (heading(role.label, 3), *fields)]
        self.sorting_box.children = [section(
            _("Values the kit does not know"),
            paragraph(_("These reasons and insatser are not in the kit's lists. Only known categories are saved "
                        "and shown in reports, never the text from the file (it may hold a name). Choose how to "
                        "count each one; the kit remembers your choice for the next import.")),
            *groups, self.use_categories)]
        self.page.say(_("Choose how to count the values the kit does not know, below."), "info")
