"""Privacy rule 4: codes are stored hashed, never in plain text — not in tables, history or logs; and what a
person typed never reaches the log through an error message."""

from __future__ import annotations

import logging
import sys

import pytest

from workshop.collaboratives import create_collaborative
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.session import join_team
from workshop.teams import add_team, change_team_code

CODES = ("fac-hemlig-9876", "team-hemlig-5432", "team-nyare-1111")


def test_codes_never_reach_the_database_files_or_the_log(store, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    collaborative = create_collaborative(store, CollaborativeDetails("Sekretess"), facilitator_code=CODES[0],
                                         actor="t")
    team = add_team(store, collaborative.id, TeamDetails("Team", "Kommun"), code=CODES[1], actor="t")
    change_team_code(store, team.id, new_code=CODES[2], actor="t")
    join_team(store, team.id, CODES[2])
    store.close()
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("kit.sqlite*"))
    assert stored, "the database files were not found"
    for code in CODES:
        assert code.encode() not in stored
        assert code not in caplog.text


def test_a_failure_in_a_page_logs_where_it_happened_but_not_what_was_typed():
    from widgets.errors import TracebackWithoutValues

    typed = "Anna Andersson 19121212-1212"
    try:
        float(typed)
    except ValueError:
        record = logging.LogRecord("widgets", logging.ERROR, __file__, 1, "unexpected error in %s", ("save",),
                                   sys.exc_info())
    line = TracebackWithoutValues("%(message)s").format(record)
    assert "unexpected error in save" in line
    assert "builtins.ValueError" in line and "float(typed)" in line
    assert "Anna" not in line and "1212" not in line


def test_a_failed_statement_does_not_quote_its_values(store):
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    with pytest.raises(SQLAlchemyError) as failure, store.engine.begin() as connection:
        connection.execute(text("INSERT INTO no_such_table VALUES (:secret)"), {"secret": "hemlig-4711"})
    assert "hemlig-4711" not in str(failure.value)
