"""A link to keep: shown after joining or creating, so people can come back."""

from __future__ import annotations

from html import escape

from workshop.i18n import _
from workshop.session import Session
from workshop.steps import START_NOTEBOOK


def bookmark_box(session: Session, explanation: str) -> str:
    href = escape(session.link(START_NOTEBOOK))
    label = _("Link to this page")
    return (f'<div class="gk-link-box"><p>{escape(explanation)}</p>'
            f'<a href="{href}" class="gk-bookmark">{escape(label)}</a>'
            f'<br><code>{href}</code></div>')
