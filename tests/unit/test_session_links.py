"""A link copied from an e-mail or a chat, broken over lines or with spaces in it, still opens the page."""

from __future__ import annotations

import pytest

from workshop.errors import AccessDenied
from workshop.session import Role, join_team, resolve


@pytest.fixture
def query(demo_store) -> str:
    return join_team(demo_store, 1, "demo-team-exempel").query()  # team=1&key=…&lang=sv


@pytest.mark.parametrize("break_at", ["%0A", "%0D%0A", "\n", " ", "%20", "%09"])
def test_a_line_break_or_space_inside_the_key_or_between_parameters_is_ignored(demo_store, query, break_at):
    key_at = query.index("key=") + len("key=")
    inside_key = query[:key_at + 5] + break_at + query[key_at + 5:]
    between = query.replace("&key=", "&" + break_at + "key=")
    after_id = query.replace("team=1", "team=1" + break_at)
    for broken in (inside_key, between, after_id):
        session = resolve(demo_store, broken)
        assert (session.role, session.team_id) == (Role.TEAM, 1)


def test_a_link_cut_at_the_line_break_is_refused_with_a_swedish_message(demo_store, query):
    cut = query[:query.index("key=") + 10]
    with pytest.raises(AccessDenied) as refused:
        resolve(demo_store, cut)
    assert refused.value.message.startswith("Länken ger inte åtkomst")
