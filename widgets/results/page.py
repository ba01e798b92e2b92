"""The Results page: all the team's measures at a glance, then one measure's chart, verdict and data."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import html, paragraph, text
from widgets.page import Page
from widgets.page_state import SAVED
from widgets.results.measure import MeasurePanel
from widgets.results.overview import overview
from workshop.i18n import _
from workshop.improvement import list_measures
from workshop.steps import JOURNEY
from workshop.store import Store

_AIMS_NOTEBOOK = next(step.notebook for step in JOURNEY if step.key == "aims")


class ResultsView:
    def __init__(self, page: Page) -> None:
        self.page = page
        team_id = page.session.team_id
        self.measures = list_measures(page.store, team_id)
        self.panel: MeasurePanel | None = None
        if not self.measures:
            link = f'<a href="{text(page.session.link(_AIMS_NOTEBOOK))}">{text(_("Aims and measures"))}</a>'
            intro = _("The team has no measures yet. Describe them first in step 2:")
            self.children = [html(f"<p>{text(intro)} {link}</p>")]
            return
        self.overview_box = ipywidgets.VBox()
        self.measure_box = ipywidgets.VBox()
        self.chooser = ipywidgets.Dropdown(options=[(measure.name, measure.id) for measure in self.measures],
                                           description=_("Measure"), style={"description_width": "120px"},
                                           layout=ipywidgets.Layout(width="760px"))
        self.chooser.observe(page.guard(lambda change: self.show_measure(change["new"])), names="value")
        self.refresh_overview()
        page.state.subscribe(self.refresh_overview, SAVED)  # a point saved below changes its measure's verdict
        self.show_measure(self.chooser.value)
        self.children = [
            paragraph(_("Enter the measurements and see at once whether a change is an improvement or noise.")),
            self.overview_box, self.chooser, self.measure_box,
        ]

    def refresh_overview(self) -> None:
        self.overview_box.children = overview(self.page.store, self.page.session.team_id, self.measures)

    def show_measure(self, measure_id: int) -> None:
        self.panel = MeasurePanel(self.page, measure_id)
        self.measure_box.children = [self.panel.widget]


def build_results_page(query_string: str | None = None, store: Store | None = None) -> Page:
    """The Results page's frame and view (tests drive ``page.view``)."""
    return Page(render=ResultsView, step_key="results", query_string=query_string, store=store, charts=True)


def results_page(query_string: str | None = None, store: Store | None = None) -> ipywidgets.Widget:
    """The widget the notebook shows."""
    return build_results_page(query_string, store).widget
