"""A region's or facilitator's own entries: added from a folder, checked, and reported with file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.config import catalog_dir
from workshop.knowledge import SHIPPED_DIR, load_catalog
from workshop.knowledge.__main__ import main

LOCAL_ENTRY = (Path(__file__).parent / "samtalsgrupp.yaml").read_text(encoding="utf-8")


def _local(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "katalog"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _line_of(text: str, fragment: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_a_local_entry_appears_in_the_catalog_marked_local(tmp_path):
    catalog = load_catalog(_local(tmp_path, {"samtalsgrupp.yaml": LOCAL_ENTRY}))
    entry = catalog.get("lokal-samtalsgrupp")
    assert entry.local and entry.file == "samtalsgrupp.yaml"
    assert entry.title.current() == "Samtalsgrupp för unga vuxna"
    assert catalog.problems == ()
    assert len(catalog.entries) == len(list(SHIPPED_DIR.glob("*.yaml"))) + 1


def test_english_falls_back_to_swedish_when_a_local_entry_has_no_english(tmp_path):
    entry = load_catalog(_local(tmp_path, {"a.yaml": LOCAL_ENTRY})).get("lokal-samtalsgrupp")
    assert entry.summary.current("en") == "En öppen samtalsgrupp en gång i veckan."


def test_malformed_yaml_is_reported_with_file_and_line_and_the_rest_still_works(tmp_path):
    broken = LOCAL_ENTRY.replace("area: substance_misuse", "area: [substance_misuse")
    catalog = load_catalog(_local(tmp_path, {"trasig.yaml": broken, "hel.yml": LOCAL_ENTRY.replace(
        "lokal-samtalsgrupp", "lokal-hel")}))
    assert catalog.get("lokal-hel") is not None
    assert catalog.get("audit-dudit-screening") is not None
    [problem] = catalog.problems
    assert problem.file == "trasig.yaml"
    assert problem.line is not None and problem.line >= _line_of(broken, "area:")
    assert "YAML" in problem.message
    assert problem.describe().startswith(f"trasig.yaml, rad {problem.line}")


@pytest.mark.parametrize(("change", "field", "fragment"), [
    (("prevention_level: prevention", "prevention_level: tertiary"), "prevention_level", "prevention_level:"),
    (("url: https://example.org/rutin", "url: www.example.org/rutin"), "sources[0].url", "url:"),
    (("url: https://example.org/rutin", "url: javascript:alert(1)"), "sources[0].url", "url:"),
    (("    unit: count", "    unit: pieces"), "measures[0].unit", "unit:"),
    (("    chart: run", "    chart: p"), "measures[0].chart", "chart:"),
    (("  sv: En öppen samtalsgrupp en gång i veckan.", "  en: An open group."), "summary.sv", "en: An open group."),
    (("cautions: []", "cautions: []\ncolour: red"), "colour", "colour:"),
])
def test_each_wrong_field_is_named_with_its_line(tmp_path, change, field, fragment):
    text = LOCAL_ENTRY.replace(*change)
    catalog = load_catalog(_local(tmp_path, {"fel.yaml": text}))
    assert catalog.get("lokal-samtalsgrupp") is None
    [problem] = catalog.problems
    assert (problem.file, problem.field) == ("fel.yaml", field)
    assert problem.line == _line_of(text, fragment) or field == "summary.sv"


def test_unknown_prevention_level_names_the_allowed_ones(tmp_path):
    text = LOCAL_ENTRY.replace("prevention_level: prevention", "prevention_level: tertiary")
    [problem] = load_catalog(_local(tmp_path, {"fel.yaml": text})).problems
    assert "promotion, prevention, early_support" in problem.message


def test_an_id_colliding_with_a_shipped_entry_is_refused_and_the_shipped_one_kept(tmp_path):
    text = LOCAL_ENTRY.replace("id: lokal-samtalsgrupp", "id: audit-dudit-screening")
    catalog = load_catalog(_local(tmp_path, {"krock.yaml": text}))
    entry = catalog.get("audit-dudit-screening")
    assert not entry.local
    [problem] = catalog.problems
    assert (problem.file, problem.field) == ("krock.yaml", "id")
    assert "används redan av en post som följer med verktyget" in problem.message


def test_html_and_script_in_text_are_kept_as_plain_text(tmp_path):
    text = LOCAL_ENTRY.replace("Samtalsgrupp för unga vuxna", "<script>alert('x')</script> Grupp")
    entry = load_catalog(_local(tmp_path, {"a.yaml": text})).get("lokal-samtalsgrupp")
    assert entry.title.sv == "<script>alert('x')</script> Grupp"


def test_a_file_that_is_not_one_entry_is_reported(tmp_path):
    catalog = load_catalog(_local(tmp_path, {"lista.yaml": "- en\n- två\n", "tom.yaml": ""}))
    assert {(problem.file, problem.line) for problem in catalog.problems} == {("lista.yaml", 1), ("tom.yaml", None)}


def test_the_folder_is_configured_by_environment_then_config_file_then_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKSHOP_CATALOG_DIR", str(tmp_path / "env"))
    assert catalog_dir() == tmp_path / "env"
    monkeypatch.delenv("WORKSHOP_CATALOG_DIR")
    config = tmp_path / "config.toml"
    config.write_text(f'catalog_dir = "{tmp_path / "file"}"\n', encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_CONFIG", str(config))
    assert catalog_dir() == tmp_path / "file"
    monkeypatch.setenv("WORKSHOP_CONFIG", str(tmp_path / "missing.toml"))
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))
    assert catalog_dir() == tmp_path / "data" / "katalog"


def test_the_default_catalog_reads_the_configured_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKSHOP_CATALOG_DIR", str(_local(tmp_path, {"a.yaml": LOCAL_ENTRY})))
    assert load_catalog().get("lokal-samtalsgrupp") is not None


def test_the_check_command_lists_problems_and_fails(tmp_path, capsys):
    broken = _local(tmp_path, {"fel.yaml": LOCAL_ENTRY.replace("year: 2026", "year: förra året")})
    assert main([str(broken)]) == 1
    assert "fel.yaml, rad" in capsys.readouterr().out
    (tmp_path / "ok").mkdir()
    assert main([str(_local(tmp_path / "ok", {"a.yaml": LOCAL_ENTRY}))]) == 0


@pytest.mark.parametrize(("change", "field", "says"), [
    (("  sv: Samtalsgrupp för unga vuxna", "  sv: " + "Samtal " * 60), "title.sv", "för lång"),
    (("    year: 2026", "    year: förra året"), "sources[0].year", "fel form"),
    (("    year: 2026", "    year: 1066"), "sources[0].year", "utanför"),
    (("- sv: Samma tid och plats varje vecka.", "- sv: ' '"), "core_components[0].sv", "tom"),
])
def test_a_wrong_value_is_explained_in_swedish(tmp_path, change, field, says):
    [problem] = load_catalog(_local(tmp_path, {"fel.yaml": LOCAL_ENTRY.replace(*change)})).problems
    assert problem.field == field
    assert says in problem.message
