"""The storyboard deck: its slides re-opened with python-pptx and converted by LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

from tests.office import pdf_page_count, pdf_text, to_pdf
from workshop.i18n import set_language
from workshop.improvement import ChangeIdea, Driver, DriverDiagram, PreventionLevel
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.reports import team_snapshot
from workshop.reports.pptx.fit import Column, Para, fit, table_pages
from workshop.reports.pptx.storyboard import build_storyboard
from workshop.reports.pptx.style import BODY, Box
from workshop.reports.pptx.text import ELLIPSIS, clean, line_count, shorten

TODAY = dt.date(2026, 11, 23)
LONG = ("Åsa 🙂 läser öppet 😀👍🏽 om ÄÖ-frågor. " * 300)[:10_000]
CONTROL = "\x00\x01\x0b\x1f\ufffe"
FOOTER_TOP = 6.9


def _deck(content: bytes):
    return Presentation(io.BytesIO(content))


def _titles(deck) -> list[str]:
    return [slide.shapes.title.text_frame.text for slide in deck.slides]


def _inches(length) -> float:
    return Emu(length).inches


def _slide_text(slide) -> str:
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            texts.append(shape.text_frame.text)
        if shape.has_table:
            texts += [cell.text_frame.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(texts)


def _notes(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def _storyboard(store, team_id: int) -> bytes:
    return build_storyboard(team_snapshot(store, team_id, today=TODAY))


@pytest.fixture(scope="module")
def demo_deck(demo_database, tmp_path_factory):
    """Demo team 1's storyboard, built once (the demo database is read, never written)."""
    from workshop.store import Store

    set_language("sv")
    store = Store(f"sqlite:///{demo_database}")
    snapshot = team_snapshot(store, 1, today=TODAY)
    content = build_storyboard(snapshot)
    store.close()
    return snapshot, content


def test_the_demo_teams_deck_tells_its_story_in_order(demo_deck):
    snapshot, content = demo_deck
    titles = _titles(_deck(content))
    sections = [title for title in titles if not title.endswith("(forts.)")]
    cycles = [f"PGSA {cycle.number}: {cycle.title}" for cycle in snapshot.cycles]
    charted = [f"Resultat: {result.measure.name}" for result in snapshot.measures if result.judged.analysis]
    assert sections == ["Exempelkommun – försörjningsstöd", "Målgrupp", "Mål och syfte", "Drivkraftsdiagram",
                        "Förändringsidéer", "PGSA-cykler", *cycles, *charted, "Mått utan diagram ännu", "Lärdomar",
                        "Nästa steg"]
    assert "Det här saknas" not in titles  # the demo team has recorded every part


def test_the_cover_names_team_municipality_collaborative_and_period(demo_deck):
    _snapshot, content = demo_deck
    cover = _slide_text(_deck(content).slides[0])
    for expected in ("Storyboard till seminariet", "Exempelkommun (fiktiv)", "Mottagningsgruppen",
                     "Samverkan: Tidigt stöd – exempelsamverkan (fiktiv)", "Period: hela arbetet",
                     "Processledare", "Handläggare (2)", "Gjord 23 nov. 2026"):
        assert expected in cover


def test_the_charts_carry_the_snapshots_values_and_centre_lines(demo_deck):
    snapshot, content = demo_deck
    by_title = {f"Resultat: {result.measure.name}": result for result in snapshot.measures}
    charts = 0
    for slide in _deck(content).slides:
        for shape in slide.shapes:
            if not shape.has_chart:
                continue
            result = by_title[slide.shapes.title.text_frame.text]
            series = {item.name: item for item in shape.chart.plots[0].series}
            analysis = result.judged.analysis
            assert series["Värde"].values == pytest.approx(tuple(row.value for row in result.rows))
            centre = series["Median" if result.measure.chart == "run" else "Medelvärde"]
            assert centre.values == pytest.approx(analysis.centre_line)
            charts += 1
    assert charts == 2


def test_verdicts_stand_next_to_the_charts_and_measures_without_a_chart_say_why(demo_deck):
    snapshot, content = demo_deck
    slides = {slide.shapes.title.text_frame.text: slide for slide in _deck(content).slides}
    for result in snapshot.measures:
        if result.judged.analysis is not None:
            text = _slide_text(slides[f"Resultat: {result.measure.name}"])
            assert result.judged.headline in text and result.judged.verdict.sentences[0][:40] in text
    waiting = _slide_text(slides["Mått utan diagram ännu"])
    assert "Antal FIA-samtal vid nybesök" in waiting and "Inget diagram än: färre än 2 punkter" in waiting


