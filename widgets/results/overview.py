"""All the team's measures side by side (small multiples), each with its verdict in one line and its table."""

from __future__ import annotations

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.chart_text import chart_says, described_chart, folded
from widgets.components.fields import html, section, text
from widgets.results.chart_panel import measure_says, points_table
from workshop.i18n import _
from workshop.improvement import Measure
from workshop.pdsa import cycle_annotations
from workshop.results import JudgedSeries, judge_series, measure_series
from workshop.results.chart import overview_figure
from workshop.store import Store


def _item(name: str, judged: JudgedSeries) -> str:
    """One measure in the list under the charts: what its chart says in words, and its data as a table."""
    if judged.analysis is None:
        return f"<li><strong>{text(name)}</strong>: {text(judged.headline)}</li>"
    table = folded(points_table(judged.series, judged.analysis), _("Show “{measure}” as a table").format(measure=name))
    return f"<li>{text(measure_says(judged.series, judged.analysis, judged.headline))}{table}</li>"


def overview(store: Store, team_id: int, measures: list[Measure]) -> list[ipywidgets.Widget]:
    charts, items = [], []
    for measure in measures:
        judged = judge_series(measure_series(store, team_id, measure.id))
        if judged.analysis is not None:
            charts.append((judged.series, judged.analysis, cycle_annotations(store, team_id, measure.id)))
        items.append(_item(measure.name, judged))
    listed = f'<ul class="gk-overview">{"".join(items)}</ul>'
    if not charts:
        return [section(_("All measures"), html(listed))]
    says = chart_says(_("All measures"), _("Each measure's latest value and verdict are listed below."))
    chart = described_chart(bokeh_widget(lambda: overview_figure(charts)), says, listed)
    return [section(_("All measures"), chart)]
