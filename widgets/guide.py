"""The user guide (docs/anvandarguide.md) as a page of the kit: the help every page's footer links to."""

from __future__ import annotations

import re

import ipywidgets
import mistune

from widgets.components.fields import html
from widgets.components.frame import guide_section_id
from widgets.documents import document_markdown
from widgets.page import Page
from workshop.i18n import _
from workshop.store import Store

# The guide's links to the repository's other documents: the kit serves none of them, so their names stay as text.
_DOCUMENT_LINK = re.compile(r"\[([^\]]+)\]\([\w-]+\.md\)")
# Its pictures of the pages, for readers of the repository: the kit serves no image files, and on the page the person
# sees the real thing.
_PICTURE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\n", re.MULTILINE)
# A step's section: "## Steg 4. PGSA-cykler", "## Step 4. PDSA cycles". The step's page links to its id.
_STEP_HEADING = re.compile(r"(?:Steg|Step) (\d)\. ")
# Said to readers of the repository's file, where both languages stand in one document.
_ENGLISH_BELOW = "*English version below.*"


class _GuideRenderer(mistune.HTMLRenderer):
    """Markdown as HTML, the steps' sections with the ids the step pages link to."""

    def heading(self, text: str, level: int, **attrs: object) -> str:
        step = _STEP_HEADING.match(text)
        if level == 2 and step:
            attrs["id"] = guide_section_id(int(step.group(1)))
        return super().heading(text, level, **attrs)


_MARKDOWN = mistune.create_markdown(renderer=_GuideRenderer(escape=False),
                                    plugins=["strikethrough", "footnotes", "table"])


class GuideView:
    def __init__(self, page: Page) -> None:
        markdown = document_markdown("anvandarguide.md", page.session.language).replace(_ENGLISH_BELOW, "")
        markdown = _DOCUMENT_LINK.sub(r"\1", _PICTURE.sub("", markdown))
        self.children: list[ipywidgets.Widget] = [html(str(_MARKDOWN(markdown)))]


def build_guide_page(query_string: str | None = None, store: Store | None = None) -> Page:
    return Page(title=lambda: _("User guide"), render=GuideView, step_key="guide", query_string=query_string,
                store=store, charts=False)


def guide_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_guide_page(query_string, store).widget
