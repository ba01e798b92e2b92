"""The timeline of all cycles per change idea, with a table of the same for screen readers."""

from __future__ import annotations

import datetime as dt

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.chart_text import chart_says, described_chart
from widgets.components.fields import html, paragraph, section, text
from workshop.i18n import _
from workshop.pdsa import Cycle
from workshop.pdsa.records import ACT, PLAN
from workshop.pdsa.timeline import cycle_label, has_timeline, idea_name, period_text, timeline_figure


def cycle_table(cycles: list[Cycle]) -> str:
    headers = (_("Change idea"), _("Cycle"), PLAN.label("title"), _("Period"), PLAN.label("scale"),
               ACT.label("decision"))
    head = "".join(f'<th scope="col">{text(header)}</th>' for header in headers)
    rows = []
    for cycle in cycles:
        cells = (idea_name(cycle), cycle_label(cycle), cycle.title, period_text(cycle),
                 cycle.plan.scale.label if cycle.plan.scale else "–",
                 cycle.act.decision.label if cycle.act.decision else "–")
        rows.append("<tr>" + "".join(f'<td class="gk-wrap">{text(cell)}</td>' for cell in cells)
                    + "</tr>")
    caption = text(_("All cycles per change idea"))
    return (f'<table class="gk-table gk-table-full"><caption>{caption}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def timeline_says(cycles: list[Cycle]) -> str:
    """The timeline in words: what it shows and the cycle that started last."""
    dated = [cycle for cycle in cycles if cycle.plan.start is not None]
    last = max(dated, key=lambda cycle: cycle.plan.start or dt.date.min) if dated else None
    detail = (_("Latest cycle: {cycle}, “{title}”, {period}.").format(
        cycle=cycle_label(last), title=last.title, period=period_text(last)) if last is not None else "")
    return chart_says(_("All cycles per change idea"), detail)


def timeline_section(cycles: list[Cycle]) -> ipywidgets.Widget:
    if not has_timeline(cycles):
        return section(_("Timeline"), paragraph(_("The cycles appear on the timeline when they have a period."),
                                                css_class="gk-muted"), html(cycle_table(cycles)))
    chart = bokeh_widget(lambda: timeline_figure(cycles))
    return section(_("Timeline"), described_chart(chart, timeline_says(cycles), cycle_table(cycles)))
