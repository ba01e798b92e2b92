"""Tables next to the charts, for screen readers and for reading exact numbers."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from widgets.components.cells import cell
from workshop.i18n import _, format_number
from workshop.inventory.charts import Rows
from workshop.inventory.compare import Compared


def share(count: int, total: int) -> str:
    """``count`` as a percentage of ``total``, e.g. "12,5 %"."""
    return f"{format_number(100 * count / total, 1)} %" if total else "–"


LONG_TABLE_ROWS = 12
"""A table longer than this is folded away, so what comes after it stays within reach."""


def rows_table(rows: Rows) -> str:
    """The chart's numbers as an HTML table (every label escaped), each share of the clients counted."""
    clients = format_number(rows.clients)
    body = "".join(f"<tr><th scope='row'>{escape(label)}</th>{cell(format_number(count))}"
                   f"{cell(share(count, rows.clients))}</tr>" for label, count in rows.rows)
    titles = (_("Group"), _("Number"), _("Share of {count} clients").format(count=clients))
    header = "".join(f"<th scope='col'>{escape(title)}</th>" for title in titles)
    table = (f"<table class='gk-table'><caption>{escape(rows.title)}</caption>"
             f"<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>")
    if len(rows.rows) > LONG_TABLE_ROWS:
        summary = _("Show the whole table ({count} rows)").format(count=format_number(len(rows.rows)))
        table = f"<details><summary>{escape(summary)}</summary>{table}</details>"
    if rows.overlapping:
        note = _("A client can have several insatser: the numbers add up to more than the {count} clients, so they "
                 "have no total.").format(count=clients)
        table += f"<p class='gk-muted'>{escape(note)}</p>"
    return table


def comparison_table(title: str, labels: list[str], table: Mapping[str, Compared], first: str, second: str) -> str:
    """Two inventories side by side: number and share in each, and the change."""
    header = "".join(f"<th scope='col'>{escape(text)}</th>" for text in
                     (_("Group"), first, _("Share"), second, _("Share"), _("Change")))
    body = ""
    for label, row in zip(labels, table.values(), strict=True):
        body += (f"<tr><th scope='row'>{escape(label)}</th>{cell(format_number(row.first))}"
                 f"{cell(format_number(100 * row.first_share, 1) + ' %')}"
                 f"{cell(format_number(row.second))}{cell(format_number(100 * row.second_share, 1) + ' %')}"
                 f"{cell(('+' if row.change > 0 else '') + format_number(row.change))}</tr>")
    return (f"<table class='gk-table'><caption>{escape(title)}</caption><thead><tr>{header}</tr></thead>"
            f"<tbody>{body}</tbody></table>")