def test_suppressed_counts_show_as_less_than_five(demo_deck, demo_store):
    _snapshot, content = demo_deck
    target_slides = [slide for slide in _deck(content).slides
                     if slide.shapes.title.text_frame.text.startswith("Målgrupp")]
    assert any("<5" in _slide_text(slide) for slide in target_slides)
    legend = "”<5” = färre än 5 (dolt för att skydda enskilda). ”x” = dolt för att de dolda talen inte ska kunna"
    assert len(target_slides) > 1 and all(legend in _slide_text(slide) for slide in target_slides)
    reasons = next(shape.table for slide in target_slides for shape in slide.shapes
                   if shape.has_table and shape.table.cell(0, 0).text_frame.text == "Orsak (huvudgrupp)")
    shown = {row.cells[0].text_frame.text: row.cells[1].text_frame.text for row in reasons.rows}
    assert shown["Sociala skäl"] == "x"  # hidden to protect "Orsak saknas", and far more than 4

    small = manual_inventory(dt.date(2026, 10, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 2},
                             insatser={"FIA": 2}, without_insats=3)
    save_inventory(demo_store, 4, small, target=TargetFilters(age_min=18, age_max=24), target_count=3,
                   actor="team:4")
    deck = _deck(_storyboard(demo_store, 4))
    slide = next(slide for slide in deck.slides if slide.shapes.title.text_frame.text == "Målgrupp")
    text = _slide_text(slide)
    assert "I målgruppen: <5" in text and "Alla i inventeringen: 5" in text
    table = next(shape.table for shape in slide.shapes if shape.has_table)
    counts = {row.cells[0].text_frame.text: row.cells[1].text_frame.text for row in table.rows}
    assert counts["18–24 år"] == "<5" and counts["25–29 år"] == "<5" and counts["Totalt"] == "5"


def test_a_team_with_no_data_gets_a_cover_and_the_missing_slide(demo_store, tmp_path):
    snapshot = team_snapshot(demo_store, 2, today=TODAY)
    content = build_storyboard(snapshot)
    deck = _deck(content)
    assert _titles(deck) == ["Påhittsta – vuxenenheten", "Det här saknas"]
    missing = _slide_text(deck.slides[1])
    assert snapshot.missing and all(sentence in missing for sentence in snapshot.missing)
    assert "Ingen målgruppsinventering är sparad ännu (steg 1)." in missing
    pdf = to_pdf(content, "pptx", tmp_path)
    assert pdf_page_count(pdf) == 2 and "Det här saknas" in pdf_text(pdf)


def test_libreoffice_converts_the_demo_deck_page_per_slide(demo_deck, tmp_path):
    _snapshot, content = demo_deck
    pdf = to_pdf(content, "pptx", tmp_path)
    assert pdf_page_count(pdf) == len(_deck(content).slides)
    pages = pdf_text(pdf).split("\f")
    number, diagram = next((number, page) for number, page in enumerate(pages, 1) if "Drivkraftsdiagram" in page)
    assert "<5" in "".join(pages) and "Tidig kartläggning av" in diagram
    assert diagram.split()[-1] == str(number) and "Exempelkommun – försörjningsstöd · hela arbetet" in diagram


def test_16_9_large_type_slide_numbers_and_titles_on_every_slide(demo_deck):
    _snapshot, content = demo_deck
    deck = _deck(content)
    assert (_inches(deck.slide_width), _inches(deck.slide_height)) == pytest.approx((13.333, 7.5), abs=0.01)
    for number, slide in enumerate(deck.slides, 1):
        title_sizes = {run.font.size.pt for paragraph in slide.shapes.title.text_frame.paragraphs
                       for run in paragraph.runs}
        assert min(title_sizes) >= 32
        for shape in slide.shapes:
            if shape.has_text_frame and shape != slide.shapes.title and _inches(shape.top) < FOOTER_TOP:
                sizes = [run.font.size.pt for paragraph in shape.text_frame.paragraphs for run in paragraph.runs]
                assert all(size >= 18 for size in sizes), shape.text_frame.text
        # Drawn once on the layout every slide but the cover shares (its placeholders show on no slide).
        drawn = slide.slide_layout.shapes._spTree.xpath("p:sp[not(p:nvSpPr/p:nvPr/p:ph)]")
        assert any(shape.xpath(".//a:fld[@type='slidenum']") for shape in drawn) == (number > 1)
        assert any("hela arbetet" in "".join(shape.xpath(".//a:t/text()")) for shape in drawn) == (number > 1)


