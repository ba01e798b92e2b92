"""The purpose of the team's work: why first, then how and what; and its object (for whom, need, goal)."""

from __future__ import annotations

from dataclasses import fields

from workshop.aims.model import Purpose, PurposeDetails
from workshop.i18n import N_, _
from workshop.improvement.rows import team_must_exist
from workshop.store import Store, claim
from workshop.store.tables.aims import PurposeRow
from workshop.validation import clean_paragraphs

PURPOSE_LABELS = {
    "why": N_("Why? (the reason, first)"),
    "how": N_("How? (the way you work)"),
    "what": N_("What? (what you do)"),
    "for_whom": N_("For whom?"),
    "need": N_("Which need?"),
    "goal": N_("Which goal?"),
}
_NAMES = tuple(field.name for field in fields(PurposeDetails))


def clean_purpose(details: PurposeDetails) -> PurposeDetails:
    return PurposeDetails(**{name: clean_paragraphs(getattr(details, name), field=name,
                                                    label=_(PURPOSE_LABELS[name]), max_length=4000)
                             for name in _NAMES})


def _to_purpose(row: PurposeRow) -> Purpose:
    return Purpose(**{name: getattr(row, name) for name in _NAMES}, team_id=row.team_id, version=row.version)


def get_purpose(store: Store, team_id: int) -> Purpose:
    """The team's purpose; an empty one (version 0) before the team has written any."""
    with store.reading() as session:
        row = session.get(PurposeRow, team_id)
        return _to_purpose(row) if row is not None else Purpose(team_id=team_id)


def save_purpose(store: Store, team_id: int, details: PurposeDetails, *, expected_version: int,
                 actor: str) -> Purpose:
    """Save the purpose; ``expected_version`` is 0 for the first save, else the version the person read."""
    details = clean_purpose(details)
    with store.writing(actor) as session:
        team_must_exist(session, team_id)
        row = session.get(PurposeRow, team_id, with_for_update=True)
        if row is None:
            row = PurposeRow(team_id=team_id, version=0)
            session.add(row)
        claim(row, expected_version)
        for name in _NAMES:
            setattr(row, name, getattr(details, name))
        session.flush()
        return _to_purpose(row)
