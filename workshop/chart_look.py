"""The look every bokeh chart shares with the documents: their type, and a projector's larger type and lines.

Applied to a finished figure (or a grid of them), so each chart module only draws; bokeh is imported by the caller.
"""

from __future__ import annotations

import re

from workshop.palette import FONT_STACK

PROJECTOR_TYPE = 1.4
PROJECTOR_LINES = 1.75
"""How much larger type and how much thicker lines are on a projector: read from the back of a room."""
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)(px|pt)$")


def _properties(model, ending: str) -> list[str]:
    return [name for name in model.properties() if name.endswith(ending)]


def house_style(chart):
    """``chart`` in the documents' type; returns it."""
    for model in chart.references():
        for name in _properties(model, "text_font"):
            setattr(model, name, FONT_STACK)
    return chart


def for_projector(chart):
    """``chart`` with type and lines made larger for a projector; returns it."""
    for model in chart.references():
        for name in _properties(model, "text_font_size"):
            if isinstance(value := getattr(model, name), str) and (size := _SIZE.match(value)):
                setattr(model, name, f"{float(size[1]) * PROJECTOR_TYPE:g}{size[2]}")
        for name in _properties(model, "line_width"):
            if isinstance(value := getattr(model, name), int | float):
                setattr(model, name, value * PROJECTOR_LINES)
    return chart
