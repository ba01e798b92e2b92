"""The facilitator's view of every team: filters, a sortable summary, the detail tables and the faculty score."""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.components.fields import ChoiceField, choice_field, field_row, html, paragraph, section
from widgets.components.projector import projector_switch
from widgets.seminars.faculty_form import FacultyScoreForm
from widgets.seminars.overview_chart import ChartOnDemand
from widgets.seminars.overview_tables import (
    changes_table,
    measures_table,
    reports_table,
    scores_table,
    steps_table,
    summary_table,
    team_summary,
)
from widgets.seminars.summary_download import SummaryDownload
from workshop.i18n import N_, _
from workshop.model import Area
from workshop.overview import collaborative_overview
from workshop.steps import START_NOTEBOOK

MUNICIPALITY, AREA, REGION, SORT = "overview_municipality", "overview_area", "overview_region", "overview_sort"
FILTERS = {MUNICIPALITY: "municipality", AREA: "area", REGION: "region"}
"""The page state's key of each filter, and the team's field it filters on."""
SORTS = {
    "name": N_("Team"), "municipality": N_("Municipality"), "steps": N_("Steps done"), "cycles": N_("PDSA cycles"),
    "without_study": N_("Period ended without Study"), "missing": N_("Monthly reports missing"), "gap": N_("Gap"),
}
_FEWEST_FIRST = {"name", "municipality"}


class OverviewView:
    def __init__(self, page) -> None:
        self.page = page
        self.overview = collaborative_overview(page.store, page.session)
        if not self.overview.teams:
            start = _("Add the first team on the Start page")
            self.children: list[ipywidgets.Widget] = [
                paragraph(_("The collaborative has no teams yet. Add its teams on the Start page; each team's steps, "
                            "results, monthly reports and scores show here as it works.")),
                html(f'<p><a href="{escape(page.session.link(START_NOTEBOOK))}">{escape(start)}</a></p>')]
            return
        sort = page.state.chosen(SORT) or "name"
        self.municipality = self._filter(MUNICIPALITY, _("Municipality"), _("All municipalities"))
        self.area = self._filter(AREA, _("Area"), _("All areas"), label=lambda code: Area(code).label)
        self.region = self._filter(REGION, _("Region"), _("All regions"))
        self.sort = choice_field(_("Sort by"), [(_(label), key) for key, label in SORTS.items()], sort)
        self.sort.observe(page.guard(lambda change: page.redraw(**{SORT: change["new"]})), names="value")
        chosen = {attribute: getattr(self, attribute).value for attribute in FILTERS.values()}
        teams = [team for team in self.overview.teams
                 if all(value is None or getattr(team, attribute) == value for attribute, value in chosen.items())]
        numbers = team_summary(self.overview, teams)
        teams.sort(key=lambda team: numbers[team.team_id][sort], reverse=sort not in _FEWEST_FIRST)
        shown = _("{shown} of {total} teams").format(shown=len(teams), total=len(self.overview.teams))
        self.children = [
            projector_switch(page),
            field_row(self.municipality, self.area, self.region, self.sort),
            paragraph(shown, css_class="gk-muted"),
            html(summary_table(self.overview, teams)),
            section(_("Results"), html(measures_table(self.overview, teams)),
                    ChartOnDemand(page, list(self.overview.measures), teams).widget),
            section(_("Steps"), html(steps_table(self.overview, teams))),
            section(_("Monthly reports"),
                    paragraph(_("A month's report is due on day {day} of the next month.").format(
                        day=self.overview.report_due_day)),
                    html(reports_table(self.overview, teams))),
            section(_("Self-score and faculty score"), html(scores_table(self.overview, teams))),
            FacultyScoreForm(page, self.overview).widget,
            section(_("Changes across teams"), html(changes_table(self.overview, teams))),
            SummaryDownload(page).widget,
        ]

    def _filter(self, key: str, title: str, everyone: str, *, label=str) -> ChoiceField:
        """A choice of the teams' values of one field (a team without one is found under "all" only); a value
        no team has any more is not kept."""
        attribute = FILTERS[key]
        values = sorted({getattr(team, attribute) for team in self.overview.teams} - {""}, key=str.casefold)
        chosen = self.page.state.chosen(key)
        field = choice_field(title, [(everyone, None)] + [(label(value), value) for value in values],
                             chosen if chosen in values else None)
        field.observe(self.page.guard(lambda change: self.page.redraw(**{key: change["new"]})), names="value")
        return field
