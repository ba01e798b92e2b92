"""What a new user notices on every page, checked over every page built on the demo data, in both languages."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs

import ipywidgets
import pytest

from tests.widgets.every_page import every_page_widgets
from tests.widgets.reading import label_width
from widgets.components.fields import AS_TYPED
from workshop import __version__
from workshop.i18n import set_language

LANGUAGES = ["sv", "en"]


@pytest.fixture(params=LANGUAGES)
def every_page(request, demo_store):
    pages = list(every_page_widgets(demo_store, request.param))
    set_language("sv")
    return pages


def test_every_label_fits_its_column_so_it_is_read_whole(every_page):
    too_long = set()
    for name, widgets in every_page:
        for widget in widgets:
            width = getattr(getattr(widget, "style", None), "description_width", "")
            description = getattr(widget, "description", "")
            if width.endswith("px") and int(width[:-2]) > 0 and label_width(description) > int(width[:-2]):
                too_long.add((description, width, name))
    assert not too_long, "\n".join(map(str, sorted(too_long)))


def test_no_dropdown_shows_an_empty_box(every_page):
    empty = {(widget.description, name) for name, widgets in every_page for widget in widgets
             if isinstance(widget, ipywidgets.Dropdown) and widget.index is None}
    assert not empty


def test_every_page_ends_with_the_accessibility_statement_in_its_language_and_the_kits_version(every_page, request):
    language = request.node.callspec.params["every_page"]
    label = {"sv": "Tillgänglighetsredogörelse", "en": "Accessibility statement"}[language]
    for name, widgets in every_page:
        footer = widgets[-1].value
        assert 'class="gk-footer' in footer, name
        link = re.search(r'<a href="(tillganglighet\.ipynb\?[^"]*)">([^<]*)</a>', footer)
        assert link is not None and link.group(2) == label, name
        assert parse_qs(unescape(link.group(1)).split("?", 1)[1])["lang"] == [language], name
        assert f"version {__version__}" in footer, name


def test_a_button_pressed_right_after_typing_reads_the_whole_text(every_page):
    """A text field sends its text as the person leaves it, so it arrives before the click of the button they go to;
    only fields marked as sent as typed (saved by themselves, or a search) take every keystroke."""
    as_typed = {(widget.description, name) for name, widgets in every_page for widget in widgets
                if isinstance(widget, (ipywidgets.Text, ipywidgets.Textarea)) and widget.continuous_update
                and AS_TYPED not in widget._dom_classes}
    assert not as_typed, "\n".join(map(str, sorted(as_typed)))
