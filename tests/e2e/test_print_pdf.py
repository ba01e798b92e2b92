"""Every step page prints cleanly (style.py's print rules): Chromium's PDF of it has the whole page, every chart drawn
on it whole on one sheet, no blank sheet and none of the page's controls (buttons, the language switch, the steps'
links, the footer, the toggles of folded parts), and a long answer whole however narrow its field. Read with
poppler's pdftotext and pdfimages, which CI has: a bokeh chart is a canvas, printed as an image."""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.live import join_demo_team, new_team, open_step

_MAX_SHEETS = 20
"""A step page of a team with content everywhere fills a few A4 sheets; more would be a layout gone wrong."""

TITLES = {1: "Målgruppsinventering", 2: "Mål och mått", 3: "Förändringar", 4: "PGSA-cykler", 5: "Resultat",
          6: "Rapport"}
"""Each step's title, in its page's h1 ("Steg 5: Resultat")."""

PAGES = [*(pytest.param("demo team", step, id=f"step {step} of the demo team") for step in TITLES),
         pytest.param("new team", 2, id="step 2 of a new team")]
"""The demo team has content in every step; a brand-new team's page is mostly empty fields and buttons."""

PATIENCE = 180_000
"""Milliseconds a page may take: the first pages of a session wait for the servers' kernels to start."""

_SETTLED = """() => new Promise((done) => {
  const finish = () => { watch.disconnect(); done(); };
  let quiet = setTimeout(finish, 1500);
  const watch = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(finish, 1500); });
  watch.observe(document.body, { childList: true, subtree: true });
  setTimeout(finish, 60000);
})"""
"""Until the page's widgets stand: nothing added to it or taken away for 1.5 s (at most a minute)."""

SHEET_PX = round(186 * 96 / 25.4)
"""An A4 sheet's width less the print margins (style.py), in CSS pixels."""

_CUT = """() => {
  const past = (element, box) => element.getBoundingClientRect().right > box.getBoundingClientRect().right + 1;
  const charts = [...document.querySelectorAll('.gk-page .gk-chart')].filter((box) => {
    const drawn = box.querySelector('.bk-Figure, .bk-GridPlot');
    return drawn && past(drawn, box);
  });
  const tables = [...document.querySelectorAll('.gk-page table')].filter((table) => {
    return table.checkVisibility() && past(table, table.closest('.gk-section') || table.closest('.gk-page'));
  });
  return [...charts, ...tables].map((element) => element.textContent.trim().slice(0, 60));
}"""
"""The charts and tables reaching past their box's right edge, where paper cuts them."""


LONG_ANSWER = ("Handläggarna på mottagningen för unga vuxna räknar varje fredag eftermiddag de nybesök där "
               "AUDIT och DUDIT har använts, stämmer av siffrorna med teamets samordnare och skriver in dem i "
               "kalkylbladet innan veckans teamträff, så att alla ser hur det går och vad vi behöver ändra nästa "
               "vecka med stöd av enhetschefen")
"""About 300 characters: far more than a one-line field shows, on a screen or on an A4 sheet."""
LONG_SENTENCE = ("andelen unga vuxna med försörjningsstöd som inom två veckor efter aktualiseringen får ett samtal "
                 "om sin situation, där vi frågar om alkohol, droger, skulder och hälsa och erbjuder en tid hos "
                 "beroendeenheten eller budgetrådgivningen när det behövs")
"""A long answer in a sentence's box (a textarea that grows with its text)."""


def _step_page(request, new_context, team: str, step: int):
    """The page of ``step`` of ``team``, its widgets standing and its charts, if any, drawn."""
    context = new_context()
    context.set_default_timeout(PATIENCE)
    if team == "demo team":
        start = join_demo_team(context, request.getfixturevalue("voila_url"), "Exempelkommun – försörjningsstöd",
                               "demo-team-exempel")
    else:
        start = new_team(context, request.getfixturevalue("empty_voila_url"), "Utskrift – ny samverkan",
                         "Nystad – nytt team")
    page = open_step(start, step, f"Steg {step}: {TITLES[step]}")
    page.evaluate(_SETTLED)
    charts = page.locator(".gk-page .gk-chart-canvas")
    for chart in range(charts.count()):
        charts.nth(chart).locator("canvas").first.wait_for()
    page.wait_for_timeout(1_500)  # bokeh paints its canvases after adding them
    return page


