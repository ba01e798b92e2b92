"""Projector mode of the seminar pages (presenter, all teams, cross-groups): larger type and thicker chart lines,
read from the back of a room.

The choice is the page's (``page.state``): it lasts while the page is open, across redraws of its body.
"""

from __future__ import annotations

import ipywidgets

from workshop.chart_look import for_projector
from workshop.i18n import _

PROJECTOR = "projector"
_CLASS = "gk-projector"


def projecting(page) -> bool:
    return bool(page.state.chosen(PROJECTOR, False))


def projector_switch(page) -> ipywidgets.Checkbox:
    """The switch, at the top of a seminar page's body; the page's look follows it."""
    on = projecting(page)
    (page.widget.add_class if on else page.widget.remove_class)(_CLASS)
    switch = ipywidgets.Checkbox(value=on, description=_("Projector mode"), indent=False)
    switch.observe(page.guard(lambda change: page.redraw(**{PROJECTOR: change["new"]})), names="value")
    return switch


def projected(page, chart):
    """``chart`` as the page shows it: for a projector when the page is in projector mode."""
    return for_projector(chart) if projecting(page) else chart
