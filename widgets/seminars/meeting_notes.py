"""What the meetings leave behind, on the program page.

The facilitator writes each meeting's notes (what the collaborative learned, questions for experts) beside the
questions the teams sent before it, with the teams' names. A team sends the faculty a question for an upcoming
meeting, sees and may take back its own, and reads the notes of the meetings: all teach, all learn, also for
those who could not come. A team never sees another team's questions.
"""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets

from widgets.components.fields import button, choice_field, html, paragraph, section, text_area, with_help
from widgets.seminars.markup import table, when
from workshop.i18n import _, format_date, ngettext
from workshop.seminars import Meeting, Program
from workshop.seminars.notes import (
    NOTE_LABELS,
    MeetingNotes,
    MeetingNotesDetails,
    meeting_notes,
    note_label,
    save_meeting_notes,
)
from workshop.seminars.questions import TeamQuestion, ask_question, questions_for, withdraw_question
from workshop.session import Role

NOTES_MEETING = "notes_meeting"


def meeting_parts(page, program: Program) -> list[ipywidgets.Widget]:
    """The facilitator's notes with the teams' questions; for a team, its questions and the notes to read."""
    if not program.meetings:
        return []
    if page.session.role is Role.FACILITATOR:
        return [NotesForm(page, program).widget]
    return [QuestionForm(page, program).widget, *_notes_to_read(page, program)]


def _meeting_label(meeting: Meeting) -> str:
    return f"{meeting.title} ({when(meeting)})"


def _held_or_first(program: Program, today: dt.date) -> Meeting:
    """The latest meeting held by today (the one the notes are most likely about), else the first."""
    held = [meeting for meeting in program.meetings if meeting.date is not None and meeting.date <= today]
    return held[-1] if held else program.meetings[0]


class NotesForm:
    def __init__(self, page, program: Program) -> None:
        self.page = page
        questions = questions_for(page.store, page.session)
        meetings = {meeting.id: meeting for meeting in program.meetings}
        chosen = meetings.get(page.state.chosen(NOTES_MEETING)) or _held_or_first(program, dt.date.today())
        self.meeting = chosen
        self.notes = meeting_notes(page.store, program.collaborative_id).get(chosen.id) or MeetingNotes(
            meeting_id=chosen.id)
        asked = [question for question in questions if question.meeting_id == chosen.id]
        options = []
        for meeting in program.meetings:
            count = sum(question.meeting_id == meeting.id for question in questions)
            label = _meeting_label(meeting)
            if count:
                label += " – " + ngettext("{count} question", "{count} questions", count).format(count=count)
            options.append((label, meeting.id))
        self.choice = choice_field(_("Meeting"), options, chosen.id)
        self.choice.observe(page.guard(lambda change: page.redraw(**{NOTES_MEETING: change["new"]})),
                            names="value")
        self.learned = text_area(note_label("learned"), self.notes.learned, rows=5)
        self.expert_questions = text_area(note_label("expert_questions"), self.notes.expert_questions, rows=4)
        save = button(_("Save the meeting's notes"), primary=True)
        save.on_click(page.guard(lambda _button: self._save()))
        self.widget: ipywidgets.Widget = section(
            _("The meeting's notes"),
            paragraph(_("During or after the meeting: what the collaborative learned and the questions raised for "
                        "experts. The teams read the notes on this page, and they go into the collaborative's "
                        "summary.")),
            self.choice, html(_asked_table(asked)), self.learned, self.expert_questions, save)

    def _save(self) -> None:
        saved = save_meeting_notes(self.page.store, self.page.session, self.meeting.id,
                                   MeetingNotesDetails(self.learned.value, self.expert_questions.value),
                                   expected_version=self.notes.version)
        self.page.redraw(_("The notes of {meeting} were saved.").format(meeting=self.meeting.title),
                         **{NOTES_MEETING: saved.meeting_id})


def _asked_table(asked: list[TeamQuestion]) -> str:
    if not asked:
        none = _("No team has sent a question for this meeting.")
        return f"<p>{escape(none)}</p>"
    return table(_("The teams' questions before the meeting"), [_("Team"), _("Sent"), _("Question")], [
        [escape(question.team), escape(format_date(question.asked_at.date())), _multiline(question.text)]
        for question in asked])


def _multiline(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


class QuestionForm:
    def __init__(self, page, program: Program) -> None:
        self.page = page
        today = dt.date.today()
        upcoming = [meeting for meeting in program.meetings if meeting.date is not None and meeting.date >= today]
        meetings = {meeting.id: meeting for meeting in program.meetings}
        own = questions_for(page.store, page.session)  # a removed meeting takes its questions along
        parts: list[ipywidgets.Widget] = [paragraph(_(
            "Send the faculty a question before a meeting: they read every team's questions and take them up at the "
            "meeting. You can take a question back until the day of the meeting."))]
        if upcoming:
            self.meeting = choice_field(_("Meeting"), [(_meeting_label(meeting), meeting.id) for meeting in upcoming])
            self.question = text_area(_("Your question"), rows=4)
            send = button(_("Send the question"), primary=True)
            send.on_click(page.guard(lambda _button: self._send()))
            parts += [self.meeting, with_help(self.question, _(
                "Write in your team's own words about your work, never details of clients."
                " The question is shown with your team's name to the faculty and in the collaborative's summary.")),
                send]
        else:
            parts.append(paragraph(_("No meeting is planned ahead, so there is nothing to ask for now.")))
        if own:
            parts.append(html(table(_("Your questions"), [_("Meeting"), _("Sent"), _("Question")], [
                [escape(meetings[question.meeting_id].title), escape(format_date(question.asked_at.date())),
                 _multiline(question.text)] for question in own])))
            parts += self._take_back_buttons(own, meetings, today)
        self.widget: ipywidgets.Widget = section(_("Questions to the faculty"), *parts)

    def _take_back_buttons(self, own: list[TeamQuestion], meetings: dict[int, Meeting],
                           today: dt.date) -> list[ipywidgets.Widget]:
        buttons = []
        for number, question in enumerate(own, 1):
            date = meetings[question.meeting_id].date
            if date is None or date < today:
                continue
            take_back = button(_("Take back question {number} ({meeting})").format(
                number=number, meeting=meetings[question.meeting_id].title))
            take_back.on_click(self.page.guard(lambda _button, question_id=question.id: self._take_back(question_id)))
            buttons.append(take_back)
        return buttons

    def _send(self) -> None:
        asked = ask_question(self.page.store, self.page.session, self.meeting.value, self.question.value)
        self.page.redraw(_("Your question was sent to the faculty ({date}).").format(
            date=format_date(asked.asked_at.date())))

    def _take_back(self, question_id: int) -> None:
        withdraw_question(self.page.store, self.page.session, question_id)
        self.page.redraw(_("The question was taken back."))


def _notes_to_read(page, program: Program) -> list[ipywidgets.Widget]:
    notes = meeting_notes(page.store, program.collaborative_id)
    parts = []
    for meeting in program.meetings:
        written = notes.get(meeting.id)
        if written is None or not written.written:
            continue
        texts = [f"<h4>{escape(note_label(name))}</h4><p>{_multiline(getattr(written, name))}</p>"
                 for name in NOTE_LABELS if getattr(written, name)]
        parts.append(html(f"<h3>{escape(_meeting_label(meeting))}</h3>{''.join(texts)}"))
    return [section(_("Notes from the meetings"), *parts)] if parts else []
