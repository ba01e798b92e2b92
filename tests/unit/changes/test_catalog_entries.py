"""The shipped catalog: every file is valid, sourced, bilingual, and its measures can be added as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.i18n import LANGUAGES
from workshop.improvement import PreventionLevel, clean_measure
from workshop.knowledge import SHIPPED_DIR, EntryError, load_catalog, read_entry
from workshop.model import Area

SHIPPED_FILES = sorted(SHIPPED_DIR.glob("*.yaml"))
EMPTY_FOLDER = Path("/nonexistent-local-catalog")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(EMPTY_FOLDER)


def test_every_shipped_file_validates(catalog):
    assert [problem.describe() for problem in catalog.problems] == []
    assert len(catalog.entries) == len(SHIPPED_FILES)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda path: path.stem)
def test_each_entry_is_named_after_its_file_and_has_a_source_with_a_url(path):
    entry = read_entry(path)
    assert entry.id == path.stem
    assert entry.sources and all(source.url.startswith(("https://", "http://")) for source in entry.sources)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda path: path.stem)
def test_each_shipped_entry_is_written_in_swedish_and_english(path):
    entry = read_entry(path)
    texts = [entry.title, entry.summary, entry.evidence, *entry.core_components, *entry.getting_started,
             *entry.cautions]
    for measure in entry.measures:
        texts += [measure.name, measure.numerator, measure.data_source, measure.collector]
    assert all(text.sv and text.en for text in texts)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda path: path.stem)
def test_every_suggested_measure_passes_the_measure_validation_in_both_languages(path):
    entry = read_entry(path)
    for measure in entry.measures:
        for language in LANGUAGES:
            details = measure.details(entry.id, language)
            assert clean_measure(details).catalog_entry == entry.id


@pytest.mark.parametrize("entry_id", [
    "audit-dudit-screening", "brief-advice", "structured-mi", "fia", "information-first-visit",
    "digital-self-screening", "lectures-other-professionals", "mental-health-care-access",
    "addiction-unit-collaboration", "employment-collaboration", "ips", "sip", "case-management",
    "personal-ombudsman", "user-surveys", "yearly-target-group-inventory", "systematic-follow-up",
])
def test_the_catalog_has_every_approach_the_pilot_and_the_sources_name(catalog, entry_id):
    assert catalog.get(entry_id) is not None


def test_the_catalog_covers_all_prevention_levels_and_both_areas(catalog):
    assert {entry.prevention_level for entry in catalog.entries} == set(PreventionLevel)
    assert {entry.area for entry in catalog.entries} == set(Area)


def test_audit_and_dudit_cut_offs_are_on_the_card(catalog):
    text = " ".join(component.sv for component in catalog.get("audit-dudit-screening").core_components)
    for fact in ("0–40", "6 poäng eller mer för kvinnor och 8 eller mer för män", "0–44",
                 "2 poäng eller mer för kvinnor och 6 eller mer för män", "25 poäng"):
        assert fact in text


def test_filters_by_area_level_and_words(catalog):
    found = catalog.find(area=Area.SUBSTANCE_MISUSE, level=PreventionLevel.EARLY_SUPPORT, words="dudit")
    assert [entry.id for entry in found] == ["audit-dudit-screening"]
    assert all(entry.area in (Area.SOCIAL_ASSISTANCE, Area.BOTH)
               for entry in catalog.find(area=Area.SOCIAL_ASSISTANCE))
    assert catalog.find(words="ordsomintefinns") == ()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _shipped_text(entry_id: str = "audit-dudit-screening") -> str:
    return (SHIPPED_DIR / f"{entry_id}.yaml").read_text(encoding="utf-8")


def test_an_entry_without_sources_fails_with_the_field_named(tmp_path):
    text = _shipped_text().split("\nsources:")[0] + "\nsources: []\nevidence:\n  sv: Ingen.\n"
    with pytest.raises(EntryError) as failure:
        read_entry(_write(tmp_path, "no-source.yaml", text))
    assert failure.value.field == "sources"
    assert failure.value.line == text.splitlines().index("sources: []") + 1


def test_an_entry_missing_its_swedish_title_fails(tmp_path):
    text = _shipped_text().replace("  sv: Screening med AUDIT och DUDIT vid nybesök\n", "", 1)
    with pytest.raises(EntryError) as failure:
        read_entry(_write(tmp_path, "no-swedish.yaml", text))
    assert failure.value.field == "title.sv"
    assert failure.value.line == 2


def test_a_duplicate_id_among_the_shipped_files_is_reported(tmp_path):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    _write(shipped, "a.yaml", _shipped_text())
    _write(shipped, "b.yaml", _shipped_text())
    catalog = load_catalog(EMPTY_FOLDER, shipped_dir=shipped)
    assert len(catalog.entries) == 1
    assert [(problem.file, problem.field) for problem in catalog.problems] == [("b.yaml", "id")]
    assert "audit-dudit-screening" in catalog.problems[0].message
