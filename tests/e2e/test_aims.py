"""Step 2 in a real browser, as demo team Påhittsta: aim, three measures, a driver diagram, reload; and, for a new
team on a phone, a long aim shown whole in its field."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.live import add_title, join_demo_team, new_team, open_step
from tests.e2e.steps import fill_measure

LONG_AIM = ("andelen unga vuxna med försörjningsstöd som inom två veckor efter aktualiseringen får ett samtal om sin "
            "situation, där vi frågar om alkohol, droger, skulder och hälsa och erbjuder en tid hos beroendeenheten "
            "eller budgetrådgivningen")
_HIDDEN = "box => ({ sideways: box.scrollWidth - box.clientWidth, down: box.scrollHeight - box.clientHeight })"
"""How much of a field's text lies past its edges, in px."""


def open_step_two(context, voila_url: str):
    page = join_demo_team(context, voila_url, "Påhittsta – vuxenenheten", "demo-team-pahittsta")
    return open_step(page, 2, "1. Vad vill vi åstadkomma?")


def test_aim_measures_and_driver_diagram_survive_a_reload(voila_url, new_context, recorder, tmp_path):
    context = new_context()
    page = open_step_two(context, voila_url)

    page.get_by_label("Vad ska förändras", exact=True).fill("fler screeningar")
    page.get_by_label("Till (målvärde)", exact=True).fill("några")
    page.get_by_label("Till (målvärde)", exact=True).press("Tab")
    hints = page.locator("li[data-hint]")
    page.get_by_text("”några” är inget tal").wait_for()
    assert page.locator("[data-hint='no_date']").is_visible()

    page.get_by_label("Vad ska förändras", exact=True).fill("andelen nybesök där AUDIT och DUDIT används")
    page.get_by_label("För vem", exact=True).fill("unga vuxna 18–24 år")
    page.get_by_label("Från (utgångsläge)", exact=True).fill("20")
    page.get_by_label("Till (målvärde)", exact=True).fill("80")
    page.get_by_label("Enhet (t.ex. %)", exact=True).fill("%")
    page.get_by_label("Senast när", exact=True).fill("2099-05-31")
    page.get_by_label("Senast när", exact=True).press("Tab")
    page.get_by_text("ska öka från 20\u00a0% till 80\u00a0% senast 31 maj 2099.").wait_for()
    assert hints.count() == 0
    page.locator(".gk-autosave").filter(has_text="Sparat kl.").first.wait_for()

    definition = {"Täljare": "Nybesök där AUDIT använts", "Datakälla": "Checklista",
                  "Inkluderas": "Unga vuxna 18–24 år", "Exkluderas": "Akuta ärenden",
                  "Vem samlar in": "Handläggarna", "Period för utgångsläget": "v. 1–8 2026",
                  "Värde vid utgångsläget": "20", "Målvärde": "80"}
    fill_measure(page, {"Måttets namn": "Andel unga vuxna med plan inom 30 dagar", **definition,
                        "Nämnare": "Unga vuxna som aktualiserats"},
                 {"Typ av mått": "Resultatmått", "Enhet": "Andel (%)"})
    fill_measure(page, {"Måttets namn": "Andel nybesök med AUDIT", **definition,
                        "Nämnare": "Alla nybesök med unga vuxna"},
                 {"Typ av mått": "Processmått", "Enhet": "Andel (%)", "Diagram": "P-diagram (andelar)"})
    fill_measure(page, {"Måttets namn": "Dagar till första besök", **definition, "Målvärde": "12"},
                 {"Typ av mått": "Balansmått", "Enhet": "Annat värde (t.ex. dagar)", "Bättre är": "Lägre är bättre"})
    assert page.locator("[data-hint='no_outcome_measure']").count() == 0

    add_title(page, "Ny primär drivkraft", "Upptäcka riskbruk tidigt")
    page.get_by_label("Primär drivkraft 1", exact=True).wait_for()
    add_title(page, "Ny primär drivkraft", "Väg in till rätt stöd")
    page.get_by_label("Primär drivkraft 2", exact=True).wait_for()
    for parent, title, created in (("1", "Samtal vid nybesök", "1.1"), ("1", "Screening med stöd", "1.2"),
                                   ("2", "Kontakt med beroendeenheten", "2.1")):
        add_title(page, f"Ny sekundär drivkraft under {parent}", title)
        page.get_by_label(f"Sekundär drivkraft {created}", exact=True).wait_for()
    for parent, title, created in (("1.1", "AUDIT vid nybesök", "1.1.1"), ("1.1", "DUDIT vid nybesök", "1.1.2"),
                                   ("1.2", "Digital självscreening", "1.2.1"),
                                   ("2.1", "Fast kontaktperson på beroendeenheten", "2.1.1")):
        add_title(page, f"Ny förändringsidé {parent}", title)
        page.get_by_label(f"Förändringsidé {created}", exact=True).wait_for()

    page.reload()
    page.get_by_role("heading", name="1. Vad vill vi åstadkomma?").wait_for(timeout=90_000)
    assert page.get_by_label("Vad ska förändras", exact=True).input_value() == (
        "andelen nybesök där AUDIT och DUDIT används")
    for name in ("Andel unga vuxna med plan inom 30 dagar", "Andel nybesök med AUDIT", "Dagar till första besök"):
        assert page.locator(".gk-measure").filter(has_text=name).count() == 1
    for label, title in (("Primär drivkraft 2", "Väg in till rätt stöd"),
                         ("Sekundär drivkraft 1.2", "Screening med stöd"),
                         ("Förändringsidé 1.1.2", "DUDIT vid nybesök")):
        assert page.get_by_label(label, exact=True).input_value() == title
    diagram = page.locator(".gk-diagram")
    diagram.locator("canvas").first.wait_for()
    page.get_by_text("Drivkraftsdiagrammet som tabell").first.click()
    assert diagram.locator("td", has_text="Fast kontaktperson på beroendeenheten").count() == 1

    page.set_viewport_size({"width": 1280, "height": 720})
    page.screenshot(path=str(tmp_path / "aims_page.png"))
    diagram.screenshot(path=str(tmp_path / "aims_diagram.png"))
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []


