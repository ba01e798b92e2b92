"""The final report (slutrapport): the whole journey, and the plan for keeping the changes going and spreading them."""

from __future__ import annotations

from workshop.i18n import _, get_language
from workshop.reports.assessment_sections import score_history
from workshop.reports.blocks import Block, Document, Heading, Paragraph
from workshop.reports.cycle_sections import cycle_stories
from workshop.reports.measure_sections import measure_results
from workshop.reports.records.final_plan import FINAL_PLAN, FinalPlan
from workshop.reports.sections import (
    change_ideas_table,
    driver_diagram_section,
    front_facts,
    learning_table,
    missing_section,
    purpose_and_aim,
    target_group_facts,
    target_group_tables,
)
from workshop.reports.snapshot import TeamSnapshot


def _plan_text(plan: FinalPlan, name: str) -> Paragraph:
    return Paragraph(getattr(plan, name) or _("Not written yet: write it on the Reports page (step 6)."))


def _continuing(plan: FinalPlan) -> tuple[Block, ...]:
    """Routines, resources and owners under one heading; what the team tells other units under its own."""
    blocks: list[Block] = [Heading(1, _("Plan for continuing"))]
    for field in FINAL_PLAN:
        heading = Heading(1 if field.name == "spread" else 2, _(field.label))
        blocks += [heading, _plan_text(plan, field.name)]
    return tuple(blocks)


def final_report(snapshot: TeamSnapshot) -> Document:
    plan = snapshot.final_plan or FinalPlan(team_id=snapshot.team.id)
    unwritten = not any(getattr(plan, field.name) for field in FINAL_PLAN)
    missing = (*snapshot.missing,
               *((_("The plan for continuing has not been written yet (step 6)."),) if unwritten else ()))
    summary = snapshot.target_group
    blocks = (
        front_facts(snapshot),
        *missing_section(missing),
        Heading(1, _("Target group")), *target_group_facts(summary), *target_group_tables(summary),
        Heading(1, _("Purpose and aim")), *purpose_and_aim(snapshot),
        Heading(1, _("Driver diagram")), *driver_diagram_section(snapshot),
        Heading(1, _("Change ideas")), change_ideas_table(snapshot),
        Heading(1, _("PDSA cycles")), *cycle_stories(snapshot.cycles),
        Heading(1, _("Results")), *measure_results(snapshot.measures),
        Heading(1, _("Learning log")), learning_table(snapshot.learning),
        Heading(1, _("Self-assessment over the months")), *score_history(snapshot.monthly_reports),
        *_continuing(plan),
    )
    return Document(_("Final report"), snapshot.team.name, blocks, get_language())
