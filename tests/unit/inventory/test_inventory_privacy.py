"""Identity numbers and names never reach the database, history, logs, messages, documents or backups
(docs/integritet.md, "What is stored")."""

from __future__ import annotations

import datetime as dt
import logging
import re

import numpy as np
import pytest

from sample_data.inventory.generate import identity_number, synthetic_cases, write
from workshop.errors import UserError
from workshop.inventory import (
    TargetFilters,
    compare_inventories,
    read_export,
    save_inventory,
    save_mapping_profile,
)
from workshop.suppression import suppress_counts

ROWS = 3000
ON = dt.date(2026, 10, 31)


def _forms(number: str) -> set[str]:
    """Every way the number could be written: 12 or 10 digits, with or without separator."""
    digits = re.sub(r"\D", "", number)
    ten = digits[-10:]
    return {number, digits, ten, f"{ten[:6]}-{ten[6:]}", f"{ten[:6]}+{ten[6:]}", f"{digits[:8]}-{digits[8:]}"}


def _with_wrong_check_digits(numbers: list[str]) -> list[str]:
    return [number[:-1] + str((int(number[-1]) + 1) % 10) if index % 50 == 0 else number
            for index, number in enumerate(numbers)]


@pytest.fixture
def export_file(tmp_path):
    path = tmp_path / "export.csv"
    write("semicolon", path, ROWS, seed=77)
    text = path.read_text(encoding="cp1252")
    numbers = list(synthetic_cases(ROWS, seed=77)["Personnummer"])
    wrong = _with_wrong_check_digits(numbers)
    for right, changed in zip(numbers, wrong, strict=True):
        if right != changed:
            text = text.replace(right, changed, 1)
    path.write_text(text, encoding="cp1252")
    return path, numbers + wrong


