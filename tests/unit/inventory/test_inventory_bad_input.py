"""Bad input: a clear Swedish message, no traceback, nothing saved — or the row named by number."""

from __future__ import annotations

import io
import zipfile

import pandas as pd
import pytest

from tests.unit.inventory.conftest import ON, table_bytes
from workshop.errors import InvalidInput
from workshop.inventory import list_inventories, read_export
from workshop.inventory.files import MAX_FILE_BYTES, MAX_FILE_MB, UPLOAD_LIMIT_VARIABLE, upload_limit_mb
from workshop.inventory.problems import ProblemKind

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    pd.DataFrame({"Ålder": [30, 40], "Kön": ["K", "M"]}).to_excel(buffer, index=False)
    return buffer.getvalue()


def _refusal(data, name) -> str:
    with pytest.raises(InvalidInput) as refused:
        read_export(data, name)
    return refused.value.message


@pytest.mark.parametrize(("data", "name", "expected"), [
    (b"", "tom.csv", "Filen är tom."),
    (b"  \n\r\n ", "tom.csv", "Filen är tom."),
    (b"Alder;Kon;Datum\n", "rubriker.csv", "rubriker men inga rader"),
    (bytes(range(256)) * 40, "skrap.csv", "ser inte ut som en tabell"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "export.xlsx", "är en PDF"),
    (OLE + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100, "skyddad.xlsx", "lösenord"),
    (OLE + b"\x00" * 2000, "trasig.xls", "kan inte öppnas"),
    ("Ålder;Kön\n30;K\n".encode(), "bild.png", "CSV, TXT, XLSX, XLS"),
    (b"1;2;3\n4;5;6\n", "bara-siffror.csv", "Ingen rad med kolumnnamn"),
    (b"Alder;Kon\n30;K\n31;M;Extra\n", "bred.csv", "Rad 3 har fler fält"),
    (b"Alder;Kon\n30;K;Extra\n31;M\n", "bred.csv", "Rad 2 har fler fält"),
    (b"Alder;Kon\n30;K\n31;M;;;x\n", "bred.csv", "Rad 3 har fler fält"),
])
def test_unusable_files_are_refused_with_a_swedish_message(data, name, expected):
    assert expected in _refusal(data, name)


def test_a_damaged_xlsx_is_refused():
    assert "kan inte öppnas" in _refusal(_xlsx_bytes()[:600], "trasig.xlsx")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert "kan inte öppnas" in _refusal(broken.getvalue(), "tom.xlsx")


def test_a_file_over_the_size_limit_is_refused_and_the_limit_is_stated(tmp_path):
    big = tmp_path / "stor.csv"
    big.write_bytes(b"Alder;Kon\n" + b"30;K\n" * (MAX_FILE_BYTES // 5 + 1))
    assert f"{MAX_FILE_MB} MB" in _refusal(big, None)
    assert f"{MAX_FILE_MB} MB" in _refusal(big.read_bytes(), "stor.csv")


def test_the_page_upload_limit_is_a_setting_within_the_read_limit(monkeypatch):
    monkeypatch.delenv(UPLOAD_LIMIT_VARIABLE, raising=False)
    assert upload_limit_mb() == 9
    monkeypatch.setenv(UPLOAD_LIMIT_VARIABLE, "20")
    assert upload_limit_mb() == 20
    monkeypatch.setenv(UPLOAD_LIMIT_VARIABLE, "500")
    assert upload_limit_mb() == MAX_FILE_MB


def test_empty_fields_after_the_last_column_are_accepted():
    export = read_export(b"Alder;Kon\n30;K;;;\n31;M;\n", "tom-slut.csv")
    assert export.columns == ("Alder", "Kon") and export.rows == 2


def test_duplicate_and_empty_column_names_are_renamed_and_said():
    data = table_bytes([["Insats", "", "Insats", "Ålder"], ["FIA", "x", "Praktik", "30"]])
    export = read_export(data, "d.csv")
    assert export.columns == ("Insats (kolumn 1)", "Kolumn 2", "Insats (kolumn 3)", "Ålder")
    assert any("finns mer än en gång" in note for note in export.notes)
    assert any("saknar namn" in note for note in export.notes)


def _problems(rows, name="p.csv"):
    cases = read_export(table_bytes(rows), name).cases(on=ON)
    return {problem.kind: problem for problem in cases.problems}, cases


def test_a_column_of_mixed_date_formats_names_the_rows_in_the_other_format():
    problems, cases = _problems([["Kön", "Aktualiseringsdatum"], ["K", "2026-01-02"], ["M", "2026-01-03"],
                                 ["K", "03/01/2026"], ["M", "2026-02-01"]])
    assert problems[ProblemKind.DATE_OTHER_FORMAT].rows == (4,)
    assert cases.excluded == 1 and cases.total == 3
    message = problems[ProblemKind.DATE_OTHER_FORMAT].message
    assert "rad 4" in message and "03/01/2026" not in message


def test_future_and_unreadable_dates_are_named_by_row():
    problems, _cases = _problems([["Kön", "Aktualiseringsdatum"], ["K", "2027-05-01"], ["M", "i våras"],
                                  ["K", "2026-02-30"], ["M", "2026-01-01"]])
    assert problems[ProblemKind.DATE_FUTURE].rows == (2,)
    assert problems[ProblemKind.DATE_UNREADABLE].rows == (3, 4)


def test_ages_below_zero_or_above_120_and_unreadable_ages_are_named_by_row():
    problems, cases = _problems([["Ålder"], ["-1"], ["121"], ["trettio"], ["120"], ["0"]])
    assert problems[ProblemKind.AGE_IMPOSSIBLE].rows == (2, 3)
    assert problems[ProblemKind.AGE_UNREADABLE].rows == (4,)
    assert cases.total == 2


def test_unknown_sex_codes_and_duplicate_and_invalid_identity_numbers_are_named_by_row():
    problems, cases = _problems([["Personnummer", "Kön"], ["811218-9876", ""], ["19811218-9876", ""],
                                 ["811218-9875", ""], ["", "X"], ["", "K"]])
    assert problems[ProblemKind.IDENTITY_DUPLICATE].rows == (3,)
    assert problems[ProblemKind.IDENTITY_INVALID].rows == (4,)
    assert problems[ProblemKind.UNKNOWN_CODE].rows == (5,)
    assert cases.total == 2
    assert "811218" not in " ".join(problem.message for problem in problems.values())


def test_markup_and_formulas_in_reasons_are_never_kept_as_text(demo_store):
    from workshop.inventory import get_inventory, save_inventory

    reasons = ["<script>alert(1)</script>", '=HYPERLINK("http://x","klicka")']
    cases = read_export(table_bytes([["Ålder", "Orsak"], ["30", reasons[0]], ["31", reasons[1]]]),
                        "x.csv").cases(on=ON)
    assert [value.text for value in cases.unrecognised] == reasons  # for the team to sort, in memory only
    saved = get_inventory(demo_store, 4, save_inventory(demo_store, 4, cases.summarize(), actor="team:4"))
    assert set(saved.inventory.by_reason_text) == {"Övrigt"}


def test_a_refused_file_saves_nothing(demo_store):
    with pytest.raises(InvalidInput):
        read_export(b"", "tom.csv")
    assert list_inventories(demo_store, 4) == []
