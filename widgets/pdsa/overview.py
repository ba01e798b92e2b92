"""All the team's cycles: what to follow up, a new test, the ramps, the timeline and the learning log."""

from __future__ import annotations

from itertools import groupby

import ipywidgets

from widgets.components.fields import button, choice_field, html, paragraph, section, sentence_field, text
from widgets.pdsa.learning import LearningLogView
from widgets.pdsa.nudges import nudge_list
from widgets.pdsa.timeline import timeline_section
from widgets.pdsa.worksheet import status_badge
from workshop.i18n import _
from workshop.improvement import list_change_ideas
from workshop.pdsa import Cycle, create_cycle, cycle_nudges, list_cycles
from workshop.pdsa.records import PLAN
from workshop.pdsa.timeline import idea_name, period_text, shortened
from workshop.steps import JOURNEY


def _open_button(page, cycle_id: int, label: str) -> ipywidgets.Button:
    opener = button(label)
    opener.on_click(page.guard(lambda _button: page.redraw(cycle_id=cycle_id)))
    return opener


class OverviewView:
    def __init__(self, page) -> None:
        self.page = page
        team_id = page.session.team_id
        cycles = list_cycles(page.store, team_id)
        self.ideas = list_change_ideas(page.store, team_id)
        self.idea = choice_field(_("Change idea"), [(_("– choose –"), None)]
                                 + [(idea.title, idea.id) for idea in self.ideas])
        self.title = sentence_field(PLAN.label("title"), placeholder=_("e.g. FIA conversation with one client"))
        self.create_button = button(_("Create the cycle"), primary=True)
        self.create_button.on_click(page.guard(lambda _button: self._create()))
        self.children = [
            paragraph(_("Test a change on a small scale: plan and predict, do, study what happened, and decide. "
                        "Then test again, a little larger.")),
            *self._nudges(),
            self._new_cycle_section(),
            self._ramps(cycles),
            timeline_section(cycles),
            LearningLogView(page, cycles).widget,
        ]

    def _nudges(self) -> list[ipywidgets.Widget]:
        nudges = cycle_nudges(self.page.store, self.page.session.team_id)
        if not nudges:
            return []
        openers = [_open_button(self.page, nudge.cycle_id, _("Follow up cycle {number} of “{idea}”").format(
            number=nudge.number, idea=shortened(nudge.change_idea_title))) for nudge in nudges]
        return [section(_("To follow up"), html(nudge_list(nudges)), *openers)]

    def _new_cycle_section(self) -> ipywidgets.Widget:
        if not self.ideas:
            changes = next(step for step in JOURNEY if step.key == "changes")
            note = _("You have no change ideas yet. Write them in step 2 or choose them in step 3 first.")
            return section(_("New cycle"), paragraph(note),
                           html(f'<p><a href="{text(self.page.session.link(changes.notebook))}">'
                                f"{text(changes.title)}</a></p>"))
        return section(_("New cycle"), self.idea, self.title, self.create_button)

    def _create(self) -> None:
        if self.idea.value is None:
            self.page.say(_("Choose the change idea to test."), "warning")
            return
        session = self.page.session
        cycle = create_cycle(self.page.store, session.team_id, self.idea.value, self.title.value,
                             actor=session.actor)
        self.page.redraw(_("Cycle {number} is created. Fill in Plan first.").format(number=cycle.number),
                         cycle_id=cycle.id)

    def _ramps(self, cycles: list[Cycle]) -> ipywidgets.Widget:
        if not cycles:
            return section(_("Cycles per change idea"), paragraph(_("No cycles yet."), css_class="gk-muted"))
        boxes = []
        for _idea_id, ramp in groupby(cycles, key=lambda cycle: cycle.change_idea_id):
            ramp = list(ramp)
            lines = [html(f'<h3 class="gk-wrap">{text(idea_name(ramp[0]))}</h3>')]
            for cycle in ramp:
                number = text(_("Cycle {number}").format(number=cycle.number))
                summary = f"{text(cycle.title)} – {status_badge(cycle.status)} – {text(period_text(cycle))}"
                lines += [html(f'<p class="gk-wrap"><strong>{number}</strong>: {summary}</p>'),
                          _open_button(self.page, cycle.id, _("Open cycle {number}").format(number=cycle.number))]
            boxes.append(ipywidgets.VBox(lines))
        return section(_("Cycles per change idea"), *boxes)
