"""Step 1 in a real browser, as demo team Demoby: upload each sample export, read, choose unga vuxna, save, reload
and see the saved inventory drawn again."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.live import join_demo_team, open_step, stepper_step
from tests.e2e.steps import SAMPLES, choose_file, upload_and_confirm
from widgets.first_view import WAITING_CLASS

EXPORTS = ("export_semikolon_cp1252.csv", "export_utf8_fodelsear.csv", "export_titelrad_tva_blad.xlsx",
           "export_alder.ods")
CHOSEN = "18–24 år, arbetslöshet, med pågående insats"
# Each chart's heading and the caption of the table beside it.
SAVED_CHARTS = {"Ålder och kön": "Ålder", "Tid sedan aktualisering": "Tid sedan aktualisering",
                "Orsak (huvudgrupp)": "Orsak (huvudgrupp)", "Pågående insatser": "Pågående insatser",
                "Nya aktualiseringar per månad": "Nya aktualiseringar per månad"}


def open_step_one(context, voila_url: str):
    page = join_demo_team(context, voila_url, "Demoby – unga vuxna", "demo-team-demoby")
    return open_step(page, 1, "Läs in ett utdrag")


def test_each_sample_is_read_and_the_chosen_target_group_survives_a_reload(voila_url, new_context, recorder):
    context = new_context()
    page = open_step_one(context, voila_url)
    assert page.get_by_text("högst 9 MB").is_visible()

    for name in EXPORTS:
        upload_and_confirm(page, name)
        assert page.locator("table caption", has_text="Ålder").first.is_visible()
        assert page.get_by_text("Inga problem hittades i raderna.").is_visible()
        removed = page.get_by_text("Kolumnen ”Personnummer” togs bort").count()
        assert removed == (1 if name in (EXPORTS[0], EXPORTS[2]) else 0), name

    violations = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []

    results = page.locator(".gk-inventory-results")
    save = results.get_by_role("button", name="Spara inventeringen")
    # The choice comes before the charts: the team does not scroll past them to reach it.
    assert save.bounding_box()["y"] < results.get_by_role("heading", name="Ålder och kön").bounding_box()["y"]
    results.get_by_role("button", name="Unga vuxna (18–24)").click()
    results.get_by_role("checkbox", name="Arbetslöshet").check()  # a checkbox: no Ctrl-click
    results.get_by_label("Pågående insats", exact=True).select_option(label="Med pågående insats")
    count = results.locator(".gk-target-count").filter(has_text=CHOSEN)
    count.wait_for()
    number = count.locator("strong").inner_text()
    save.click()
    page.get_by_text(f"Inventeringen är sparad med målgruppen ”{CHOSEN}” ({number}).").wait_for()
    # Saved, the page shows the saved inventory once, not the working copy beside it.
    page.locator(".gk-saved-inventory .bk-Canvas").first.wait_for()
    assert results.locator(".bk-Canvas").count() == 0
    assert page.get_by_role("heading", name="Ålder och kön").count() == 1

    page.reload()
    page.get_by_role("heading", name="Sparade inventeringar").wait_for(timeout=90_000)
    saved = page.locator("table", has_text="Sparade inventeringar, nyaste först")
    assert CHOSEN in saved.inner_text() and number in saved.inner_text()
    shown = page.locator(".gk-saved-inventory")
    shown.locator(".bk-Canvas").first.wait_for()
    # The month table (47 rows) is folded away until asked for, with the keyboard as well.
    inflow = page.get_by_role("table", name="Nya aktualiseringar per månad")
    assert not inflow.is_visible()
    shown.locator("summary", has_text="Visa hela tabellen (47 rader)").focus()
    page.keyboard.press("Enter")
    inflow.wait_for()
    for heading, caption in SAVED_CHARTS.items():
        assert shown.get_by_role("heading", name=heading).is_visible(), heading
        assert shown.locator("table caption", has_text=caption).first.is_visible(), caption
    target = shown.locator(".gk-section").filter(has=page.get_by_role("heading", name="Målgrupp"))
    assert CHOSEN in target.inner_text() and f"{number} klienter i målgruppen" in target.inner_text()
    assert page.get_by_role("button", name=re.compile(r"\d{4} \(240 klienter\)")).is_visible()
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []
    # Saved with a target group, the step still needs the team's expectations; typing them finishes it.
    assert "Klart när ni har skrivit ner era förväntningar." in page.locator(".gk-step-standing").inner_text()
    page.get_by_label("Förväntningar", exact=True).fill("Att förstå unga vuxnas behov")
    expect(stepper_step(page, 1)).to_contain_text("● Klart")
    assert page.get_by_text("Traceback").count() == 0
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []


# Every websocket message the page sends, by size: a file read by the upload would be one of them.
_LARGEST_SENT = """
window.__largestSent = 0;
const send = WebSocket.prototype.send;
WebSocket.prototype.send = function (data) {
  const size = typeof data === "string" ? data.length : (data.byteLength ?? data.size ?? 0);
  window.__largestSent = Math.max(window.__largestSent, size);
  return send.call(this, data);
};
"""


def test_a_file_over_the_upload_limit_is_refused_in_the_page_and_never_sent(voila_url, new_context, recorder):
    context = new_context()
    context.add_init_script(_LARGEST_SENT)
    page = open_step_one(context, voila_url)
    # Counted from the choice of the file on: before, the page has sent back the copy of BokehJS its charts
    # brought (ipywidgets' Output widget returns what it shows to the kernel).
    page.wait_for_selector(f".{WAITING_CLASS}", state="detached", timeout=60_000)
    page.evaluate("window.__largestSent = 0")
    choose_file(page, {"name": "stor.csv", "mimeType": "text/csv", "buffer": b"Alder;Kon\n" * 1_200_000})
    notice = page.get_by_role("alert").filter(has_text="Filen är för stor (högst 9 MB).")
    notice.wait_for()
    assert notice.is_visible()
    page.wait_for_timeout(1500)
    assert page.evaluate("window.__largestSent") < 1024 * 1024
    assert page.get_by_text("Filen är inläst.").count() == 0
    assert page.get_by_role("button", name="Välj filen med utdraget (0)").is_visible()

    # A file within the limit clears the notice and is read as before.
    choose_file(page, SAMPLES / EXPORTS[0])
    page.get_by_text("Filen är inläst.").wait_for()
    assert page.locator(".gk-upload-too-large").inner_text() == ""
    assert page.get_by_role("button", name="Välj filen med utdraget (1)").is_visible()
    assert recorder.kit_console_errors() == []
