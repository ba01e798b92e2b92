"""The store on PostgreSQL: the same migrations, history, access and conflicts as on SQLite.

Runs when ``WORKSHOP_TEST_POSTGRES_URL`` names an empty database the tests may reset
(``.ci/run`` starts a local PostgreSQL for it); skipped otherwise, except in CI, where they fail
(``pg_store`` in ``tests/conftest.py``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, text

from workshop.collaboratives import create_collaborative, get_collaborative
from workshop.errors import AccessRevoked, DuplicateName, EditConflict, NotFound
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.session import join_team, resolve
from workshop.store import Store
from workshop.store.migrate import HEAD_REVISION
from workshop.store.tables import Base, HistoryRow
from workshop.teams import add_team, change_team_code, get_team, update_team


def test_migrations_reach_head_and_match_the_models(pg_store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with pg_store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    Store(pg_store.url).close()  # a second opening finds nothing to migrate


def test_collaborative_team_access_history_and_conflicts(pg_store):
    collaborative = create_collaborative(pg_store, CollaborativeDetails("Tidigt stöd"), facilitator_code="kod-123456",
                                         actor="t")
    team = add_team(pg_store, collaborative.id, TeamDetails("Team Ett", "Kommun"), code="team-kod-1", actor="t")
    with pytest.raises(DuplicateName):
        add_team(pg_store, collaborative.id, TeamDetails("team ett", "Kommun"), code="team-kod-1", actor="t")
    session = join_team(pg_store, team.id, "team-kod-1")
    assert resolve(pg_store, session.query()).team_id == team.id

    updated = update_team(pg_store, team.id, replace(team.details, unit="Enhet"), expected_version=team.version,
                          actor=session.actor)
    with pytest.raises(EditConflict):
        update_team(pg_store, team.id, replace(team.details, unit="Annan"), expected_version=team.version,
                    actor="other")
    assert get_team(pg_store, team.id) == updated
    assert get_collaborative(pg_store, collaborative.id).name == "Tidigt stöd"
    with pg_store.reading() as db:
        actions = [(h.entity, h.action, h.actor) for h in db.scalars(select(HistoryRow).order_by(HistoryRow.id))]
    assert actions == [("collaborative", "create", "t"), ("team", "create", "t"),
                       ("team", "update", f"team:{team.id}")]


def test_a_page_opened_before_the_code_changed_can_no_longer_save_and_odd_links_are_wrong_links(pg_store):
    collaborative = create_collaborative(pg_store, CollaborativeDetails("Tidigt stöd"), facilitator_code="kod-123456",
                                         actor="t")
    team = add_team(pg_store, collaborative.id, TeamDetails("Team Ett", "Kommun"), code="team-kod-1", actor="t")
    opened = join_team(pg_store, team.id, "team-kod-1")
    change_team_code(pg_store, team.id, new_code="team-kod-2", actor="t")
    with pytest.raises(AccessRevoked):
        update_team(pg_store, team.id, replace(team.details, unit="Enhet"), expected_version=team.version,
                    actor=opened.actor)
    assert get_team(pg_store, team.id).unit == team.unit
    for query in ("team=9223372036854775808&key=x", "team=99999999999999999999999&key=x", "collab=-1&key=x"):
        with pytest.raises(NotFound):
            resolve(pg_store, query)
