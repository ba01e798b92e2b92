"""The step-3 page without a browser: filter cards, take a card into the driver diagram, map supports."""

from __future__ import annotations

import base64
import csv
import io
import re
from pathlib import Path

import ipywidgets

from tests.widgets.first_render import modules_of_first_render
from tests.widgets.reading import all_widgets, page_text
from widgets.changes.page import build_changes_page
from workshop.improvement import PreventionLevel, driver_diagram, list_measures
from workshop.knowledge import load_catalog
from workshop.model import Area
from workshop.session import join_team
from workshop.support_map import list_supports

AUDIT_TITLE = "Screening med AUDIT och DUDIT vid nybesök"
LOCAL_ENTRY = Path(__file__).resolve().parents[2] / "unit" / "changes" / "samtalsgrupp.yaml"


def _catalog(local: Path | None = None):
    return load_catalog(local or Path("/nonexistent-local-catalog"))


def _open(store, catalog=None, team_id=3, code="demo-team-aby"):
    return build_changes_page(join_team(store, team_id, code).query(), store, catalog=catalog or _catalog())


def _button(page, label: str) -> ipywidgets.Button:
    return next(w for w in all_widgets(page.widget) if isinstance(w, ipywidgets.Button) and w.description == label)


def _control(page, label: str, kind=ipywidgets.Widget):
    return next(w for w in all_widgets(page.widget) if isinstance(w, kind) and getattr(w, "description", "") == label)


def _card_titles(page) -> list[str]:
    headers = "\n".join(card.children[0].value for card in page.view.catalog_view.cards.children)
    return re.findall(r"<h3>(.*?)</h3>", headers)


def test_a_page_without_a_team_asks_for_the_team_and_shows_no_catalog(demo_store):
    page = build_changes_page("", demo_store, catalog=_catalog())
    assert "Teamets kod" in page_text(page.widget)
    assert AUDIT_TITLE not in page_text(page.widget)


def test_filters_narrow_the_cards_by_area_level_and_words(demo_store):
    page = _open(demo_store)
    total = len(page.view.catalog_view.cards.children)
    _control(page, "Filtrera på område").value = Area.SUBSTANCE_MISUSE
    _control(page, "Filtrera på preventionsnivå").value = PreventionLevel.EARLY_SUPPORT
    narrowed = _card_titles(page)
    assert AUDIT_TITLE in narrowed and len(narrowed) < total
    _control(page, "Sök i katalogen").value = "dudit"
    assert _card_titles(page) == [AUDIT_TITLE]
    _control(page, "Sök i katalogen").value = "finnsinte"
    assert _card_titles(page) == []
    assert f"0 av {total} kort visas." in page_text(page.widget)


def test_a_card_becomes_a_change_idea_under_a_driver_and_its_measure_is_accepted(demo_store):
    page = _open(demo_store)
    _button(page, f"Visa detaljer: {AUDIT_TITLE}").click()
    assert "Kärnkomponenter" in page_text(page.widget) and "0–40 poäng" in page_text(page.widget)
    diagram = driver_diagram(demo_store, 3)
    driver = diagram.secondary(diagram.primary[0].id)[0]
    _control(page, "Drivkraft", ipywidgets.Dropdown).value = driver.id
    _button(page, "Lägg till som förändringsidé").click()

    idea = driver_diagram(demo_store, 3).ideas_under(driver.id)[-1]
    assert (idea.title, idea.catalog_entry, idea.prevention_level) == (
        AUDIT_TITLE, "audit-dudit-screening", PreventionLevel.EARLY_SUPPORT)
    assert "är nu en förändringsidé" in page.messages.widget.value
    assert "Vald av ert team" in page_text(page.widget)

    _button(page, "Lägg till måttet: Andel nybesök där AUDIT och DUDIT erbjudits").click()
    measure = next(m for m in list_measures(demo_store, 3) if m.catalog_entry == "audit-dudit-screening")
    assert measure.denominator == "Alla nybesök under veckan i testgruppen" and measure.chart.value == "p"
    assert "Måttet finns bland era mått." in page_text(page.widget)
    assert "tidigt stöd: 3" in page_text(page.widget).lower()


def test_the_driver_choice_spans_the_card_so_primary_and_secondary_are_read_whole(demo_store):
    page = _open(demo_store)
    _button(page, f"Visa detaljer: {AUDIT_TITLE}").click()
    driver = _control(page, "Drivkraft", ipywidgets.Dropdown)
    assert any(" → " in label for label, _value in driver.options)
    assert driver.layout.width == "100%"


