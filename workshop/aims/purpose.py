"""The purpose of the team's work: why first, then how and what; and its object (for whom, need, goal)."""

from __future__ import annotations

from workshop.aims.model import Purpose, PurposeDetails
from workshop.i18n import N_
from workshop.store import Store
from workshop.store.records import Field, Record, TeamTexts
from workshop.store.tables.aims import PurposeRow

PURPOSE = Record(PurposeDetails, tuple(Field(name, label, max_length=4000) for name, label in (
    ("why", N_("Why? (the reason, first)")),
    ("how", N_("How? (the way you work)")),
    ("what", N_("What? (what you do)")),
    ("for_whom", N_("For whom?")),
    ("need", N_("Which need?")),
    ("goal", N_("Which goal?")),
)))
_TEXTS = TeamTexts(PurposeRow, PURPOSE, Purpose)


def get_purpose(store: Store, team_id: int) -> Purpose:
    """The team's purpose; an empty one (version 0) before the team has written any."""
    return _TEXTS.get(store, team_id)


def save_purpose(store: Store, team_id: int, details: PurposeDetails, *, expected_version: int,
                 actor: str) -> Purpose:
    """Save the purpose; ``expected_version`` is 0 for the first save, else the version the person read."""
    return _TEXTS.save(store, team_id, details, expected_version=expected_version, actor=actor)
