"""The storyboard's opening: the cover, the target group and the aim with its purpose."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from workshop.i18n import _, format_date
from workshop.palette import ACCENT, MUTED, PALE
from workshop.reports.pptx.deck import Deck, continued
from workshop.reports.pptx.fit import Column, Para, TablePage, height_pt, table_pages
from workshop.reports.pptx.style import (
    BODY,
    COVER_DETAILS,
    COVER_KICKER,
    COVER_TITLE_BOX,
    COVER_TITLE_SIZE,
    INSET_Y,
    LEAD_SIZE,
    Box,
)
from workshop.reports.pptx.text import clean
from workshop.reports.snapshot import TeamSnapshot
from workshop.suppression import suppression_legend

_HEADING_SIZE = 20
_TABLE_GAP = 0.6
_COUNT_COLUMNS = (4.3, 1.6)
_SUMMARY_WIDTH = 5.6


def cover(deck: Deck, snapshot: TeamSnapshot) -> None:
    team = snapshot.team
    canvas = deck.cover(clean(team.name), COVER_TITLE_BOX, COVER_TITLE_SIZE)
    canvas.text(COVER_KICKER, [Para(_("Storyboard for the seminar"), size=LEAD_SIZE, bold=True, colour=ACCENT)])
    place = " · ".join(clean(part) for part in (team.municipality, team.unit) if part)
    details = [
        Para(place, size=LEAD_SIZE),
        Para(clean(snapshot.collaborative.name), label=_("Collaborative") + ": ", size=LEAD_SIZE, space_before=8),
        Para(snapshot.period.label, label=_("Period") + ": ", size=LEAD_SIZE, space_before=8),
    ]
    if team.members:
        details.append(Para(_members(team.members), label=_("Team") + ": ", size=LEAD_SIZE, space_before=8))
    details.append(Para(_("Made on {date}").format(date=format_date(snapshot.made_on)),
                        size=LEAD_SIZE, colour=MUTED, space_before=18))
    canvas.text(COVER_DETAILS, details)


def _members(members) -> str:
    """Named members with their role; the others counted by role ("Handläggare (2)")."""
    named = [f"{clean(member.name)} ({member.role.label})" for member in members if member.name]
    counts = Counter(member.role.label for member in members if not member.name)
    counted = [label if count == 1 else _("{role} ({count})").format(role=label, count=count)
               for label, count in counts.items()]
    return ", ".join(named + counted)


def target_group(deck: Deck, snapshot: TeamSnapshot) -> None:
    """Who the work is for: the chosen group and the inventory's tables, small counts masked."""
    summary = snapshot.target_group
    if summary is None:
        return
    title = _("Target group")
    paras = [Para(clean(summary.description) or _("Not chosen yet"), label=_("Target group") + ": ",
                  size=LEAD_SIZE, bold=True, max_lines=3)]
    if summary.count:
        paras.append(Para(summary.count, label=_("In the target group") + ": ", space_before=10))
    paras += [
        Para(summary.total, label=_("Everyone in the inventory") + ": ", space_before=6),
        Para(format_date(summary.inventory_date), label=_("Inventory date") + ": ", space_before=6),
    ]
    legend = Para(suppression_legend(), colour=MUTED)
    paras.append(replace(legend, space_before=10))
    paras += [Para(clean(text), label=label + ": ", space_before=10, max_lines=4)
              for label, text in ((_("Expectations"), summary.expectations), (_("Notes"), summary.notes)) if text]
    legend_box = _legend_box(legend)
    panels = _count_panels(summary.tables, BODY.height - _heading_height() - legend_box.height)
    canvas = deck.slide(title)
    canvas.text(Box(BODY.x, BODY.y, _SUMMARY_WIDTH, BODY.height), paras)
    first_panel_x = BODY.x + _SUMMARY_WIDTH + _TABLE_GAP
    if panels:
        _panel(canvas, panels[0], first_panel_x)
    for index, start in enumerate(range(1, len(panels), 2), 1):
        canvas = deck.slide(continued(title, index))
        for offset, panel in enumerate(panels[start:start + 2]):
            _panel(canvas, panel, BODY.x + offset * (sum(_COUNT_COLUMNS) + _TABLE_GAP))
        canvas.text(legend_box, [legend])


def _legend_box(legend: Para) -> Box:
    """The bottom of a slide of count tables, where the legend of "<5" and "x" goes."""
    width = BODY.width
    height = height_pt(legend, Box(BODY.x, 0, width, BODY.height), first=True) / 72 + 2 * INSET_Y
    return Box(BODY.x, BODY.bottom - height, width, height)


def _count_panels(tables, table_box_height: float) -> list[tuple[str, tuple[Column, ...], TablePage]]:
    """Each count table as (title, columns, page), split where a table is longer than ``table_box_height``."""
    panels: list[tuple[str, tuple[Column, ...], TablePage]] = []
    for table in tables:
        columns = (Column(clean(table.title), _COUNT_COLUMNS[0]), Column(_("Number"), _COUNT_COLUMNS[1]))
        rows = [(clean(label), shown) for label, shown in table.rows] + [table.footer]
        pages = table_pages(columns, rows, table_box_height)
        panels += [(continued(clean(table.title), index), columns, page) for index, page in enumerate(pages)]
    return panels


def _heading_height() -> float:
    return _HEADING_SIZE * 1.2 / 72 + 0.25


def _panel(canvas, panel, x: float) -> None:
    title, columns, page = panel
    heading = Box(x, BODY.y, sum(_COUNT_COLUMNS), _heading_height())
    canvas.text(heading, [Para(title, size=_HEADING_SIZE, bold=True)])
    canvas.table(Box(x, heading.bottom, heading.width, BODY.bottom - heading.bottom), columns, page)


def aim_and_purpose(deck: Deck, snapshot: TeamSnapshot) -> None:
    """The aim sentence on top, then why – how – what (and for whom – need – goal when written)."""
    purpose = snapshot.purpose
    if not snapshot.aim_sentence and purpose is None:
        return
    title = _("Aim and purpose")
    canvas = deck.slide(title)
    body = BODY
    if snapshot.aim_sentence:
        aim_box = Box(BODY.x, BODY.y, BODY.width, 1.35 if purpose is not None else BODY.height)
        canvas.text(aim_box, [Para(clean(snapshot.aim_sentence), label=_("Aim") + ": ", size=LEAD_SIZE)], fill=PALE)
        body = BODY.shrunk_from_top(aim_box.height + 0.3)
    if purpose is None:
        return
    _three_columns(canvas, body, ((_("Why?"), purpose.why), (_("How?"), purpose.how), (_("What?"), purpose.what)))
    more = ((_("For whom?"), purpose.for_whom), (_("Which need?"), purpose.need), (_("Which goal?"), purpose.goal))
    if any(text for _label, text in more):
        _three_columns(deck.slide(continued(title, 1)), BODY, more)


def _three_columns(canvas, box: Box, parts) -> None:
    gap = 0.3
    width = (box.width - 2 * gap) / 3
    for index, (label, text) in enumerate(parts):
        column = Box(box.x + index * (width + gap), box.y, width, box.height)
        canvas.text(column, [Para(label, size=_HEADING_SIZE, bold=True, colour=ACCENT),
                             Para(clean(text) or _("Not written yet"), space_before=6)])
