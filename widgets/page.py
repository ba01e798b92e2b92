"""The frame of every page: a header (the kit, whose pages, the language switch), the navigation (the team's stepper
or the facilitator's pages), title, message area, body and footer.

The body is one view, drawn from the page's state (``widgets.page_state``). The page draws it anew when the session
changes or a choice it was told to follow changes (``redraw_on``); a view that shows a smaller part subscribes to
its own keys and redraws that part. Views reach the page's services in one way: ``page.guard``, ``page.say``,
``page.state``, ``page.store``, ``page.session``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Protocol

import ipywidgets

from widgets.bokeh_setup import bokehjs_output, import_bokeh
from widgets.components.fields import field_row, html, text
from widgets.components.frame import footer_markup, header_markup, step_help_markup
from widgets.components.messages import MessageArea
from widgets.components.navigation import facilitator_navigation, journey_stepper, step_standing
from widgets.components.style import stylesheet
from widgets.errors import guarded, listen_for_revoked_access, log, unexpected_problem_message
from widgets.join_team import TeamPicker
from widgets.leaving import leave_at_once_when_stopped
from widgets.page_state import SAVED, SESSION, PageState
from widgets.rejoin import RejoinForm, refresh_offer
from widgets.visitor import request_query_string, waiting_in_a_pool
from workshop.collaboratives import list_collaboratives
from workshop.errors import AccessRevoked, UserError
from workshop.i18n import LANGUAGES, _, read_catalog, read_locale_data, set_language
from workshop.model import StepStatus
from workshop.progress import StepState, step_states
from workshop.session import Role, Session, language_from_query, resolve
from workshop.steps import STEP_KEYS, STEPS
from workshop.store import Store, open_store
from workshop.teams import get_team


class View(Protocol):
    """What a page's render function returns: the widgets of the body."""

    children: list[ipywidgets.Widget]


Render = Callable[["Page"], View]

_LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}
_LANGUAGE_STYLE = ipywidgets.ToggleButtonsStyle(button_width="auto", description_width="auto")


def _open_store_before_the_visitor() -> None:
    """A preheated kernel opens the database while it waits for its visitor, so the visit does not pay for it.

    A failure here is left for the visit's own attempt, which tells it in the visitor's language.
    """
    with suppress(UserError):
        open_store()


