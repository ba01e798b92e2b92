"""A form's controls made from a declared record: one control per field, by its kind.

>>> form = RecordForm(DO, cycle.do, changed=autosave.changed)
>>> section(_("Do"), *form.shown())      # labelled controls, help under those that have it
>>> do = form.value()                    # the record, built by field name
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets

from widgets.components.fields import choice_field, date_field, text_area, text_field, with_help
from workshop.i18n import _
from workshop.store.records import Field, Kind, Record


def control(field: Field, value: Any) -> ipywidgets.Widget:
    """The control for one field, showing ``value``."""
    label = _(field.form_label or field.label)
    if field.kind is Kind.TEXT:
        return text_field(label, value)
    if field.kind is Kind.LONG_TEXT:
        return text_area(label, value, rows=field.lines)
    if field.kind is Kind.DATE:
        return date_field(label, value)
    options: list[tuple[str, object]] = [(_(field.empty), None)]
    options += [(choice.label, choice) for choice in field.choices or ()]
    return choice_field(label, options, value)


def typed(field: Field, control: ipywidgets.Widget) -> Any:
    """What the control holds, as the record's field takes it (a date field's date, not its text)."""
    return control.date if field.kind is Kind.DATE else control.value


class RecordForm:
    """The controls of a record's fields; ``changed`` is called on every edit."""

    def __init__(self, record: Record, shown: Any, *, changed: Callable[[Any], None]) -> None:
        self.record = record
        self.controls = {field.name: control(field, getattr(shown, field.name)) for field in record}
        for widget in self.controls.values():
            widget.observe(changed, names="value")

    def __getitem__(self, name: str) -> ipywidgets.Widget:
        return self.controls[name]

    def shown(self, *names: str) -> list[ipywidgets.Widget]:
        """The named controls (or all), each with its help under it when it has one."""
        fields = [self.record.field(name) for name in names] if names else list(self.record)
        return [with_help(self.controls[field.name], _(field.help)) if field.help else self.controls[field.name]
                for field in fields]

    def value(self, **others: Any) -> Any:
        """The record as typed; ``others`` are the attributes that are not declared fields."""
        return self.record.details(**{field.name: typed(field, self.controls[field.name]) for field in self.record},
                                   **others)
