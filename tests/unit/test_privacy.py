"""Privacy rule 4: codes are stored hashed, never in plain text — not in tables, history or logs."""

from __future__ import annotations

import logging

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
