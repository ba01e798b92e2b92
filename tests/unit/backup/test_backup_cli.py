"""``workshop backup export`` and ``workshop backup import``: a preview first, never an overwrite."""

from __future__ import annotations

import pytest

from tests.unit.backup.backup_files import data_of, every_row
from workshop.cli import main
from workshop.store import Store, forget_stores
from workshop.teams import list_teams


@pytest.fixture
def installation(monkeypatch, tmp_path):
    """Run the command against the database file ``name`` in ``tmp_path`` (opened fresh each time)."""
    monkeypatch.setenv("WORKSHOP_LANGUAGE", "sv")
    monkeypatch.chdir(tmp_path)

    def run(name: str, *arguments: str, answer: str | None = None) -> int:
        monkeypatch.setenv("WORKSHOP_DB_URL", f"sqlite:///{tmp_path / name}")
        if answer is not None:
            monkeypatch.setattr("builtins.input", lambda question: print(question) or answer)
        forget_stores()
        try:
            return main(["backup", *arguments])
        finally:
            forget_stores()

    return run


def test_export_writes_the_file_and_never_overwrites_one(installation, demo_database, tmp_path, capsys):
    (tmp_path / "demo.sqlite").write_bytes(demo_database.read_bytes())
    assert installation("demo.sqlite", "export", "--team", "1") == 0
    [made] = tmp_path.glob("sakerhetskopia-exempelkommun-forsorjningsstod-*.genombrott.zip")
    assert "Säkerhetskopian sparades i" in capsys.readouterr().out
    content = made.read_bytes()
    assert installation("demo.sqlite", "export", "--collaborative", "1", "-o", made.name) == 2
    assert "finns redan; inget skrevs över" in capsys.readouterr().err
    assert made.read_bytes() == content


def test_import_shows_the_preview_asks_and_imports_into_an_empty_database(installation, demo_database, tmp_path,
                                                                           capsys):
    (tmp_path / "demo.sqlite").write_bytes(demo_database.read_bytes())
    installation("demo.sqlite", "export", "--collaborative", "1", "-o", "samverkan.genombrott.zip")
    capsys.readouterr()
    assert installation("empty.sqlite", "import", "samverkan.genombrott.zip", answer="n") == 0
    output = capsys.readouterr().out
    assert "En säkerhetskopia av samverkan ”Tidigt stöd – exempelsamverkan (fiktiv)” med 4 team" in output
    assert "Importera säkerhetskopian? [j/N]" in output and "Inget importerades." in output
    empty = Store(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    assert not every_row(empty)["collaborative"]
    empty.close()

    assert installation("empty.sqlite", "import", "samverkan.genombrott.zip", answer="ja") == 0
    assert "Importerad som ”Tidigt stöd – exempelsamverkan (fiktiv)” (nummer 1)." in capsys.readouterr().out
    assert installation("empty.sqlite", "export", "--collaborative", "1", "-o", "igen.genombrott.zip") == 0
    first = data_of((tmp_path / "samverkan.genombrott.zip").read_bytes())
    again = data_of((tmp_path / "igen.genombrott.zip").read_bytes())
    assert again["team"] == first["team"] and len(again["history"]) == len(first["history"]) + 1


def test_a_taken_name_needs_as_new_and_a_team_needs_its_collaborative(installation, demo_database, tmp_path,
                                                                       capsys):
    (tmp_path / "demo.sqlite").write_bytes(demo_database.read_bytes())
    installation("demo.sqlite", "export", "--team", "1", "-o", "team.genombrott.zip")
    capsys.readouterr()
    assert installation("demo.sqlite", "import", "team.genombrott.zip", "--yes") == 2
    assert "--collaborative" in capsys.readouterr().err
    assert installation("demo.sqlite", "import", "team.genombrott.zip", "--collaborative", "1", "--yes") == 2
    assert "Lägg till --as-new" in capsys.readouterr().err
    assert installation("demo.sqlite", "import", "team.genombrott.zip", "--collaborative", "1", "--as-new",
                        "--yes") == 0
    assert "(importerad " in capsys.readouterr().out
    demo = Store(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    assert len(list_teams(demo, 1)) == 5
    demo.close()


def test_a_file_that_is_not_a_backup_is_refused_in_words(installation, tmp_path, capsys):
    (tmp_path / "rapport.docx").write_bytes(b"PK\x03\x04 not really a document")
    assert installation("kit.sqlite", "import", "rapport.docx", "--yes") == 2
    error = capsys.readouterr().err
    assert "skadad eller ofullständig" in error and "Traceback" not in error
    assert installation("kit.sqlite", "import", "saknas.genombrott.zip") == 2
    assert "Hittar inte filen saknas.genombrott.zip." in capsys.readouterr().err
