"""The facilitator's view of every team: filters, a sortable summary, the detail tables and the faculty score."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import choice_field, field_row, html, paragraph, section
from widgets.seminars.faculty_form import FacultyScoreForm
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
from workshop.overview import collaborative_overview

MUNICIPALITY, SORT = "overview_municipality", "overview_sort"
SORTS = {
    "name": N_("Team"), "municipality": N_("Municipality"), "steps": N_("Steps done"), "cycles": N_("PDSA cycles"),
    "without_study": N_("Period ended without Study"), "missing": N_("Monthly reports missing"), "gap": N_("Gap"),
}
_FEWEST_FIRST = {"name", "municipality"}


class OverviewView:
    def __init__(self, page) -> None:
        self.page = page
        self.overview = collaborative_overview(page.store, page.session)
        municipalities = sorted({team.municipality for team in self.overview.teams}, key=str.casefold)
        chosen = page.state.chosen(MUNICIPALITY)
        sort = page.state.chosen(SORT) or "name"
        self.municipality = choice_field(_("Municipality"), [(_("All municipalities"), None)]
                                         + [(name, name) for name in municipalities],
                                         chosen if chosen in municipalities else None)
        self.sort = choice_field(_("Sort by"), [(_(label), key) for key, label in SORTS.items()], sort)
        for field, key in ((self.municipality, MUNICIPALITY), (self.sort, SORT)):
            field.observe(page.guard(lambda change, key=key: page.redraw(**{key: change["new"]})), names="value")
        teams = [team for team in self.overview.teams
                 if self.municipality.value is None or team.municipality == self.municipality.value]
        numbers = team_summary(self.overview, teams)
        teams.sort(key=lambda team: numbers[team.team_id][sort], reverse=sort not in _FEWEST_FIRST)
        shown = _("{shown} of {total} teams").format(shown=len(teams), total=len(self.overview.teams))
        self.children: list[ipywidgets.Widget] = [
            field_row(self.municipality, self.sort),
            paragraph(shown, css_class="gk-muted"),
            html(summary_table(self.overview, teams)),
            section(_("Results"), html(measures_table(self.overview, teams))),
            section(_("Steps"), html(steps_table(self.overview, teams))),
            section(_("Monthly reports"),
                    paragraph(_("A month's report is due on the 10th of the next month.")),
                    html(reports_table(self.overview, teams))),
            section(_("Self-score and faculty score"), html(scores_table(self.overview, teams))),
            FacultyScoreForm(page, self.overview).widget,
            section(_("Changes across teams"), html(changes_table(self.overview, teams))),
            SummaryDownload(page).widget,
        ]
