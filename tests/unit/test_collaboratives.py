"""Creating and editing collaboratives: validation, duplicates, seminars, optimistic concurrency."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from workshop.collaboratives import (
    create_collaborative,
    get_collaborative,
    list_collaboratives,
    update_collaborative,
)
from workshop.errors import DuplicateName, EditConflict, InvalidInput
from workshop.model import Area, CollaborativeDetails, Seminar, SeminarKind
from workshop.store.tables import HistoryRow

KICKOFF = Seminar(SeminarKind.KICKOFF, dt.date(2027, 1, 14))
SEMINAR = Seminar(SeminarKind.LEARNING_SEMINAR, dt.date(2027, 2, 11))


def _create(store, facilitator_code="kod-123456", **overrides):
    details = replace(CollaborativeDetails("Tidigt stöd"), **overrides)
    return create_collaborative(store, details, facilitator_code=facilitator_code, actor="test")


def _snapshot(store):
    return [get_collaborative(store, id_) for id_, _ in list_collaboratives(store)]


def test_create_cleans_the_name_and_sorts_seminars(store):
    created = _create(store, name="  Tidigt   stöd ", seminars=(SEMINAR, KICKOFF), region="RSS Exempel")
    assert created.name == "Tidigt stöd"
    assert created.seminars == (KICKOFF, SEMINAR)
    assert get_collaborative(store, created.id) == created


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": "   "}, "Fyll i samverkans namn."),
        ({"name": "x" * 121}, "Samverkans namn får vara högst 120 tecken (nu 121)."),
        ({"name": "Bra\x00namn"}, "Samverkans namn innehåller tecken som inte kan användas."),
        ({"area": "okänt"}, "Välj ett område för samverkan."),
        ({"facilitator_code": "min kod 123"}, "Koden får inte innehålla mellanslag."),
        ({"facilitator_code": "kort"}, "Koden måste vara minst 10 tecken lång."),
        ({"period_start": dt.date(2027, 6, 1), "period_end": dt.date(2027, 1, 1)}, "Perioden slutar innan"),
    ],
)
def test_bad_input_is_refused_in_swedish_and_nothing_is_stored(store, overrides, message):
    _create(store, name="Befintlig")
    before = _snapshot(store)
    with pytest.raises(InvalidInput) as problem:
        _create(store, **overrides)
    assert problem.value.message.startswith(message)
    assert _snapshot(store) == before


def test_duplicate_names_are_refused_whatever_the_case_and_spacing(store):
    _create(store, name="Tidigt stöd")
    with pytest.raises(DuplicateName) as problem:
        _create(store, name="TIDIGT  Stöd")
    assert "finns redan" in problem.value.message
    assert len(list_collaboratives(store)) == 1


def test_update_changes_fields_seminars_and_version_and_records_history(store):
    created = _create(store, seminars=(KICKOFF,))
    details = CollaborativeDetails("Tidigt stöd 2027", Area.SUBSTANCE_MISUSE, seminars=(KICKOFF, SEMINAR))
    updated = update_collaborative(store, created.id, details, expected_version=1, actor="fac")
    assert (updated.name, updated.area, updated.seminars, updated.version) == (
        "Tidigt stöd 2027", Area.SUBSTANCE_MISUSE, (KICKOFF, SEMINAR), 2)
    with store.reading() as session:
        entries = session.scalars(select(HistoryRow).where(HistoryRow.actor == "fac")).all()
    changed = {(entry.entity, entry.action) for entry in entries}
    # A meeting that stays keeps its row (and its program); only the new one is created.
    assert changed == {("collaborative", "update"), ("seminar", "create")}


def test_a_stale_edit_is_refused_and_does_not_overwrite(store):
    created = _create(store)
    update_collaborative(store, created.id, CollaborativeDetails("Först"), expected_version=1, actor="a")
    with pytest.raises(EditConflict) as problem:
        update_collaborative(store, created.id, CollaborativeDetails("Sen"), expected_version=1, actor="b")
    assert "ladda om" in problem.value.message
    assert get_collaborative(store, created.id).name == "Först"


def test_renaming_to_another_collaboratives_name_is_refused(store):
    _create(store, name="Ett")
    second = _create(store, name="Två")
    with pytest.raises(DuplicateName):
        update_collaborative(store, second.id, CollaborativeDetails("ett"), expected_version=1, actor="t")
    assert get_collaborative(store, second.id).name == "Två"
