"""Reading what a view shows, without a browser."""

from __future__ import annotations

import re

import ipywidgets


def all_widgets(widget: ipywidgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from all_widgets(child)


def page_text(widget: ipywidgets.Widget) -> str:
    """Everything the page says: markup of HTML widgets, labels and values of controls."""
    parts = []
    for item in all_widgets(widget):
        for attribute in ("value", "description"):
            value = getattr(item, attribute, None)
            if isinstance(value, str):
                parts.append(value)
    return "\n".join(parts)


# The label font (600 13px system-ui in Chromium on Debian) measured up to 1.18 times the width of bold
# Arial, whose character widths the slides already use; a label that fits by this estimate fits the page.
_LABEL_FONT_PX = 13 * 1.2


def label_width(label: str) -> float:
    """About how many pixels a control's label takes on the page."""
    from workshop.reports.pptx.text import text_width

    return text_width(label, bold=True) * _LABEL_FONT_PX


_STEPPER_STEP = re.compile(r'<span class="gk-stepper-number">(\d+)<.*?<span class="gk-status gk-status-\w+">'
                           r'<span aria-hidden="true">(.)</span> ([^<]+)</span>')


def stepper_statuses(markup: str) -> dict[int, str]:
    """Each step's status in the journey stepper as shown, symbol and word, by step number: {2: "● Klart"}."""
    return {int(number): f"{symbol} {word}" for number, symbol, word in _STEPPER_STEP.findall(markup)}
