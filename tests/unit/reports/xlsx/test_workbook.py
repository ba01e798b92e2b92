"""The data export: one sheet per kind, real numbers and dates, masked counts, and no typed text ever a formula."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import openpyxl
import pytest

from tests.office import pdf_text, to_pdf
from workshop.i18n import _, set_language
from workshop.improvement import MeasureDetails, add_measure, list_change_ideas
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.pdsa import StudyPart, create_cycle, list_cycles, save_study
from workshop.reports import build_document, team_snapshot
from workshop.reports.records.assessment_scale import scale_level
from workshop.reports.records.monthly import MonthlyReportDetails, save_monthly_report
from workshop.reports.xlsx.tables import CELL_LIMIT, CUT_MARK, cell_text, sheet_name
from workshop.reports.xlsx.workbook import build_workbook
from workshop.results import measure_series
from workshop.support_map import SupportDetails, add_support

EXEMPEL, PAHITTSTA, ABY, DEMOBY = 1, 2, 3, 4
TODAY = dt.date(2026, 11, 23)
SHEETS = ["Om filen", "Målgrupp", "Mått", "Mätvärden", "PGSA-cykler", "Lärdomar", "Stödkarta", "Förändringsidéer",
          "Månadsrapporter"]
FORMULA = "=cmd|' /C calc'!A0"
PLAYFUL = "Åsa, Örjan och Ärla 🙂 😀👍🏽"


def workbook_of(store, team_id: int) -> openpyxl.Workbook:
    exported = build_document(store, team_id, "export", "xlsx", today=TODAY)
    assert exported.filename.endswith(".xlsx") and exported.media_type.endswith("spreadsheetml.sheet")
    return openpyxl.load_workbook(io.BytesIO(exported.content))


def opened(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def values(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def records(sheet) -> list[dict]:
    """The rows under the header as {header: value} (the header is the row the panes are frozen under)."""
    header_row = int(sheet.freeze_panes[1:]) - 1
    rows = values(sheet)
    return [dict(zip(rows[header_row - 1], row, strict=True)) for row in rows[header_row:]]


def all_cells(book: openpyxl.Workbook):
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def test_every_kind_of_data_has_its_sheet_with_a_bold_frozen_filtered_header(demo_store):
    book = workbook_of(demo_store, EXEMPEL)
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        header_row = int(sheet.freeze_panes[1:]) - 1
        assert sheet.auto_filter.ref.startswith(f"A{header_row}:")
        headers = next(sheet.iter_rows(min_row=header_row, max_row=header_row))
        assert all(cell.font.b and cell.value for cell in headers), sheet.title
    about = dict(values(book["Om filen"])[1:])
    assert about["Team"] == "Exempelkommun – försörjningsstöd" and about["Kommun"] == "Exempelkommun (fiktiv)"
    assert about["Samverkan"] == "Tidigt stöd – exempelsamverkan (fiktiv)" and about["Period"] == "hela arbetet"
    assert about[_("Made on")] == dt.datetime.combine(TODAY, dt.time())
    assert "”<5” = färre än 5" in about[_("Small counts")] and "”x” = dolt" in about[_("Small counts")]
    assert about["Vad som är dolt"].startswith("Bara antalen från målgruppsinventeringen på bladet ”Målgrupp”")
    assert "”Mått” och ”Mätvärden” visas som teamet förde in dem, också små tal" in about["Vad som är dolt"]


def test_measure_values_are_the_stored_numbers_with_the_chart_s_lines_and_signals_in_words(demo_store):
    book = workbook_of(demo_store, EXEMPEL)
    rows = records(book["Mätvärden"])
    snapshot = team_snapshot(demo_store, EXEMPEL)
    for result in snapshot.measures:
        stored = measure_series(demo_store, EXEMPEL, result.measure.id).points
        mine = [row for row in rows if row["Mått"] == result.measure.name]
        assert [row["Perioden börjar"] for row in mine] == [dt.datetime.combine(p.period.start, dt.time())
                                                            for p in stored]
        assert [row["Täljare"] for row in mine] == [point.numerator for point in stored]
        assert [row["Nämnare"] for row in mine] == [point.denominator for point in stored]
        for row, point, charted in zip(mine, stored, result.rows, strict=True):
            expected = point.value if point.denominator is None else point.numerator / point.denominator * 100
            assert row["Värde"] == pytest.approx(expected) == pytest.approx(charted.value)
            assert (row["Mittlinje"], row["Nedre gräns"], row["Övre gräns"]) == pytest.approx(
                (charted.centre_line, charted.lcl, charted.ucl))
            assert row["Signal"] in ("Punkt", "Signal (del av ett mönster)", "Exkluderad")
    sheet = book["Mätvärden"]
    numbers = [cell for cell in sheet["D"][1:] if cell.value is not None]
    assert numbers and all(cell.data_type == "n" for cell in numbers)
    assert all(cell.is_date and cell.number_format == "yyyy-mm-dd" for cell in sheet["C"][1:])


def test_measures_cycles_and_ideas_show_their_choices_by_label_and_dates_as_dates(demo_store):
    book = workbook_of(demo_store, EXEMPEL)
    measures = records(book["Mått"])
    assert {row["Typ av mått"] for row in measures} <= {"Resultatmått", "Processmått", "Balansmått"}
    assert all(row["Datakälla"] for row in measures)
    cycles = records(book["PGSA-cykler"])
    stored = list_cycles(demo_store, EXEMPEL)
    assert [(row["Cykel"], row["Cykelns titel"], row["Status"]) for row in cycles] == [
        (cycle.number, cycle.title, cycle.status.label) for cycle in stored]
    first = cycles[0]
    assert first["Start"] == dt.datetime.combine(stored[0].plan.start, dt.time())
    assert stored[0].plan.questions[0].prediction in first["Frågor och förutsägelser"]
    assert first["Beslut"] == stored[0].act.decision.label
    start = book["PGSA-cykler"]["E2"]
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    ideas = records(book["Förändringsidéer"])
    assert ideas[0]["Preventionsnivå"] == "Tidigt stöd" and ideas[0]["Drivkraft"]
    assert [row["Cykelns titel"] for row in records(book["Lärdomar"])] == [
        cycle.title for cycle in stored if cycle.learned]


def test_a_typed_formula_is_neutralised_text_in_every_sheet_and_no_cell_is_a_formula(demo_store):
    idea = list_change_ideas(demo_store, EXEMPEL)[0]
    cycle = create_cycle(demo_store, EXEMPEL, idea.id, FORMULA, actor="team:1")
    save_study(demo_store, EXEMPEL, cycle.id, StudyPart(learned=FORMULA), expected_version=cycle.version,
               actor="team:1")
    add_measure(demo_store, EXEMPEL, MeasureDetails(name=FORMULA, data_source="+46 70 123 45 67"), actor="team:1")
    add_support(demo_store, EXEMPEL, SupportDetails(name=FORMULA, contact="https://example.org/stod"),
                actor="team:1")
    book = workbook_of(demo_store, EXEMPEL)
    for sheet, column in (("PGSA-cykler", "Cykelns titel"), ("Lärdomar", "Vad vi lärde oss"), ("Mått", "Måttets namn"),
                          ("Stödkarta", "Stöd")):
        assert "'" + FORMULA in [row[column] for row in records(book[sheet])], sheet
    shown = [cell for cell in all_cells(book) if cell.value == "'" + FORMULA]
    assert len(shown) >= 5 and all(cell.data_type == "s" for cell in shown)
    assert "'+46 70 123 45 67" in [row["Datakälla"] for row in records(book["Mått"])]
    assert not [cell.coordinate for cell in all_cells(book)
                if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("="))]
    url = next(cell for cell in all_cells(book) if cell.value == "https://example.org/stod")
    assert url.data_type == "s" and url.hyperlink is None


def test_a_team_with_no_data_gets_every_sheet_each_saying_it_is_empty(demo_store):
    book = workbook_of(demo_store, PAHITTSTA)
    assert book.sheetnames == SHEETS
    about = values(book["Om filen"])
    missing = [value for label, value in about if label == _("Not recorded yet")]
    assert "Inget mål är skrivet ännu (steg 2)." in missing and len(missing) >= 5
    said = {}
    for sheet in book.worksheets[1:]:
        rows = values(sheet)
        assert len(rows) == 2 and sheet["A2"].font.i, sheet.title
        said[sheet.title] = rows[1][0]
    assert said["Målgrupp"] == "Ingen målgruppsinventering är sparad ännu (steg 1)."
    assert said["PGSA-cykler"] == "Inga PGSA-cykler under perioden (steg 4)."
    assert said["Mätvärden"] == "Inget mått har några värden ännu (steg 5)."
    assert all(len(sentence) > 20 for sentence in said.values())


def test_a_small_target_group_shows_masked_and_its_count_appears_nowhere(demo_store):
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40},
                                 reasons={"unemployment": 41})
    save_inventory(demo_store, DEMOBY, inventory, target=TargetFilters(18, 24), target_count=3, actor="test")
    book = workbook_of(demo_store, DEMOBY)
    sheet = book["Målgrupp"]
    preamble = {row[0]: row[1] for row in values(sheet)[:6]}
    assert preamble[_("Clients in the target group")] == "<5"
    assert "”x” = dolt" in {row[0]: row[1] for row in values(sheet)[:8]}[_("Small counts")]
    counts = [row["Antal"] for row in records(sheet)]
    assert "<5" in counts and "x" in counts and 40 not in counts  # the 40 beside a masked 3 would give it away
    assert not [cell.coordinate for cell in all_cells(book) if cell.value in (3, "3")]


def test_the_target_group_tables_are_blocks_with_their_totals(demo_store):
    book = workbook_of(demo_store, EXEMPEL)
    summary = team_snapshot(demo_store, EXEMPEL).target_group
    rows = records(book["Målgrupp"])
    for table in summary.tables:
        mine = [(row["Grupp"], str(row["Antal"])) for row in rows if row["Tabell"] == table.title]
        assert mine == [*table.rows, table.footer]
    insatser = next(table for table in summary.tables if table.title == "Pågående insatser")
    assert insatser.footer == ("Klienter (en klient kan ha flera insatser)", "240")
    total_rows = [row for row in book["Målgrupp"].iter_rows() if row[1].value in ("Totalt", insatser.footer[0])]
    assert len(total_rows) == len(summary.tables) and all(row[2].font.b for row in total_rows)


def test_monthly_reports_and_supports_with_their_gaps(demo_store):
    save_monthly_report(demo_store, ABY, "2026-10", MonthlyReportDetails(tested="Vi testade 🙂", self_score="2,5"),
                        expected_version=0, actor="team:3", today=TODAY)
    book = workbook_of(demo_store, ABY)
    (month,) = records(book["Månadsrapporter"])
    assert (month["Månad"], month["Självskattning"], month["Vad testade vi?"]) == ("2026-10", 2.5, "Vi testade 🙂")
    assert month["Nivå"] == scale_level(2.5).label
    matrix = team_snapshot(demo_store, ABY).supports
    supports = records(book["Stödkarta"])
    assert [row["Stöd"] for row in supports[:len(matrix.supports)]] == [s.name for s in matrix.supports]
    assert [row["Behov som täcks"] for row in supports[len(matrix.supports):]] == [n.label for n in matrix.gaps]


def test_long_texts_emoji_and_swedish_letters_come_back_as_written(demo_store):
    cycle = list_cycles(demo_store, EXEMPEL)[0]
    long_text = (PLAYFUL + " ") * 400 + "slut"
    assert 10_000 <= len(long_text) <= 20_000
    save_study(demo_store, EXEMPEL, cycle.id, StudyPart(learned=long_text), expected_version=cycle.version,
               actor="team:1")
    book = workbook_of(demo_store, EXEMPEL)
    assert long_text in [row["Vad vi lärde oss"] for row in records(book["Lärdomar"])]
    assert long_text in [row["Vad vi lärde oss"] for row in records(book["PGSA-cykler"])]


def test_a_text_beyond_excel_s_cell_limit_is_cut_with_an_ellipsis(demo_store):
    assert cell_text("kort 🙂") == "kort 🙂"
    assert cell_text("å" * CELL_LIMIT) == "å" * CELL_LIMIT
    for text in ("å" * 40_000, "😀" * 20_000, "=" + "a" * 40_000):
        cut = cell_text(text)
        assert cut.endswith(CUT_MARK) and len(cut.encode("utf-16-le")) // 2 <= CELL_LIMIT
        assert cut.encode("utf-8")  # no half emoji left behind
    snapshot = team_snapshot(demo_store, EXEMPEL)
    huge = "ä" * 40_000
    longer = replace(snapshot, learning=(replace(snapshot.learning[0], learned=huge),))
    (row,) = records(opened(build_workbook(longer))["Lärdomar"])
    assert row["Vad vi lärde oss"] == huge[:CELL_LIMIT - 1] + CUT_MARK


def test_sheet_names_are_names_excel_accepts_in_either_language(demo_store):
    assert sheet_name("a/b:c*?[d]\\e" + "x" * 40) == "a-b-c---d--e" + "x" * 19
    set_language("en")
    names = opened(build_workbook(team_snapshot(demo_store, EXEMPEL))).sheetnames
    assert names[:3] == ["About this file", "Target group", "Measures"]
    assert len(set(names)) == 9 and all(len(name) <= 31 for name in names)


@pytest.mark.parametrize("team_id", [EXEMPEL, PAHITTSTA])
def test_libreoffice_converts_the_workbook_to_pdf(demo_store, tmp_path, team_id):
    for cycle in list_cycles(demo_store, team_id)[:1]:  # a long text with emoji in a cell, too
        save_study(demo_store, team_id, cycle.id, StudyPart(learned=(PLAYFUL + " ") * 400),
                   expected_version=cycle.version, actor="test")
    content = build_document(demo_store, team_id, "export", "xlsx", today=TODAY).content
    text = pdf_text(to_pdf(content, "xlsx", tmp_path))
    assert "Om filen" in text and "Månadsrapporter" in text
    assert team_snapshot(demo_store, team_id).team.name in text