def test_the_driver_diagram_is_made_of_connected_boxes(demo_deck):
    snapshot, content = demo_deck
    slide = next(slide for slide in _deck(content).slides
                 if slide.shapes.title.text_frame.text == "Drivkraftsdiagram")
    boxes = {shape.text_frame.text for shape in slide.shapes if shape.shape_type == 1}  # autoshapes
    assert {driver.title for driver in snapshot.diagram.drivers} <= boxes
    assert {idea.title for idea in snapshot.change_ideas} <= boxes
    connectors = slide.shapes._spTree.xpath(".//p:cxnSp[p:nvCxnSpPr/p:cNvCxnSpPr/a:stCxn]")
    # aim → 2 primary, primary → 3 secondary, secondary → 3 ideas: every arrow glued at both ends
    assert len(connectors) == 8
    assert all(connector.xpath("p:nvCxnSpPr/p:cNvCxnSpPr/a:endCxn") for connector in connectors)
    assert "Primär drivkraft: Tidig kartläggning av behov" in _notes(slide)


def test_change_ideas_name_their_prevention_level_in_words(demo_deck):
    snapshot, content = demo_deck
    slide = next(slide for slide in _deck(content).slides
                 if slide.shapes.title.text_frame.text == "Förändringsidéer")
    table = next(shape.table for shape in slide.shapes if shape.has_table)
    levels = {row.cells[0].text_frame.text: row.cells[2].text_frame.text for row in list(table.rows)[1:]}
    assert levels == {idea.title: idea.prevention_level.label for idea in snapshot.change_ideas}
    assert set(levels.values()) == {"Tidigt stöd", "Förebyggande"}


def test_the_deck_follows_the_language(demo_store):
    set_language("en")
    titles = _titles(_deck(_storyboard(demo_store, 1)))
    assert "Aim and purpose" in titles and "Driver diagram" in titles and "Lessons learned" in titles
    assert any(title.startswith("PDSA 1: ") for title in titles)


def _crowded(snapshot):
    """The demo team with 10 000-character texts, emoji, control characters, 12 cycles and 24 diagram rows."""
    text = LONG + CONTROL
    cycles = tuple(replace(cycle, number=number, learned=text,
                           plan=replace(cycle.plan, questions=tuple(replace(question, prediction=text)
                                                                    for question in cycle.plan.questions)),
                           act=replace(cycle.act, next_steps=text))
                   for number, cycle in enumerate(snapshot.cycles * 3, 1))
    drivers, ideas = [], []
    for primary in range(1, 5):
        drivers.append(Driver(id=primary, team_id=1, title=f"Primär {primary} {text}"[:200]))
        for secondary in range(3):
            secondary_id = 10 * primary + secondary
            drivers.append(Driver(id=secondary_id, team_id=1, title="Sekundär " + "ä" * 150, parent_id=primary))
            ideas += [ChangeIdea(title=f"Idé {secondary_id}.{number} 😀👍🏽", driver_id=secondary_id,
                                 id=100 * secondary_id + number, prevention_level=PreventionLevel.PROMOTION)
                      for number in range(2)]
    return replace(snapshot, cycles=cycles, diagram=DriverDiagram(tuple(drivers), tuple(ideas)),
                   change_ideas=tuple(ideas), aim_sentence=text,
                   purpose=replace(snapshot.purpose, why=text, how="😀" * 3000),
                   learning=tuple(replace(entry, learned=text) for entry in snapshot.learning * 5),
                   target_group=replace(snapshot.target_group, description=text, notes=text))


def _fits(shape) -> bool:
    """Whether the text the deck put in ``shape`` fits it by the deck's own measure (nothing more to cut)."""
    paras = []
    for paragraph in shape.text_frame.paragraphs:
        sizes = [run.font.size.pt for run in paragraph.runs if run.font.size]
        if not sizes:
            continue
        bullet = paragraph._p.find(f"{qn('a:pPr')}/{qn('a:buChar')}") is not None
        space = paragraph.space_before.pt if paragraph.space_before is not None else 0
        paras.append(Para(paragraph.text.replace("\v", "\n"), size=max(sizes), bullet=bullet,
                          bold=all(run.font.bold for run in paragraph.runs), space_before=space))
    box = Box(_inches(shape.left), _inches(shape.top), _inches(shape.width), _inches(shape.height))
    return fit(paras, box).cut == ()


