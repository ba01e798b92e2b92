"""The frame of every page: title, language switch, step navigation, message area, body.

The body is one view, drawn from the page's state (``widgets.page_state``). The page draws it anew when the session
changes or a choice it was told to follow changes (``redraw_on``); a view that shows a smaller part subscribes to
its own keys and redraws that part. Views reach the page's services in one way: ``page.guard``, ``page.say``,
``page.state``, ``page.store``, ``page.session``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from html import escape
from typing import Protocol

import ipywidgets

from widgets.bokeh_setup import bokehjs_output
from widgets.components.fields import html, text
from widgets.components.messages import MessageArea
from widgets.components.navigation import step_navigation, step_standing
from widgets.components.style import stylesheet
from widgets.errors import guarded, listen_for_revoked_access, log, unexpected_problem_message
from widgets.join_team import TeamPicker
from widgets.page_state import SAVED, SESSION, PageState
from widgets.rejoin import RejoinForm, refresh_offer
from widgets.visitor import request_query_string
from workshop import __version__
from workshop.errors import AccessRevoked, UserError
from workshop.i18n import LANGUAGES, _, set_language
from workshop.model import StepStatus
from workshop.progress import StepState, step_states
from workshop.session import Session, language_from_query, resolve
from workshop.steps import STATEMENT_NOTEBOOK, STEP_KEYS, STEPS
from workshop.store import Store, open_store


class View(Protocol):
    """What a page's render function returns: the widgets of the body."""

    children: list[ipywidgets.Widget]


Render = Callable[["Page"], View]

_LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}


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
        chart, so a page that has none yet opens without it (``widgets.bokeh_setup``).
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
        self.navigation = html("")
        self.body: list[ipywidgets.Widget] = []
        self.view: View | None = None
        # The new-code form, shown only after a save found the code changed; the body stays as typed meanwhile.
        self.rejoin_box = ipywidgets.VBox()
        self._retries: list[Callable[[], None]] = []
        listen_for_revoked_access(self.access_revoked)
        if query_string is None:
            if store is None:
                _open_store_before_the_visitor()
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
        if self.session.team_id is None or self.store is None:
            return []
        self._read_progress()
        return [self.navigation]

    def _show(self, navigation: list[ipywidgets.Widget]) -> None:
        # The heading names the page's language, which the template gives the whole document (screen readers).
        heading = html(f'<h1 data-gk-lang="{self.session.language}">{text(self.title())}</h1>')
        # BokehJS's place first: the browser keeps its view through a redraw and does not run BokehJS again.
        self.widget.children = [*self._bokehjs, stylesheet(), heading, self._language_switch(), *navigation,
                                self.messages.widget, self.rejoin_box, *self.body, self._footer()]

    def _footer(self) -> ipywidgets.HTML:
        """The accessibility statement, in the visitor's language, and the kit's version: on every page."""
        link = escape(self.session.link(STATEMENT_NOTEBOOK))
        statement, version = _("Accessibility statement"), _("Genombrottskit version {version}")
        return html(f'<p class="gk-footer gk-muted"><a href="{link}">{text(statement)}</a>'
                    f' · {text(version.format(version=__version__))}</p>')

    def render(self) -> None:
        self.rejoin_box.children, self._retries = [], []
        self.state.forget_views()
        self.view = None
        navigation: list[ipywidgets.Widget] = []
        try:
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
        """The steps' states and the navigation that shows them (with what this step still needs)."""
        self.states = step_states(self.store, self.session.team_id)
        self.progress = {step: state.status for step, state in self.states.items()}
        markup = step_navigation(self.session, self.progress, self.step_key)
        if self.step_key in self.states:
            markup += step_standing(self.states[self.step_key])
        self.navigation.value = markup

    def _saved(self) -> None:
        """After any save: a step whose rule is now met shows it at once, without a reload."""
        try:
            if self.session.team_id is not None:
                self._read_progress()
            self.state.notify(SAVED)
        except Exception:
            log.exception("could not show what the save changed")

    def _language_switch(self) -> ipywidgets.ToggleButtons:
        switch = ipywidgets.ToggleButtons(
            options=[(_LANGUAGE_NAMES[code], code) for code in LANGUAGES],
            value=self.session.language,
            description=_("Language"),
            style={"button_width": "90px"},
        )
        switch.observe(self.guard(lambda change: self.navigate(self.session.with_language(change["new"]))),
                       names="value")
        return switch
