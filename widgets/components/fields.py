"""Labelled form controls: every control has a visible label tied to it.

Labels are short names, read whole in the label column; a longer explanation goes
under the field (:func:`with_help`).
"""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle, TextStyle
from traitlets import validate

from workshop.errors import InvalidInput
from workshop.i18n import _, format_number, parse_decimal
from workshop.validation import parse_date

LABEL_WIDTH = 220
"""Pixels of the label column; a label is written to fit it on one line."""
# Each control would open layout and style models of its own, which the kernel sends and the browser builds on
# every visit (half of a Start page's models): controls that look the same share them. A shared one is never
# changed in place (``widget.layout.display = ...``): a widget that needs to change gets its own first.
_WIDE = ipywidgets.Layout(width="640px")
_WIDER = ipywidgets.Layout(width="760px")
_TEXT_LABEL = TextStyle(description_width=f"{LABEL_WIDTH}px")
_CHOICE_LABEL = DescriptionStyle(description_width=f"{LABEL_WIDTH}px")
_MARKUP_LAYOUT = ipywidgets.Layout()
_MARKUP_STYLE = HTMLStyle()
_BUTTON_LAYOUT = ipywidgets.Layout(width="auto", align_self="flex-start")
_BUTTON_STYLE = ipywidgets.ButtonStyle()
_ROW_LAYOUT = ipywidgets.Layout(flex_flow="row wrap", align_items="flex-start")


# Typed text reaches the kernel when the person leaves the field or presses Enter: while the kernel is busy,
# ipywidgets holds a field's later keystrokes back but sends a button's click at once, so a button pressed right
# after typing read the text without its last letters. Leaving the field for the button sends the text first.
# A field saved by itself or filtering as one types takes every keystroke instead (:func:`sent_as_typed`).
def text_field(label: str, value: str = "", *, placeholder: str = "") -> ipywidgets.Text:
    return ipywidgets.Text(value=value, description=label, placeholder=placeholder, continuous_update=False,
                           style=_TEXT_LABEL, layout=_WIDE)


SENTENCE = "gk-sentence"


def sentence_field(label: str, value: str = "", *, placeholder: str = "", layout: ipywidgets.Layout = _WIDE,
                   label_width: str | None = None) -> ipywidgets.Textarea:
    """Text of one line that may run to a sentence (an aim's "what", a change idea): a box as tall as a one-line
    field that grows line by line with the text it wraps (style.py), where a one-line field would hide all that does
    not fit its width. Enter sends the text instead of starting a new line, as in a one-line field (the template).
    Two rows where the browser cannot grow a box to its text."""
    style = TextStyle(description_width=label_width) if label_width else _TEXT_LABEL
    field = ipywidgets.Textarea(value=value, description=label, placeholder=placeholder, rows=2,
                                continuous_update=False, style=style, layout=layout)
    field.add_class(SENTENCE)
    return field


def text_area(label: str, value: str = "", *, rows: int = 3) -> ipywidgets.Textarea:
    """Free text that may be long: the box wraps it, and the person can make it taller."""
    return ipywidgets.Textarea(value=value, description=label, rows=rows, continuous_update=False,
                               style=_TEXT_LABEL, layout=_WIDER)


AS_TYPED = "gk-as-typed"


def sent_as_typed(*controls: ipywidgets.Widget) -> None:
    """Every keystroke of these text controls reaches the kernel: for text saved by itself after a pause (saved
    even if the person never leaves the field) and for a search that filters as one types. A button that reads
    them may miss the last letters (see :func:`text_field`), which the save after the last keystroke makes good;
    the class marks the choice as made on purpose."""
    for control in controls:
        if isinstance(control, (ipywidgets.Text, ipywidgets.Textarea)):
            control.continuous_update = True
            control.add_class(AS_TYPED)


def secret_field(label: str) -> ipywidgets.Password:
    return ipywidgets.Password(description=label, continuous_update=False, style=_TEXT_LABEL, layout=_WIDE)


class ChoiceField(ipywidgets.Dropdown):
    """A dropdown that never shows an empty box: with nothing to choose from, it says "– välj –"."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        if self.index is None:
            # Something is always selected, so new options select their first one (ipywidgets keeps
            # an empty selection empty).
            self.index = 0

    @validate("options")
    def _validate_options(self, proposal):
        if not proposal.value:
            proposal.value = ((_("– choose –"), None),)
        return super()._validate_options(proposal)


def choice_field(label: str, options: list[tuple[str, object]], value=None) -> ChoiceField:
    field = ChoiceField(options=options, description=label, style=_CHOICE_LABEL, layout=_WIDE)
    if value is not None:
        field.value = value
    return field


class DateField(ipywidgets.Text):
    """A date typed as ÅÅÅÅ-MM-DD.

    The browser's date picker shows the format of the browser's language (mm/dd/yyyy in an
    English Chromium), which a Swedish page cannot change; text in the Swedish form can.
    """

    @property
    def date(self) -> dt.date | None:
        """The date typed, ``None`` when empty; :class:`InvalidInput` with a Swedish message otherwise."""
        return parse_date(self.value, field="date", label=self.description)

    @date.setter
    def date(self, value: dt.date | None) -> None:
        self.value = value.isoformat() if value else ""


def date_field(label: str, value: dt.date | None = None) -> DateField:
    field = DateField(description=label, placeholder=_("YYYY-MM-DD"), continuous_update=False, style=_TEXT_LABEL,
                      layout=ipywidgets.Layout(width="400px"))
    field.date = value
    return field


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


def with_help(field: ipywidgets.Widget, help_text: str) -> ipywidgets.VBox:
    """``field`` with the longer explanation of what to write shown under it."""
    note = paragraph(help_text, css_class="gk-help")
    return ipywidgets.VBox([field, note])


def button(label: str, *, primary: bool = False) -> ipywidgets.Button:
    return ipywidgets.Button(description=label, button_style="primary" if primary else "",
                             layout=_BUTTON_LAYOUT, style=_BUTTON_STYLE)


def field_row(*fields: ipywidgets.Widget) -> ipywidgets.HBox:
    """Fields side by side that move to the next line when the page is too narrow, instead of being cut."""
    return ipywidgets.HBox(list(fields), layout=_ROW_LAYOUT)


def html(markup: str = "") -> ipywidgets.HTML:
    """Markup made by the kit; anything a person typed must pass through :func:`text`."""
    return ipywidgets.HTML(markup, layout=_MARKUP_LAYOUT, style=_MARKUP_STYLE)


def text(value: str) -> str:
    """Text a person typed, made safe to put into markup."""
    return escape(value)


def paragraph(value: str, *, css_class: str = "") -> ipywidgets.HTML:
    attribute = f' class="{css_class}"' if css_class else ""
    return html(f"<p{attribute}>{escape(value)}</p>")


def heading(value: str, level: int = 3) -> ipywidgets.HTML:
    return html(f"<h{level}>{escape(value)}</h{level}>")


def section(title: str, *children: ipywidgets.Widget, level: int = 2) -> ipywidgets.VBox:
    box = ipywidgets.VBox([html(f"<h{level}>{escape(title)}</h{level}>"), *children])
    box.add_class("gk-section")
    return box
