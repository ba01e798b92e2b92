"""Form controls of this page that the shared components do not have: free text and typed numbers."""

from __future__ import annotations

import ipywidgets

from workshop.errors import InvalidInput
from workshop.i18n import _, format_number, parse_decimal

_LABEL_STYLE = {"description_width": "220px"}


def text_area(label: str, value: str = "", *, placeholder: str = "") -> ipywidgets.Textarea:
    return ipywidgets.Textarea(value=value, description=label, placeholder=placeholder, style=_LABEL_STYLE,
                               layout=ipywidgets.Layout(width="640px", height="64px"))


def number_text(value: float | int | None) -> str:
    """A stored number as a person would type it ("12,5" in Swedish)."""
    return "" if value is None else format_number(value).replace("\u00a0", " ")


def typed_number(typed: str, *, field: str, label: str, whole: bool = False) -> float | int | None:
    """The number in ``typed`` (decimal comma accepted), ``None`` when empty, else :class:`InvalidInput`."""
    if not typed.strip():
        return None
    try:
        number = parse_decimal(typed)
    except ValueError:
        raise InvalidInput(_("{label} must be a number.").format(label=label), field=field) from None
    if whole:
        if number != number.to_integral_value():
            raise InvalidInput(_("{label} must be a whole number greater than 0.").format(label=label), field=field)
        return int(number)
    return float(number)
