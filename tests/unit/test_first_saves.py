"""Two people making the first save of a one-row-per-team record at the same moment: never "name in use".

Both transactions find no row and create one; the unique key lets one in. Inventory notes are text people
write together, so the other person gets an edit conflict with their input kept; the import's column roles are
a setting, so the other save either follows the first or gets the conflict.
"""

from __future__ import annotations

import contextlib
import threading

import pytest

import workshop.store
from workshop.collaboratives import create_collaborative
from workshop.errors import EditConflict
from workshop.inventory import ColumnMapping, Role
from workshop.inventory.storage import InventoryNotes, get_notes, load_mapping_profile, save_mapping_profile, save_notes
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.teams import add_team


@pytest.fixture
def team_id(any_store) -> int:
    collaborative = create_collaborative(any_store, CollaborativeDetails("Tidigt stöd"), facilitator_code="kod-123456",
                                         actor="t")
    return add_team(any_store, collaborative.id, TeamDetails("Team Ett", "Kommun"), code="kod-654321", actor="t").id


def _at_the_same_moment(monkeypatch, *saves) -> list[str]:
    """Run the saves in threads that meet after each found no row (where the database lets both get that far:
    SQLite queues the second writer, PostgreSQL does not); each outcome is "saved" or the error's name."""
    meeting, claim = threading.Barrier(len(saves)), workshop.store.claim

    def claim_together(row, expected_version):
        with contextlib.suppress(threading.BrokenBarrierError):  # the database already queued the other writer
            meeting.wait(timeout=1)
        claim(row, expected_version)

    monkeypatch.setattr(workshop.store, "claim", claim_together)
    outcomes: list[str] = []

    def run(save) -> None:
        try:
            save()
            outcomes.append("saved")
        except Exception as problem:  # noqa: BLE001 - the outcome is what the test checks
            outcomes.append(type(problem).__name__)

    threads = [threading.Thread(target=run, args=(save,)) for save in saves]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return sorted(outcomes)


def test_simultaneous_first_notes_one_is_saved_the_other_gets_an_edit_conflict(any_store, team_id, monkeypatch):
    texts = {"Ana": InventoryNotes("Ana väntar sig fler unga", "", 0), "Bo": InventoryNotes("Bo tror färre", "", 0)}
    outcomes = _at_the_same_moment(monkeypatch, *[
        lambda notes=notes, who=who: save_notes(any_store, team_id, notes, actor=f"t:{who}")
        for who, notes in texts.items()])
    assert outcomes == ["EditConflict", "saved"]
    saved = get_notes(any_store, team_id)
    assert saved.version == 1 and saved.expectations in {notes.expectations for notes in texts.values()}
    with pytest.raises(EditConflict):
        save_notes(any_store, team_id, InventoryNotes("Sent", "", 0), actor="t")


def test_simultaneous_first_column_roles_never_say_the_name_is_taken(any_store, team_id, monkeypatch):
    mappings = [ColumnMapping.of({Role.OPENED: [column]}) for column in ("Akt. datum", "Startdatum")]
    outcomes = _at_the_same_moment(monkeypatch, *[
        lambda mapping=mapping: save_mapping_profile(any_store, team_id, mapping, actor="t") for mapping in mappings])
    assert "saved" in outcomes and set(outcomes) <= {"saved", "EditConflict"}
    assert load_mapping_profile(any_store, team_id) in mappings
