"""The demo collaborative and the ``workshop`` command."""

from __future__ import annotations

import pytest

from workshop.cli import main
from workshop.collaboratives import list_collaboratives
from workshop.demo import seed_demo
from workshop.session import join_team, open_as_facilitator
from workshop.teams import list_teams


def test_demo_has_one_fictional_collaborative_with_four_teams_and_working_codes(demo_store, demo_data):
    [(collaborative_id, name)] = list_collaboratives(demo_store)
    assert "fiktiv" in name
    teams = list_teams(demo_store, collaborative_id)
    assert len(teams) == 4
    assert "FIKTIVA" in demo_data["_note"]
    codes = {team["name"]: team["code"] for team in demo_data["teams"]}
    for overview in teams:
        assert join_team(demo_store, overview.team.id, codes[overview.team.name]).team_id == overview.team.id
    assert open_as_facilitator(demo_store, collaborative_id, demo_data["facilitator_code"])


def test_demo_is_only_added_to_an_empty_database(demo_store):
    assert seed_demo(demo_store) is None
    assert len(list_collaboratives(demo_store)) == 1


def test_cli_init_and_demo(monkeypatch, db_url, capsys):
    monkeypatch.setenv("WORKSHOP_DB_URL", db_url)
    monkeypatch.setenv("WORKSHOP_LANGUAGE", "sv")
    from workshop.store import forget_stores

    forget_stores()
    try:
        assert main(["init"]) == 0
        assert main(["demo", "--if-empty"]) == 0
        assert main(["demo", "--if-empty"]) == 0
    finally:
        forget_stores()
    output = capsys.readouterr().out
    assert "Databasen är klar" in output
    assert "Exempelsamverkan tillagd" in output
    assert "lades inte till" in output


def test_cli_reports_a_corrupt_database_without_a_traceback(monkeypatch, tmp_path, capsys):
    path = tmp_path / "kit.sqlite"
    path.write_bytes(b"garbage" * 100)
    monkeypatch.setenv("WORKSHOP_DB_URL", f"sqlite:///{path}")
    from workshop.store import forget_stores

    forget_stores()
    assert main(["init"]) == 2
    error = capsys.readouterr().err
    assert "skadad" in error and "Traceback" not in error
    assert path.read_bytes() == b"garbage" * 100


def test_cli_serve_refuses_a_folder_without_pages(tmp_path, capsys):
    assert main(["serve", "--notebooks", str(tmp_path)]) == 2
    assert "Hittar inte sidorna" in capsys.readouterr().err


def test_cli_requires_a_command():
    with pytest.raises(SystemExit):
        main([])


def test_cli_lab_refuses_a_folder_without_pages(tmp_path, capsys):
    assert main(["lab", "--folder", str(tmp_path)]) == 2
    assert "Hittar inte sidorna" in capsys.readouterr().err


def test_cli_lab_starts_jupyterlab_offline_on_the_kits_folder_and_database(monkeypatch, tmp_path, capsys):
    """Kernels start in their notebook's folder: a relative SQLite path reaches them as the same, absolute file."""
    import os

    from workshop.store import forget_stores

    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "00_start.ipynb").write_text("{}")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKSHOP_DB_URL", "sqlite:///kit.sqlite")
    monkeypatch.setenv("BOKEH_RESOURCES", "inline")  # the command sets it for the kernels; restored after the test
    started = []
    monkeypatch.setattr(os, "execv", lambda program, arguments: started.append(arguments))
    forget_stores()
    try:
        assert main(["lab", "--port", "8899", "--no-browser"]) == 0
    finally:
        forget_stores()
    [command] = started
    assert command[1:3] == ["-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={tmp_path}" in command and "--port=8899" in command and "--no-browser" in command
    assert {"--LabApp.news_url=None", "--LabApp.extension_manager=readonly",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"} <= set(command)
    assert os.environ["WORKSHOP_DB_URL"] == f"sqlite:///{tmp_path / 'kit.sqlite'}"
    assert (tmp_path / "kit.sqlite").is_file()
    assert "JupyterLab startar på port 8899" in capsys.readouterr().out
