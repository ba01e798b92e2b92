"""The monthly report: what we tested, learned and plan next, and where the work stands on the 0.5–5.0 scale.

A month not saved before opens with texts prefilled from the team's PDSA
cycles. The form saves shortly after each edit and on the button; a save by a
colleague in between is refused as a conflict and what this person typed stays.
"""

from __future__ import annotations

import datetime as dt

import ipywidgets

from widgets.autosave import Autosave
from widgets.bokeh_setup import bokeh_widget
from widgets.components.cells import cell
from widgets.components.chart_text import chart_says, described_chart, latest
from widgets.components.conflict import conflict_choices
from widgets.components.fields import button, choice_field, heading, html, paragraph, section, text
from widgets.components.record_form import RecordForm
from workshop.errors import EditConflict
from workshop.i18n import _
from workshop.reports.period_months import month_key, months_to_report
from workshop.reports.records.assessment_scale import ASSESSMENT_SCALE
from workshop.reports.records.monthly import (
    MONTHLY,
    MonthlyReport,
    MonthlyReportDetails,
    get_monthly_report,
    list_monthly_reports,
    month_label,
    monthly_draft,
    save_monthly_report,
)
from workshop.reports.score_chart import has_score_chart, score_figure

_TEXTS = ("tested", "learned", "next_steps")
_NOT_ASSESSED = ""
# Radio labels hold a level's name and its definition; let them wrap instead of overlapping.
_SCALE_STYLE = """<style>
.gk-scale-choice label { display: flex; align-items: flex-start; height: auto; line-height: 1.4;
  margin: 0.3em 0; white-space: normal; font-size: 15px; }
.gk-scale-choice input { order: -1; flex: none; margin: 0.25em 0.6em 0 0; }
</style>"""


def score_choice(score: float | None) -> ipywidgets.RadioButtons:
    """The whole scale, each level with its name and definition; arrow keys move between levels."""
    options = [(_("Not assessed this month"), _NOT_ASSESSED)] + [
        (f"{level.score_text} · {level.label}: {level.definition}", level.score) for level in ASSESSMENT_SCALE
    ]
    choice = ipywidgets.RadioButtons(options=options, value=_NOT_ASSESSED if score is None else score,
                                     description=_("Self-assessment"), style={"description_width": "220px"},
                                     layout=ipywidgets.Layout(width="960px"))
    choice.add_class("gk-scale-choice")
    return choice


