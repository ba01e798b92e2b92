"""Sections the text reports share: the front facts, what is missing, the team, target group, aim and drivers.

Each function returns blocks; a report is these sections in its own order. A
section with nothing recorded says so in a sentence rather than staying empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop.i18n import _, format_date, format_number
from workshop.improvement import diagram_rows
from workshop.improvement.records import CHANGE_IDEA
from workshop.pdsa import LearningEntry
from workshop.reports.blocks import SCREEN_WIDTH_PX, Block, Bullets, Chart, Facts, Heading, Paragraph, Table
from workshop.reports.snapshot import TargetGroupSummary, TeamSnapshot
from workshop.steps import JOURNEY
from workshop.suppression import suppression_legend


def number_text(value: float | None) -> str:
    return "–" if value is None else format_number(round(value, 2))


def front_facts(snapshot: TeamSnapshot) -> Facts:
    team = snapshot.team
    items = [(_("Team"), team.name), (_("Municipality"), team.municipality), (_("Unit"), team.unit),
             (_("Collaborative"), snapshot.collaborative.name), (_("Period"), snapshot.period.label),
             (_("Made on"), format_date(snapshot.made_on))]
    return Facts(tuple((label, value) for label, value in items if value))


def missing_section(missing: Sequence[str]) -> tuple[Block, ...]:
    if not missing:
        return ()
    return (Heading(1, _("Not recorded yet")),
            Paragraph(_("This document shows what the team has recorded in the kit. These parts are still "
                        "missing:")),
            Bullets(tuple(missing)))


def members_table(snapshot: TeamSnapshot) -> Block:
    members = snapshot.team.members
    if not members:
        return Paragraph(_("No members have been written down for the team yet (on the Start page)."))
    return Table((_("Role"), _("Name")),
                 tuple((member.role.label, member.name or "–") for member in members))


def progress_table(snapshot: TeamSnapshot) -> Table:
    rows = tuple((step.heading, snapshot.progress[step.key].label) for step in JOURNEY)
    return Table((_("Step"), _("Status")), rows)


def target_group_facts(summary: TargetGroupSummary | None) -> tuple[Block, ...]:
    if summary is None:
        return (Paragraph(_("No target-group inventory has been saved yet (step 1).")),)
    items = ((_("Inventory date"), format_date(summary.inventory_date)),
             (_("Target group"), summary.description or _("not chosen yet")),
             (_("Clients in the target group"), summary.count),
             (_("Clients in the whole inventory"), summary.total))
    return (Facts(tuple((label, value) for label, value in items if value)),
            Paragraph(suppression_legend()))


def target_group_tables(summary: TargetGroupSummary | None) -> tuple[Block, ...]:
    if summary is None:
        return ()
    tables = tuple(Table((table.title, _("Number")), (*table.rows, table.footer))
                   for table in summary.tables)
    notes = ((_("What we expected"), summary.expectations), (_("Notes"), summary.notes))
    return tables + tuple(Facts(((label, text),)) for label, text in notes if text)


def purpose_and_aim(snapshot: TeamSnapshot) -> tuple[Block, ...]:
    blocks: list[Block] = [Heading(2, _("Aim")),
                           Paragraph(snapshot.aim_sentence, strong=True) if snapshot.aim_sentence
                           else Paragraph(_("No aim has been written yet (step 2)."))]
    purpose = snapshot.purpose
    if purpose is not None:
        items = ((_("Why"), purpose.why), (_("How"), purpose.how), (_("What"), purpose.what),
                 (_("For whom"), purpose.for_whom), (_("Which need"), purpose.need), (_("Which goal"), purpose.goal))
        blocks += [Heading(2, _("Purpose")), Facts(tuple((label, text) for label, text in items if text))]
    return tuple(blocks)


def driver_diagram_section(snapshot: TeamSnapshot) -> tuple[Block, ...]:
    rows = diagram_rows(snapshot.diagram)
    if not rows:
        return (Paragraph(_("The driver diagram is empty (step 2).")),)

    def figure():
        from workshop.improvement import driver_diagram_figure

        return driver_diagram_figure(snapshot.diagram, snapshot.aim_sentence or _("Aim"), width=SCREEN_WIDTH_PX)

    return (Chart(_("Driver diagram"), figure=figure),
            Table((_("Primary driver"), _("Secondary driver"), _("Change idea")),
                  tuple((row.primary or "–", row.secondary or "–", row.change_idea or "–") for row in rows),
                  caption=_("The driver diagram as a table: each row goes from the aim's drivers to a change "
                            "idea")))


def change_ideas_table(snapshot: TeamSnapshot) -> Block:
    if not snapshot.change_ideas:
        return Paragraph(_("No change ideas have been chosen yet (step 3)."))
    shown = ("title", "prevention_level", "impact", "effort")
    return Table(tuple(CHANGE_IDEA.label(name) for name in shown),
                 tuple(tuple(value for _name, value in CHANGE_IDEA.labelled(idea, *shown))
                       for idea in snapshot.change_ideas),
                 caption=_("The change ideas and their prevention level"))


def learning_table(entries: Sequence[LearningEntry]) -> Block:
    if not entries:
        return Paragraph(_("Nothing has been written under “what we learned” in the cycles yet."))
    return Table((_("Change idea"), _("Cycle"), _("What we learned"), _("Decision")),
                 tuple((entry.change_idea_title, str(entry.number), entry.learned, _label(entry.decision))
                       for entry in entries))


def _label(choice) -> str:
    return choice.label if choice is not None else "–"
