"""Save a form shortly after the last change, and say so: "Sparat kl. 14.02".

Saving waits until typing pauses (debounce) so a person is never interrupted,
and a stale edit is reported instead of overwriting someone else's work.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from html import escape

from widgets.components.fields import html
from widgets.errors import report_revoked_access, unexpected_problem_message
from workshop.errors import AccessRevoked, EditConflict, UserError
from workshop.i18n import _, format_time

log = logging.getLogger("widgets")


class Autosave:
    def __init__(self, save: Callable[[], None], *, delay: float = 1.0,
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._save = save
        self._delay = delay
        self._now = now
        self._pending: asyncio.TimerHandle | None = None
        self.status = html(self._markup("", ""))
        self.status.add_class("gk-autosave")
        self.state = "idle"

    @staticmethod
    def _markup(kind: str, message: str) -> str:
        css = f"gk-message gk-message-{kind}" if kind else ""
        return f'<div role="status" aria-live="polite" class="{css}">{escape(message)}</div>'

    def changed(self, _change=None) -> None:
        """Call on every edit; saves after ``delay`` seconds without further edits."""
        self.state = "pending"
        self.status.value = self._markup("info", _("Not saved yet…"))
        if self._pending is not None:
            self._pending.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            # No event loop (plain Python, tests): save at once.
            self.save_now()
            return
        self._pending = loop.call_later(self._delay, self.save_now)

    def save_now(self) -> None:
        self._pending = None
        try:
            self._save()
        except EditConflict as conflict:
            self._show("conflict", "error", conflict.message)
        except AccessRevoked as revoked:
            self._show("revoked", "warning", revoked.message)
            report_revoked_access(revoked, self.save_now)
        except UserError as problem:
            self._show("invalid", "warning", problem.message)
        except Exception:
            log.exception("autosave failed")
            self._show("failed", "error", unexpected_problem_message())
        else:
            self._show("saved", "success", _("Saved at {time}").format(time=format_time(self._now())))

    def _show(self, state: str, kind: str, message: str) -> None:
        self.state = state
        self.status.value = self._markup(kind, message)
