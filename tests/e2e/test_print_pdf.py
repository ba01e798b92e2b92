"""A filled step page prints cleanly (style.py's print rules): Chromium's PDF of it has the content and its charts,
each chart whole on one sheet, and none of the page's controls (buttons, the language switch, the steps' links, the
footer). Read with poppler's pdftotext and pdfimages, which CI has: a bokeh chart is a canvas, printed as an image."""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from tests.e2e.live import join_demo_team

_MAX_SHEETS = 20
"""A step page of a team with content everywhere fills a few A4 sheets; more would be a layout gone wrong."""


def _text(pdf: Path) -> list[str]:
    """The PDF's text, sheet by sheet, white space made single."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [" ".join(sheet.split()) for sheet in text.split("\f") if sheet.strip()]


def _charts_by_sheet(pdf: Path, folder: Path) -> dict[str, set[int]]:
    """Each large image's content (a chart drawn on its canvas) and the sheets it is printed on."""
    subprocess.run(["pdfimages", "-png", "-p", str(pdf), str(folder / "image")], check=True)
    sheets: dict[str, set[int]] = defaultdict(set)
    for image in folder.glob("image-*.png"):
        sheet = int(image.stem.split("-")[1])
        if image.stat().st_size > 2_000:  # leaves out icons and tiny marks
            sheets[hashlib.sha256(image.read_bytes()).hexdigest()].add(sheet)
    return sheets


@pytest.mark.parametrize(("step", "heading"), [(5, "Resultat"), (4, "PGSA")])
def test_a_filled_step_page_prints_its_content_and_whole_charts_without_controls(voila_url, new_context, tmp_path,
                                                                                   step, heading):
    page = join_demo_team(new_context(), voila_url, "Exempelkommun – försörjningsstöd", "demo-team-exempel")
    page.get_by_role("link", name=f"Öppna steg {step}").click()
    page.wait_for_selector(".gk-page h1", timeout=90_000)
    page.locator(".gk-page canvas").first.wait_for(timeout=90_000)
    page.wait_for_timeout(1_500)  # bokeh draws its canvases after the widgets stand
    controls = [label.strip() for label in page.locator(".gk-page button:visible").all_inner_texts()
                if len(label.strip()) >= 5]
    main_actions = page.locator(".gk-page .widget-button.mod-primary:visible").all_inner_texts()
    assert "English" in controls and main_actions and set(main_actions) <= set(controls)
    charts = page.locator(".gk-page .gk-chart-canvas:visible, .gk-page .bk-Figure:visible").count()
    last_section = " ".join(page.locator(".gk-page h2").last.inner_text().split())

    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(page.pdf(format="A4", print_background=True))

    sheets = _text(pdf)
    # The whole page flows over the sheets, to its last section (Voilà's boxes cut it to one sheet otherwise).
    assert 2 <= len(sheets) <= _MAX_SHEETS
    text = " ".join(sheets)
    assert heading in text and last_section in text
    printed_controls = [label for label in controls if " ".join(label.split()) in text]
    assert printed_controls == []
    assert "Tillgänglighetsredogörelse" not in text and not re.search(r"\bSpråk\b", text)

    images = tmp_path / "images"
    images.mkdir()
    drawn = _charts_by_sheet(pdf, images)
    assert charts >= 1 and len(drawn) >= 1
    split = {digest[:8]: sorted(on) for digest, on in drawn.items() if len(on) > 1}
    assert split == {}, f"a chart is cut across sheets: {split}"
