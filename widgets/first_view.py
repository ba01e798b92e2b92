"""Work the first view can do without (drawing charts) waits until the browser has the page.

Voilà sends a page when its notebook has run; only then does the browser ask the kernel for the page's widgets and
show them. Work done while the notebook runs delays all of it. Work left for later is set off by the browser: once
it has built the page's widgets it carries out a link between two hidden numbers (``jsdlink``) and sends the kernel
the one change, and the kernel does the work while the browser lays out the page. A Voilà kernel serves one page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import ipywidgets

from widgets.components.fields import paragraph
from widgets.errors import log

WAITING_CLASS = "gk-waiting"
"""Marks what the page says while a part waits for the browser (the benchmark waits for the last to go)."""

_waiting: list[Callable[[], None]] = []


@cache
def _signal() -> tuple[ipywidgets.IntText, ipywidgets.IntText, ipywidgets.Widget]:
    """The browser copies ``source``'s 1 into ``shown`` as soon as it has the page's widgets."""
    source, shown = ipywidgets.IntText(1), ipywidgets.IntText(0)
    shown.observe(lambda _change: _run_waiting(), "value")
    return source, shown, ipywidgets.jsdlink((source, "value"), (shown, "value"))


def browser_has_the_page() -> bool:
    return _signal()[1].value == 1


def _when_shown(work: Callable[[], None]) -> None:
    """Do ``work`` once the browser has the page; at once when it has (a redraw after an action)."""
    if browser_has_the_page():
        work()
    else:
        _waiting.append(work)


def shown_later(build: Callable[[], ipywidgets.Widget], waiting: str, failed: str) -> ipywidgets.VBox:
    """A box holding what ``build`` makes once the browser has the page, saying ``waiting`` until then (a page
    already shown gets it at once); ``failed`` if ``build`` fails."""
    box = ipywidgets.VBox([paragraph(waiting, css_class=f"gk-muted {WAITING_CLASS}")])

    def fill() -> None:
        try:
            box.children = [build()]
        except Exception:
            log.exception("a part left for after the first view could not be built")
            box.children = [paragraph(failed, css_class="gk-muted")]

    _when_shown(fill)
    return box


def _run_waiting() -> None:
    while _waiting:
        _waiting.pop(0)()


def show_the_page() -> None:
    """What the browser does when it has the page's widgets (for tests: no browser runs the link there)."""
    source, shown, _link = _signal()
    shown.value = source.value


def forget_the_page() -> None:
    """Back to a page not yet shown, its waiting work dropped (for tests: each builds a new page in one kernel)."""
    _waiting.clear()
    _signal()[1].value = 0
