"""The handover document (överlämning): what a new colleague needs to carry the work on the next day.

Teams lose people along the way; this document says who does what, where each
step stands, which cycles are open and who owns them, where each measure's data
comes from, what the team has learned, and which page of the kit to open for what.
"""

from __future__ import annotations

from workshop.i18n import _, get_language, ngettext
from workshop.model import StepStatus
from workshop.reports.blocks import Block, Bullets, Document, Facts, Heading, Paragraph, Table
from workshop.reports.cycle_sections import open_cycles
from workshop.reports.measure_sections import latest_signals, measure_sources
from workshop.reports.sections import (
    change_ideas_table,
    front_facts,
    learning_table,
    members_table,
    missing_section,
    progress_table,
    target_group_facts,
)
from workshop.reports.snapshot import TeamSnapshot
from workshop.steps import JOURNEY, START_NOTEBOOK


def _next_step(snapshot: TeamSnapshot) -> str:
    for step in JOURNEY:
        status = snapshot.progress.get(step.key, StepStatus.NOT_STARTED)
        if status is not StepStatus.DONE:
            return _("The next step to work on: {step} ({status}).").format(step=step.heading,
                                                                          status=status.label.lower())
    return _("Every step of the journey is marked done.")


def _start_here(snapshot: TeamSnapshot) -> tuple[Block, ...]:
    count = len(snapshot.open_cycles)
    points = [
        _("What we work towards: {aim}").format(aim=snapshot.aim_sentence) if snapshot.aim_sentence
        else _("The team has not written its aim yet (step 2)."),
        _next_step(snapshot),
        ngettext("{count} PDSA cycle is open: see “Open cycles” for who owns it and what comes next.",
                 "{count} PDSA cycles are open: see “Open cycles” for who owns them and what comes next.",
                 count).format(count=count) if count else _("No PDSA cycle is open right now."),
        _("Keep collecting the measures as “Measures and their data” describes, so the charts go on."),
        _("Open the kit with the team's link; ask the process lead for it. The link is not in this document, "
          "since it opens the team's data."),
    ]
    return (Heading(1, _("Start here")), Bullets(tuple(points)))


def _contacts(snapshot: TeamSnapshot) -> Facts:
    collaborative = snapshot.collaborative
    named = tuple((member.role.label, member.name) for member in snapshot.team.members if member.name)
    items = ((_("Collaborative"), collaborative.name), (_("Region or support structure"), collaborative.region),
             *named)
    return Facts(tuple((label, text) for label, text in items if text))


def _pages() -> Table:
    rows = [(_("Start"), START_NOTEBOOK, _("Choose the team, see where each step stands and open its pages."))]
    rows += [(step.heading, step.notebook, step.summary) for step in JOURNEY]
    return Table((_("Page (file)"), _("Use it to")),
                 tuple((_("{page} ({file})").format(page=page, file=file), use) for page, file, use in rows),
                 caption=_("The pages of the kit"))


def handover(snapshot: TeamSnapshot) -> Document:
    blocks = (
        front_facts(snapshot),
        *_start_here(snapshot),
        *missing_section(snapshot.missing),
        Heading(1, _("The team and its roles")), members_table(snapshot),
        Heading(1, _("Where each step stands")), progress_table(snapshot),
        Heading(1, _("What we work towards")),
        Paragraph(snapshot.aim_sentence or _("No aim has been written yet (step 2)."), strong=True),
        Heading(2, _("Target group")), *target_group_facts(snapshot.target_group),
        Heading(1, _("Open cycles")), *open_cycles(snapshot.cycles),
        Heading(1, _("Measures and their data")), latest_signals(snapshot.measures),
        *measure_sources(snapshot.measures),
        Heading(1, _("Change ideas")), change_ideas_table(snapshot),
        Heading(1, _("Lessons so far")), learning_table(snapshot.learning),
        Heading(1, _("Contacts")), _contacts(snapshot),
        Heading(1, _("Which page to open for what")), _pages(),
    )
    return Document(_("Handover document"), snapshot.team.name, blocks, get_language())
