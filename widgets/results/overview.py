"""All the team's measures side by side (small multiples), each with its verdict in one line."""

from __future__ import annotations

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.fields import html, section, text
from workshop.i18n import _
from workshop.improvement import Measure
from workshop.pdsa import cycle_annotations
from workshop.results import judge_series, measure_series
from workshop.results.chart import overview_figure
from workshop.store import Store


def overview(store: Store, team_id: int, measures: list[Measure]) -> list[ipywidgets.Widget]:
    charts, lines = [], []
    for measure in measures:
        judged = judge_series(measure_series(store, team_id, measure.id))
        if judged.analysis is not None:
            charts.append((judged.series, judged.analysis, cycle_annotations(store, team_id, measure.id)))
        lines.append((measure.name, judged.headline))
    items = "".join(f"<li><strong>{text(name)}</strong>: {text(line)}</li>" for name, line in lines)
    children: list[ipywidgets.Widget] = [bokeh_widget(overview_figure(charts))] if charts else []
    children.append(html(f'<ul class="gk-overview">{items}</ul>'))
    return [section(_("All measures"), *children)]
