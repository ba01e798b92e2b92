"""``workshop check``: a Swedish report and an exit status a monitor can read."""

from __future__ import annotations

import json
import sqlite3

from workshop.cli import main
from workshop.hosting.check import Status, check_database, check_disk, check_pools, worst
from workshop.store.migrate import HEAD_REVISION


def _notebooks(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    for name in ("00_start.ipynb", "01_malgrupp.ipynb"):
        (folder / name).write_text("{}")
    return folder


def _voila_json(tmp_path, **pools):
    path = tmp_path / "voila.json"
    path.write_text(json.dumps({"VoilaConfiguration": {"preheat_kernel": True, "default_pool_size": 1},
                                "VoilaKernelManager": {"kernel_pools_config": pools},
                                "KitVoila": {"max_kernels": 30, "kernel_memory_mb": 100}}))
    return path


def test_a_migrated_database_is_reported_current(store):
    finding = check_database(store.url)
    assert finding.status is Status.OK
    assert finding.line() == f"OK       Databas: nåbar, schema {HEAD_REVISION} (aktuellt)."


def test_a_database_never_migrated_or_never_created_is_a_problem_and_is_left_as_it_was(tmp_path):
    missing = tmp_path / "saknas.sqlite"
    assert check_database(f"sqlite:///{missing}").status is Status.PROBLEM
    assert not missing.exists()
    empty = tmp_path / "tom.sqlite"
    sqlite3.connect(empty).close()
    finding = check_database(f"sqlite:///{empty}")
    assert finding.status is Status.PROBLEM and "workshop init" in finding.text
    assert sqlite3.connect(empty).execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


def test_an_unreachable_postgresql_is_a_problem_in_swedish():
    finding = check_database("postgresql+psycopg://kit@127.0.0.1:1/kit")
    assert finding.status is Status.PROBLEM
    assert "Det går inte att nå databasen" in finding.text


def test_disk_space_is_reported_for_the_nearest_existing_folder(tmp_path):
    finding = check_disk(tmp_path / "not" / "yet")
    assert finding.status in (Status.OK, Status.WARNING)
    assert f"MB ledigt i {tmp_path}" in finding.text


def test_pools_are_checked_against_free_memory(tmp_path):
    notebooks = _notebooks(tmp_path)
    fits = check_pools(_voila_json(tmp_path, **{"00_start.ipynb": {"pool_size": 4}}), notebooks, available_mb=8000)
    assert fits.status is Status.OK
    assert fits.text == "5 kärnor hålls redo (cirka 500 MB), högst 30 besökares kärnor samtidigt."
    too_many = check_pools(_voila_json(tmp_path, **{"00_start.ipynb": {"pool_size": 60}}), notebooks,
                           available_mb=8000)
    assert too_many.status is Status.PROBLEM and "Minska poolstorlekarna" in too_many.text
    (tmp_path / "broken.json").write_text("{")
    assert check_pools(tmp_path / "broken.json", notebooks, 8000).status is Status.PROBLEM


def test_the_worst_finding_sets_the_exit_status(tmp_path, store, monkeypatch, capsys):
    assert worst([]) is Status.OK
    monkeypatch.setenv("WORKSHOP_DB_URL", store.url)
    voila_json = _voila_json(tmp_path, **{"00_start.ipynb": {"pool_size": 2}})
    arguments = ["check", "--voila-config", str(voila_json), "--notebooks", str(_notebooks(tmp_path))]
    assert main(arguments) in (0, 1)  # 1 only if this machine's disk is nearly full or the kit is not installed
    assert "Databas: nåbar" in capsys.readouterr().out
    monkeypatch.setenv("WORKSHOP_DB_URL", f"sqlite:///{tmp_path / 'saknas.sqlite'}")
    assert main(arguments) == 2
    assert "FEL      Databas:" in capsys.readouterr().out


def test_serve_does_not_start_on_an_unreachable_postgresql_and_says_so_in_swedish(monkeypatch, capsys):
    monkeypatch.setenv("WORKSHOP_DB_URL", "postgresql+psycopg://kit@127.0.0.1:1/kit")
    assert main(["serve", "--notebooks", "notebooks"]) == 2  # returns instead of starting Voilà
    assert "Det går inte att nå databasen just nu." in capsys.readouterr().err
