"""Guessing codes: every wrong code is counted at once, many are slowed down, the right code always opens."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from workshop import guessing
from workshop.collaboratives import create_collaborative
from workshop.errors import AccessDenied
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.session import join_team, open_as_facilitator
from workshop.store.tables import AccessFailure, utc_now
from workshop.teams import add_team

TEAM_CODE, FACILITATOR_CODE = "team-kod-4711", "ledning-kod-4711"


@pytest.fixture
def holds(monkeypatch) -> list[dt.timedelta]:
    """How long each wrong code's answer was held (recorded instead of waited)."""
    held: list[dt.timedelta] = []
    monkeypatch.setattr(guessing, "hold", held.append)
    return held


def _team(store):
    collaborative = create_collaborative(store, CollaborativeDetails("Tidigt stöd"), facilitator_code=FACILITATOR_CODE,
                                         actor="t")
    return add_team(store, collaborative.id, TeamDetails("Team Ett", "Kommun"), code=TEAM_CODE, actor="t")


def _failures(store, subject: str) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(AccessFailure).where(AccessFailure.subject == subject))


def test_fifty_simultaneous_wrong_codes_are_all_counted_and_the_right_code_still_opens(any_store, holds):
    team = _team(any_store)
    start, refused = threading.Barrier(50), []

    def guess(number: int) -> None:
        start.wait()
        try:
            join_team(any_store, team.id, f"gissning-{number:04d}")
        except AccessDenied as problem:
            refused.append(problem.message)

    guessers = [threading.Thread(target=guess, args=(number,)) for number in range(50)]
    for guesser in guessers:
        guesser.start()
    for guesser in guessers:
        guesser.join(timeout=120)

    assert len(refused) == 50 and all(message.startswith("Koden stämmer inte.") for message in refused)
    assert _failures(any_store, f"team:{team.id}") == 50
    assert sorted(holds) == [dt.timedelta(0)] * guessing.MAX_FAILURES + [guessing.HOLD] * 40
    assert join_team(any_store, team.id, TEAM_CODE).team_id == team.id  # not locked out, not held
    assert len(holds) == 50


def test_wrong_codes_are_held_after_ten_in_a_quarter_of_an_hour_and_the_right_code_never_waits(store, holds,
                                                                                               monkeypatch):
    team = _team(store)
    for _attempt in range(guessing.MAX_FAILURES + 2):
        with pytest.raises(AccessDenied):
            join_team(store, team.id, "gissning-123")
    assert holds == [dt.timedelta(0)] * guessing.MAX_FAILURES + [guessing.HOLD] * 2
    assert join_team(store, team.id, TEAM_CODE).team_id == team.id
    assert open_as_facilitator(store, team.collaborative_id, FACILITATOR_CODE).collaborative_id == team.collaborative_id
    assert len(holds) == guessing.MAX_FAILURES + 2

    later = utc_now() + guessing.WINDOW
    monkeypatch.setattr("workshop.guessing.utc_now", lambda: later)
    with pytest.raises(AccessDenied):
        join_team(store, team.id, "gissning-123")
    assert holds[-1] == dt.timedelta(0)


def test_recent_wrong_codes_are_counted_per_team_and_forgotten_after_a_day(store, holds, monkeypatch):
    team = _team(store)
    for _attempt in range(3):
        with pytest.raises(AccessDenied):
            join_team(store, team.id, "gissning-123")
    with pytest.raises(AccessDenied):
        open_as_facilitator(store, team.collaborative_id, "gissning-123")
    subjects = [f"team:{team.id}", "team:999", f"facilitator:{team.collaborative_id}"]
    assert guessing.recent_failures(store, subjects) == {f"team:{team.id}": 3,
                                                         f"facilitator:{team.collaborative_id}": 1}
    assert guessing.recent_failures(store, subjects, now=utc_now() + guessing.KEPT_FOR) == {}
