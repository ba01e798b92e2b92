"""The facilitator's score of a team for a month, with why and what next; the team reads it on its Start page."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, choice_field, paragraph, section, text_area
from workshop.i18n import _
from workshop.overview import CrossTeamOverview
from workshop.reports.records.assessment_scale import ASSESSMENT_SCALE
from workshop.reports.records.faculty_score import FacultyScoreDetails, list_faculty_scores, save_faculty_score
from workshop.reports.records.monthly import month_label

TEAM, MONTH = "score_team", "score_month"


class FacultyScoreForm:
    def __init__(self, page, overview: CrossTeamOverview) -> None:
        self.page = page
        teams = [(team.name, team.team_id) for team in overview.teams]
        months = [(month_label(month), month) for month in reversed(overview.months)]
        team_id = page.state.chosen(TEAM) or (teams[0][1] if teams else None)
        month = page.state.chosen(MONTH) or (months[0][1] if months else None)
        stored = next((score for score in list_faculty_scores(page.store, team_id) if score.month == month), None) \
            if team_id is not None else None
        self.version = stored.version if stored else 0
        self.team = choice_field(_("Team"), teams, team_id)
        self.month = choice_field(_("Month"), months, month)
        for field, key in ((self.team, TEAM), (self.month, MONTH)):
            field.observe(page.guard(lambda change, key=key: page.redraw(**{key: change["new"]})), names="value")
        self.score = choice_field(_("Level"), [(_("– choose –"), None)] + [
            (f"{level.score_text} – {level.label}", level.score) for level in ASSESSMENT_SCALE],
            stored.score if stored else None)
        self.justification = text_area(_("Why this level?"), stored.justification if stored else "")
        self.suggestion = text_area(_("What we suggest next"), stored.suggestion if stored else "")
        save = button(_("Save the faculty score"), primary=True)
        save.on_click(page.guard(lambda _button: self._save()))
        self.widget: ipywidgets.Widget = section(
            _("Faculty score"),
            paragraph(_("Score the team on the same scale as its self-assessment. The team sees your score, "
                        "why, and what you suggest on its Start page.")),
            self.team, self.month, self.score, self.justification, self.suggestion, save)

    def _save(self) -> None:
        saved = save_faculty_score(self.page.store, self.page.session, self.team.value, self.month.value,
                                   FacultyScoreDetails(self.score.value, self.justification.value,
                                                       self.suggestion.value),
                                   expected_version=self.version)
        self.page.redraw(_("The faculty score for {month} was saved.").format(month=month_label(saved.month)))
