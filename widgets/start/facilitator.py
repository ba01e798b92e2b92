"""The Start page for a facilitator: the collaborative's teams, adding teams, editing the collaborative."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import ipywidgets

from widgets.components.fields import button, choice_field, html, paragraph, section, text_field, with_help
from widgets.components.navigation import status_badge
from widgets.start.collaborative_form import CollaborativeForm
from widgets.start.links import bookmark_box, copyable_link
from workshop import access
from workshop.collaboratives import change_facilitator_code, get_collaborative, update_collaborative
from workshop.i18n import _, format_date, ngettext
from workshop.model import Area, StepStatus, TeamDetails, TeamOverview
from workshop.session import open_as_facilitator, recent_wrong_codes, team_link_sessions
from workshop.steps import (
    FORUMS_NOTEBOOK,
    GROUPS_NOTEBOOK,
    JOURNEY,
    OVERVIEW_NOTEBOOK,
    PRESENTATION_NOTEBOOK,
    PROGRAM_NOTEBOOK,
    START_NOTEBOOK,
)
from workshop.teams import add_team, change_team_code, list_teams


def latest_self_assessments(store, collaborative_id: int) -> dict[int, str]:
    """Each team's latest self-assessment as shown, "2,5 (okt. 2026)"; teams without any are left out."""
    # Imported on use: the reports package is heavy, and the Start page's load time and memory are measured.
    from workshop.reports.records.assessment_scale import score_text
    from workshop.reports.records.monthly import collaborative_scores, month_label

    latest = {team_id: scores[-1] for team_id, scores in collaborative_scores(store, collaborative_id).items()
              if scores}
    return {team_id: f"{score_text(score)} ({month_label(month)})" for team_id, (month, score) in latest.items()}