def test_an_idea_whose_card_is_gone_stays_marked_no_longer_in_the_catalog(demo_store, tmp_path):
    local = tmp_path / "lokal"
    local.mkdir()
    (local / "grupp.yaml").write_text(LOCAL_ENTRY.read_text(encoding="utf-8"), encoding="utf-8")
    page = _open(demo_store, _catalog(local))
    _button(page, "Visa detaljer: Samtalsgrupp för unga vuxna").click()
    _button(page, "Lägg till som förändringsidé").click()
    (local / "grupp.yaml").unlink()

    page = _open(demo_store, _catalog(local))
    assert "Samtalsgrupp för unga vuxna – <em>inte längre i katalogen</em>" in page_text(page.widget)
    assert any(idea.catalog_entry == "lokal-samtalsgrupp" for idea in driver_diagram(demo_store, 3).change_ideas)


def test_a_malformed_local_file_is_named_on_the_page_and_the_cards_still_work(demo_store, tmp_path):
    local = tmp_path / "lokal"
    local.mkdir()
    (local / "trasig.yaml").write_text("id: x\ntitle: [\n", encoding="utf-8")
    page = _open(demo_store, _catalog(local))
    assert "trasig.yaml, rad" in page_text(page.widget)
    assert AUDIT_TITLE in _card_titles(page)


def test_script_in_a_local_card_is_shown_as_text(demo_store, tmp_path):
    local = tmp_path / "lokal"
    local.mkdir()
    script = LOCAL_ENTRY.read_text(encoding="utf-8").replace("Samtalsgrupp för unga vuxna", "<script>alert(1)</script>")
    (local / "a.yaml").write_text(script,
                                  encoding="utf-8")
    page = _open(demo_store, _catalog(local))
    markup = "\n".join(w.value for w in all_widgets(page.widget) if isinstance(w, ipywidgets.HTML))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup and "<script>alert(1)" not in markup


def _fill_support(page, name: str, *, needs=(), scope=None) -> None:
    _control(page, "Stödets namn").value = name
    if scope is not None:
        _control(page, "Internt eller externt").value = scope
    for need in needs:
        _control(page, need, ipywidgets.Checkbox).value = True
    _button(page, "Spara stödet").click()


def test_the_team_types_needs_maps_supports_and_sees_the_gaps(demo_store):
    page = _open(demo_store, team_id=2, code="demo-team-pahittsta")
    for need in ("Skulder", "Psykisk ohälsa", "Arbetslöshet"):
        _control(page, "Nytt behov").value = need
        _button(page, "Lägg till behovet").click()
    _fill_support(page, "Budgetrådgivning", needs=("Skulder",))
    _fill_support(page, "Vuxenpsykiatrin", needs=("Psykisk ohälsa",))

    assert [s.name for s in list_supports(demo_store, 2)] == ["Budgetrådgivning", "Vuxenpsykiatrin"]
    text = page_text(page.widget)
    assert "1 av 3 behov saknar stöd: Arbetslöshet." in text
    assert re.search(r"<th scope=\"row\">Arbetslöshet</th>.*?⚠</span> Lucka", text, re.S)


def test_a_support_without_a_name_is_not_saved(demo_store):
    page = _open(demo_store, team_id=2, code="demo-team-pahittsta")
    _control(page, "Vem ger stödet").value = "Regionen"
    _button(page, "Spara stödet").click()
    assert "Fyll i stödets namn" in page.messages.widget.value
    assert list_supports(demo_store, 2) == []
    assert _control(page, "Vem ger stödet").value == "Regionen"


def test_a_support_can_be_changed_and_removed(demo_store):
    page = _open(demo_store, team_id=2, code="demo-team-pahittsta")
    _fill_support(page, "Skuldrådgivning")
    _button(page, "Ändra: Skuldrådgivning").click()
    _control(page, "Stödets namn").value = "Budget- och skuldrådgivning"
    _button(page, "Spara ändringarna").click()
    assert [s.name for s in list_supports(demo_store, 2)] == ["Budget- och skuldrådgivning"]
    _button(page, "Ta bort: Budget- och skuldrådgivning").click()
    assert list_supports(demo_store, 2) == []


