"""What the team sees of its cases: problems by row number, then charts each with a table beside it.

The same charts show a saved inventory, drawn from its stored counts (exact: this is the team's own page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.chart_text import chart_says, described_chart, latest
from widgets.components.fields import html, paragraph, section, text
from widgets.inventory.tables import rows_table, share
from workshop.i18n import _, format_date, format_number, ngettext
from workshop.inventory import charts
from workshop.inventory.storage import SavedInventory
from workshop.inventory.target import TargetGroup

if TYPE_CHECKING:
    from workshop.inventory.cases import Cases
    from workshop.inventory.summary import Inventory


def problem_report(cases: Cases, exclude: ipywidgets.Checkbox) -> ipywidgets.Widget:
    if not cases.problems:
        return section(_("Check of the rows"), paragraph(_("No problems were found in the rows.")))
    items = "".join(f"<li>{text(problem.message)}</li>" for problem in cases.problems)
    return section(
        _("Check of the rows"),
        paragraph(ngettext("{count} row has a problem. Leave it out and save the rest, or fix the file and upload "
                           "it again.",
                           "{count} rows have problems. Leave them out and save the rest, or fix the file and "
                           "upload it again.", cases.excluded).format(count=cases.excluded)),
        html(f"<ul>{items}</ul>"),
        exclude,
    )


def _largest(rows: charts.Rows) -> str:
    if not rows.rows:
        return ""
    label, count = max(rows.rows, key=lambda row: row[1])
    return _("Largest group: {group}, {count} clients.").format(group=label, count=format_number(count))


def _chart_with_table(rows: charts.Rows, make_figure, detail: str) -> ipywidgets.Widget:
    return described_chart(bokeh_widget(lambda: make_figure(rows)), chart_says(rows.title, detail), rows_table(rows))


def _inflow_latest(rows: charts.Rows) -> str:
    month, count = rows.rows[-1]
    return latest(format_number(count), charts.month_label(month))


def _age_and_sex(inventory: Inventory) -> ipywidgets.Widget:
    ages = charts.age_rows(inventory)
    return described_chart(bokeh_widget(lambda: charts.age_sex_figure(inventory)),
                           chart_says(_("Age and sex"), _largest(ages)), rows_table(ages),
                           rows_table(charts.sex_rows(inventory)))


def inventory_charts(inventory: Inventory) -> list[ipywidgets.Widget]:
    """Age and sex, reasons, time since opening (with the long-term share), insatser, inflow per month."""
    share = inventory.long_term_share
    long_term = (_("Long-term (opened 10 months or more ago): {share} % of those with a known date.").format(
        share=format_number(100 * share, 1)) if share is not None else _("No dates of case opening were given."))
    duration = charts.duration_rows(inventory)
    blocks = [
        section(_("Age and sex"), _age_and_sex(inventory), level=3),
        section(duration.title, paragraph(long_term),
                _chart_with_table(duration, charts.bar_figure, _largest(duration)), level=3),
    ]
    for rows, make, detail in ((charts.reason_rows(inventory), charts.bar_figure, _largest),
                               (charts.insats_rows(inventory), charts.bar_figure, _largest),
                               (charts.inflow_rows(inventory), charts.inflow_figure, _inflow_latest)):
        if rows.rows:
            blocks.append(section(rows.title, _chart_with_table(rows, make, detail(rows)), level=3))
    total = paragraph(_("{count} clients are counted.").format(count=format_number(inventory.total)))
    return [total, *blocks]


def _target_group(target: TargetGroup | None, total: int) -> ipywidgets.Widget:
    if target is None:
        return section(_("Target group"), paragraph(_("No target group was chosen in this inventory.")), level=3)
    count = _("{count} clients in the target group ({share} of all {total}).").format(
        count=format_number(target.count), share=share(target.count, total), total=format_number(total))
    return section(_("Target group"), html(f"<p><strong>{text(target.description)}</strong></p><p>{text(count)}</p>"),
                   level=3)


def saved_inventory(saved: SavedInventory) -> ipywidgets.Widget:
    """A saved inventory as the team left it: its date, the chosen target group, charts and tables."""
    inventory = saved.inventory
    title = _("Inventory of {date}").format(date=format_date(inventory.inventory_date))
    widget = section(title, _target_group(saved.target, inventory.total), *inventory_charts(inventory))
    widget.add_class("gk-saved-inventory")
    return widget
