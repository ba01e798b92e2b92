"""Before presenting: which teams present, in what order, and how many minutes each has."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, choice_field, html, paragraph, section, text
from widgets.components.projector import projector_switch
from widgets.presenter.state import PLAN, POSITION, PRESENTING
from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.seminars.presentation import MINUTE_CHOICES, Position, PresentationPlan, presentation_plan


class PlanView:
    def __init__(self, page) -> None:
        self.page = page
        plan = presentation_plan(page.store, page.session, page.state.chosen(PLAN))
        page.state.keep(**{PLAN: plan})
        self.minutes = choice_field(_("Minutes per team"), [(_("{minutes} min").format(minutes=minutes), minutes)
                                                            for minutes in MINUTE_CHOICES], plan.minutes)
        self.minutes.observe(page.guard(lambda change: self.change(self.plan.with_minutes(change["new"]))),
                             names="value")
        self.rows = [_TeamRow(self, place) for place in range(len(plan.teams))]
        self.start = button(_("Start presenting"), primary=True)
        self.start.add_class("gk-present-start")
        self.start.on_click(page.guard(lambda _button: self._start()))
        page.state.subscribe(self._fill, PLAN)
        self._fill()
        self.children: list[ipywidgets.Widget] = [
            paragraph(_("The teams' storyboards are shown one slide at a time, with the same content as the "
                        "PowerPoint and small counts masked. Choose the order and who presents, then start.")),
            projector_switch(page),
            self.minutes,
            section(_("Order of presentation"), *(row.widget for row in self.rows)) if self.rows
            else paragraph(_("No teams yet. Add the first team on the Start page.")),
            paragraph(_("While presenting: the right arrow, Page Down or space shows the next slide, the left "
                        "arrow or Page Up the previous one, and Esc leaves.")),
            self.start,
        ]

    @property
    def plan(self) -> PresentationPlan:
        return self.page.state.chosen(PLAN)

    def change(self, plan: PresentationPlan) -> None:
        self.page.state.choose(**{PLAN: plan})

    def _fill(self) -> None:
        presented = [team.team_id for team in self.plan.presented]
        for row, team in zip(self.rows, self.plan.teams, strict=True):
            row.show(team.team_id, team.name, presented.index(team.team_id) + 1 if team.team_id in presented else None)

    def move(self, place: int, places: int) -> None:
        """Move the team at ``place``, and keep the keyboard on the same button of the team where it lands."""
        self.change(self.plan.moved(self.plan.teams[place].team_id, places))
        row = self.rows[min(max(place + places, 0), len(self.rows) - 1)]
        pressed = row.up if places < 0 else row.down
        (row.down if pressed.disabled else pressed).focus()

    def _start(self) -> None:
        if not self.plan.presented:
            raise InvalidInput(_("Choose at least one team to present."), field="teams")
        self.page.state.choose(**{POSITION: Position(0, 0), PRESENTING: True})


class _TeamRow:
    """One place in the order: its number, whether the team there presents, and buttons to move it."""

    def __init__(self, view: PlanView, place: int) -> None:
        self.view, self.place = view, place
        self.team_id = 0
        self.number = html("")
        self.presented = ipywidgets.Checkbox(indent=False)
        self.presented.observe(view.page.guard(lambda change: self._present(change["new"])), names="value")
        self.up, self.down = button(_("Up")), button(_("Down"))
        self.up.on_click(view.page.guard(lambda _button: view.move(place, -1)))
        self.down.on_click(view.page.guard(lambda _button: view.move(place, 1)))
        self.up.disabled = place == 0
        self.down.disabled = place == len(view.plan.teams) - 1
        self.widget = ipywidgets.HBox([self.number, self.presented, self.up, self.down],
                                      layout=ipywidgets.Layout(flex_flow="row wrap", align_items="center"))
        self.widget.add_class("gk-present-row")

    def show(self, team_id: int, name: str, number: int | None) -> None:
        self.team_id = team_id
        shown = f"{number}." if number is not None else _("Not presenting")
        self.number.value = f'<span class="gk-present-number">{text(shown)}</span>'
        self.presented.description = name
        self.presented.value = number is not None
        for move, direction in ((self.up, _("Up")), (self.down, _("Down"))):
            move.tooltip = _("Move {label} {direction}").format(label=name, direction=direction.lower())

    def _present(self, presented: bool) -> None:
        self.view.change(self.view.plan.with_team(self.team_id, presented=presented))