class FacilitatorView:
    def __init__(self, page) -> None:
        self.page = page
        # The codes given to teams while this page is open, by team id: kept in the page's state only, so each
        # stays in the list until the facilitator leaves the page (the store keeps only hashes).
        self.codes_given: dict[int, str] = page.state.chosen("codes_given") or {}
        page.state.keep(codes_given=self.codes_given)
        session = page.session
        self.collaborative = get_collaborative(page.store, session.collaborative_id)
        self.teams = list_teams(page.store, session.collaborative_id)
        self.team_links = team_link_sessions(page.store, session)
        self.assessments = latest_self_assessments(page.store, session.collaborative_id)
        self.wrong_codes = recent_wrong_codes(page.store, session)

        self.team_name = text_field(_("Team name"), placeholder=_("e.g. Exampletown – income support"))
        self.team_municipality = text_field(_("Municipality"))
        self.team_unit = text_field(_("Unit"))
        self.team_area = choice_field(_("Area"), [(area.label, area) for area in Area], self.collaborative.area)
        self.team_region = text_field(_("Region"), self.collaborative.region)
        self.team_code = text_field(_("Team code"), access.suggest_code())
        self.add_team_button = button(_("Add the team"), primary=True)
        self.add_team_button.on_click(page.guard(lambda _button: self._add_team()))

        self.code_team = choice_field(_("Team"), [(_("– choose –"), None)]
                                      + [(o.team.name, o.team.id) for o in self.teams])
        self.new_code = text_field(_("New code"), access.suggest_code())
        self.change_code_button = button(_("Change the code"))
        self.change_code_button.on_click(page.guard(lambda _button: self._change_code()))

        self.new_facilitator_code = text_field(_("New facilitator code"), access.suggest_code())
        self.change_facilitator_code_button = button(_("Change the facilitator code"))
        self.change_facilitator_code_button.on_click(page.guard(lambda _button: self._change_facilitator_code()))

        self.edit_form = CollaborativeForm(page.guard, self.collaborative)
        self.save_button = button(_("Save the collaborative"), primary=True)
        self.save_button.on_click(page.guard(lambda _button: self._save()))

        self.children = [
            html(f"<h2>{escape(self.collaborative.name)}</h2>"),
            paragraph(self._summary(), css_class="gk-muted"),
            html(bookmark_box(session, _("You work as facilitator. Keep this link (bookmark it); "
                                         "it opens this page without the code."))),
            html(self._seminar_links()),
            section(_("Teams ({count})").format(count=len(self.teams)), *self._team_list()),
            section(_("Collaboration forums"),
                    paragraph(_("The forums the teams meet (Arbetsförmedlingen, psychiatry, addiction care): what they "
                                "cost in hours, and how their members assess them, round by round.")),
                    html(self._forums_link())),
            section(_("Add a team"), self.team_name, self.team_municipality, self.team_unit, self.team_area,
                    with_help(self.team_region, _("The team's regional support structure (RSS): a regional contact "
                                                  "filters the view of all teams by it.")),
                    with_help(self.team_code, _("Give the code to the team: with it they open the team's page.")),
                    self.add_team_button),
            section(_("Change a team's code"),
                    paragraph(_("When someone leaves the team, give the team a new code. "
                                "Links made with the old code stop working.")),
                    self.code_team, self.new_code, self.change_code_button),
            section(_("About the collaborative"), *self.edit_form.widgets, self.save_button),
            section(_("Change the facilitator code"),
                    paragraph(_("Pages and links opened with the old code stop working, also your own.")),
                    self.new_facilitator_code, self.change_facilitator_code_button),
        ]

    def _forums_link(self) -> str:
        label = _("Samverkansforum")
        return f'<p><a href="{escape(self.page.session.link(FORUMS_NOTEBOOK))}">{escape(label)}</a></p>'

    def _seminar_links(self) -> str:
        """The facilitator's own pages: all teams at a glance, the program, the meetings' cross-groups and the teams'
        storyboards presented."""
        links = ((OVERVIEW_NOTEBOOK, _("All teams: results, reports and faculty scores")),
                 (PROGRAM_NOTEBOOK, _("The program: meetings, agenda and what to bring")),
                 (GROUPS_NOTEBOOK, _("Cross-groups for a meeting: draw, show and save")),
                 (PRESENTATION_NOTEBOOK, _("Present the teams' storyboards at a meeting")))
        items = "".join(f'<li><a href="{escape(self.page.session.link(notebook))}">{escape(label)}</a></li>'
                        for notebook, label in links)
        return f'<ul class="gk-steps">{items}</ul>'

    def _summary(self) -> str:
        parts = [self.collaborative.area.label]
        if self.collaborative.region:
            parts.append(self.collaborative.region)
        if self.collaborative.period_start and self.collaborative.period_end:
            parts.append(f"{format_date(self.collaborative.period_start)} – "
                         f"{format_date(self.collaborative.period_end)}")
        meetings = len(self.collaborative.seminars)
        parts.append(ngettext("{count} meeting", "{count} meetings", meetings).format(count=meetings))
        return " · ".join(parts)

    def _team_list(self) -> list[ipywidgets.Widget]:
        if not self.teams:
            return [paragraph(_("No teams yet. Add the first team below."))]
        return [html(f'<ul class="gk-steps">{"".join(self._team_item(o) for o in self.teams)}</ul>')]

    def _team_item(self, overview: TeamOverview) -> str:
        team = overview.team
        done = sum(1 for status in overview.progress.values() if status is StepStatus.DONE)
        current = next((step for step in JOURNEY
                        if overview.progress.get(step.key) is StepStatus.IN_PROGRESS), None)
        as_facilitator = replace(self.page.session, team_id=team.id)
        own_link = self.team_links[team.id].link(START_NOTEBOOK)
        working_on = (" · " + escape(_("Working on: {step}").format(step=f"{current.number}. {current.title}"))
                      + " " + status_badge(StepStatus.IN_PROGRESS)) if current else ""
        place = " · ".join(part for part in (team.municipality, team.unit) if part)
        progress = _("{done} of {total} steps done").format(done=done, total=len(JOURNEY))
        assessment = _("Latest self-assessment: {score}").format(score=self.assessments.get(team.id, "–"))
        open_label, own_label = _("Open the team page"), _("The team’s own link (send it to the team)")
        code_line = ""
        if team.id in self.codes_given:
            code = _("Code: {code}").format(code=self.codes_given[team.id])
            until = _("(shown until you leave this page)")
            code_line = f'<br><strong>{escape(code)}</strong> <span class="gk-muted">{escape(until)}</span>'

        return (
            f"<li><strong>{escape(team.name)}</strong>{code_line}<br>"
            f'<span class="gk-muted">{escape(place)}</span><br>'
            f"{escape(progress)}{working_on}<br>"
            f"{escape(assessment)}<br>{self._wrong_codes(team.id)}"
            f'<a href="{escape(as_facilitator.link(START_NOTEBOOK))}">{escape(open_label)}</a><br>'
            f"{copyable_link(own_link, own_label)}</li>"
        )

    def _wrong_codes(self, team_id: int) -> str:
        """A line when someone typed wrong codes for the team lately (a member who lost it, or guessing)."""
        count = self.wrong_codes.get(team_id)
        if not count:
            return ""
        warning = ngettext("{count} wrong code typed for the team in the last 24 hours",
                           "{count} wrong codes typed for the team in the last 24 hours", count).format(count=count)
        return f'<span aria-hidden="true">⚠</span> {escape(warning)}<br>'

    def _add_team(self) -> None:
        details = TeamDetails(name=self.team_name.value, municipality=self.team_municipality.value,
                              unit=self.team_unit.value, area=self.team_area.value, region=self.team_region.value)
        team = add_team(self.page.store, self.collaborative.id, details, code=self.team_code.value,
                        actor=self.page.session.actor)
        self.codes_given[team.id] = self.team_code.value.strip()
        self.page.navigate(self.page.session, message=_(
            "The team “{name}” was added. Give the team its code: {code}"
        ).format(name=team.name, code=self.team_code.value.strip()))

    def _change_code(self) -> None:
        if self.code_team.value is None:
            self.page.say(_("Choose the team first."), "warning")
            return
        change_team_code(self.page.store, self.code_team.value, new_code=self.new_code.value,
                         actor=self.page.session.actor)
        self.codes_given[self.code_team.value] = self.new_code.value.strip()
        name = dict((id_, label) for label, id_ in self.code_team.options)[self.code_team.value]
        self.page.navigate(self.page.session, message=_(
            "The team “{name}” has a new code: {code}. Old links to the team no longer work."
        ).format(name=name, code=self.new_code.value.strip()))

    def _change_facilitator_code(self) -> None:
        code = self.new_facilitator_code.value
        change_facilitator_code(self.page.store, self.collaborative.id, new_code=code, actor=self.page.session.actor)
        session = open_as_facilitator(self.page.store, self.collaborative.id, code,
                                      language=self.page.session.language)
        self.page.navigate(session, message=_(
            "The facilitator code is now {code}. Write it down; links with the old code no longer work."
        ).format(code=code.strip()))

    def _save(self) -> None:
        update_collaborative(self.page.store, self.collaborative.id, self.edit_form.details(),
                             expected_version=self.collaborative.version, actor=self.page.session.actor)
        self.page.navigate(self.page.session, message=_("The collaborative was saved."))
