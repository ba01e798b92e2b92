"""The meetings in the collaborative's summary: per meeting what the collaborative learned, the questions raised
for experts, and the questions the teams sent the faculty before it (with the teams' names)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workshop.i18n import _, format_date
from workshop.reports.blocks import Block, Heading, Paragraph, Table
from workshop.seminars import Meeting
from workshop.seminars.notes import NOTE_LABELS, MeetingNotes, note_label
from workshop.seminars.questions import TeamQuestion


def meetings_section(meetings: Sequence[Meeting], notes: Mapping[int, MeetingNotes],
                     questions: Sequence[TeamQuestion]) -> tuple[Block, ...]:
    """A part per meeting with notes or questions, in the program's order; a sentence when there are none."""
    blocks: list[Block] = [Heading(1, _("The meetings"))]
    for meeting in meetings:
        written = notes.get(meeting.id)
        asked = [question for question in questions if question.meeting_id == meeting.id]
        if not asked and (written is None or not written.written):
            continue
        day = format_date(meeting.date) if meeting.date else _("No date")
        blocks.append(Heading(2, f"{meeting.title}, {day}"))
        for name in NOTE_LABELS:
            text = getattr(written, name, "")
            if text:
                blocks += [Heading(3, note_label(name)), Paragraph(text)]
        if asked:
            blocks += [Heading(3, _("The teams' questions before the meeting")),
                       Table((_("Team"), _("Question")), tuple((question.team, question.text) for question in asked))]
    if len(blocks) == 1:
        blocks.append(Paragraph(_("No meeting has notes or questions from the teams yet.")))
    return tuple(blocks)
