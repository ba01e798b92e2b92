"""The Reports page: choose a document and its period, preview what it will hold, make it and save it;
then the monthly report and the backup."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, html, paragraph, section
from widgets.components.messages import MessageArea
from widgets.errors import guarded
from widgets.page import Page
from widgets.reports.backup_view import backup_section
from widgets.reports.chooser import DocumentChooser
from widgets.reports.creation import DocumentMaker
from widgets.reports.final_plan_form import final_plan_form
from widgets.reports.monthly_form import monthly_form
from widgets.reports.period_choice import PeriodChoice
from widgets.reports.preview import preview_markup
from workshop.i18n import _
from workshop.reports import team_snapshot
from workshop.store import Store


class ReportsView:
    def __init__(self, page: Page) -> None:
        self.page = page
        store, team_id = page.store, page.session.team_id
        self.messages = MessageArea()
        self.guard = guarded(self.messages.show)
        self.chooser = DocumentChooser(self.guard(self._choice_changed))
        self.period = PeriodChoice(store, team_id, self.chooser.kind, self.guard(self._choice_changed))
        self.maker = DocumentMaker(page, self._choice)
        self.preview_button = button(_("Preview"))
        self.preview_button.on_click(self.guard(lambda _button: self._preview()))
        self.maker.create_button.on_click(self.guard(lambda _button: self._create()))
        self.preview = html("")
        self.children = [
            paragraph(_("The team presents its work at every learning seminar and at the final meeting, reports "
                        "every month and writes a final report with the plan for continuing. People change jobs on "
                        "the way, and in the pilot “knowledge, collected material and analysis may have been lost "
                        "along the way”. Here the team's recorded work becomes documents in one click: editable, "
                        "ready to present, or to hand over to a new colleague or manager.")),
            section(_("Make a document"), self.chooser.widget, self.period.widget,
                    ipywidgets.HBox([self.preview_button, self.maker.create_button]),
                    self.messages.widget, self.preview, self.maker.progress, self.maker.link),
            monthly_form(page, store, team_id),
            final_plan_form(page, store, team_id),
            backup_section(page),
        ]

    def _choice(self):
        kind = self.chooser.kind
        return kind, self.chooser.format.value, self.period.period()

    def _choice_changed(self) -> None:
        """What was shown belongs to the previous choice."""
        self.period.show_for(self.chooser.kind)
        self.messages.clear()
        self.preview.value = ""
        self.maker.clear()

    def _preview(self) -> None:
        self.messages.clear()
        kind, _fmt, period = self._choice()
        snapshot = team_snapshot(self.page.store, self.page.session.team_id, period)
        self.preview.value = preview_markup(snapshot, kind, self.page.session)

    def _create(self) -> None:
        self.messages.clear()
        self.maker.create()



def build_reports_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The Reports page's frame and view (tests drive ``page.view``)."""
    return Page(render=ReportsView, step_key="reports", query_string=query_string, store=store, charts=True)


def reports_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_reports_page(query_string, store).widget