def test_identity_numbers_never_reach_the_database_history_logs_or_exports(demo_store, export_file,
                                                                           tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    path, numbers = export_file
    export = read_export(path)
    cases = export.cases(on=ON)
    assert any(problem.kind == "identity_invalid" for problem in cases.problems)
    inventory = cases.summarize()
    young = TargetFilters(age_min=18, age_max=24)
    first = save_inventory(demo_store, 1, inventory, target=young, target_count=cases.count(young), actor="team:1")
    second = save_inventory(demo_store, 1, inventory, actor="team:1")
    save_mapping_profile(demo_store, 1, export.mapping, actor="team:1")
    comparison = compare_inventories(demo_store, 1, first, second)

    shown = [problem.message for problem in cases.problems] + [column.message for column in export.dropped]
    exports = [str(inventory.by_age_sex), str(suppress_counts(inventory.by_reason_text)), str(comparison.tables),
               str(inventory.inflow_by_month),
               repr(export), repr(cases), repr(inventory)]
    files = b"".join(p.read_bytes() for p in tmp_path.glob("demo.sqlite*"))
    assert files, "the database files were not found"
    assert (tmp_path / "demo.sqlite-wal").exists(), "the write-ahead log should be scanned too"
    everything = "\n".join([*shown, *exports, caplog.text])
    for number in numbers:
        for form in _forms(number):
            assert form.encode() not in files
            assert form not in everything
    assert "Personnummer" not in export.columns and "Namn" not in export.columns
    assert all(column not in ("Personnummer", "Namn") for column in export.frame.columns)


def test_a_reason_or_insats_text_holding_an_identity_number_is_not_kept():
    number = identity_number(dt.date(1990, 1, 2), 123)
    data = f"Ålder;Orsak;Insats\n30;Arbetslös {number};FIA {number}\n".encode()
    inventory = read_export(data, "x.csv").summarize(on=ON)
    assert all(number not in text for text in [*inventory.by_reason_text, *inventory.by_insats])


def test_messages_about_unreadable_files_never_quote_the_content(caplog):
    number = identity_number(dt.date(1990, 1, 2), 123)
    garbage = (number + ";").encode() * 3 + b"\x00\x01\x02" * 100
    for data, name in ((garbage, "x.csv"), (b"PK\x03\x04" + number.encode(), "x.xlsx"),
                       (f"a;b\n{number};1;2;3\n".encode(), "y.csv")):
        with pytest.raises(UserError) as refused:
            read_export(data, name)
        assert number not in refused.value.message
    assert number not in caplog.text


def test_a_file_of_many_rows_keeps_no_identity_string_in_memory_objects():
    numbers = np.array([identity_number(dt.date(1980, 1, 1) + dt.timedelta(days=i), i % 1000) for i in range(500)])
    data = ("Personnummer;Ålder\n" + "\n".join(f"{n};40" for n in numbers)).encode()
    export = read_export(data, "z.csv")
    assert export.columns == ("Ålder",)
    assert not export.frame.isin(numbers).any().any()


def _people_export(path, rows: int = 400):
    """A Lifecare-like export whose every text column holds people: identity number and name columns, a free
    text column, and names (with numbers) inside the reason and insats values."""
    cases = synthetic_cases(rows, seed=91)
    names, numbers = list(cases["Namn"]), list(cases["Personnummer"])
    cases["Anteckning"] = [f"Ringt {name} ({number})" for name, number in zip(names, numbers, strict=True)]
    cases["Försörjningshinder"] = [f"{reason} – {name}" if index % 3 == 0 else reason
                                   for index, (reason, name) in enumerate(zip(cases["Försörjningshinder"], names,
                                                                               strict=True))]
    cases["Pågående insatser"] = [f"{insatser}, Praktik hos {name}" if index % 4 == 0 else insatser
                                  for index, (insatser, name) in enumerate(zip(cases["Pågående insatser"], names,
                                                                                strict=True))]
    cases.drop(columns=["Födelsedatum", "Ålder", "Kön"]).to_csv(path, sep=";", index=False, encoding="cp1252")
    return numbers, sorted(set(names))


def _readable(content: bytes) -> bytes:
    """A document's text as stored: every member of an office file or backup (zips), else the bytes."""
    import io
    import zipfile

    if not content.startswith(b"PK"):
        return content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return b"\n".join(archive.read(member) for member in archive.namelist())


def test_no_identity_number_or_name_reaches_the_database_logs_temporary_files_documents_or_backup(
        demo_store, tmp_path, caplog, monkeypatch):
    import tempfile

    from sample_data.inventory.generate import LAST_NAMES
    from workshop.backup import export_team
    from workshop.reports import ReportPeriod, build_document

    caplog.set_level(logging.DEBUG)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    numbers, names = _people_export(tmp_path / "export.csv")

    export = read_export(tmp_path / "export.csv")
    waiting = export.cases(on=ON).unrecognised
    assert {value.text for value in waiting} & {f"Praktik hos {name}" for name in names}
    # The team sorts the values it is shown, as the page offers them (each its suggestion).
    mapping = export.mapping.with_categories({value.key: value.suggestion for value in waiting})
    cases = export.cases(mapping, ON)
    young = TargetFilters(age_min=18, age_max=24)
    save_mapping_profile(demo_store, 4, mapping, actor="team:4")
    save_inventory(demo_store, 4, cases.summarize(), target=young, target_count=cases.count(young), actor="team:4")

    documents = {"backup.zip": export_team(demo_store, 4).content}
    for key, fmt, period in (("storyboard", "pptx", None), ("monthly", "docx", ReportPeriod.month(2026, 11)),
                             ("monthly", "html", ReportPeriod.month(2026, 11)), ("final", "docx", None),
                             ("final", "html", None), ("handover", "docx", None), ("handover", "html", None),
                             ("export", "xlsx", None)):
        made = build_document(demo_store, 4, key, fmt, period)
        documents[made.filename] = made.content
    shown = [content for content in documents.values() if "Arbetsträning".encode() in _readable(content)]
    assert len(shown) >= 4, "the inventory's insatser should reach the documents that are searched"
    demo_store.close()

    stored = b"".join(path.read_bytes() for path in tmp_path.glob("demo.sqlite*"))
    assert stored, "the database files were not found"
    kept = [stored, caplog.text.encode(), *(path.read_bytes() for path in temporary.rglob("*") if path.is_file()),
            *(_readable(content) for content in documents.values())]
    everything = b"\n".join(kept)
    for number in numbers:
        for form in _forms(number):
            assert form.encode() not in everything
    for name in [*names, *LAST_NAMES]:
        assert name.encode() not in everything, name
        assert name.encode("cp1252") not in everything, name
