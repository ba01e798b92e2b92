"""The program page's body: every meeting with its time, place, theme, agenda and lists; the facilitator also
sees what to look at again, fills the program as in the pilot, and changes a meeting's date, time and place."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import ipywidgets

from widgets.components.fields import (
    button,
    choice_field,
    date_field,
    html,
    paragraph,
    section,
    text_area,
    text_field,
    with_help,
)
from widgets.seminars.agenda_editor import AgendaEditor
from widgets.seminars.markup import table, task_list, when, where
from widgets.seminars.meeting_notes import meeting_parts
from workshop.i18n import _, format_time
from workshop.seminars import Meeting, MeetingDetails, apply_default_program, get_program, save_meeting
from workshop.session import Role
from workshop.steps import GROUPS_NOTEBOOK

CHOSEN = "program_meeting"


class ProgramView:
    def __init__(self, page) -> None:
        self.page = page
        self.program = get_program(page.store, page.session.collaborative_id)
        self.leads = page.session.role is Role.FACILITATOR
        meetings = [self._meeting(meeting) for meeting in self.program.meetings]
        if not meetings:
            meetings = [paragraph(_("No meetings are planned yet. Fill in the program as in the pilot below: give "
                                    "the date of the first meeting.") if self.leads else
                                  _("No meetings are planned yet."))]
        self.children: list[ipywidgets.Widget] = [*meetings]
        self.children += meeting_parts(page, self.program)
        if self.leads:
            self.children += self._facilitator_tools()

    def _meeting(self, meeting: Meeting) -> ipywidgets.Widget:
        parts = [f"<p><strong>{escape(when(meeting))}</strong>"
                 + (f" · {where(meeting)}" if where(meeting) else "") + "</p>"]
        if meeting.theme:
            theme = _("Theme")
            parts.append(f"<p>{escape(theme)}: {escape(meeting.theme)}</p>")
        if self.leads:
            parts += [f'<p><span aria-hidden="true">⚠</span> <strong>{escape(flag)}</strong></p>'
                      for flag in self.program.flags_of(meeting.id)]
        if meeting.agenda:
            parts.append(table(_("The agenda"), [_("Time"), _("What"), _("Kind")], [
                [f"{format_time(item.start)}–{format_time(item.end)}", escape(item.title), escape(item.kind.label)]
                for item in meeting.agenda]))
        for title, tasks in ((_("Bring to the meeting"), meeting.bring), (_("Until next time"), meeting.next_time)):
            if tasks:
                parts.append(f"<h4>{escape(title)}</h4>{task_list(tasks, self.page.session)}")
        return section(meeting.title, html("".join(parts)), level=3)

    def _facilitator_tools(self) -> list[ipywidgets.Widget]:
        fill = button(_("Fill in the program as in the pilot"))
        fill.on_click(self.page.guard(lambda _button: self._fill()))
        # Without meetings the pilot's eight need a first date; the collaborative's start when left empty.
        self.first_date = with_help(date_field(_("First meeting on")), _(
            "Leave it empty to start on the collaborative's first day.")) if not self.program.meetings else None
        groups = _("Cross-groups for a meeting: draw, show and save")
        tools = [html(f'<p><a href="{escape(self.page.session.link(GROUPS_NOTEBOOK))}">{escape(groups)}</a></p>'),
                 section(_("Program as in the pilot"), paragraph(_(
            "Meetings without a theme, agenda or lists get those of the pilot; what you have written stays. "
            "Without meetings, eight are made five weeks apart from the collaborative's start.")),
            *([self.first_date] if self.first_date else []), fill)]
        if self.program.meetings:
            tools.append(self._edit_form())
            self.agenda_editor = AgendaEditor(self.page, self.editing, self._saved)
            tools.append(self.agenda_editor.widget)
        return tools

    def _edit_form(self) -> ipywidgets.Widget:
        meetings = {meeting.id: meeting for meeting in self.program.meetings}
        chosen_id = self.page.state.chosen(CHOSEN)
        meeting = meetings.get(chosen_id) or self.program.meetings[0]
        self.choice = choice_field(_("Meeting"), [(f"{m.title} ({when(m)})", m.id) for m in self.program.meetings],
                                   meeting.id)
        self.choice.observe(self.page.guard(lambda change: self.page.redraw(**{CHOSEN: change["new"]})),
                            names="value")
        self.editing = meeting
        self.date = text_field(_("Date"), meeting.date.isoformat() if meeting.date else "", placeholder=_("YYYY-MM-DD"))
        self.start = text_field(_("Starts at"), meeting.start_time.strftime("%H:%M") if meeting.start_time else "",
                                placeholder="09:30")
        self.end = text_field(_("Ends at"), meeting.end_time.strftime("%H:%M") if meeting.end_time else "",
                              placeholder="15:30")
        self.place = text_field(_("Place"), meeting.place)
        self.video_link = text_field(_("Video link"), meeting.video_link, placeholder="https://")
        self.theme = text_area(_("Theme"), meeting.theme)
        save = button(_("Save the meeting"), primary=True)
        save.on_click(self.page.guard(lambda _button: self._save()))
        return section(_("Change a meeting"), self.choice, self.date, self.start, self.end, self.place,
                       self.video_link, self.theme, save)

    def _details(self) -> MeetingDetails:
        return replace(self.editing.details, date=self.date.value, start_time=self.start.value,
                       end_time=self.end.value, place=self.place.value, video_link=self.video_link.value,
                       theme=self.theme.value)

    def _save(self) -> None:
        self._saved(save_meeting(self.page.store, self.page.session, self.editing.id, self._details(),
                                 expected_version=self.editing.version))

    def _saved(self, saved: Meeting) -> None:
        self.page.redraw(_("{meeting} was saved.").format(meeting=saved.title), **{CHOSEN: saved.id})

    def _fill(self) -> None:
        first = self.first_date.children[0].date if self.first_date else None
        apply_default_program(self.page.store, self.page.session, first_date=first)
        self.page.redraw(_("The program was filled in as in the pilot."))
