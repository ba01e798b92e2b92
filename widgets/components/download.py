"""A link that saves a file the kernel made: the file travels in the link itself (a data URL).

Voilà has no file route for a kernel's output, and a data URL keeps the file in
the visitor's own page: nothing is written on the server.
"""

from __future__ import annotations

import base64
import math
from html import escape
from typing import TYPE_CHECKING

from workshop.i18n import _, format_number

if TYPE_CHECKING:
    from workshop.reports.files import GeneratedFile

# Voilà drops a websocket message over 10 MiB, and the file travels base64-encoded in the link:
# a bigger file is refused in words, with room to spare, rather than losing the connection.
LARGEST_LINK = 7 * 1024 * 1024


def download_link(filename: str, media_type: str, content: bytes, label: str) -> str:
    """An ``<a download>`` with the file's bytes; ``label`` is plain text (escaped here)."""
    encoded = base64.b64encode(content).decode("ascii")
    return (f'<p><a class="gk-download" download="{escape(filename)}" '
            f'href="data:{escape(media_type)};base64,{encoded}">{escape(label)}</a></p>')


def fits_in_link(made: GeneratedFile) -> bool:
    return 4 * math.ceil(made.size / 3) <= LARGEST_LINK


def download_label(made: GeneratedFile) -> str:
    """"Ladda ner storyboard-….pptx (85 kB)"; a file of a megabyte or more in MB ("3,8 MB")."""
    kilobytes = made.size / 1024
    if kilobytes < 1024:
        return _("Download {filename} ({size} kB)").format(filename=made.filename,
                                                           size=format_number(max(1, round(kilobytes))))
    return _("Download {filename} ({size} MB)").format(filename=made.filename,
                                                       size=format_number(kilobytes / 1024, 1))


def file_link(made: GeneratedFile) -> str:
    """The link for a generated file, labelled with its name and size."""
    return download_link(made.filename, made.media_type, made.content, download_label(made))
