"""A link that saves a file the kernel made: the file travels in the link itself (a data URL).

Voilà has no file route for a kernel's output, and a data URL keeps the file in
the visitor's own page: nothing is written on the server.
"""

from __future__ import annotations

import base64
from html import escape


def download_link(filename: str, media_type: str, content: bytes, label: str) -> str:
    """An ``<a download>`` with the file's bytes; ``label`` is plain text (escaped here)."""
    encoded = base64.b64encode(content).decode("ascii")
    return (f'<p><a class="gk-download" download="{escape(filename)}" '
            f'href="data:{escape(media_type)};base64,{encoded}">{escape(label)}</a></p>')
