"""A team chooses a change from the catalog and maps its supports in a real browser (demo team Åby)."""

from __future__ import annotations

from tests.e2e.live import join_demo_team, open_step, stepper_step
from tests.e2e.steps import add_catalog_measure, add_support, choose_from_catalog

AUDIT_TITLE = "Screening med AUDIT och DUDIT vid nybesök"
MEASURE = "Andel nybesök där AUDIT och DUDIT erbjudits"
DRIVER = "Samtal om alkohol och droger vid nybesök"
SUPPORTS = ["Beroendeenhetens mottagning", "Vuxenpsykiatrin", "Arbetsmarknadsenheten", "Alkoholhjälpen (webb)"]


def _open_changes(context, voila_url):
    page = join_demo_team(context, voila_url, "Fiktiva Åby – tidigt stöd", "demo-team-aby")
    return open_step(page, 3, "Kunskapskatalog")


def test_choose_audit_dudit_add_its_measure_and_map_four_supports(voila_url, new_context, recorder):
    page = _open_changes(new_context(), voila_url)
    page.get_by_label("Filtrera på område").select_option(label="Missbruk och beroende")
    page.get_by_label("Filtrera på preventionsnivå").select_option(label="Tidigt stöd")
    choose_from_catalog(page, AUDIT_TITLE, f"Upptäcka riskbruk tidigt → {DRIVER}")
    # The suggested measure's name is a heading no smaller than the text under it.
    sizes = page.get_by_role("heading", name=MEASURE, level=5).evaluate(
        "e => [e, e.nextElementSibling.querySelector('dd')].map(x => parseFloat(getComputedStyle(x).fontSize))")
    assert sizes[0] >= sizes[1], sizes
    add_catalog_measure(page, MEASURE)
    page.get_by_text("Måttet finns bland era mått.").wait_for()

    for name in SUPPORTS:
        add_support(page, name)

    page.reload()
    page.get_by_role("heading", name="Kunskapskatalog").wait_for(timeout=90_000)
    for name in SUPPORTS:
        assert page.get_by_role("button", name=f"Ändra: {name}").is_visible()
    assert page.get_by_text("Vald av ert team").first.is_visible()
    assert page.get_by_role("link", name="Ladda ner stödkartan som tabell (CSV)").is_visible()

    stepper_step(page, 2).get_by_role("link").click()
    page.get_by_role("heading", name="1. Vad vill vi åstadkomma?").wait_for(timeout=90_000)
    diagram = page.locator(".gk-diagram")
    diagram.locator("canvas").first.wait_for()
    assert diagram.locator("td", has_text=AUDIT_TITLE).count() == 1
    assert page.locator(".gk-measure").filter(has_text=MEASURE).count() == 1
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []

