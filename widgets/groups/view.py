"""The cross-groups page's body: choose the meeting, list who takes part per team, draw, re-draw and save.

What the facilitator typed and drew lives in the page's state, so choosing another meeting or drawing again
loses nothing; saved groups are read from the store each time the body is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import ipywidgets

from widgets.components.download import download_link
from widgets.components.fields import (
    button,
    choice_field,
    field_row,
    html,
    paragraph,
    section,
    text_field,
    typed_number,
)
from widgets.components.projector import projector_switch
from widgets.groups.markup import breakout_text, group_cards, print_button, read_only_text
from widgets.seminars.markup import when
from workshop.errors import InvalidInput
from workshop.groups import (
    LIST_HELP,
    Participant,
    SavedGroups,
    TeamList,
    draw_groups,
    earlier_groups,
    group_count,
    group_counts,
    meeting_groups,
    participants_of,
    save_groups,
)
from workshop.i18n import _, format_date, ngettext
from workshop.seminars import Meeting, get_program, next_meeting
from workshop.teams import list_teams

MEETING, LISTS, SPLIT, AMOUNT, DRAWN, DRAWS = (
    "groups_meeting", "groups_lists", "groups_split", "groups_amount", "groups_drawn", "groups_draws")
BY_SIZE, BY_COUNT = "size", "count"
DEFAULT_SIZE = "4"
_TEAM_LABEL = {"description_width": "320px"}  # a team's whole name, which is longer than most labels
_TEAM_LIST = ipywidgets.Layout(width="640px")


@dataclass(frozen=True)
class Drawn:
    """Groups drawn for a meeting and not saved yet."""

    groups: tuple[tuple[Participant, ...], ...]
    size: int


def list_text(people: list[Participant]) -> str:
    """A team's people as the facilitator would paste them: first names (``*`` after a host), or the count."""
    people = sorted(people, key=lambda person: person.number)
    if not any(person.name for person in people):
        return str(len(people))
    return "\n".join(person.name + ("*" if person.host else "") for person in people)


def _lists_of(saved: SavedGroups) -> dict[str, str]:
    by_team: dict[str, list[Participant]] = {}
    for group in saved.groups:
        for person in group:
            by_team.setdefault(person.team, []).append(person)
    return {team: list_text(people) for team, people in by_team.items()}