def _text(pdf: Path) -> list[str]:
    """The PDF's text, sheet by sheet, white space made single."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [" ".join(sheet.split()) for sheet in text.split("\f")[:-1]]  # the text ends with a form feed


def _images_by_sheet(pdf: Path, folder: Path) -> dict[str, set[int]]:
    """Each large image's content (a chart drawn on its canvas) and the sheets it is printed on."""
    subprocess.run(["pdfimages", "-png", "-p", str(pdf), str(folder / "image")], check=True)
    sheets: dict[str, set[int]] = defaultdict(set)
    for image in folder.glob("image-*.png"):
        sheet = int(image.stem.split("-")[1])
        if image.stat().st_size > 2_000:  # leaves out icons and tiny marks
            sheets[hashlib.sha256(image.read_bytes()).hexdigest()].add(sheet)
    return sheets


@pytest.mark.parametrize(("team", "step"), PAGES)
def test_a_step_page_prints_its_content_and_whole_charts_without_controls(request, new_context, tmp_path, team, step):
    page = _step_page(request, new_context, team, step)
    controls = [label.strip() for label in page.locator(".gk-page :is(button, summary):visible").all_inner_texts()
                if len(label.strip()) >= 5]
    assert "English" in controls
    charts = page.locator(".gk-page .gk-chart-canvas").count()
    last_section = " ".join(page.locator(".gk-page h2:visible").last.inner_text().split())

    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(page.pdf(format="A4", print_background=True))

    sheets = _text(pdf)
    images = tmp_path / "images"
    images.mkdir()
    drawn = _images_by_sheet(pdf, images)
    with_images = set().union(*drawn.values())
    # The whole page flows over the sheets, to its last section (Voilà's boxes cut it to one sheet otherwise).
    assert 1 <= len(sheets) <= _MAX_SHEETS
    assert [number for number, sheet in enumerate(sheets, 1) if not sheet and number not in with_images] == []
    text = " ".join(sheets)
    assert TITLES[step] in text and last_section in text
    printed_controls = [label for label in controls if " ".join(label.split()) in text]
    assert printed_controls == []
    assert "Tillgänglighetsredogörelse" not in text and not re.search(r"\bSpråk\b", text)

    assert (len(drawn) >= 1) == (charts >= 1)
    split = {digest[:8]: sorted(on) for digest, on in drawn.items() if len(on) > 1}
    assert split == {}, f"a chart is cut across sheets: {split}"
    # Nor at a sheet's edge: laid out as wide as a sheet, as the page is printed, each chart and table fits its box.
    page.set_viewport_size({"width": SHEET_PX, "height": 900})
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(_CUT) == []


def test_a_long_answer_in_a_one_line_field_prints_whole(empty_voila_url, new_context, tmp_path):
    context = new_context()
    context.set_default_timeout(PATIENCE)
    start = new_team(context, empty_voila_url, "Långa svar – ny samverkan", "Svarsby – nytt team")
    page = open_step(start, 2, f"Steg 2: {TITLES[2]}")
    page.evaluate(_SETTLED)
    one_line = page.locator(".gk-measure-form").get_by_label("Vem samlar in", exact=True)
    expect(one_line).to_have_js_property("tagName", "INPUT")
    one_line.fill(LONG_ANSWER)
    page.get_by_label("Vad ska förändras", exact=True).fill(LONG_SENTENCE)
    empty = page.get_by_label("Period för utgångsläget", exact=True)  # its example is no answer
    expect(empty).to_have_attribute("placeholder", "t.ex. v. 1–8 2026")

    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(page.pdf(format="A4", print_background=True))

    text = " ".join(_text(pdf))
    assert LONG_ANSWER in text
    assert LONG_SENTENCE in text
    assert "Period för utgångsläget" in text and "t.ex. v. 1–8 2026" not in text
    # Copies are made for printing only: the screen shows the fields again, as they were.
    page.emulate_media(media="screen")
    expect(page.locator(".gk-printed-answer:visible")).to_have_count(0)
    expect(one_line).to_be_visible()
