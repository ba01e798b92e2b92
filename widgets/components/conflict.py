"""When a colleague saved first: the person keeps what they typed, and chooses what happens to it."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets

from widgets.components.fields import button
from workshop.i18n import _


def conflict_choices(guard, keep_mine: Callable[[], None], show_theirs: Callable[[], None]) -> ipywidgets.HBox:
    """Save my version over the colleague's, or show theirs (mine is dropped); ``guard`` wraps the callbacks."""
    keep = button(_("Save my version over theirs"))
    show = button(_("Show their version (mine is dropped)"))
    keep.on_click(guard(lambda _button: keep_mine()))
    show.on_click(guard(lambda _button: show_theirs()))
    return ipywidgets.HBox([keep, show])
