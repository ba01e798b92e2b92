"""The facilitator hands out links: shown in full with a copy button, opening in a new tab, codes kept in view."""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

from tests.widgets.reading import page_text
from widgets.aims.page import build_aims_page
from workshop.session import Role, resolve


def test_the_teams_own_link_opens_in_a_new_tab_and_has_a_copy_button(facilitator_page):
    text = page_text(facilitator_page.widget)
    links = re.findall(r'<a href="([^"]+)" target="_blank" rel="noopener">Teamets egen länk', text)
    assert len(links) == 4
    for href in links:
        assert f'data-gk-copy="{href}"' in text and f'data-gk-absolute="{href}"' in text
    assert text.count(">Kopiera länken</button>") == 5  # each team's link and the facilitator's own
    assert 'data-gk-copied="Kopierad"' in text


def test_each_new_teams_code_stays_in_the_list_until_the_page_is_left(facilitator_page, demo_store):
    for name, code in (("Norrby – mottagningen", "norrby-kod-1"), ("Söderby – mottagningen", "soderby-kod-2")):
        view = facilitator_page.view
        view.team_name.value, view.team_municipality.value, view.team_code.value = name, "Norrby", code
        view.add_team_button.click()
        assert facilitator_page.messages.kind == "success"
    text = page_text(facilitator_page.widget)
    assert "Kod: norrby-kod-1" in text and "Kod: soderby-kod-2" in text
    assert text.count("(visas tills du lämnar sidan)") == 2


def test_start_in_a_team_page_opened_by_the_facilitator_leads_back_to_the_collaborative(facilitator_page,
                                                                                         demo_store):
    as_facilitator = replace(facilitator_page.session, team_id=1)
    page = build_aims_page(as_facilitator.query(), demo_store)
    start = re.search(r'<a href="([^"]+)">Start – alla team</a>', page.navigation.value)
    query = unescape(start.group(1)).split("?", 1)[1]
    session = resolve(demo_store, query)
    assert (session.role, session.collaborative_id, session.team_id) == (Role.FACILITATOR, 1, None)
