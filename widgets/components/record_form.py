"""A form's controls made from a declared record: one control per field, by its kind.

>>> form = RecordForm(DO, cycle.do, changed=autosave.changed)
>>> section(_("Do"), *form.shown())      # labelled controls, help under those that have it
>>> do = form.value()                    # the record, built by field name
>>> form.show(other)                     # the same controls, showing another record
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets

from widgets.components.fields import (
    choice_field,
    date_field,
    number_text,
    sent_as_typed,
    sentence_field,
    text_area,
    text_field,
    typed_number,
    with_help,
)
from workshop.i18n import _
from workshop.store.records import Field, Kind, Record

_NUMBERS = (Kind.WHOLE, Kind.NUMBER)


def control(field: Field, value: Any) -> ipywidgets.Widget:
    """The control for one field, showing ``value``."""
    label = _(field.form_label or field.label)
    placeholder = _(field.placeholder) if field.placeholder else ""
    if field.sentence or (field.kind is Kind.LONG_TEXT and field.lines == 1):
        widget: ipywidgets.Widget = sentence_field(label, placeholder=placeholder)
    elif field.kind is Kind.TEXT or field.kind in _NUMBERS:
        widget = text_field(label, placeholder=placeholder)
    elif field.kind is Kind.LONG_TEXT:
        widget = text_area(label, rows=field.lines)
    elif field.kind is Kind.DATE:
        widget = date_field(label)
    else:
        # Nothing chosen is an option unless the field is required; a reference's other options are the view's.
        options: list[tuple[str, object]] = [] if field.required else [(_(field.empty), None)]
        if field.kind is Kind.CHOICE:
            options += [(choice.label, choice) for choice in field.choices or ()]
        widget = choice_field(label, options)
    put(field, widget, value)
    return widget


def put(field: Field, control: ipywidgets.Widget, value: Any) -> None:
    """Show ``value`` in the field's control."""
    if field.kind is Kind.DATE:
        control.date = value
    elif field.kind in _NUMBERS:
        control.value = number_text(value)
    elif value is not None or not field.required:  # a required choice not made yet keeps its first option
        control.value = value


def typed(field: Field, control: ipywidgets.Widget) -> Any:
    """What the control holds, as the record's field takes it (a date field's date, not its text)."""
    if field.kind is Kind.DATE:
        return control.date
    if field.kind in _NUMBERS:
        return typed_number(control.value, field=field.name, label=_(field.form_label or field.label),
                            whole=field.kind is Kind.WHOLE)
    return control.value


class RecordForm:
    """The controls of a record's fields that people edit; ``changed`` is called on every edit, as typed."""

    def __init__(self, record: Record, shown: Any, *, changed: Callable[[Any], None] | None = None) -> None:
        self.record = record
        self.showing = shown
        self.controls = {field.name: control(field, getattr(shown, field.name)) for field in record if field.in_form}
        if changed is not None:
            sent_as_typed(*self.controls.values())
            for widget in self.controls.values():
                widget.observe(changed, names="value")

    def __getitem__(self, name: str) -> ipywidgets.Widget:
        return self.controls[name]

    def shown(self, *names: str) -> list[ipywidgets.Widget]:
        """The named controls (or all), each with its help under it when it has one."""
        fields = [self.record.field(name) for name in names] if names else [f for f in self.record if f.in_form]
        return [with_help(self.controls[field.name], _(field.help)) if field.help else self.controls[field.name]
                for field in fields]

    def show(self, shown: Any) -> None:
        """Show another record in the same controls, in the order the fields are declared."""
        self.showing = shown
        for name, widget in self.controls.items():
            put(self.record.field(name), widget, getattr(shown, name))

    def value(self, **others: Any) -> Any:
        """The record as typed; fields not in the form keep the shown record's values.

        ``others`` are the attributes that are not declared fields.
        """
        return self.record.details(**{field.name: typed(field, self.controls[field.name]) if field.in_form
                                      else getattr(self.showing, field.name) for field in self.record}, **others)
