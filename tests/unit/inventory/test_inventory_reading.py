"""Every reader path: the committed samples, encodings, delimiters, title rows, sheets."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from tests.unit.inventory.conftest import ON, table_bytes
from workshop.inventory import ColumnMapping, DropReason, Role, read_export
from workshop.inventory.files import FileKind

SAMPLES = Path(__file__).resolve().parents[3] / "sample_data" / "inventory"
HEADER = ["Ålder", "Kön", "Aktualiseringsdatum", "Försörjningshinder"]
ROWS = [["23", "K", "2026-01-15", "Arbetslös – otillräcklig ersättning"],
        ["41", "M", "2025-11-02", "Sjukskriven med läkarintyg"],
        ["19", "Kvinna", "2026-09-30", "Arbetshinder – sociala skäl"]]


@pytest.mark.parametrize(("name", "kind", "dropped"), [
    ("export_semikolon_cp1252.csv", FileKind.TEXT, {DropReason.IDENTITY, DropReason.NAME}),
    ("export_utf8_fodelsear.csv", FileKind.TEXT, set()),
    ("export_titelrad_tva_blad.xlsx", FileKind.XLSX, {DropReason.IDENTITY}),
    ("export_alder.ods", FileKind.ODS, set()),
])
def test_each_sample_export_is_read_and_summarized(name, kind, dropped):
    export = read_export(SAMPLES / name)
    assert export.kind is kind
    assert {column.reason for column in export.dropped} == dropped
    assert export.problems == ()
    inventory = export.summarize(on=ON)
    assert inventory.total == 240
    assert sum(inventory.by_age_band.values()) == sum(inventory.by_sex.values()) == 240
    assert sum(inventory.by_reason.values()) == 240
    assert sum(inventory.by_duration.values()) == 240
    assert sum(inventory.inflow_by_month.values()) == 240
    assert inventory.by_age_band["18-24"] > 0
    assert export.mapping.column(Role.OPENED) is not None


def test_the_semicolon_sample_in_windows_1252_keeps_swedish_letters():
    export = read_export(SAMPLES / "export_semikolon_cp1252.csv")
    assert "Försörjningshinder" in export.columns and "Pågående insatser" in export.columns
    assert export.mapping.columns(Role.INSATS) == ("Pågående insatser",)
    assert any("skuldrådgivning" in insats for insats in export.summarize(on=ON).by_insats)


def test_yes_no_columns_are_suggested_as_insatser():
    export = read_export(SAMPLES / "export_utf8_fodelsear.csv")
    assert export.mapping.columns(Role.INSATS) == ("FIA", "Arbetsträning", "Jobbtorg")
    inventory = export.summarize(on=ON)
    assert set(inventory.by_insats) == {"FIA", "Arbetsträning", "Jobbtorg"}
    assert inventory.without_insats + 0 < 240


def test_the_widest_sheet_below_its_title_row_is_chosen_and_others_can_be_chosen():
    export = read_export(SAMPLES / "export_titelrad_tva_blad.xlsx")
    assert export.sheets == ("Om utdraget", "Klienter")
    assert export.sheet == "Klienter" and export.header_row == 3
    info = read_export(SAMPLES / "export_titelrad_tva_blad.xlsx", sheet="Om utdraget")
    assert info.columns == ("Information",)


def test_the_xls_sample_reads_as_the_xlsx_it_was_saved_from():
    xls, xlsx = (read_export(SAMPLES / f"export_titelrad_tva_blad.{suffix}") for suffix in ("xls", "xlsx"))
    assert xls.kind is FileKind.XLS
    assert (xls.sheets, xls.sheet, xls.header_row) == (xlsx.sheets, xlsx.sheet, xlsx.header_row)
    assert xls.columns == xlsx.columns and xls.dropped == xlsx.dropped and xls.problems == ()
    assert xls.summarize(on=ON).to_counts() == xlsx.summarize(on=ON).to_counts()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_encodings_and_delimiters_are_detected(encoding, sep):
    rows = [[cell.replace(",", " ") for cell in row] for row in ROWS]
    export = read_export(table_bytes([HEADER, *rows], sep=sep, encoding=encoding), "lista.csv")
    assert export.columns == tuple(HEADER)
    inventory = export.summarize(on=ON)
    assert inventory.total == 3
    assert dict(inventory.by_sex) == {"kvinna": 2, "man": 1}


def test_title_rows_above_the_header_in_a_text_file_are_skipped_and_rows_numbered_as_in_the_file():
    data = table_bytes([["Utdrag 2026-10-31"], [""], HEADER, ROWS[0], ["x", "K", "2026-01-01", "Övrigt"]])
    export = read_export(data, "utdrag.txt")
    assert export.header_row == 3
    (problem,) = export.cases(on=ON).problems
    assert problem.rows == (5,)


def test_swedish_and_iso_dates_and_yyyymmdd_are_read():
    for dates in (["2026-01-15", "2025-11-02"], ["20260115", "20251102"], ["15.01.2026", "02.11.2025"],
                  ["15/01/2026", "02/11/2025"], ["15 jan 2026", "2 november 2025"]):
        data = table_bytes([["Kön", "Aktualiseringsdatum"], ["K", dates[0]], ["M", dates[1]]])
        inventory = read_export(data, "d.csv").summarize(on=ON)
        assert dict(inventory.inflow_by_month) == {"2025-11": 1, "2025-12": 0, "2026-01": 1}, dates


def test_decimal_commas_in_ages_are_accepted():
    data = table_bytes([["Ålder", "Kön"], ["23,0", "K"], ["40,5", "M"]])
    inventory = read_export(data, "a.csv").summarize(on=ON)
    assert inventory.by_age_band["18-24"] == 1 and inventory.by_age_band["40-49"] == 1


def test_a_mapping_chosen_by_the_person_overrides_the_guess():
    data = table_bytes([["Ålder", "Datum A", "Datum B"], ["30", "2026-01-01", "2024-01-01"]])
    export = read_export(data, "a.csv")
    assert export.mapping.column(Role.OPENED) is None
    chosen = ColumnMapping.of({Role.AGE: ["Ålder"], Role.OPENED: ["Datum B"]})
    assert dict(export.summarize(chosen, on=ON).inflow_by_month) == {"2024-01": 1}


def test_a_list_of_insatser_in_one_column_counts_each_insats():
    data = table_bytes([["Ålder", "Insatser"], ["30", "FIA, Praktik"], ["31", "fia"], ["32", "Ingen"], ["33", ""]])
    inventory = read_export(data, "a.csv").summarize(on=ON)
    assert dict(inventory.by_insats) == {"FIA": 2, "Praktik": 1}
    assert inventory.without_insats == 2


def test_birth_years_and_birth_dates_give_ages():
    data = table_bytes([["Födelsedatum", "Kön"], ["2002", "K"], ["1990-12-01", "M"], ["1990-10-01", "M"]])
    inventory = read_export(data, "b.csv").summarize(on=ON)
    assert inventory.by_age_band["18-24"] == 1
    assert inventory.by_age_band["30-39"] == 2  # 35 (birthday in December still ahead) and 36


def test_a_real_spreadsheet_from_bytes_without_a_name_is_recognised():
    buffer = io.BytesIO()
    pd.DataFrame([dict(zip(HEADER, row, strict=True)) for row in ROWS]).to_excel(buffer, index=False)
    export = read_export(buffer.getvalue())
    assert export.kind is FileKind.XLSX and export.summarize(on=ON).total == 3


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_in_utf16_with_a_bom_is_read_like_the_sample_it_came_from(encoding):
    # Excel's "Unicode-text": tab-separated UTF-16 with a byte-order mark.
    sample = SAMPLES / "export_semikolon_cp1252.csv"
    text = sample.read_bytes().decode("cp1252").replace(";", "\t")
    data = "\ufeff".encode(encoding) + text.encode(encoding)
    export = read_export(data, "export.txt")
    original = read_export(sample)
    assert export.columns == original.columns
    assert {column.reason for column in export.dropped} == {DropReason.IDENTITY, DropReason.NAME}
    assert export.summarize(on=ON).by_age_sex == original.summarize(on=ON).by_age_sex
