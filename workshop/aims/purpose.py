"""The purpose of the team's work: why first, then how and what; and its object (for whom, need, goal)."""

from __future__ import annotations

from workshop.aims.model import Purpose, PurposeDetails
from workshop.i18n import N_
from workshop.improvement.rows import TeamTexts
from workshop.store import Store
from workshop.store.tables.aims import PurposeRow

PURPOSE_LABELS = {
    "why": N_("Why? (the reason, first)"),
    "how": N_("How? (the way you work)"),
    "what": N_("What? (what you do)"),
    "for_whom": N_("For whom?"),
    "need": N_("Which need?"),
    "goal": N_("Which goal?"),
}
_TEXTS = TeamTexts(PurposeRow, PurposeDetails, Purpose, PURPOSE_LABELS, max_length=4000)


def get_purpose(store: Store, team_id: int) -> Purpose:
    """The team's purpose; an empty one (version 0) before the team has written any."""
    return _TEXTS.get(store, team_id)


def save_purpose(store: Store, team_id: int, details: PurposeDetails, *, expected_version: int,
                 actor: str) -> Purpose:
    """Save the purpose; ``expected_version`` is 0 for the first save, else the version the person read."""
    return _TEXTS.save(store, team_id, details, expected_version=expected_version, actor=actor)
