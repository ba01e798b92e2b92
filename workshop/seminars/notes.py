"""The meeting's own notes: what the collaborative learned and the questions raised for experts (sakkunniga).

Only the collaborative's facilitator writes them, during or after the meeting; each save checks the version
the facilitator started from. Teams read them on the program page.

>>> save_meeting_notes(store, facilitator, meeting.id,
...                    MeetingNotesDetails("Korta cykler ger snabbare lärande.", "Hur mäter vi återaktualisering?"),
...                    expected_version=0)
>>> meeting_notes(store, collaborative_id)[meeting.id].learned
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import N_, _
from workshop.session import Session, led_collaborative
from workshop.store import Store, save_versioned
from workshop.store.tables import SeminarRow
from workshop.store.tables.meeting_notes import MeetingNotesRow
from workshop.validation import clean_paragraphs

NOTE_LABELS = {
    "learned": N_("What the collaborative learned"),
    "expert_questions": N_("Questions for experts"),
}


def note_label(name: str) -> str:
    """The label of one of the notes' texts, in the current language."""
    return _(NOTE_LABELS[name])


@dataclass(frozen=True)
class MeetingNotesDetails:
    learned: str = ""
    expert_questions: str = ""


@dataclass(frozen=True)
class MeetingNotes(MeetingNotesDetails):
    meeting_id: int = 0
    version: int = 0
    """0 while nothing is written."""
    updated_at: dt.datetime | None = field(default=None, compare=False)

    @property
    def written(self) -> bool:
        return bool(self.learned or self.expert_questions)


def meeting_missing() -> NotFound:
    return NotFound(_("The meeting does not exist (it may have been removed)."))


def meeting_of(session: DbSession, collaborative_id: int, meeting_id: object) -> SeminarRow:
    """The meeting ``meeting_id`` if it is one of the collaborative's; any other id is as good as missing."""
    row = session.get(SeminarRow, meeting_id) if isinstance(meeting_id, int) else None
    if row is None or row.collaborative_id != collaborative_id:
        raise meeting_missing()
    return row


def _to_notes(row: MeetingNotesRow) -> MeetingNotes:
    return MeetingNotes(learned=row.learned, expert_questions=row.expert_questions, meeting_id=row.seminar_id,
                        version=row.version, updated_at=row.updated_at)


def _clean(details: MeetingNotesDetails, *, first: bool) -> MeetingNotesDetails:
    texts = {name: clean_paragraphs(getattr(details, name), field=name, label=note_label(name)) for name in NOTE_LABELS}
    if first and not any(texts.values()):
        raise InvalidInput(_("Write what the collaborative learned or a question for experts."), field="learned")
    return MeetingNotesDetails(**texts)


def save_meeting_notes(store: Store, facilitator: Session, meeting_id: int, details: MeetingNotesDetails, *,
                       expected_version: int) -> MeetingNotes:
    """Save the meeting's notes; ``expected_version`` 0 for the first notes of the meeting.

    Refused, with nothing stored: a session that is not the collaborative's facilitator, a meeting of another
    collaborative, a text too long, and first notes with nothing written.
    """
    collaborative_id = led_collaborative(facilitator)
    details = _clean(details, first=expected_version == 0)
    return save_versioned(
        store, facilitator.actor, check=lambda session: meeting_of(session, collaborative_id, meeting_id),
        find=lambda session: session.scalar(select(MeetingNotesRow).where(MeetingNotesRow.seminar_id == meeting_id)
                                            .with_for_update()),
        create=lambda: MeetingNotesRow(seminar_id=meeting_id, collaborative_id=collaborative_id, version=0),
        expected_version=expected_version,
        values={"learned": details.learned, "expert_questions": details.expert_questions}, result=_to_notes)


def meeting_notes(store: Store, collaborative_id: int) -> dict[int, MeetingNotes]:
    """The notes of the collaborative's meetings, by meeting id (a meeting without notes is left out)."""
    with store.reading() as session:
        rows = session.scalars(select(MeetingNotesRow).where(MeetingNotesRow.collaborative_id == collaborative_id))
        return {row.seminar_id: _to_notes(row) for row in rows}
