"""The Start page for a team: its journey through the steps, and who the team is."""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import (
    button,
    choice_field,
    field_row,
    html,
    paragraph,
    section,
    sent_as_typed,
    text_field,
)
from widgets.components.navigation import journey_list, where_to_go_on
from widgets.pdsa.nudges import nudge_section
from widgets.start.links import bookmark_box
from widgets.start.seminar_news import faculty_score_section, next_meeting_section
from workshop.collaboratives import get_collaborative
from workshop.i18n import _
from workshop.model import Area, Member, MemberRole, TeamDetails
from workshop.session import Role
from workshop.teams import get_team, update_team

# Narrower than a form's fields, so that with the button they fit one line of a wide page; shared by every line.
_ROLE_LAYOUT = ipywidgets.Layout(width="420px")
_NAME_LAYOUT = ipywidgets.Layout(width="480px")


class TeamView:
    def __init__(self, page) -> None:
        self.page = page
        session = page.session
        self.team = get_team(page.store, session.team_id)
        collaborative = get_collaborative(page.store, self.team.collaborative_id)
        self.autosave = Autosave(self._save)

        self.municipality = text_field(_("Municipality"), self.team.municipality)
        self.unit = text_field(_("Unit"), self.team.unit)
        self.area = choice_field(_("Area"), [(area.label, area) for area in Area], self.team.area)
        self.region = text_field(_("Region"), self.team.region)
        self.member_rows: list[tuple[ipywidgets.Dropdown, ipywidgets.Text]] = []
        self.members_box = ipywidgets.VBox()
        for member in self.team.members:
            self._append_member(member)
        self._redraw_members()
        self.add_member_button = button(_("Add a member"))
        self.add_member_button.on_click(page.guard(lambda _button: self._add_member()))
        sent_as_typed(self.municipality, self.unit, self.region)
        for field in (self.municipality, self.unit, self.area, self.region):
            field.observe(page.guard(self.autosave.changed), names="value")

        access_note: list[ipywidgets.Widget] = []
        if session.role is Role.FACILITATOR:
            greeting = paragraph(_("You see this team's page as facilitator."), css_class="gk-muted")
        else:
            # A calm greeting, no success message: joining is no news to report. After the join button it takes
            # the focus, as a message would (the template's data-gk-news).
            welcome = escape(_("Welcome to your team's page."))
            greeting = html(f'<p class="gk-greeting" data-gk-news tabindex="-1">{welcome}</p>')
            access_note = [html(bookmark_box(session, _("Keep this link (bookmark it): it opens your team's "
                                                        "page without the code. Share it only within the team.")))]
        self.children = [
            html(f"<h2>{escape(self.team.name)}</h2>"),
            paragraph(_("Part of the collaborative {name}").format(name=collaborative.name), css_class="gk-muted"),
            greeting,
            *access_note,
            *nudge_section(page),
            next_meeting_section(page, self.team.collaborative_id),
            *faculty_score_section(page, self.team.id),
            section(_("Your journey"), html(where_to_go_on(session, page.states) + journey_list(session, page.states))),
            section(_("About the team"),
                    paragraph(_("Roles are enough; names are optional. Never write anything about clients here.")),
                    self.municipality, self.unit, self.area, self.region, self.members_box, self.add_member_button,
                    self.autosave.status),
        ]

    def _append_member(self, member: Member) -> None:
        number = len(self.member_rows) + 1
        role = choice_field(_("Role of member {number}").format(number=number),
                            [(r.label, r) for r in MemberRole], member.role)
        name = text_field(_("Name of member {number}").format(number=number), member.name)
        sent_as_typed(name)
        for field in (role, name):
            field.observe(self.page.guard(self.autosave.changed), names="value")
        self.member_rows.append((role, name))

    def _redraw_members(self) -> None:
        lines = []
        for index, (role, name) in enumerate(self.member_rows):
            remove = button(_("Remove member {number}").format(number=index + 1))
            remove.on_click(self.page.guard(lambda _button, index=index: self._remove_member(index)))
            role.layout, name.layout = _ROLE_LAYOUT, _NAME_LAYOUT
            lines.append(field_row(role, name, remove))
        self.members_box.children = lines

    def _add_member(self) -> None:
        self._append_member(Member(MemberRole.CASE_WORKER))
        self._redraw_members()
        self.autosave.changed()

    def _remove_member(self, index: int) -> None:
        del self.member_rows[index]
        self._redraw_members()
        self.autosave.changed()

    def _save(self) -> None:
        details = TeamDetails(
            name=self.team.name, municipality=self.municipality.value, unit=self.unit.value, area=self.area.value,
            region=self.region.value,
            members=tuple(Member(role.value, name.value) for role, name in self.member_rows),
        )
        self.team = update_team(self.page.store, self.team.id, details, expected_version=self.team.version,
                                actor=self.page.session.actor)
