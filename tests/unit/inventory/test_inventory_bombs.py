"""Spreadsheets that would unpack to far more than an export: refused before any reader opens them."""

from __future__ import annotations

import struct
import time
from pathlib import Path

import pytest

from tests.unit.inventory.bombs import ods_bomb, xlsx_bomb
from tests.unit.inventory.conftest import table_bytes
from workshop.errors import InvalidInput
from workshop.inventory import read_export
from workshop.inventory.files import MAX_UNPACKED_MB

SAMPLES = Path(__file__).resolve().parents[3] / "sample_data" / "inventory"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _refused_quickly(source, name: str | None = None) -> str:
    started = time.perf_counter()
    with pytest.raises(InvalidInput) as refused:
        read_export(source, name)
    assert time.perf_counter() - started < 1.0
    return refused.value.message


@pytest.mark.parametrize("make", [xlsx_bomb, ods_bomb])
def test_a_zip_bomb_named_as_a_spreadsheet_is_refused_in_under_a_second(tmp_path, make):
    bomb = make(tmp_path / "export.xlsx")
    assert bomb.stat().st_size < 4 * 1024 * 1024  # 1 000 MB of sheet in about 3 MB
    message = _refused_quickly(bomb)
    assert "packas upp" in message and f"{MAX_UNPACKED_MB} MB" in message


def test_a_bomb_whose_directory_claims_a_small_size_is_measured_and_refused(tmp_path):
    liar = xlsx_bomb(tmp_path / "export.xlsx", declared=1024 * 1024)
    assert "packas upp" in _refused_quickly(liar)


def test_more_rows_than_the_limit_are_refused_with_the_limit_stated(monkeypatch):
    monkeypatch.setattr("workshop.inventory.reading.MAX_ROWS", 50)
    monkeypatch.setattr("workshop.inventory.files.MAX_ROWS", 50)
    rows = [["Ålder", "Kön"], *[["30", "K"]] * 51]
    assert "fler än 50 rader" in _refused_quickly(table_bytes(rows), "export.csv")
    assert read_export(table_bytes(rows[:51]), "export.csv").rows == 50


def test_an_xls_whose_header_claims_more_sectors_than_the_file_has_is_refused():
    header = bytearray(OLE + b"\x00" * 504)
    struct.pack_into("<H", header, 30, 9)  # 512-byte sectors
    struct.pack_into("<I", header, 44, 0x7FFFFFFF)  # sectors of the allocation table
    assert "kan inte öppnas" in _refused_quickly(bytes(header) + b"\x00" * 4096, "export.xls")
    assert read_export(SAMPLES / "export_titelrad_tva_blad.xls").rows == 240