def test_a_long_sentence_shows_whole_on_a_phone_and_enter_sends_it_without_a_new_line(empty_voila_url, new_context):
    context = new_context()
    context.set_default_timeout(180_000)
    start = new_team(context, empty_voila_url, "Meningar – ny samverkan", "Meningsby – nytt team")
    page = open_step(start, 2, "1. Vad vill vi åstadkomma?")
    page.set_viewport_size({"width": 400, "height": 800})

    aim = page.get_by_label("Vad ska förändras", exact=True)
    aim.fill(LONG_AIM)
    expect(aim).to_have_value(LONG_AIM)
    assert aim.evaluate(_HIDDEN) == {"sideways": 0, "down": 0}
    one_line = page.get_by_label("Enhet (t.ex. %)", exact=True)  # a short answer keeps its field of one line
    assert aim.evaluate("box => box.clientHeight") > 3 * one_line.evaluate("field => field.clientHeight")

    # Enter sends a driver's new name, as in a field of one line, and starts no new line in it.
    add_title(page, "Ny primär drivkraft", "Upptäcka riskbruk")
    driver = page.get_by_label("Primär drivkraft 1", exact=True)
    driver.press("End")
    driver.press_sequentially(" tidigt")
    driver.press("Enter")
    expect(page.locator(".gk-measure-form option").filter(has_text="Upptäcka riskbruk tidigt")).to_have_count(
        1, timeout=60_000)  # the kernel saves the name and redraws the measure form's choices
    expect(page.get_by_label("Primär drivkraft 1", exact=True)).to_have_value("Upptäcka riskbruk tidigt",
                                                                           timeout=60_000)
