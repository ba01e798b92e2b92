"""One measure on the Results page: its chart panel and its data entry, redrawn from the store after each save."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import heading, paragraph
from widgets.components.messages import MessageArea
from widgets.errors import guarded
from widgets.page import Page
from widgets.results.chart_panel import ChartPanel
from widgets.results.entry import EntrySection
from workshop.i18n import _
from workshop.pdsa import cycle_annotations
from workshop.results import MeasureSeries, measure_series


class MeasurePanel:
    """The measure's own message area stands beside its data entry and its phases, where the person acts, so
    ``guard`` and ``messages`` here are the panel's, not the page's."""

    def __init__(self, page: Page, measure_id: int) -> None:
        self.page = page
        self.messages = MessageArea()  # shown by the chart's phases and by the data entry
        self.guard = guarded(self.messages.show)
        self.cycles = cycle_annotations(page.store, page.session.team_id, measure_id)
        series = measure_series(page.store, page.session.team_id, measure_id)
        self.chart_box = ipywidgets.VBox()
        self.entry_box = ipywidgets.VBox()
        self.entry = EntrySection(page, self, series)
        self.entry_box.children = [self.entry.widget]
        self._draw_chart(series)
        measure = series.measure
        about = _("{kind} · {frequency} · {direction}").format(
            kind=measure.kind.label, frequency=measure.frequency.label, direction=measure.direction.label)
        self.widget = ipywidgets.VBox([heading(measure.name, 2), paragraph(about, css_class="gk-muted"),
                                       self.chart_box, self.entry_box])

    def _draw_chart(self, series: MeasureSeries) -> None:
        self.chart = ChartPanel(self.page, self, series, self.cycles)
        self.chart_box.children = [self.chart.widget]

    def saved(self, series: MeasureSeries, *, message: str = "", redraw_entry: bool = True) -> None:
        """After a save: redraw from the stored series (the overview follows the page's SAVED by itself)."""
        self._draw_chart(series)
        if redraw_entry:
            self.entry = EntrySection(self.page, self, series)
            self.entry_box.children = [self.entry.widget]
        if message:
            self.messages.show(message, "success")
