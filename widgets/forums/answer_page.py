"""A member's answer page: the forum's statements, rated 1–5 or "don't know", through the member's own link.

The page shows the member's own earlier answer in the round and nothing of anyone else's.
"""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.components.fields import button, html, paragraph, section
from widgets.forums.markup import CSS
from widgets.page import Page
from widgets.visitor import request_query_string
from workshop.forums.links import MemberLink, answer, member_view, resolve_member
from workshop.forums.model import RATINGS, rating_label
from workshop.forums.statements import AREAS
from workshop.i18n import _
from workshop.store import Store


def _choice(label: str, rating: int | None) -> ipywidgets.Dropdown:
    options: list[tuple[str, int | None]] = [(_("– don't know –"), None)]
    options += [(f"{value} – {rating_label(value)}", value) for value in RATINGS]
    choice = ipywidgets.Dropdown(options=options, value=rating, description=label,
                                 layout=ipywidgets.Layout(width="760px"))
    choice.add_class("gk-stacked")  # the statement above its choice, whole (see markup.CSS)
    return choice


class AnswerView:
    def __init__(self, page: Page, link: MemberLink) -> None:
        self.page, self.link = page, link
        shown = member_view(page.store, link)
        self.choices: dict[str, ipywidgets.Dropdown] = {}
        if shown.round_number is None:
            self.children = [html(f"<h2>{escape(shown.forum_name)}</h2>"),
                             paragraph(_("The forum has no self-assessment open yet. Wait for the chair to start "
                                         "one."))]
            return
        sections = []
        for area in AREAS:
            for statement in area.statements:
                self.choices[statement.key] = _choice(statement.label, shown.own_ratings.get(statement.key))
            sections.append(section(area.label, *(self.choices[s.key] for s in area.statements)))
        send = button(_("Send my answer"), primary=True)
        send.on_click(page.guard(lambda _button: self._send()))
        intro = (_("You have answered this round. Change what you like and send again: your new answer replaces "
                   "the earlier one.") if shown.own_ratings else
                 _("Rate how true each statement is for your forum today. Your answer is anonymous; the forum sees "
                   "only the median and spread once at least {needed} members have answered.").format(
                     needed=shown.min_answers))
        self.children = [html(CSS), html(f"<h2>{escape(shown.forum_name)}</h2>"),
                         paragraph(_("Round {number}").format(number=shown.round_number)), paragraph(intro),
                         *sections, send]

    def _send(self) -> None:
        number = answer(self.page.store, self.link, {key: choice.value for key, choice in self.choices.items()})
        self.page.say(_("Thank you. Your answer to round {number} is saved; you can change it through the same "
                        "link.").format(number=number))


def build_answer_page(query_string: str | None = None, store: Store | None = None) -> Page:
    if query_string is None:
        query_string = request_query_string()

    def body(page: Page) -> AnswerView:
        return AnswerView(page, resolve_member(page.store, query_string))

    return Page(render=body, step_key="forum_answer", title=lambda: _("Samverkansforum – your answer"),
                query_string=query_string, store=store)


def answer_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_answer_page(query_string, store).widget