def test_the_download_is_a_csv_with_formulas_neutralised(demo_store):
    page = _open(demo_store, team_id=2, code="demo-team-pahittsta")
    _fill_support(page, "=HYPERLINK(\"http://x\")")
    link = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', page_text(page.widget)).group(1)
    rows = list(csv.reader(io.StringIO(base64.b64decode(link).decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Stöd" and rows[1][0] == "'=HYPERLINK(\"http://x\")"


def test_the_cards_follow_the_page_language(demo_store):
    query = join_team(demo_store, 3, "demo-team-aby", language="en").query()
    page = build_changes_page(query, demo_store, catalog=_catalog())
    assert "Screening with AUDIT and DUDIT at new visits" in page_text(page.widget)
    assert "Knowledge catalog" in page_text(page.widget)


def _ticked(page) -> list[str]:
    return [box.description for box in all_widgets(page.widget) if isinstance(box, ipywidgets.Checkbox) and box.value]


def _coverage(page, need: str) -> str | None:
    """The last cell of the need's row in the needs × supports table."""
    found = re.search(rf'<th scope="row">{re.escape(need)}</th>(?:(?!</tr>).)*<td>([^<]*)</td></tr>',
                      page_text(page.widget), re.S)
    return found and found.group(1)


def _switch_language(page, language: str) -> None:
    page.language_switch.value = language


def test_switching_the_language_keeps_the_ticks_and_lists_each_need_once(demo_store):
    page = _open(demo_store)
    _button(page, "Ändra: Jobbtorg Åby").click()
    assert _ticked(page) == ["Arbetslöshet"]
    _switch_language(page, "en")
    _button(page, "Change: Jobbtorg Åby").click()
    assert _ticked(page) == ["Unemployment"]
    _control(page, "Skulder", ipywidgets.Checkbox).value = True
    _button(page, "Save the changes").click()
    boxes = [box.description for box in all_widgets(page.widget) if isinstance(box, ipywidgets.Checkbox)]
    assert len(boxes) == len(set(boxes)) and "Arbetslöshet" not in boxes
    assert (_coverage(page, "Unemployment"), _coverage(page, "Skulder")) == ("1 support", "2 supports")
    _switch_language(page, "sv")
    _button(page, "Ändra: Jobbtorg Åby").click()
    assert _ticked(page) == ["Arbetslöshet", "Skulder"]
    assert page_text(page.widget).count('<th scope="row">Arbetslöshet</th>') == 1


def test_a_removed_typed_need_comes_back_with_the_supports_that_covered_it(demo_store):
    page = _open(demo_store)
    _button(page, "Ta bort behovet: Skulder").click()
    assert "samma stöd" in page.messages.widget.value
    assert _coverage(page, "Skulder") is None
    _control(page, "Nytt behov").value = "Skulder"
    _button(page, "Lägg till behovet").click()
    assert _coverage(page, "Skulder") == "1 stöd"


def test_the_map_lists_the_target_groups_reasons_as_needs_and_offers_its_insatser_as_supports(demo_store):
    page = _open(demo_store, team_id=1, code="demo-team-exempel")
    text = page_text(page.widget)
    assert "Orsakerna till aktualisering i er målgrupp ”18–24 år” (steg 1):" in text
    needs = re.findall(r'<th scope="row">(.*?)</th>', text)
    assert "Arbetslöshet" in needs and not [need for need in needs if "år" in need or need in ("FIA", "Jobbtorg")]
    offered = [w.description for w in all_widgets(page.widget)
               if isinstance(w, ipywidgets.Button) and w.description.startswith("Lägg till som stöd: ")]
    assert "Lägg till som stöd: Arbetsträning" in offered
    assert {"Lägg till som stöd: Jobbtorg", "Lägg till som stöd: FIA"}.isdisjoint(offered)
    _button(page, "Lägg till som stöd: Arbetsträning").click()
    assert "Arbetsträning" in [support.name for support in list_supports(demo_store, 1)]
    assert _control(page, "Stödets namn").value == "Arbetsträning"  # opened to mark the needs it covers
    assert not any(isinstance(w, ipywidgets.Button) and w.description == "Lägg till som stöd: Arbetsträning"
                   for w in all_widgets(page.widget))


def test_the_page_opens_without_loading_pandas(demo_store):
    """The needs from the inventory and the support map's CSV are read from the stored counts, not a DataFrame."""
    loaded = modules_of_first_render("widgets.changes.page:build_changes_page", demo_store,
                                     "join_team(store, 3, 'demo-team-aby')")
    assert not loaded & {"pandas", "numpy"}
