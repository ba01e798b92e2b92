"""Bad files are refused with a clear Swedish message, and the database is left exactly as it was."""

from __future__ import annotations

import datetime as dt
import random
import struct

import pytest

from tests.unit.backup.backup_files import data_of, every_row, manifest_of, members, repacked, zipped
from tests.unit.backup.conftest import ACTOR, TARGET
from workshop.backup import BackupRefused, NameTaken, import_backup, read_backup
from workshop.backup.format import FORMAT_VERSION
from workshop.collaboratives import list_collaboratives
from workshop.errors import InvalidInput, NotFound
from workshop.teams import get_team, list_teams

NOT_A_BACKUP = "inte en säkerhetskopia från verktyget"
DAMAGED = "skadad eller ofullständig"
CHANGED = "har ändrats efter att den gjordes"
NEWER = "nyare version av verktyget"
UNKNOWN = "känner igen"
TOO_LARGE = "mycket mer än en säkerhetskopia"
TODAY = dt.date(2026, 11, 23)


def _refused(store, content: bytes, words: str, *, collaborative_id: int | None = None) -> str:
    """Reading and importing ``content`` fails with ``words``; not one row of ``store`` changed."""
    before = every_row(store)
    with pytest.raises(BackupRefused) as refusal:
        import_backup(store, read_backup(content), collaborative_id=collaborative_id, actor=ACTOR)
    assert words in refusal.value.message
    assert "Inget importerades" in refusal.value.message
    assert every_row(store) == before
    return refusal.value.message


@pytest.mark.parametrize("cut", [0.05, 0.5, 0.98])
def test_a_truncated_backup_is_refused_as_damaged(team_file, receiving, cut):
    content = team_file.content
    _refused(receiving, content[: int(len(content) * cut)], DAMAGED, collaborative_id=TARGET)


def test_a_backup_edited_by_hand_is_refused_as_changed(team_file, receiving):
    files = members(team_file.content)
    files["data.json"] = files["data.json"].replace(b"Exempelkommun", b"Exempelstad")
    _refused(receiving, zipped(files), CHANGED, collaborative_id=TARGET)


def _edited(content: bytes, edit) -> bytes:
    data = data_of(content)
    edit(data)
    return repacked(content, data=data)


HAND_EDITS = {
    "unknown column": (lambda d: d["driver"][0].update(colour="red"), "tabellen driver, kolumnen colour"),
    "unknown table": (lambda d: d.update(notes=[{"id": 1}]), "tabellen notes"),
    "wrong type": (lambda d: d["driver"][0].update(position="först"), "tabellen driver, kolumnen position"),
    "true as a number": (lambda d: d["driver"][0].update(position=True), "kolumnen position"),
    "number too large": (lambda d: d["driver"][0].update(position=2**40), "kolumnen position"),
    "text too long": (lambda d: d["team"][0].update(name="x" * 121), "tabellen team, kolumnen name"),
    "text with a NUL": (lambda d: d["pdsa_task"][0].update(what="a\x00b"), "tabellen pdsa_task, kolumnen what"),
    "not a date": (lambda d: d["aim"][0].update(by_when="nästa vår"), "tabellen aim, kolumnen by_when"),
    "empty where required": (lambda d: d["measure"][0].update(name=None), "tabellen measure, kolumnen name"),
    "required column missing": (lambda d: [row.pop("title") for row in d["driver"]], "kolumnen title"),
    "row with other columns": (lambda d: d["driver"][1].pop("title"), "tabellen driver"),
    "reference to a missing row": (lambda d: d["change_idea"][0].update(driver_id=99), "kolumnen driver_id"),
    "row of another team": (lambda d: d["driver"][0].update(team_id=2), "tabellen driver, kolumnen team_id"),
    "history of another team": (lambda d: d["history"][0].update(team_id=7), "tabellen history"),
    "two rows with one id": (lambda d: d["driver"][1].update(id=d["driver"][0]["id"]), "kolumnen id"),
    "two points for one period": (lambda d: d["result_point"][1].update(period=d["result_point"][0]["period"],
                                                                       measure_id=d["result_point"][0]["measure_id"]),
                                  "tabellen result_point, kolumnen measure_id, period"),
    "no team": (lambda d: d.update(team=[]), "tabellen team"),
    "rows not a list": (lambda d: d.update(aim={"id": 1}), "tabellen aim"),
}


@pytest.mark.parametrize("case", HAND_EDITS)
def test_a_backup_edited_by_hand_with_a_new_checksum_is_refused_where_it_is_wrong(team_file, receiving, case):
    edit, where = HAND_EDITS[case]
    message = _refused(receiving, _edited(team_file.content, edit), UNKNOWN, collaborative_id=TARGET)
    assert where in message


def test_counts_in_the_manifest_that_do_not_match_the_rows_are_refused(team_file, receiving):
    manifest = manifest_of(team_file.content)
    manifest["tables"]["driver"] += 1
    assert "manifest.json" in _refused(receiving, repacked(team_file.content, manifest=manifest), UNKNOWN,
                                       collaborative_id=TARGET)


@pytest.mark.parametrize("change", [{"schema_revision": "9999"}, {"format_version": FORMAT_VERSION + 1}])
def test_a_backup_from_a_newer_kit_is_refused(team_file, receiving, change):
    manifest = {**manifest_of(team_file.content), **change}
    _refused(receiving, repacked(team_file.content, manifest=manifest), NEWER, collaborative_id=TARGET)


