"""The page's message area: one place where the page tells the person what happened.

What an action achieved ("Sparat") or pointed to ("Välj nedan …") is news until the person does the next
thing; then it goes, so it is never read as the result of that next thing. Problems stay until fixed.

A message is news (``data-gk-news``): when it appears right after the person pressed a button, the page's template
moves the focus to it, so a keyboard or screen-reader user learns the result where they are.
"""

from __future__ import annotations

import weakref
from html import escape
from typing import ClassVar

from widgets.components.fields import html
from workshop.i18n import _

_NEWS = ("success", "info")
"""Kinds that belong to one action; warnings and errors name a problem that is still there."""
# A symbol and a word as well as a colour: the signal does not rest on colour alone.
_KIND_SYMBOLS = {"success": "✔", "info": "ℹ", "warning": "⚠", "error": "✖"}


def _kind_word(kind: str) -> str:
    return {
        "success": _("Done"),
        "info": _("Note"),
        "warning": _("Check this"),
        "error": _("Error"),
    }[kind]


class MessageArea:
    # A Voilà kernel serves one page: its areas are the ones alive in the kernel.
    _alive: ClassVar[weakref.WeakSet[MessageArea]] = weakref.WeakSet()

    def __init__(self) -> None:
        self.widget = html()
        self.widget.add_class("gk-messages")
        self.clear()
        MessageArea._alive.add(self)

    @classmethod
    def action_started(cls) -> None:
        """The person does something new: what earlier actions achieved or pointed to goes, in every area."""
        for area in list(cls._alive):
            if area.kind in _NEWS:
                area.clear()

    @staticmethod
    def _render(kind: str | None, text: str) -> str:
        if not kind:
            return '<div role="status" aria-live="polite"></div>'
        return (
            f'<div role="status" aria-live="polite" class="gk-message gk-message-{kind}" data-gk-news tabindex="-1">'
            f'<span aria-hidden="true">{_KIND_SYMBOLS[kind]}</span> '
            f"<strong>{escape(_kind_word(kind))}:</strong> {escape(text)}</div>"
        )

    def show(self, text: str, kind: str = "info") -> None:
        self.kind, self.text = kind, text
        self.widget.value = self._render(kind, text)

    def clear(self) -> None:
        self.kind, self.text = None, ""
        self.widget.value = self._render(None, "")
