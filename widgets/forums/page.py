"""Samverkansforum: the collaborative's forums, what they cost, and their self-assessment over time.

Reached from the facilitator's Start page. The body shows all forums (cost, areas side by side, a new
forum) or, once one is chosen (``forum_id`` in the page's state), that forum: its members' links, its latest
round with the change from the one before, the decision, and its details.
"""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.components.download import file_link
from widgets.components.fields import button, html, paragraph, section
from widgets.components.record_form import RecordForm
from widgets.forums.forum_form import ForumForm
from widgets.forums.markup import CSS, blocks_html
from widgets.page import Page
from widgets.start.links import copyable_link
from workshop.forums.forums import create_forum, get_forum, renew_member_links, update_forum
from workshop.forums.links import member_links
from workshop.forums.model import ForumDetails
from workshop.forums.records import ACT
from workshop.forums.report import forum_blocks, overview_blocks, overview_file, read_round, round_report_file
from workshop.forums.rounds import forum_statuses, list_rounds, record_act, start_round
from workshop.i18n import _
from workshop.session import Role
from workshop.steps import START_NOTEBOOK
from workshop.store import Store

FORUM = "forum_id"


class NotFacilitatorView:
    def __init__(self, page: Page) -> None:
        start = escape(page.session.link(START_NOTEBOOK))
        self.children = [paragraph(_("This page is for the collaborative's facilitator or a forum's chair. Open the "
                                     "collaborative with the facilitator's code on the start page, then choose "
                                     "Samverkansforum.")),
                         html(f'<p><a href="{start}">{escape(_("To the start page"))}</a></p>')]


class OverviewView:
    """All forums: what they cost, their latest self-assessment side by side, and a form for a new one."""

    def __init__(self, page: Page) -> None:
        self.page = page
        statuses = forum_statuses(page.store, page.session)
        openers = []
        for status in statuses:
            opener = button(_("Open {forum}").format(forum=status.forum.name))
            opener.on_click(page.guard(lambda _button, chosen=status.forum.id: page.state.choose(**{FORUM: chosen})))
            openers.append(opener)
        self.download = html("")
        make = button(_("Make the overview (Word)"))
        make.on_click(page.guard(lambda _button: self._make_overview()))
        self.form = ForumForm(ForumDetails(""))
        add = button(_("Add the forum"), primary=True)
        add.on_click(page.guard(lambda _button: self._add()))
        listing = ([*openers, html(blocks_html(overview_blocks(statuses))), make, self.download] if statuses
                   else [paragraph(_("No forum yet. Add the first one below."))])
        self.children = [
            html(CSS),
            paragraph(_("An inventory of the collaboration forums the teams meet, what they cost in working hours, "
                        "and how their members assess them, round by round (check and act).")),
            section(_("Forums"), *listing),
            section(_("Add a forum"), *self.form.children, add),
        ]

    def _add(self) -> None:
        created = create_forum(self.page.store, self.page.session, self.form.value())
        self.page.redraw(_("The forum “{name}” is added. Hand out the members' links and start a round.").format(
            name=created.name), **{FORUM: created.id})

    def _make_overview(self) -> None:
        self.download.value = file_link(overview_file(self.page.store, self.page.session, _("Samverkansforum")))


