"""Tables next to the charts, for screen readers and for reading exact numbers."""

from __future__ import annotations

from html import escape

from workshop.i18n import _, format_number
from workshop.inventory.charts import Rows


def share(count: int, total: int) -> str:
    """``count`` as a percentage of ``total``, e.g. "12,5 %"."""
    return f"{format_number(100 * count / total, 1)} %" if total else "–"


def rows_table(rows: Rows) -> str:
    """The chart's numbers as an HTML table (every label escaped)."""
    body = "".join(f"<tr><th scope='row'>{escape(label)}</th><td>{format_number(count)}</td>"
                   f"<td>{share(count, rows.total)}</td></tr>" for label, count in rows.rows)
    header = "".join(f"<th scope='col'>{escape(title)}</th>" for title in (_("Group"), _("Number"), _("Share")))
    return (f"<table class='gk-table'><caption>{escape(rows.title)}</caption>"
            f"<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>")


def comparison_table(title: str, labels: list[str], table, first: str, second: str) -> str:
    """Two inventories side by side: number and share in each, and the change."""
    header = "".join(f"<th scope='col'>{escape(text)}</th>" for text in
                     (_("Group"), first, _("Share"), second, _("Share"), _("Change")))
    body = ""
    for label, (_key, row) in zip(labels, table.iterrows(), strict=True):
        change = int(row["change"])
        body += (f"<tr><th scope='row'>{escape(label)}</th><td>{format_number(int(row['first']))}</td>"
                 f"<td>{format_number(100 * row['first_share'], 1)} %</td>"
                 f"<td>{format_number(int(row['second']))}</td><td>{format_number(100 * row['second_share'], 1)} %</td>"
                 f"<td>{'+' if change > 0 else ''}{format_number(change)}</td></tr>")
    return (f"<table class='gk-table'><caption>{escape(title)}</caption><thead><tr>{header}</tr></thead>"
            f"<tbody>{body}</tbody></table>")
