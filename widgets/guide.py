"""The user guide (docs/anvandarguide.md) as a page of the kit: the help every page's footer links to."""

from __future__ import annotations

import re

import ipywidgets
import mistune

from widgets.components.fields import html
from widgets.documents import document_markdown
from widgets.page import Page
from workshop.i18n import _
from workshop.store import Store

# The guide's links to the repository's other documents: the kit serves none of them, so their names stay as text.
_DOCUMENT_LINK = re.compile(r"\[([^\]]+)\]\([\w-]+\.md\)")
# Its pictures of the pages, for readers of the repository: the kit serves no image files, and on the page the person
# sees the real thing.
_PICTURE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\n", re.MULTILINE)
# Said to readers of the repository's file, where both languages stand in one document.
_ENGLISH_BELOW = "*English version below.*"


class GuideView:
    def __init__(self, page: Page) -> None:
        markdown = document_markdown("anvandarguide.md", page.session.language).replace(_ENGLISH_BELOW, "")
        markdown = _DOCUMENT_LINK.sub(r"\1", _PICTURE.sub("", markdown))
        self.children: list[ipywidgets.Widget] = [html(str(mistune.html(markdown)))]


def build_guide_page(query_string: str | None = None, store: Store | None = None) -> Page:
    return Page(title=lambda: _("User guide"), render=GuideView, step_key="guide", query_string=query_string,
                store=store, charts=False)


def guide_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_guide_page(query_string, store).widget