class CrossGroupsView:
    def __init__(self, page) -> None:
        self.page = page
        session = page.session
        self.meetings = {meeting.id: meeting for meeting in get_program(page.store, session.collaborative_id).meetings}
        self.teams = [overview.team for overview in list_teams(page.store, session.collaborative_id)]
        if not self.meetings:
            self.children: list[ipywidgets.Widget] = [paragraph(_(
                "The collaborative has no meetings yet. Add them on the program page first."))]
            return
        self.meeting = self._meeting()
        self.saved = meeting_groups(page.store, session, self.meeting.id)
        self.earlier = earlier_groups(page.store, session, self.meeting.id)
        version_key = ("cross_groups", self.meeting.id)
        if page.state.version(version_key) is None:
            page.state.remember_version(version_key, self.saved.version if self.saved else 0)
        self.version_key = version_key

        self.choice = choice_field(_("Meeting"), [(f"{m.title} ({when(m)})", m.id) for m in self.meetings.values()],
                                   self.meeting.id)
        self.choice.observe(page.guard(lambda change: page.redraw(**{MEETING: change["new"]})), names="value")
        self.lists = {team.id: ipywidgets.Textarea(value=self._list_of(team.id, team.name), description=team.name,
                                                   rows=4, continuous_update=False, style=_TEAM_LABEL,
                                                   layout=_TEAM_LIST)
                      for team in self.teams}
        for field in self.lists.values():
            field.observe(lambda _change: self._keep_lists(), names="value")
        self.split = choice_field(_("Divide into"), [(_("groups of at most … people"), BY_SIZE),
                                                     (_("… groups"), BY_COUNT)],
                                  page.state.chosen(SPLIT, BY_SIZE))
        self.amount = text_field(_("How many"), page.state.chosen(AMOUNT, DEFAULT_SIZE))
        for field, key in ((self.split, SPLIT), (self.amount, AMOUNT)):
            field.observe(lambda change, key=key: page.state.keep(**{key: change["new"]}), names="value")

        drawn = self._drawn()
        shown = drawn.groups if drawn else (self.saved.groups if self.saved else ())
        self.draw_button = button(_("Draw again") if shown else _("Draw groups"), primary=not shown)
        self.draw_button.on_click(page.guard(lambda _button: self._draw()))
        self.save_button = button(_("Save the groups"), primary=bool(drawn))
        self.save_button.disabled = drawn is None
        self.save_button.on_click(page.guard(lambda _button: self._save()))

        self.children = [
            projector_switch(page),
            section(_("Meeting"), self.choice, paragraph(self._standing(drawn), css_class="gk-muted")),
            section(_("Who takes part"), paragraph(_(LIST_HELP)), *self._team_fields(),
                    field_row(self.split, self.amount), field_row(self.draw_button, self.save_button)),
        ]
        if shown:
            self.children += self._groups(shown)

    def _meeting(self) -> Meeting:
        chosen = self.meetings.get(self.page.state.chosen(MEETING))
        if chosen is None:
            upcoming = next_meeting(self.page.store, self.page.session.collaborative_id)
            chosen = self.meetings[upcoming.id] if upcoming else list(self.meetings.values())[-1]
        self.page.state.keep(**{MEETING: chosen.id})
        return chosen

    def _list_of(self, team_id: int, team_name: str) -> str:
        """What the page remembers for the team; else the saved groups' lists of this meeting or the last one."""
        remembered = self.page.state.chosen(LISTS)
        if remembered is not None:
            return remembered.get(team_id, "")
        source = self.saved or (self.earlier[-1] if self.earlier else None)
        return _lists_of(source).get(team_name, "") if source else ""

    def _keep_lists(self) -> None:
        self.page.state.keep(**{LISTS: {team_id: field.value for team_id, field in self.lists.items()}})

    def _team_fields(self) -> list[ipywidgets.Widget]:
        if not self.teams:
            return [paragraph(_("The collaborative has no teams yet."))]
        return list(self.lists.values())

    def _drawn(self) -> Drawn | None:
        return (self.page.state.chosen(DRAWN) or {}).get(self.meeting.id)

    def _standing(self, drawn: Drawn | None) -> str:
        if drawn is not None:
            return _("Drawn groups, not saved yet. Save them to keep them for this meeting.")
        if self.saved is not None:
            return _("The groups of this meeting were saved on {date}.").format(
                date=format_date(self.saved.saved_at.date()) if self.saved.saved_at else "")
        return _("No groups are saved for this meeting yet.")

    def _groups(self, groups) -> list[ipywidgets.Widget]:
        counts = group_counts(groups, earlier=[saved.groups for saved in self.earlier])
        people = sum(len(group) for group in groups)
        earlier = len(self.earlier)
        summary = " · ".join((
            ngettext("{count} group", "{count} groups", len(groups)).format(count=len(groups))
            + ", " + ngettext("{count} person", "{count} people", people).format(count=people),
            ngettext("{count} pair met at an earlier meeting", "{count} pairs met at an earlier meeting",
                     counts.repeated).format(count=counts.repeated)
            + " " + ngettext("(compared with {count} saved meeting)", "(compared with {count} saved meetings)",
                             earlier).format(count=earlier),
            ngettext("{count} pair from the same municipality", "{count} pairs from the same municipality",
                     counts.same_municipality).format(count=counts.same_municipality),
        ))
        title = _("Cross-groups – {meeting}, {date}").format(meeting=self.meeting.title, date=when(self.meeting))
        cards = html(group_cards(title, groups))
        cards.add_class("gk-print")
        text = breakout_text(groups)
        filename = _("cross-groups-{date}.txt").format(date=self.meeting.date.isoformat() if self.meeting.date else "")
        return [
            paragraph(summary, css_class="gk-group-counts"),
            cards,
            section(_("For breakout rooms and print"),
                    html(read_only_text(_("The groups as text to copy into breakout rooms"), text,
                                        element_id=f"gk-breakout-{self.meeting.id}")),
                    html(download_link(filename, "text/plain;charset=utf-8", text.encode("utf-8"),
                                       _("Download the groups as text ({filename})").format(filename=filename))),
                    html(print_button(_("Print the groups")))),
        ]

    def _size(self, people: int) -> int:
        amount = typed_number(self.amount.value, field="amount", label=_("How many"), whole=True)
        if amount is None or amount < 1:
            raise InvalidInput(_("Write how many: a whole number greater than 0."), field="amount")
        if self.split.value == BY_SIZE:
            return int(amount)
        if amount * 2 > people:
            raise InvalidInput(ngettext("{people} person makes at most {most} groups of two or more.",
                                        "{people} people make at most {most} groups of two or more.",
                                        people).format(people=people, most=people // 2), field="amount")
        return -(-people // int(amount))

    def _meetings_after(self) -> int:
        """How many of the collaborative's meetings come after this one: the draw keeps pairs apart for them too."""
        this = self.meeting.date
        if this is None:
            return 0
        return sum(1 for meeting in self.meetings.values() if meeting.date is not None and meeting.date > this)

    def _draw(self) -> None:
        self._keep_lists()
        participants, left_out = participants_of([
            TeamList(team.name, team.municipality, self.lists[team.id].value) for team in self.teams])
        size = self._size(len(participants))
        draws = self.page.state.chosen(DRAWS, 0) + 1
        groups = draw_groups(participants, size=size, earlier=[saved.groups for saved in self.earlier], seed=draws,
                             ahead=self._meetings_after())
        drawn = dict(self.page.state.chosen(DRAWN) or {})
        drawn[self.meeting.id] = Drawn(tuple(tuple(group) for group in groups), size)
        notes = list(left_out)
        if self.split.value == BY_COUNT and len(groups) != int(self.amount.value.strip()):
            notes.append(_("{people} people in groups of at most {size} make {groups} groups.").format(
                people=len(participants), size=size, groups=group_count(len(participants), size)))
        self.page.redraw(**{DRAWN: drawn, DRAWS: draws})
        self.page.say(" ".join([_("The groups are drawn. Save them when they are right."), *notes]),
                      "warning" if notes else "success")

    def _save(self) -> None:
        drawn = self._drawn()
        if drawn is None:
            raise InvalidInput(_("There are no groups to save. Draw the groups first."), field="groups")
        saved = save_groups(self.page.store, self.page.session, self.meeting.id, drawn.groups, size=drawn.size,
                            expected_version=self.page.state.version(self.version_key) or 0)
        self.page.state.remember_version(self.version_key, saved.version)
        remaining = {meeting: groups for meeting, groups in (self.page.state.chosen(DRAWN) or {}).items()
                     if meeting != self.meeting.id}
        self.page.redraw(_("The groups of {meeting} were saved.").format(meeting=self.meeting.title),
                         **{DRAWN: remaining})
