"""Blocks pasted from Excel or LibreOffice, and CSV files."""

from __future__ import annotations

import pytest

from tests.unit.results.blocks import weekly_block
from workshop.errors import InvalidInput
from workshop.results import PointEntry, parse_csv, parse_pasted


def test_a_pasted_block_gives_one_entry_per_row_with_decimal_commas_kept_as_text(measures):
    entries = parse_pasted(weekly_block([2.5, 3]) + "\n\n", measures["Antal"])
    assert entries == [PointEntry("v. 36 2026", value="2,5", where="Rad 1"),
                       PointEntry("v. 37 2026", value="3", where="Rad 2")]


def test_shares_take_numerator_and_denominator(measures):
    entries = parse_pasted("jan 2026\t9\t25\nfeb 2026\t7\t22\t\t", measures["Andel"])
    assert [(entry.numerator, entry.denominator) for entry in entries] == [("9", "25"), ("7", "22")]


def test_a_heading_row_is_refused_and_named(measures):
    with pytest.raises(InvalidInput, match="Första raden ser ut som rubriker \\(”Vecka, Antal”\\)"):
        parse_pasted("Vecka\tAntal\n" + weekly_block([1, 2]), measures["Antal"])


def test_extra_columns_are_refused_with_the_columns_the_measure_takes(measures):
    with pytest.raises(InvalidInput, match="Rad 2 har 3 kolumner, men det här måttet tar 2: period och värde"):
        parse_pasted("v. 1 2026\t2\nv. 2 2026\t3\t4", measures["Antal"])


def test_a_missing_cell_becomes_an_empty_value_checked_later(measures):
    entries = parse_pasted("jan 2026\t9\nfeb 2026\t7\t22", measures["Andel"])
    assert entries[0].denominator == ""


def test_text_without_columns_explains_how_to_copy(measures):
    with pytest.raises(InvalidInput, match="Inga kolumner hittades.*period och värde.*till exempel v. 5 2026"):
        parse_pasted("v. 1 2026 2\nv. 2 2026 3", measures["Antal"])


@pytest.mark.parametrize("text", ["", "v. 1 2026\t2"])
def test_fewer_than_two_rows_are_refused(measures, text):
    with pytest.raises(InvalidInput, match="minst 2 rader"):
        parse_pasted(text, measures["Antal"])


def test_csv_with_semicolons_decimal_commas_and_a_heading_row(measures):
    data = "Vecka;Antal\r\nv. 1 2026;2,5\r\nv. 2 2026;3\r\n".encode("cp1252")
    entries = parse_csv(data, measures["Antal"])
    assert [(entry.period, entry.value) for entry in entries] == [("v. 1 2026", "2,5"), ("v. 2 2026", "3")]


def test_csv_in_utf8_with_commas_and_swedish_months(measures):
    data = "\ufeffMånad,Täljare,Nämnare\nmaj 2026,9,25\njuni 2026,7,22\n".encode()
    entries = parse_csv(data, measures["Andel"])
    assert [entry.period for entry in entries] == ["maj 2026", "juni 2026"]


def test_csv_with_extra_columns_is_refused(measures):
    with pytest.raises(InvalidInput, match="Rad 1 har 3 kolumner"):
        parse_csv(b"v. 1 2026;2;x\nv. 2 2026;3;y\n", measures["Antal"])


def test_every_row_with_extra_columns_is_named_at_once(measures):
    with pytest.raises(InvalidInput) as refused:
        parse_pasted("v. 1 2026\t2\t9\nv. 2 2026\t3\nv. 3 2026\t3\t4\t5", measures["Antal"])
    assert refused.value.message.startswith("Rad 1 har 3 kolumner, men det här måttet tar 2: period och värde. ")
    assert "; Rad 3 har 4 kolumner, men det här måttet tar 2" in refused.value.message
    assert "Rad 2" not in refused.value.message
