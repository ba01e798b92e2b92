"""Links to hand out or keep: shown in full and copied with one button.

The kernel knows only the page's path, not the address people reach the server
by (a proxy may add https and another host name), so the page's own script in
the Voilà template makes the shown link absolute from the browser's address and
copies it (``data-gk-absolute``, ``data-gk-copy``). Without the script the
relative link still works when clicked.
"""

from __future__ import annotations

from html import escape

from workshop.i18n import _
from workshop.session import Session
from workshop.steps import START_NOTEBOOK


def copyable_link(href: str, label: str) -> str:
    """``label`` opening ``href`` in a new tab (the page stays), the full address, and a copy button."""
    href = escape(href)
    copy, copied = escape(_("Copy the link")), escape(_("Copied"))
    failed = escape(_("The link could not be copied. Select it and copy it by hand."))
    return (f'<a href="{href}" target="_blank" rel="noopener">{escape(label)}</a><br>'
            f'<code class="gk-address" data-gk-absolute="{href}">{href}</code> '
            f'<button type="button" class="gk-copy" data-gk-copy="{href}" data-gk-copied="{copied}" '
            f'data-gk-failed="{failed}">{copy}</button> '
            '<span class="gk-copied" role="status" aria-live="polite"></span>')


def bookmark_box(session: Session, explanation: str) -> str:
    label = _("Link to this page")
    return (f'<div class="gk-link-box"><p>{escape(explanation)}</p>'
            f"{copyable_link(session.link(START_NOTEBOOK), label)}</div>")
