"""One wrapper for every widget callback.

Voilà swallows exceptions raised in callbacks: nothing would reach the page or
the log. The wrapper logs the traceback to the server log and tells the person,
in the page, what happened and that their input is still there.
"""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from collections.abc import Callable

from widgets.components.messages import MessageArea
from workshop.errors import AccessRevoked, UserError
from workshop.i18n import _


class TracebackWithoutValues(logging.Formatter):
    """Where a failure happened and of what kind, never its message: messages quote what was typed or read
    (``could not convert string to float: '…'``, a query's parameters), and the log is kept for weeks."""

    def formatException(self, ei) -> str:
        kind, _value, trace = ei
        where = "".join(traceback.format_tb(trace))
        return f"Traceback (most recent call last):\n{where}{kind.__module__}.{kind.__qualname__} (message left out)"


log = logging.getLogger("widgets")
if not log.handlers:
    # The kernel's sys.__stderr__ is the Voilà server's log.
    _handler = logging.StreamHandler(sys.__stderr__)
    _handler.setFormatter(TracebackWithoutValues("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(_handler)
    log.propagate = False


# A Voilà kernel serves one page, as it serves one language: the page shown hears when a save found its code
# changed, wherever the save was made (a button, an autosave), and offers to type the new code.
RevokedListener = Callable[[AccessRevoked, Callable[[], None] | None], None]


def _no_listener(_revoked: AccessRevoked, _retry: Callable[[], None] | None) -> None:
    """No page listens yet."""


_revoked_listener: RevokedListener = _no_listener


def listen_for_revoked_access(listener: RevokedListener) -> None:
    """Call ``listener(revoked, retry)`` when a save is refused because the code changed; ``retry`` saves again."""
    global _revoked_listener
    _revoked_listener = listener


def report_revoked_access(revoked: AccessRevoked, retry: Callable[[], None] | None = None) -> None:
    _revoked_listener(revoked, retry)


def unexpected_problem_message() -> str:
    return _("Something went wrong and nothing was saved. What you typed is still here: try again. "
             "If it happens again, tell the person who runs the kit.")


_running = 0
"""Guarded callbacks now running: one a callback sets off (by setting a value) is part of the same action."""


def guarded(show: Callable[[str, str], None]) -> Callable:
    """Decorate a callback so every failure becomes a message ``show(text, kind)`` in the page.

    Each callback is an action of the person: what an earlier action achieved is no longer shown.
    """

    def decorate(callback: Callable) -> Callable:
        @functools.wraps(callback)
        def wrapper(*args, **kwargs):
            global _running
            if not _running:
                MessageArea.action_started()
            _running += 1
            try:
                return callback(*args, **kwargs)
            except AccessRevoked as revoked:
                show(revoked.message, "warning")
                report_revoked_access(revoked)
            except UserError as problem:
                show(problem.message, "warning")
            except Exception:
                log.exception("unexpected error in %s", getattr(callback, "__qualname__", callback))
                show(unexpected_problem_message(), "error")
            finally:
                _running -= 1
            return None

        return wrapper

    return decorate
