"""Two processes (two Voilà kernels) editing the same team at once: one wins, the other is told."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace

from sqlalchemy import select

from workshop.store import Store
from workshop.store.tables import HistoryRow
from workshop.teams import get_team


def _edit_team(url: str, version: int, unit: str, barrier, results) -> None:
    from workshop.errors import EditConflict
    from workshop.i18n import set_language
    from workshop.teams import get_team, update_team

    set_language("sv")
    store = Store(url)
    team = get_team(store, 1)
    barrier.wait()  # both have read the same version; now both save
    try:
        update_team(store, 1, replace(team.details, unit=unit), expected_version=version, actor=f"writer:{unit}")
        results.put(("saved", unit))
    except EditConflict as conflict:
        results.put(("conflict", conflict.message))


def test_two_processes_writing_the_same_team_one_succeeds_the_other_gets_the_conflict(demo_store):
    before = get_team(demo_store, 1)
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    writers = [context.Process(target=_edit_team, args=(demo_store.url, before.version, unit, barrier, results))
               for unit in ("Enhet A", "Enhet B")]
    for writer in writers:
        writer.start()
    outcomes = sorted(results.get(timeout=60) for _ in writers)
    for writer in writers:
        writer.join(timeout=60)

    (conflict_kind, conflict_message), (saved_kind, winner) = outcomes
    assert (conflict_kind, saved_kind) == ("conflict", "saved")
    assert "Inget skrevs över" in conflict_message
    after = get_team(demo_store, 1)
    assert after.unit == winner and after.version == before.version + 1
    with demo_store.reading() as session:
        updates = session.scalars(select(HistoryRow).where(
            HistoryRow.entity == "team", HistoryRow.action == "update")).all()
    assert [entry.actor for entry in updates] == [f"writer:{winner}"]
    assert updates[0].changes["unit"] == [before.unit, winner]