def test_long_texts_emoji_and_control_characters_never_overflow(demo_store, tmp_path):
    crowded = _crowded(team_snapshot(demo_store, 1, today=TODAY))
    content = build_storyboard(crowded)
    deck = _deck(content)
    titles = _titles(deck)
    assert titles.count("Drivkraftsdiagram") == 1 and titles.count("Drivkraftsdiagram (forts.)") == 4
    assert titles.count("PGSA-cykler (forts.)") >= 1 and len([t for t in titles if t.startswith("PGSA ")]) == 12
    assert "Lärdomar (forts.)" in titles
    everything = "\n".join(_slide_text(slide) + _notes(slide) for slide in deck.slides)
    assert not any(char in everything for char in CONTROL)
    assert "😀👍🏽" in everything and "ÄÖ" in everything and ELLIPSIS in everything
    assert clean(LONG + CONTROL) in everything  # the full text is kept in the notes
    for slide in deck.slides:
        for shape in slide.shapes:
            assert _inches(shape.left) >= 0 and _inches(shape.left + shape.width) <= 13.34
            assert _inches(shape.top) >= 0 and _inches(shape.top + shape.height) <= 7.5
            if shape.has_text_frame:
                assert _fits(shape), (slide.shapes.title.text_frame.text, shape.text_frame.text[:80])
    pdf = to_pdf(content, "pptx", tmp_path)
    assert pdf_page_count(pdf) == len(deck.slides)


def test_a_cycle_slide_keeps_its_cut_texts_whole_in_the_notes(demo_store):
    crowded = _crowded(team_snapshot(demo_store, 1, today=TODAY))
    deck = _deck(build_storyboard(crowded))
    slide = next(slide for slide in deck.slides if slide.shapes.title.text_frame.text.startswith("PGSA 1: "))
    shown, notes = _slide_text(slide), _notes(slide)
    assert "Vad vi lärde oss: " + clean(LONG) not in shown
    assert "Vad vi lärde oss: " + clean(LONG + CONTROL) in notes
    assert "Förutsägelse: " + clean(LONG + CONTROL) in notes


def test_text_is_cut_at_a_word_with_an_ellipsis_only_when_it_does_not_fit():
    assert shorten("kort text", 20, 1) == "kort text"
    cut = shorten("ett två tre fyra fem sex sju åtta nio tio", 12, 1)
    assert cut.endswith(ELLIPSIS) and line_count(cut, 12) == 1 and " ".join(cut[:-1].split()) == cut[:-1]
    assert line_count("a\n\nb", 50) == 3
    assert line_count("ä" * 100, 10) > 1  # a word wider than the box breaks inside
    assert clean("a\x00b\r\nc\td\ufffe") == "ab\nc d"


def test_fitting_keeps_what_fits_and_returns_the_rest_whole():
    box = Box(0, 0, 4, 1.5)
    fitted = fit([Para("Rubrik", bold=True), Para("ord " * 200, label="Text: "), Para("Sist")], box)
    assert [para.label for para in fitted.paras] == ["", "Text: "]
    assert fitted.paras[1].text.endswith(ELLIPSIS)
    assert fitted.cut == ("Text: " + "ord " * 200, "Sist")
    capped = fit([Para("ord " * 50, max_lines=2), Para("Sist")], Box(0, 0, 4, 5))
    assert [para.text for para in capped.paras][1] == "Sist" and len(capped.cut) == 1


def test_long_tables_continue_on_the_next_page_with_the_header_repeated():
    columns = (Column("Idé", 6), Column("Nivå", 6))
    rows = [(f"Idé {number} " + "lång " * (number % 40), "Främjande") for number in range(40)]
    pages = table_pages(columns, rows, BODY.height)
    assert len(pages) > 1
    assert all(page.rows[0] == ("Idé", "Nivå") and sum(page.heights) <= BODY.height for page in pages)
    assert sum(len(page.rows) - 1 for page in pages) == 40
    assert any(text.endswith(ELLIPSIS) for page in pages for row in page.rows for text in row)
    assert any("Idé 39" in text for page in pages for text in page.cut)
