"""A team makes its storyboard and its handover document on the Reports page and saves them through the browser
(demo team 1, Exempelkommun, read-only: making a document changes nothing but the step's status)."""

from __future__ import annotations

import io

from tests.e2e.live import join_demo_team, open_step
from tests.e2e.steps import make_and_save

TEAM = "Exempelkommun – försörjningsstöd"


def _open_reports_as_team_1(context, voila_url):
    page = join_demo_team(context, voila_url, TEAM, "demo-team-exempel")
    return open_step(page, 6, "Steg 6: Rapport")


def test_the_storyboard_and_the_handover_are_made_and_saved_through_the_page(voila_url, new_context, recorder,
                                                                            tmp_path):
    from docx import Document
    from pptx import Presentation

    page = _open_reports_as_team_1(new_context(), voila_url)
    page.get_by_role("button", name="Förhandsgranska").click()
    page.get_by_role("table", name="Det här kommer med i ”Storyboard till seminariet”").wait_for()
    assert page.get_by_text("Inget saknas: varje del av dokumentet har innehåll.").is_visible()

    filename, content = make_and_save(page, "Storyboard till seminariet", "PowerPoint", tmp_path)
    assert filename == "storyboard-exempelkommun-forsorjningsstod.pptx"
    deck = Presentation(io.BytesIO(content))
    title_slide = " ".join(shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame)
    assert TEAM in title_slide

    filename, content = make_and_save(page, "Överlämningsdokument", "Word", tmp_path)
    assert filename == "overlamning-exempelkommun-forsorjningsstod.docx"
    paragraphs = Document(io.BytesIO(content)).paragraphs
    headings = [paragraph.text for paragraph in paragraphs if paragraph.style.name.startswith(("Heading", "Title"))]
    assert headings[:2] == ["Överlämningsdokument", "Börja här"]
    assert any(TEAM in paragraph.text for paragraph in paragraphs)

    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