def test_a_backup_from_an_older_schema_is_read_when_its_columns_still_fit(team_file, receiving):
    manifest = {**manifest_of(team_file.content), "schema_revision": "0007"}
    data = data_of(team_file.content)
    for later in ("monthly_report", "final_plan"):  # tables that came later
        del data[later]
    for row in data["driver"]:
        del row["removed_at"]  # a column that can be empty
    content = repacked(team_file.content, manifest=manifest, data=data)
    team_id = import_backup(receiving, read_backup(content), collaborative_id=TARGET, actor=ACTOR).id
    assert get_team(receiving, team_id).name == "Exempelkommun – försörjningsstöd"


def test_a_zip_bomb_is_not_unpacked(receiving):
    bomb = zipped({"manifest.json": b"{}", "data.json": b"\0" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    _refused(receiving, bomb, TOO_LARGE, collaborative_id=TARGET)


def test_a_zip_that_lies_about_its_sizes_is_read_no_further_than_it_says(team_file, receiving):
    files = members(team_file.content)
    bomb = bytearray(zipped({"manifest.json": files["manifest.json"], "data.json": b"\0" * (20 * 1024 * 1024)}))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = bomb.rindex(signature)
        bomb[at + offset: at + offset + 4] = struct.pack("<I", 1000)  # "data.json unpacks to 1000 bytes"
    _refused(receiving, bytes(bomb), DAMAGED, collaborative_id=TARGET)


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened(receiving):
    _refused(receiving, b"PK\x03\x04" + bytes(51 * 1024 * 1024), "större än 50 MB", collaborative_id=TARGET)


FOREIGN_FILES = {
    "a Word document": zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}),
    "random bytes": random.Random(4711).randbytes(5000),
    "an empty file": b"",
    "a zip with a backup's names and other content": zipped({"manifest.json": b"hej", "data.json": b"{}"}),
    "another program's manifest": zipped({"manifest.json": b'{"format": "annat"}', "data.json": b"{}"}),
    "a backup with one more file": None,
}


@pytest.mark.parametrize("case", FOREIGN_FILES)
def test_a_file_that_is_not_a_backup_is_refused(team_file, receiving, case):
    content = FOREIGN_FILES[case]
    if content is None:
        content = zipped({**members(team_file.content), "extra.txt": b"hej"})
    _refused(receiving, content, NOT_A_BACKUP, collaborative_id=TARGET)


def test_a_team_that_exists_is_never_overwritten_and_can_be_imported_as_a_new_team(team_file, demo_store):
    before = every_row(demo_store)
    backup = read_backup(team_file.content)
    with pytest.raises(NameTaken) as refusal:
        import_backup(demo_store, backup, collaborative_id=1, actor=ACTOR)
    assert "Det finns redan ett team som heter ”Exempelkommun – försörjningsstöd”" in refusal.value.message
    assert "Importera säkerhetskopian som ett nytt team, eller avbryt" in refusal.value.message
    assert every_row(demo_store) == before

    imported = import_backup(demo_store, backup, collaborative_id=1, as_new=True, actor=ACTOR,
                             today=TODAY)
    assert imported.renamed and imported.name == "Exempelkommun – försörjningsstöd (importerad 23 nov. 2026)"
    again = import_backup(demo_store, backup, collaborative_id=1, as_new=True, actor=ACTOR,
                          today=TODAY)
    assert again.name == "Exempelkommun – försörjningsstöd (importerad 23 nov. 2026, 2)"
    after = every_row(demo_store)
    for table in before:  # every row that was there is there as it was
        assert all(row in after[table] for row in before[table]), table
    assert len(list_teams(demo_store, 1)) == 6


def test_a_new_name_keeps_within_the_length_limit(team_file, receiving):
    data = data_of(team_file.content)
    data["team"][0]["name"] = "Å" * 120
    backup = read_backup(repacked(team_file.content, data=data))
    import_backup(receiving, backup, collaborative_id=TARGET, actor=ACTOR)
    renamed = import_backup(receiving, backup, collaborative_id=TARGET, as_new=True, actor=ACTOR,
                            today=TODAY)
    assert len(renamed.name) == 120 and renamed.name.endswith("Å (importerad 23 nov. 2026)")


def test_a_collaborative_that_exists_is_never_overwritten_and_can_be_imported_as_a_new_one(collaborative_file,
                                                                                            demo_store):
    before = every_row(demo_store)
    backup = read_backup(collaborative_file.content)
    with pytest.raises(NameTaken) as refusal:
        import_backup(demo_store, backup, actor=ACTOR)
    assert "Det finns redan en samverkan som heter" in refusal.value.message
    assert every_row(demo_store) == before
    imported = import_backup(demo_store, backup, as_new=True, actor=ACTOR)
    assert imported.name.startswith("Tidigt stöd – exempelsamverkan (fiktiv) (importerad ")
    assert len(list_collaboratives(demo_store)) == 2 and len(list_teams(demo_store, imported.id)) == 4


def test_a_backup_goes_only_where_it_belongs(team_file, collaborative_file, receiving):
    before = every_row(receiving)
    with pytest.raises(InvalidInput, match="välj vilken"):
        import_backup(receiving, read_backup(team_file.content), actor=ACTOR)
    with pytest.raises(InvalidInput, match="läses in som en egen samverkan"):
        import_backup(receiving, read_backup(collaborative_file.content), collaborative_id=TARGET, actor=ACTOR)
    with pytest.raises(NotFound):
        import_backup(receiving, read_backup(team_file.content), collaborative_id=TARGET + 99, actor=ACTOR)
    assert every_row(receiving) == before
