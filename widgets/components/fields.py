"""Labelled form controls: every control has a visible label tied to it."""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets

_LABEL_STYLE = {"description_width": "220px"}
_WIDE = ipywidgets.Layout(width="640px")


def text_field(label: str, value: str = "", *, placeholder: str = "") -> ipywidgets.Text:
    return ipywidgets.Text(value=value, description=label, placeholder=placeholder,
                           style=_LABEL_STYLE, layout=_WIDE)


def secret_field(label: str) -> ipywidgets.Password:
    return ipywidgets.Password(description=label, style=_LABEL_STYLE, layout=_WIDE)


def choice_field(label: str, options: list[tuple[str, object]], value=None) -> ipywidgets.Dropdown:
    field = ipywidgets.Dropdown(options=options, description=label, style=_LABEL_STYLE, layout=_WIDE)
    if value is not None:
        field.value = value
    return field


def date_field(label: str, value: dt.date | None = None) -> ipywidgets.DatePicker:
    return ipywidgets.DatePicker(value=value, description=label, style=_LABEL_STYLE,
                                 layout=ipywidgets.Layout(width="400px"))


def button(label: str, *, primary: bool = False) -> ipywidgets.Button:
    return ipywidgets.Button(description=label, button_style="primary" if primary else "",
                             layout=ipywidgets.Layout(width="auto", align_self="flex-start"))


def html(markup: str) -> ipywidgets.HTML:
    """Markup made by the kit; anything a person typed must pass through :func:`text`."""
    return ipywidgets.HTML(markup)


def text(value: str) -> str:
    """Text a person typed, made safe to put into markup."""
    return escape(value)


def paragraph(value: str, *, css_class: str = "") -> ipywidgets.HTML:
    attribute = f' class="{css_class}"' if css_class else ""
    return ipywidgets.HTML(f"<p{attribute}>{escape(value)}</p>")


def heading(value: str, level: int = 3) -> ipywidgets.HTML:
    return ipywidgets.HTML(f"<h{level}>{escape(value)}</h{level}>")


def section(title: str, *children: ipywidgets.Widget, level: int = 2) -> ipywidgets.VBox:
    box = ipywidgets.VBox([html(f"<h{level}>{escape(title)}</h{level}>"), *children])
    box.add_class("gk-section")
    return box
