"""The text reports as Word files: real headings, header rows, native charts, masked counts, any text."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from itertools import pairwise

from tests.office import pdf_text, to_pdf
from tests.unit.reports.text_reports import (
    EMOJI,
    EXEMPEL,
    HOSTILE,
    LONG,
    NOVEMBER,
    PAHITTSTA,
    TODAY,
    hostile_team,
    word,
    word_headings,
    word_text,
)
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.reports import build_document, team_snapshot
from workshop.reports.blocks import Document, Heading, Table
from workshop.reports.final_report import final_report
from workshop.reports.handover import handover
from workshop.reports.measure_sections import measure_chart
from workshop.reports.monthly_document import monthly_document
from workshop.reports.records.monthly import MonthlyReportDetails, save_monthly_report
from workshop.reports.text.docx_writer import column_widths, docx_bytes

_CHART_VALUES = re.compile(r"<c:val>.*?</c:val>", re.S)
_POINT = re.compile(r'<c:pt idx="(\d+)"><c:v>([^<]*)</c:v>')


def _chart_series(content: bytes) -> list[dict[int, float]]:
    """The cached values of each series of the Word file's first chart, by point index."""
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        xml = package.read("word/charts/chart1.xml").decode("utf-8")
    return [{int(index): float(value) for index, value in _POINT.findall(values)}
            for values in _CHART_VALUES.findall(xml)]


def test_headings_are_word_s_own_heading_styles_in_order(demo_store):
    content = docx_bytes(handover(team_snapshot(demo_store, EXEMPEL, today=TODAY)))
    headings = word_headings(content)
    assert headings[0] == ("Title", "Överlämningsdokument")
    assert headings[1] == ("Heading 1", "Börja här")
    levels = [int(style.split()[-1]) for style, _text in headings[1:]]
    assert set(levels) == {1, 2} and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in pairwise(levels)), "no level is skipped"


def test_tables_have_a_repeating_bold_header_row_and_the_chosen_level_in_bold(demo_store):
    save_monthly_report(demo_store, EXEMPEL, "2026-11", MonthlyReportDetails("Test", self_score=2.5),
                        expected_version=0, actor="team:1", today=TODAY)
    content = docx_bytes(monthly_document(team_snapshot(demo_store, EXEMPEL, NOVEMBER, today=TODAY)))
    tables = word(content).tables
    assert tables
    for table in tables:
        header = table.rows[0]
        assert header._tr.trPr is not None and header._tr.trPr.xpath("./w:tblHeader")
        assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    scale = next(table for table in tables if table.rows[0].cells[0].text == "Poäng")
    bold = [row.cells[0].text for row in scale.rows[1:] if row.cells[0].paragraphs[0].runs[0].bold]
    assert bold == ["2,5"]
    assert scale.rows[5].cells[3].text == "Vår nivå"


def test_a_measure_s_chart_is_a_native_chart_with_the_stored_values(demo_store):
    result = next(result for result in team_snapshot(demo_store, EXEMPEL, today=TODAY).measures if result.rows)
    content = docx_bytes(Document("Resultat", "", (Heading(1, "Resultat"), measure_chart(result)), "sv"))
    values, centre, *_others = _chart_series(content)
    assert values == {index: row.value for index, row in enumerate(result.rows)}
    assert centre == {index: row.centre_line for index, row in enumerate(result.rows)}
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        names = package.namelist()
        assert "word/embeddings/Microsoft_Excel_Sheet1.xlsx" in names, "the chart's numbers can be edited in Word"
        assert 'descr="' + result.measure.name in package.read("word/document.xml").decode("utf-8")


def test_small_counts_show_as_masked_in_the_word_file(demo_store):
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40})
    save_inventory(demo_store, PAHITTSTA, inventory, target=TargetFilters(18, 24), target_count=3, actor="test")
    snapshot = team_snapshot(demo_store, PAHITTSTA, today=TODAY)
    for document in (handover(snapshot), final_report(snapshot)):
        text = word_text(docx_bytes(document))
        assert "Klienter i målgruppen: <5" in text and "Klienter i målgruppen: 3" not in text
        assert "”x” = dolt för att de dolda talen inte ska kunna räknas fram." in text
    age = word(docx_bytes(final_report(snapshot))).tables[0]
    assert [cell.text for cell in age.rows[0].cells] == ["Ålder", "Antal"]
    assert "<5" in [row.cells[1].text for row in age.rows] and "3" not in [row.cells[1].text for row in age.rows]


def test_hostile_long_and_emoji_texts_are_kept_as_plain_text(demo_store, tmp_path):
    hostile_team(demo_store)
    save_monthly_report(demo_store, PAHITTSTA, "2026-11", MonthlyReportDetails(LONG, EMOJI, HOSTILE[0]),
                        expected_version=0, actor="team:2", today=TODAY)
    for document in (handover(team_snapshot(demo_store, PAHITTSTA, today=TODAY)),
                     monthly_document(team_snapshot(demo_store, PAHITTSTA, NOVEMBER, today=TODAY))):
        content = docx_bytes(document)
        text = word_text(content)
        assert LONG in text and EMOJI in text and HOSTILE[0] in text
        pdf = to_pdf(content, "docx", tmp_path)
        assert "Åsa, Ärlig & Östen" in pdf_text(pdf)


def test_libreoffice_opens_every_text_report_of_the_demo_team_and_of_a_team_without_data(demo_store, tmp_path):
    for team_id in (EXEMPEL, PAHITTSTA):
        for key, period in (("handover", None), ("monthly", NOVEMBER), ("final", None)):
            made = build_document(demo_store, team_id, key, "docx", period, today=TODAY)
            assert made.filename.endswith(".docx")
            folder = tmp_path / f"{key}-{team_id}"
            folder.mkdir()
            text = pdf_text(to_pdf(made.content, "docx", folder))
            assert word_headings(made.content)[0][1] in text


def test_columns_share_the_width_by_their_text_and_fit_their_header():
    table = Table(("Poäng", "Vad det betyder"), (("0,5", "Ett långt stycke text " * 10),))
    narrow, wide = column_widths(table)
    assert wide > 3 * narrow and round(narrow + wide, 6) == 16
    assert narrow >= 0.25 * len("Poäng"), "the header's word fits"
