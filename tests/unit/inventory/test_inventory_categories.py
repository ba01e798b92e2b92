"""Reasons and insatser kept as known categories only: a client's name in a cell is never counted as a category."""

from __future__ import annotations

from pathlib import Path

import pytest

from sample_data.inventory.generate import FIRST_NAMES, LAST_NAMES
from tests.unit.inventory.conftest import ON, table_bytes
from workshop.inventory import Role, load_mapping_profile, read_export, save_inventory, save_mapping_profile
from workshop.inventory.categories import OTHER, insats_names, known_insats
from workshop.inventory.mapping import guess_mapping

SAMPLES = Path(__file__).resolve().parents[3] / "sample_data" / "inventory"
NAMES = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]


def named_export() -> bytes:
    """Every text column holds a sample person's name, alone or inside a category."""
    rows = [["Ålder", "Kön", "Aktualiseringsdatum", "Försörjningshinder", "Pågående insatser", "Stadsdel"]]
    for index, name in enumerate(NAMES):
        rows.append([str(20 + index), "K", "2026-03-01", f"Arbetslös – {name}" if index % 2 else name,
                     f"Praktik hos {name}, FIA" if index % 2 else f"{name}", f"Hos {name}"])
    rows.append(["30", "M", "2026-03-02", "Sjukskriven med läkarintyg", "jobbtorget", "Norr"])
    return table_bytes(rows)


def _kept_texts(inventory) -> str:
    return "\n".join(f"{dimension} {category} {sub}" for dimension, category, sub, _count in inventory.to_counts())


def test_names_in_category_columns_are_never_kept_and_are_listed_for_the_team():
    cases = read_export(named_export(), "export.csv").cases(on=ON)
    kept = _kept_texts(cases.summarize())
    for name in NAMES:
        assert name not in kept
        assert FIRST_NAMES[0] not in kept
    inventory = cases.summarize()
    assert set(inventory.by_insats) == {"FIA", "Jobbtorg", OTHER}
    assert set(inventory.by_reason_text) == {"Arbetslöshet", OTHER, "Sjukskriven med läkarintyg"}
    listed = {(value.role, value.text) for value in cases.unrecognised}
    assert (Role.INSATS, f"Praktik hos {NAMES[1]}") in listed and (Role.REASON, NAMES[0]) in listed
    suggestions = {value.text: value.suggestion for value in cases.unrecognised if value.role is Role.REASON}
    assert suggestions[f"Arbetslös – {NAMES[1]}"] == "unemployment" and suggestions[NAMES[0]] == "other"


def test_the_teams_choices_are_kept_in_its_profile_without_the_values_and_asked_no_more(demo_store, tmp_path):
    export = read_export(named_export(), "export.csv")
    cases = export.cases(on=ON)
    chosen = {value.key: ("Praktik" if value.role is Role.INSATS else "unemployment") for value in cases.unrecognised}
    mapping = export.mapping.with_categories(chosen)
    decided = export.cases(mapping, ON)
    assert decided.unrecognised == ()
    assert decided.summarize().by_insats["Praktik"] == len(NAMES)
    assert decided.summarize().by_reason["unemployment"] == len(NAMES)
    save_mapping_profile(demo_store, 4, mapping, actor="team:4")
    save_inventory(demo_store, 4, decided.summarize(), actor="team:4")

    again = read_export(named_export(), "export.csv")
    profile = guess_mapping(again.columns, load_mapping_profile(demo_store, 4))
    assert again.cases(profile, ON).unrecognised == ()
    demo_store.close()
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("demo.sqlite*"))
    assert stored
    for name in NAMES:
        assert name.encode() not in stored


def test_a_choice_that_is_no_category_is_ignored_and_the_value_asked_again():
    export = read_export(named_export(), "export.csv")
    value = export.cases(on=ON).unrecognised[0]
    mapping = export.mapping.with_categories({value.key: "Hos Prova Testsson"})
    assert value in export.cases(mapping, ON).unrecognised


@pytest.mark.parametrize("name", ["export_semikolon_cp1252.csv", "export_utf8_fodelsear.csv",
                                  "export_titelrad_tva_blad.xlsx", "export_alder.ods"])
def test_the_sample_exports_hold_only_known_categories(name):
    assert read_export(SAMPLES / name).cases(on=ON).unrecognised == ()


def test_known_insatser_are_found_whatever_the_spelling():
    assert known_insats("JOBBTORGET") == "Jobbtorg" and known_insats("svenska för invandrare") == "SFI"
    assert known_insats("Praktik hos Prova Testsson") is None
    assert {"FIA", "Jobbtorg", "Praktik", "SFI", "Arbetsträning"} <= set(insats_names())
