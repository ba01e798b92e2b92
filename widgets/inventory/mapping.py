"""The mapping wizard: which column plays which role, as guessed and then confirmed by the team."""

from __future__ import annotations

import ipywidgets

from widgets.components.choices import CheckboxGroup
from widgets.components.fields import button, choice_field, html, paragraph, section, text
from workshop.i18n import _
from workshop.inventory import ColumnMapping, Role
from workshop.inventory.export import Export
from workshop.inventory.mapping import MULTI_COLUMN_ROLES


def _dropped_list(export: Export) -> str:
    items = [column.message for column in export.dropped] + list(export.notes)
    if not items:
        items = [_("No columns were removed: the file has no identity numbers or names.")]
    return "<ul>" + "".join(f"<li>{text(item)}</li>" for item in items) + "</ul>"


class MappingWizard:
    def __init__(self, view, export: Export, suggested: ColumnMapping) -> None:
        self.view = view
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
        self.confirm.on_click(view.page.guard(lambda _button: view.confirm_mapping(self.mapping)))
        sheet = (_("Sheet “{sheet}”, header in row {row}.").format(sheet=export.sheet, row=export.header_row)
                 if export.sheet else _("Header in row {row}.").format(row=export.header_row))
        self.widget = ipywidgets.VBox([
            section(_("What was removed and why"), html(_dropped_list(export))),
            section(_("Which column is which?"),
                    paragraph(_("{rows} rows read. {sheet} The kit has guessed what each column holds: check the "
                                "guesses, change what is wrong, then continue. Several columns can hold insatser: "
                                "tick each of them.").format(rows=export.rows, sheet=sheet)),
                    *self.fields.values(), self.confirm),
        ])

    @property
    def mapping(self) -> ColumnMapping:
        chosen = {}
        for role, field in self.fields.items():
            value = field.value
            chosen[role] = list(value) if isinstance(value, tuple) else ([value] if value else [])
        return ColumnMapping.of(chosen)
