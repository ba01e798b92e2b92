"""Moving work between SQLite and PostgreSQL gives the same content both ways.

Runs when ``WORKSHOP_TEST_POSTGRES_URL`` names an empty database the tests may reset; skipped otherwise, except
in CI, where it fails (``pg_store`` in ``tests/conftest.py``).
"""

from __future__ import annotations

from tests.unit.backup.backup_files import data_of, without_import_record
from workshop.backup import export_collaborative, import_backup, read_backup


def test_a_collaborative_moves_to_postgresql_and_back_with_the_same_content(collaborative_file, pg_store, store):
    on_postgres = import_backup(pg_store, read_backup(collaborative_file.content), actor="cli")
    from_postgres = export_collaborative(pg_store, on_postgres.id)
    assert without_import_record(data_of(from_postgres.content)) == data_of(collaborative_file.content)

    back = import_backup(store, read_backup(from_postgres.content), actor="cli")
    moved_twice = data_of(export_collaborative(store, back.id).content)
    assert without_import_record(without_import_record(moved_twice)) == data_of(collaborative_file.content)