class Page:
    def __init__(self, *, render: Render, step_key: str, title: Callable[[], str] | None = None,
                 query_string: str | None = None, store: Store | None = None, charts: bool = False,
                 redraw_on: tuple[str, ...] = ()) -> None:
        """``title`` defaults to the step's heading ("Steg 4: PGSA-cykler"); ``redraw_on`` names the choices in
        ``page.state`` that change the whole body (the cycle open on the PGSA page), beside the session.

        A page that can show a chart passes ``charts=True``: it carries the empty place where BokehJS reaches
        the page when a callback draws its first chart (the first cycle, a language switch), since Voilà shows a
        callback's output only through a widget already on the page. BokehJS itself is loaded with the first
        chart, so a page that has none yet opens without it (``widgets.bokeh_setup``); the kit's Voilà serves it
        instead to a notebook marked as drawing charts (``workshop.hosting.bokehjs``).
        """
        self._bokehjs = [bokehjs_output()] if charts else []
        self.title = title or (lambda: STEPS[step_key].heading)
        self._render_body = render
        self.step_key = step_key
        self.messages = MessageArea()
        self.widget = ipywidgets.VBox()
        self.widget.add_class("gk-page")
        self.store: Store | None = None
        self.progress: dict[str, StepStatus] = {}
        self.states: dict[str, StepState] = {}
        # The frame's widgets stay for the page's life and change their markup: a redraw sends no new models.
        self.stylesheet = stylesheet()
        self.header_text = html()
        self.language_switch = self._language_switch()
        self.header = field_row(self.header_text, self.language_switch)
        self.header.add_class("gk-header")
        self.navigation = html()
        self.heading = html()
        self.standing = html()
        self.footer = html()
        self.body: list[ipywidgets.Widget] = []
        self.view: View | None = None
        # The new-code form, shown only after a save found the code changed; the body stays as typed meanwhile.
        self.rejoin_box = ipywidgets.VBox()
        self._retries: list[Callable[[], None]] = []
        listen_for_revoked_access(self.access_revoked)
        if query_string is None:
            if store is None:
                _open_store_before_the_visitor()
            if waiting_in_a_pool():
                read_catalog()
                read_locale_data()
                if charts:
                    import_bokeh()  # a visit then pays only for its own charts
            leave_at_once_when_stopped()
            query_string = request_query_string()
        self.state = PageState(Session(set_language(language_from_query(query_string))))
        try:
            self.store = store or open_store()
            self.state.session = resolve(self.store, query_string)
        except UserError as problem:
            self.messages.show(problem.message, "warning")
        if self.store is not None:
            self.store.after_writes(self._saved)
        self.state.subscribe(self.render, SESSION, *redraw_on, page=True)
        self.render()

    @property
    def session(self) -> Session:
        return self.state.session

    def say(self, message: str, kind: str = "success") -> None:
        """Tell the person what happened, in the page's one message area."""
        self.messages.show(message, kind)

    def redraw(self, message: str = "", **choices: object) -> None:
        """Draw the body anew with these choices (none: as it is now); ``message`` is told once the new body
        stands, so it never stands beside the old one."""
        self.messages.clear()
        self.state.keep(**choices)
        self.render()
        if message:
            self.say(message)

    def guard(self, callback: Callable) -> Callable:
        """Wrap a widget callback: failures become a message here, never a lost traceback."""
        return guarded(self.messages.show)(callback)

    def navigate(self, session: Session, *, message: str = "", kind: str = "success") -> None:
        """Continue in another session (after joining, creating, or switching language)."""
        set_language(session.language)
        self.messages.clear()
        self.state.change_session(session)
        if message:
            self.say(message, kind)

    def access_revoked(self, revoked: AccessRevoked, retry: Callable[[], None] | None = None) -> None:
        """A save found the code changed: say so and offer the new-code form, leaving every widget as it is."""
        if retry is not None:
            self._retries.append(retry)
        self.messages.show(revoked.message, "warning")
        if not self.rejoin_box.children:
            self.rejoin = RejoinForm(self)
            self.rejoin_box.children = [self.rejoin.widget]

    def resume(self, session: Session) -> None:
        """Go on with the new code in the same page: refused autosaves save again, the navigation gets the new
        key, and the body's links get it when the person updates the page (their typed input is theirs till then)."""
        self.state.session = session  # the body stays as typed: nothing is redrawn
        self.rejoin_box.children = [refresh_offer(self)]
        self.messages.show(_("The code is right and the page goes on. What you typed is still here; "
                             "what a button saves, save it again."), "success")
        retries, self._retries = self._retries, []
        for retry in retries:
            retry()
        self._show(self._navigation())

    def _navigation(self) -> list[ipywidgets.Widget]:
        """The team's stepper on a team's pages, the links of the facilitator's own pages on theirs, none for a
        visitor."""
        if self.store is None:
            return []
        if self.session.team_id is not None:
            self._read_progress()
            return [self.navigation]
        if self.session.role is Role.FACILITATOR:
            self.navigation.value = facilitator_navigation(self.session, self.step_key)
            return [self.navigation]
        return []

    def _show(self, navigation: list[ipywidgets.Widget]) -> None:
        # The heading names the page's language, which the template gives the whole document (screen readers).
        help_link = step_help_markup(self.session, STEPS[self.step_key]) if self.step_key in STEPS else ""
        self.heading.value = f'<h1 data-gk-lang="{self.session.language}">{text(self.title())}</h1>{help_link}'
        self.language_switch.description = _("Language")
        self.language_switch.value = self.session.language
        self.footer.value = footer_markup(self.session)
        standing = [self.standing] if self.session.team_id is not None and self.step_key in self.states else []
        # BokehJS's place first: the browser keeps its view through a redraw and does not run BokehJS again.
        self.widget.children = [*self._bokehjs, self.stylesheet, self.header, *navigation, self.heading, *standing,
                                self.messages.widget, self.rejoin_box, *self.body, self.footer]

    def _show_header(self) -> None:
        """Whose pages these are: the collaborative, the team, the facilitator."""
        collaborative = team = None
        if self.store is not None and self.session.collaborative_id is not None:
            collaborative = dict(list_collaboratives(self.store)).get(self.session.collaborative_id)
            if self.session.team_id is not None:
                team = get_team(self.store, self.session.team_id).name
        self.header_text.value = header_markup(self.session, collaborative, team)

    def render(self) -> None:
        self.rejoin_box.children, self._retries = [], []
        self.state.forget_views()
        self.view = None
        navigation: list[ipywidgets.Widget] = []
        try:
            self._show_header()
            navigation = self._navigation()
            if self.store is not None and self.step_key in STEP_KEYS and self.session.team_id is None:
                self.view = TeamPicker(self)
            elif self.store is not None:
                self.view = self._render_body(self)
        except UserError as problem:
            self.messages.show(problem.message, "warning")
        except Exception:
            log.exception("could not render the page")
            self.messages.show(unexpected_problem_message(), "error")
        self.body = list(self.view.children) if self.view is not None else []
        self._show(navigation)

    def _read_progress(self) -> None:
        """The steps' states, the stepper that shows them and what this step still needs."""
        self.states = step_states(self.store, self.session.team_id)
        self.progress = {step: state.status for step, state in self.states.items()}
        self.navigation.value = journey_stepper(self.session, self.progress, self.step_key)
        if self.step_key in self.states:
            self.standing.value = step_standing(self.states[self.step_key])

    def _saved(self) -> None:
        """After any save: a step whose rule is now met shows it at once, without a reload."""
        try:
            if self.session.team_id is not None:
                self._read_progress()
            self.state.notify(SAVED)
        except Exception:
            log.exception("could not show what the save changed")

    def _language_switch(self) -> ipywidgets.ToggleButtons:
        """A small labelled pair of buttons in the header; pressing the other language draws the page in it."""
        switch = ipywidgets.ToggleButtons(options=[(_LANGUAGE_NAMES[code], code) for code in LANGUAGES],
                                          description=_("Language"), style=_LANGUAGE_STYLE)
        switch.add_class("gk-language")
        switch.observe(self.guard(self._switch_language), names="value")
        return switch

    def _switch_language(self, change: dict) -> None:
        if change["new"] != self.session.language:  # not when the page itself follows its session's language
            self.navigate(self.session.with_language(change["new"]))