class ForumView:
    """One forum: members' links, the latest round's result and decision, and the forum's details."""

    def __init__(self, page: Page, forum_id: int) -> None:
        self.page, self.forum_id = page, forum_id
        self.forum = get_forum(page.store, page.session, forum_id)
        rounds = list_rounds(page.store, page.session, forum_id)
        self.current = rounds[-1] if rounds else None
        # The versions this page read: a save after someone else's is an edit conflict, not an overwrite.
        page.state.remember_version(("forum", forum_id), self.forum.version)
        if self.current is not None:
            page.state.remember_version(("forum_round", self.current.id), self.current.version)
        back = button(_("All forums"))
        back.on_click(page.guard(lambda _button: page.state.choose(**{FORUM: None})))
        self.form = ForumForm(self.forum)
        save = button(_("Save the forum"), primary=True)
        save.on_click(page.guard(lambda _button: self._save()))
        self.children = [
            html(CSS), back, html(f"<h2>{escape(self.forum.name)}</h2>"),
            html(blocks_html(forum_blocks(self.forum))),
            section(_("The members' links"), *self._links()),
            section(_("Self-assessment"), *self._assessment()),
            section(_("Change the forum"), *self.form.children, save),
        ]

    def _links(self) -> list[ipywidgets.Widget]:
        links = member_links(self.page.store, self.page.session, self.forum_id)
        renew = button(_("Make new links"))
        renew.on_click(self.page.guard(lambda _button: self._renew()))
        items = "".join(f"<li>{copyable_link(link.link(), label)}</li>"
                        for link in links if (label := _("Answer link {number}").format(number=link.member)))
        return [paragraph(_("Give each member one link. A link belongs to no one by name: answers are anonymous, and "
                            "a member who answers again replaces their earlier answer.")),
                html(f"<ul>{items}</ul>"),
                paragraph(_("If a link reached the wrong person, make new links: the old ones stop working.")), renew]

    def _assessment(self) -> list[ipywidgets.Widget]:
        start = button(_("Start a new round") if self.current else _("Start the first round"), primary=True)
        start.on_click(self.page.guard(lambda _button: self._start()))
        if self.current is None:
            return [paragraph(_("No round yet. Start one when the members have their links.")), start]
        reading = read_round(self.page.store, self.page.session, self.forum_id, self.current.number)
        self.act = RecordForm(ACT, self.current.act, changed=lambda _change: None)
        save_act = button(_("Save the decision"), primary=True)
        save_act.on_click(self.page.guard(lambda _button: self._save_act()))
        self.download = html("")
        make = button(_("Make the round's report (Word)"))
        make.on_click(self.page.guard(lambda _button: self._make_report()))
        return [html(blocks_html(reading.assessment_blocks())),
                *self.act.shown(), save_act, make, self.download, start]

    def _start(self) -> None:
        started = start_round(self.page.store, self.page.session, self.forum_id)
        self.page.redraw(_("Round {number} is started. The members answer it through the same links.").format(
            number=started.number))

    def _save_act(self) -> None:
        assert self.current is not None  # the form is shown only with a round
        record_act(self.page.store, self.page.session, self.forum_id, self.current.id, self.act.value(),
                   expected_version=self.page.state.version(("forum_round", self.current.id)) or 0)
        self.page.redraw(_("The decision is saved."))

    def _save(self) -> None:
        update_forum(self.page.store, self.page.session, self.forum_id, self.form.value(),
                     expected_version=self.page.state.version(("forum", self.forum_id)) or 0)
        self.page.redraw(_("The forum is saved."))

    def _renew(self) -> None:
        renew_member_links(self.page.store, self.page.session, self.forum_id)
        self.page.redraw(_("New links are made; the old ones no longer work. Hand out the new ones."))

    def _make_report(self) -> None:
        assert self.current is not None  # the button is shown only with a round
        self.download.value = file_link(round_report_file(self.page.store, self.page.session, self.forum_id,
                                                          self.current.number))


def _body(page: Page) -> NotFacilitatorView | OverviewView | ForumView:
    if page.session.role is not Role.FACILITATOR:
        return NotFacilitatorView(page)
    forum_id = page.state.chosen(FORUM)
    return OverviewView(page) if forum_id is None else ForumView(page, forum_id)


def build_forums_page(query_string: str | None = None, store: Store | None = None) -> Page:
    return Page(render=_body, step_key="forums", title=lambda: _("Samverkansforum"), query_string=query_string,
                store=store, redraw_on=(FORUM,))


def forums_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_forums_page(query_string, store).widget
