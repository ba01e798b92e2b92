"""Presenting: one slide at a time over the whole screen, with the team, the slide's number and the team's timer
above it and buttons to move on. The page's template maps the keys (arrows, Page Up/Down, space, Esc) to these
buttons, in the browser."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, html, text
from widgets.components.messages import MessageArea
from widgets.components.projector import projecting
from widgets.errors import guarded
from widgets.presenter.slide import slide_widgets
from widgets.presenter.state import PLAN, POSITION, PRESENTING
from widgets.presenter.style import presenter_css
from widgets.presenter.timer import timer_markup
from workshop.i18n import _
from workshop.reports.presenter import Slide
from workshop.seminars.presentation import Position, next_position, previous_position, team_slides


class SlideShow:
    def __init__(self, page) -> None:
        self.page = page
        self.plan = page.state.chosen(PLAN)
        self.teams = self.plan.presented
        self._slides: dict[int, tuple[Slide, ...]] = {}
        self.messages = MessageArea()  # the page's own area lies under the slides
        guard = guarded(self.messages.show)
        self.heading, self.timer = html(""), html("")
        self.slide = ipywidgets.VBox()
        self.slide.add_class("gk-slide")
        self.previous = button(_("Previous slide"))
        self.next = button(_("Next slide"), primary=True)
        self.leave = button(_("Leave presenter mode"))
        for control, css_class in ((self.previous, "gk-present-previous"), (self.next, "gk-present-next"),
                                   (self.leave, "gk-present-leave")):
            control.add_class(css_class)
        self.previous.on_click(guard(lambda _button: self._go(previous_position(self.at, self._count))))
        self.next.on_click(guard(lambda _button: self._go(next_position(self.at, self._count, len(self.teams)))))
        self.leave.on_click(guard(lambda _button: page.state.choose(**{PRESENTING: False})))
        controls = ipywidgets.HBox([self.previous, self.next, self.leave])
        controls.add_class("gk-present-controls")
        bar = ipywidgets.HBox([self.heading, self.timer, controls])
        bar.add_class("gk-present-bar")
        screen = ipywidgets.VBox([presenter_css(), bar, self.messages.widget, self.slide])
        screen.add_class("gk-presenting")
        self.children: list[ipywidgets.Widget] = [screen]
        page.state.subscribe(self.show, POSITION)
        self.show()

    @property
    def at(self) -> Position:
        return self.page.state.chosen(POSITION)

    def show(self) -> None:
        at = self.at
        slides = self._team_slides(at.team)
        team = _("Team {number} of {count}").format(number=at.team + 1, count=len(self.teams))
        slide = _("Slide {number} of {count}").format(number=at.slide + 1, count=len(slides))
        self.heading.value = (f'<p class="gk-present-team"><strong>{text(self.teams[at.team].name)}</strong><br>'
                              f"{text(slide)} · {text(team)}</p>")
        self.timer.value = timer_markup(self.plan.minutes, at.team)
        self.slide.children = slide_widgets(slides[at.slide], projector=projecting(self.page))
        self.previous.disabled = previous_position(at, self._count) == at
        self.next.disabled = next_position(at, self._count, len(self.teams)) == at

    def _go(self, position: Position) -> None:
        self.page.state.choose(**{POSITION: position})

    def _count(self, place: int) -> int:
        return len(self._team_slides(place))

    def _team_slides(self, place: int) -> tuple[Slide, ...]:
        """The team's slides, read as it comes up (what it saved until then shows) and kept while presenting."""
        if place not in self._slides:
            self._slides[place] = team_slides(self.page.store, self.page.session, self.teams[place].team_id)
        return self._slides[place]
