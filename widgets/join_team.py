"""Joining a team with its code: on the Start page, and on any step page opened without a team link."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, choice_field, html, paragraph, secret_field, section, text
from workshop.collaboratives import list_collaboratives
from workshop.i18n import _
from workshop.session import join_team
from workshop.steps import START_NOTEBOOK
from workshop.teams import list_teams


class JoinTeamForm:
    """Collaborative, team and code; a right code continues the page in the team's session."""

    def __init__(self, page, collaboratives: list[tuple[int, str]] | None = None) -> None:
        self.page = page
        if collaboratives is None:
            collaboratives = list_collaboratives(page.store)
        choices = [(_("– choose –"), None)] + [(name, id_) for id_, name in collaboratives]
        self.collaborative = choice_field(_("Collaborative"), choices)
        self.team = choice_field(_("Team"), [(_("– choose a collaborative first –"), None)])
        self.code = secret_field(_("Team code"))
        self.button = button(_("Open the team's page"), primary=True)
        self.collaborative.observe(page.guard(lambda change: self._list_teams(change["new"])), names="value")
        self.button.on_click(page.guard(lambda _button: self._join()))
        self.widget = section(
            _("Join your team"),
            paragraph(_("Choose your collaborative and team, and type the code you got from your facilitator.")),
            self.collaborative, self.team, self.code, self.button,
        )

    def _list_teams(self, collaborative_id: int | None) -> None:
        if collaborative_id is None:
            self.team.options = [(_("– choose a collaborative first –"), None)]
            return
        teams = list_teams(self.page.store, collaborative_id)
        self.team.options = [(_("– choose –"), None)] + [(o.team.name, o.team.id) for o in teams]

    def _join(self) -> None:
        if self.team.value is None:
            self.page.say(_("Choose your collaborative and your team first."), "warning")
            return
        session = join_team(self.page.store, self.team.value, self.code.value, language=self.page.session.language)
        self.page.navigate(session)  # the team's Start greets the team itself


class TeamPicker:
    """What a step page shows until it knows the team (opened without a link, e.g. in JupyterLab)."""

    def __init__(self, page) -> None:
        self.form = JoinTeamForm(page)
        start, label = page.session.link(START_NOTEBOOK), _("Go to the start page")
        self.children: list[ipywidgets.Widget] = [
            paragraph(_("This page belongs to an improvement team. Open it from your team's link, "
                        "or choose your team and type its code here.")),
            self.form.widget,
            html(f'<p><a href="{text(start)}">{text(label)}</a></p>'),
        ]
