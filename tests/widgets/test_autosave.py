"""Autosave: waits for a pause in typing, then saves once and says when."""

from __future__ import annotations

import asyncio
import datetime as dt

from widgets.autosave import Autosave
from workshop.errors import EditConflict

FIXED_NOW = dt.datetime(2026, 11, 23, 14, 2)


def test_changes_in_quick_succession_are_saved_once_after_the_pause():
    saves = []
    autosave = Autosave(lambda: saves.append(1), delay=0.05, now=lambda: FIXED_NOW)

    async def type_quickly():
        for _ in range(5):
            autosave.changed()
            await asyncio.sleep(0.01)
        assert saves == [] and "Inte sparat än" in autosave.status.value
        await asyncio.sleep(0.15)

    asyncio.run(type_quickly())
    assert saves == [1]
    assert "Sparat kl. 14.02" in autosave.status.value


def test_a_conflict_is_shown_as_an_error():
    def stale():
        raise EditConflict("Någon annan har sparat ändringar här.")

    autosave = Autosave(stale)
    autosave.changed()
    assert autosave.state == "conflict"
    assert "Någon annan har sparat" in autosave.status.value
    assert "gk-message-error" in autosave.status.value
