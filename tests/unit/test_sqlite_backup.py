"""`workshop backup-db`: a consistent copy of the SQLite database while it is in use, never over an existing file."""

from __future__ import annotations

import pytest

from workshop.cli import main
from workshop.collaboratives import create_collaborative, list_collaboratives
from workshop.errors import UserError
from workshop.model import CollaborativeDetails
from workshop.store import Store
from workshop.store.sqlite_backup import backup_sqlite


def test_the_copy_holds_what_was_saved_a_moment_ago_while_the_database_is_open(demo_store, tmp_path, monkeypatch,
                                                                                capsys):
    create_collaborative(demo_store, CollaborativeDetails(name="Sparad nyss"), facilitator_code="processledare-123",
                         actor="test")
    # The store stays open, so the new collaborative is still in the write-ahead log beside the database file.
    assert demo_store.url.startswith("sqlite:///")
    monkeypatch.setenv("WORKSHOP_DB_URL", demo_store.url)
    target = tmp_path / "kopia.sqlite"

    assert main(["backup-db", str(target)]) == 0

    assert f"Databasen kopierades till {target}." in capsys.readouterr().out
    copy = Store(f"sqlite:///{target}")
    try:
        assert list_collaboratives(copy) == list_collaboratives(demo_store)
        assert "Sparad nyss" in dict(list_collaboratives(copy)).values()
    finally:
        copy.close()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_an_existing_file_is_never_overwritten(demo_store, tmp_path, monkeypatch, capsys):
    target = tmp_path / "kopia.sqlite"
    target.write_bytes(b"an earlier backup")
    monkeypatch.setenv("WORKSHOP_DB_URL", demo_store.url)

    assert main(["backup-db", str(target)]) == 2

    assert "finns redan; inget skrevs över" in capsys.readouterr().err
    assert target.read_bytes() == b"an earlier backup"


def test_postgresql_is_pointed_to_pg_dump(tmp_path):
    with pytest.raises(UserError, match="pg_dump"):
        backup_sqlite("postgresql+psycopg://kit@db/kit", tmp_path / "kopia.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database_is_refused_and_nothing_is_written(tmp_path):
    source = tmp_path / "kit.sqlite"
    source.write_bytes(b"garbage" * 100)
    with pytest.raises(UserError, match="skadad"):
        backup_sqlite(f"sqlite:///{source}", tmp_path / "kopia.sqlite")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kit.sqlite"]
    assert source.read_bytes() == b"garbage" * 100


def test_a_missing_database_is_said_so(tmp_path):
    with pytest.raises(UserError, match="Det finns ingen databas"):
        backup_sqlite(f"sqlite:///{tmp_path / 'saknas.sqlite'}", tmp_path / "kopia.sqlite")
    assert list(tmp_path.iterdir()) == []
