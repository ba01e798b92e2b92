"""The data export: the team's recorded work as an Excel workbook, one sheet per kind of data.

>>> content = build_workbook(team_snapshot(store, team_id))      # .xlsx bytes

Counts from the inventory come only from ``snapshot.target_group`` (already masked "<5" and "x"); every
text the team typed is neutralised and written as text (see :mod:`workshop.reports.xlsx.tables`).
XlsxWriter is imported when a workbook is made.
"""

from __future__ import annotations

import datetime as dt
import io

from workshop.i18n import _
from workshop.reports.snapshot import TeamSnapshot
from workshop.reports.xlsx.sheets import (
    cycles_sheet,
    ideas_sheet,
    learning_sheet,
    measures_sheet,
    monthly_sheet,
    support_sheet,
    values_sheet,
)
from workshop.reports.xlsx.tables import Column, Row, Table, write_tables
from workshop.suppression import suppression_legend


def build_workbook(snapshot: TeamSnapshot) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    # Only write_string writes text, but switching these off too keeps a typed "=…" or URL plain text
    # should a cell ever be written another way.
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
    workbook.set_properties({
        "title": _("Data export – {team}").format(team=snapshot.team.name),
        "company": snapshot.team.municipality,
        "created": dt.datetime.combine(snapshot.made_on, dt.time()),
    })
    write_tables(workbook, sheets(snapshot))
    workbook.close()
    return buffer.getvalue()


def sheets(snapshot: TeamSnapshot) -> tuple[Table, ...]:
    data = tuple(sheet(snapshot) for sheet in (target_group_sheet, measures_sheet, values_sheet, cycles_sheet,
                                               learning_sheet, support_sheet, ideas_sheet, monthly_sheet))
    return (about_sheet(snapshot, data), *data)


def about_sheet(snapshot: TeamSnapshot, data: tuple[Table, ...]) -> Table:
    team = snapshot.team
    roles = "; ".join(f"{member.role.label}: {member.name}" if member.name else member.role.label
                      for member in team.members)
    rows = [
        (_("Team"), team.name), (_("Municipality"), team.municipality), (_("Unit"), team.unit),
        (_("Roles in the team"), roles), (_("Collaborative"), snapshot.collaborative.name),
        (_("Period"), snapshot.period.label), (_("Made on"), snapshot.made_on), (_("Aim"), snapshot.aim_sentence),
        *((_("Not recorded yet"), sentence) for sentence in snapshot.missing),
        (_("Small counts"), suppression_legend()),
        (_("What is masked"), _(
            "Only the counts from the target-group inventory on the sheet “{inventory}” are masked. The measures "
            "and their values on the sheets “{measures}” and “{values}” are shown as the team recorded them, small "
            "numbers too: they are the team's own figures, and its charts need them.").format(
            inventory=_("Target group"), measures=_("Measures"), values=_("Measurements"))),
        (_("Sheets"), ", ".join(table.name for table in data)),
        (_("Tip"), _("Every sheet has a filter on its header row: choose a measure, a change idea or a month to "
                     "see only its rows.")),
    ]
    return Table(_("About this file"), (Column(_("Item"), 24), Column(_("Value"), 90, wrap=True)), tuple(rows))


def target_group_sheet(snapshot: TeamSnapshot) -> Table:
    columns = (Column(_("Table"), 28), Column(_("Group"), 36, wrap=True), Column(_("Count"), 12, numeric=True))
    summary = snapshot.target_group
    if summary is None:
        return Table(_("Target group"), columns, empty=_("No target-group inventory has been saved yet (step 1)."))
    preamble = (
        (_("Inventory date"), summary.inventory_date),
        (_("Target group"), summary.description or _("Not chosen yet")),
        (_("Clients in the target group"), _count(summary.count)),
        (_("Clients in the whole inventory"), _count(summary.total)),
        (_("Small counts"), suppression_legend()),
        (_("Expectations"), summary.expectations),
        (_("Notes"), summary.notes),
    )
    rows: list[tuple | Row] = []
    for table in summary.tables:
        rows.extend((table.title, label, _count(shown)) for label, shown in table.rows)
        rows.append(Row((table.title, table.footer[0], _count(table.footer[1]))))
    return Table(_("Target group"), columns, tuple(rows), preamble=preamble)


def _count(shown: str) -> int | str:
    """A count as a number, or as the text others may see ("<5", "x") when it is masked."""
    return int(shown) if shown.isdigit() else shown
