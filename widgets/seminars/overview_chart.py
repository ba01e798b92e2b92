"""One team's measure as its run or control chart, drawn only when the facilitator asks for it: the view of all
teams stays light (bokeh and the chart code are loaded on the first "Show chart")."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, choice_field, field_row, heading, paragraph
from widgets.components.projector import projected
from workshop.i18n import _
from workshop.overview import MeasureCell, TeamLine


def _choice_label(cell: MeasureCell, names: dict[int, str]) -> str:
    return f"{names[cell.team_id]} – {cell.measure} ({cell.signal.label})"


class ChartOnDemand:
    """A choice of team × measure beside the verdicts, and "Show chart"; the chart replaces the previous one."""

    def __init__(self, page, cells: list[MeasureCell], teams: list[TeamLine]) -> None:
        self.page = page
        self.names = names = {team.team_id: team.name for team in teams}
        self.cells = [cell for cell in cells if cell.team_id in names]
        self.choice = choice_field(_("Team and measure"),
                                   [(_choice_label(cell, names), index) for index, cell in enumerate(self.cells)])
        show = button(_("Show chart"))
        show.on_click(page.guard(lambda _button: self.show()))
        self.chart = ipywidgets.VBox()
        self.widget: ipywidgets.Widget = (ipywidgets.VBox([field_row(self.choice, show), self.chart])
                                          if self.cells else paragraph(_("No team has a measure yet."),
                                                                       css_class="gk-muted"))

    def show(self) -> None:
        # Imported on use: bokeh and the SPC chart code are heavy, and the page's load time is measured.
        from widgets.bokeh_setup import bokeh_widget
        from widgets.results.chart_panel import described_measure
        from workshop.pdsa import cycle_annotations
        from workshop.results import analyse_series, measure_series, verdict
        from workshop.results.chart import measure_figure

        cell = self.cells[self.choice.value]
        series = measure_series(self.page.store, cell.team_id, cell.measure_id)
        if len(series.points) < 2:
            self.chart.children = [paragraph(_("{measure}: the team has fewer than 2 points, so there is no chart "
                                               "yet.").format(measure=cell.measure))]
            return
        analysis = analyse_series(series)
        cycles = cycle_annotations(self.page.store, cell.team_id, cell.measure_id)
        chart = bokeh_widget(lambda: projected(self.page, measure_figure(series, analysis, cycles)))
        self.chart.children = [heading(_choice_label(cell, self.names), 4),
                               described_measure(chart, series, analysis, verdict(series, analysis), cycles)]
