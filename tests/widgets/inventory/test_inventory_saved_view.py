"""Coming back to the inventory page: the saved inventory is drawn again, and any older one can be opened."""

from __future__ import annotations

import datetime as dt

import pytest
from jupyter_bokeh import BokehModel

from tests.widgets.reading import all_widgets, page_text
from widgets.inventory.page import build_inventory_page
from widgets.inventory.tables import rows_table
from workshop.i18n import format_number
from workshop.inventory import TargetFilters, charts, latest_inventory, manual_inventory, save_inventory
from workshop.session import join_team

CHART_TITLES = ("Ålder och kön", "Tid sedan aktualisering", "Orsak (huvudgrupp)", "Pågående insatser",
                "Nya aktualiseringar per månad")
OLDER = dt.date(2025, 3, 14)


def _page(store, team_id: int, code: str):
    return build_inventory_page(join_team(store, team_id, code).query(), store)


def _shown(page):
    """The saved inventory drawn in full, if any."""
    return [widget for widget in all_widgets(page.view.saved_box) if "gk-saved-inventory" in widget._dom_classes]


def _opener(page, label: str):
    return next(widget for widget in all_widgets(page.view.saved_box)
                if hasattr(widget, "on_click") and widget.description.startswith(label))


def test_a_team_with_a_saved_inventory_sees_its_charts_tables_and_target_group_on_load(demo_store):
    saved = latest_inventory(demo_store, 1)
    inventory = saved.inventory

    page = _page(demo_store, 1, "demo-team-exempel")

    (shown,) = _shown(page)
    text = page_text(shown)
    assert "<h2>Inventeringen 31 okt. 2026</h2>" in text
    assert "240 klienter är räknade." in text
    assert sum(isinstance(widget, BokehModel) for widget in all_widgets(shown)) == len(CHART_TITLES)
    assert all(f"<h3>{title}</h3>" in text for title in CHART_TITLES)
    for make in (charts.age_rows, charts.sex_rows, charts.reason_rows, charts.duration_rows, charts.insats_rows,
                 charts.inflow_rows):
        assert rows_table(make(inventory)) in text  # the exact stored counts, small ones too
    share = format_number(100 * inventory.long_term_share, 1)
    assert f"Långvarigt (aktualiserade för 10 månader sedan eller mer): {share} %" in text
    assert "<strong>18–24 år</strong>" in text
    assert f"{saved.target.count} klienter i målgruppen" in text


def test_a_team_without_a_saved_inventory_sees_only_the_empty_list(demo_store):
    page = _page(demo_store, 4, "demo-team-demoby")
    assert _shown(page) == []
    assert "Ingen inventering är sparad än." in page_text(page.view.saved_box)


@pytest.fixture
def two_inventories(demo_store):
    older = manual_inventory(OLDER, age_sex={("18-24", "kvinna"): 7, ("40-49", "man"): 3},
                             insatser={"<b>Praktik</b>": 2}, without_insats=8)
    save_inventory(demo_store, 4, older, target=TargetFilters(sexes=("man",)), target_count=3, actor="team:4")
    newer = manual_inventory(dt.date(2026, 2, 1), age_sex={("25-29", "man"): 21})
    save_inventory(demo_store, 4, newer, actor="team:4")
    return demo_store


def test_opening_an_older_inventory_shows_that_one_instead_of_the_latest(two_inventories):
    page = _page(two_inventories, 4, "demo-team-demoby")
    (latest,) = _shown(page)
    assert "Inventeringen 1 feb. 2026" in page_text(latest)
    assert "Ingen målgrupp valdes i den här inventeringen." in page_text(latest)

    _opener(page, "14 mars 2025").click()

    (older,) = _shown(page)
    text = page_text(older)
    assert "Inventeringen 14 mars 2025" in text and "1 feb. 2026" not in text
    assert "10 klienter är räknade." in text
    assert "<strong>män</strong>" in text and "3 klienter i målgruppen (30,0 % av alla 10)" in text
    # A name typed by the team is shown as text, never as markup.
    assert "&lt;b&gt;Praktik&lt;/b&gt;" in text and "<b>Praktik</b>" not in text
    assert page.messages.kind != "warning"


def test_the_list_has_one_button_per_saved_inventory_labelled_with_its_date(two_inventories):
    page = _page(two_inventories, 4, "demo-team-demoby")
    openers = [widget.description for widget in all_widgets(page.view.saved_box)
               if hasattr(widget, "on_click") and "klienter" in widget.description]
    assert openers == ["1 feb. 2026 (21 klienter)", "14 mars 2025 (10 klienter)"]


def test_a_returning_team_sees_its_saved_inventory_before_the_upload_and_a_new_team_the_upload_first(demo_store):
    returning = _page(demo_store, 1, "demo-team-exempel").view
    new = _page(demo_store, 4, "demo-team-demoby").view
    for view, saved_first in ((returning, True), (new, False)):
        order = view.children.index(view.saved_box) < view.children.index(view.results_box)
        assert order is saved_first
