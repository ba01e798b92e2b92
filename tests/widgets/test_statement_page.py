"""The accessibility statement as a page: the visitor's language, the host's contact or where to turn without one."""

from __future__ import annotations

import pytest

from tests.widgets.reading import page_text
from widgets.statement import build_statement_page
from workshop.session import join_team

FALLBACK = {"sv": "Organisationen som driver verktyget har inte angett någon kontakt här än",
            "en": "The organisation that runs the kit has not given a contact here yet"}
HEADINGS = {"sv": ('<h1 data-gk-lang="sv">Tillgänglighetsredogörelse</h1>',
                   "<h2>Rapportera brister i tjänstens tillgänglighet</h2>",
                   "<h3>Innehåll som inte är tillgängligt</h3>", "https://www.digg.se/tdosanmalan"),
            "en": ('<h1 data-gk-lang="en">Accessibility statement</h1>',
                   "<h2>Report a problem with the accessibility of the service</h2>",
                   "<h3>Content that is not accessible</h3>", "https://www.digg.se/tdosanmalan")}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_statement_shows_the_hosts_contact_in_the_visitors_language(demo_store, monkeypatch, language):
    monkeypatch.setenv("WORKSHOP_ACCESSIBILITY_CONTACT", "Region Exempel <tillganglighet@region.example>")
    shown = page_text(build_statement_page(f"lang={language}", demo_store).widget)
    assert "<strong>Region Exempel &lt;tillganglighet@region.example&gt;</strong>" in shown
    assert all(part in shown for part in HEADINGS[language])
    other = "en" if language == "sv" else "sv"
    assert HEADINGS[other][1] not in shown and FALLBACK[language] not in shown
    assert "<!--" not in shown


@pytest.mark.parametrize("language", ["sv", "en"])
def test_without_a_contact_the_statement_says_whom_to_turn_to(demo_store, monkeypatch, tmp_path, language):
    monkeypatch.delenv("WORKSHOP_ACCESSIBILITY_CONTACT", raising=False)
    monkeypatch.setenv("WORKSHOP_CONFIG", str(tmp_path / "missing.toml"))
    shown = page_text(build_statement_page(f"lang={language}", demo_store).widget)
    assert FALLBACK[language] in shown
    assert "<strong>" not in shown.split(HEADINGS[language][1])[1].split("<h2>")[0]


def test_a_team_reads_the_statement_with_its_journey_at_hand(demo_store):
    query = join_team(demo_store, 1, "demo-team-exempel").query()
    shown = page_text(build_statement_page(query, demo_store).widget)
    assert "Tillgänglighetsredogörelse" in shown and "02_mal_och_matt.ipynb?team=1" in shown