def history_table(reports: list[MonthlyReport]) -> str:
    """The saved months, newest first: month, score and the level's name."""
    if not reports:
        empty = text(_("No monthly report saved yet."))
        return f'<p class="gk-muted">{empty}</p>'
    headers = (_("Month"), _("Self-assessment"), _("Level"))
    head = "".join(f'<th scope="col">{text(header)}</th>' for header in headers)
    rows = []
    for report in reversed(reports):
        level = report.level
        cells = (month_label(report.month), level.score_text if level else "–",
                 level.label if level else _("Not assessed"))
        rows.append("<tr>" + "".join(cell(text(value)) for value in cells) + "</tr>")
    caption = text(_("Self-assessment per saved month, newest first"))
    return (f'<table class="gk-table"><caption>{caption}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def score_says(reports: list[MonthlyReport]) -> str:
    """The self-assessment chart in words: the latest month scored, its score and level."""
    month, level = [(report.month, level) for report in reports if (level := report.level) is not None][-1]
    return chart_says(_("Self-assessment per month"),
                      latest(f"{level.score_text} – {level.label}", month_label(month)))


class MonthEditor:
    """One month's report: the three texts, the self-assessment and its reason."""

    def __init__(self, page, form: MonthlyForm, month: str) -> None:
        self.page, self.form, self.month = page, form, month
        self.record = ("monthly_report", form.team_id, month)  # its version read or saved lives in page.state
        report = get_monthly_report(form.store, form.team_id, month)
        page.state.remember_version(self.record, report.version if report else 0)
        details = report.details if report else monthly_draft(form.store, form.team_id, month)
        self.autosave = Autosave(self.save)
        self.texts = RecordForm(MONTHLY, details, changed=page.guard(self.autosave.changed))
        self.score = score_choice(details.self_score)
        self.score.observe(page.guard(self.autosave.changed), names="value")
        self.save_button = button(_("Save the monthly report"), primary=True)
        self.save_button.on_click(page.guard(lambda _button: self.autosave.save_now()))
        self.conflict_box = ipywidgets.VBox()
        prefilled = report is None and any(getattr(details, name) for name in _TEXTS)
        note = (_("Prefilled from your PDSA cycles. Change the texts as you like: the report is saved as you "
                  "write, or when you press the button.") if prefilled else "")
        self.widget = ipywidgets.VBox([
            paragraph(note, css_class="gk-muted") if note else html(""),
            *self.texts.shown(*_TEXTS),
            paragraph(_("Where does the team's work stand this month? Choose the level that fits best. The "
                        "facilitators use the same scale, so that you can compare how you see it.")),
            html(_SCALE_STYLE), self.score, *self.texts.shown("score_reason"),
            self.save_button, self.autosave.status, self.conflict_box,
        ])

    def details(self) -> MonthlyReportDetails:
        return self.texts.value(self_score=self.score.value)

    def save(self) -> None:
        form = self.form
        try:
            saved = save_monthly_report(form.store, form.team_id, self.month, self.details(),
                                        expected_version=self.page.state.version(self.record),
                                        actor=self.page.session.actor)
        except EditConflict:
            self._offer_choices()
            raise
        self.page.state.remember_version(self.record, saved.version)
        self.conflict_box.children = []
        form.saved()

    def _offer_choices(self) -> None:
        """What the person typed stays; they keep theirs over the colleague's, or see the colleague's."""
        self.conflict_box.children = [conflict_choices(self.page.guard, self._keep_mine,
                                                       lambda: self.form.show(self.month))]

    def _keep_mine(self) -> None:
        latest = get_monthly_report(self.form.store, self.form.team_id, self.month)
        self.page.state.remember_version(self.record, latest.version if latest else 0)
        self.autosave.save_now()


class MonthlyForm:
    def __init__(self, page, store, team_id: int) -> None:
        self.page, self.store, self.team_id = page, store, team_id
        self.month = choice_field(_("Month"), [])
        self._relabelling = False
        self._label_months(month_key(dt.date.today()))
        self.month.observe(page.guard(self._month_chosen), names="value")
        self.editor_box = ipywidgets.VBox()
        self.history = ipywidgets.VBox()
        self.show(self.month.value)
        self._show_history()
        self.widget = section(
            _("Monthly report"),
            paragraph(_("Each month the team writes down what it tested, what it learned and what it plans next, "
                        "and assesses where the work stands. The reports show it to the seminars, to managers and "
                        "to new colleagues.")),
            self.month, self.editor_box, heading(_("Saved months")), self.history,
        )

    def _label_months(self, chosen: str) -> None:
        """Month options with the saved ones marked in words; keeps ``chosen`` without reopening it."""
        saved = {report.month for report in list_monthly_reports(self.store, self.team_id)}
        options = [(_("{month} (saved)").format(month=month_label(month)) if month in saved else month_label(month),
                    month) for month in months_to_report(self.store, self.team_id)]
        self._relabelling = True
        try:
            self.month.options = options
            self.month.value = chosen
        finally:
            self._relabelling = False

    def _month_chosen(self, change) -> None:
        if self._relabelling:
            return
        if self.editor.autosave.state == "pending":
            self.editor.autosave.save_now()
            if self.editor.autosave.state != "saved":
                # The month's unsaved text would be lost; stay on it, with the reason shown.
                self._label_months(self.editor.month)
                return
        self.show(change["new"])

    def show(self, month: str) -> None:
        self.editor = MonthEditor(self.page, self, month)
        self.editor_box.children = [self.editor.widget]

    def saved(self) -> None:
        self._label_months(self.editor.month)
        self._show_history()

    def _show_history(self) -> None:
        reports = list_monthly_reports(self.store, self.team_id)
        table = history_table(reports)
        chart = bokeh_widget(lambda: score_figure(reports)) if has_score_chart(reports) else None
        self.history.children = [described_chart(chart, score_says(reports), table) if chart is not None
                                 else html(table)]


def monthly_form(page, store, team_id: int) -> ipywidgets.Widget:
    """The monthly report of ``team_id`` for the reports page (``page`` guards callbacks)."""
    return MonthlyForm(page, store, team_id).widget
