"""The monthly report (månadsrapport): what the team tested, learned and plans next, its measures and self-assessment.

The snapshot's period is the month; the month's saved report is the one the team
wrote on the Reports page. Without it the document still builds and says so.
"""

from __future__ import annotations

from workshop.errors import InvalidInput
from workshop.i18n import _, get_language
from workshop.reports.assessment_sections import chosen_level, scale_table, score_history
from workshop.reports.blocks import Block, Document, Heading, Paragraph
from workshop.reports.measure_sections import latest_signals
from workshop.reports.records.monthly import MONTHLY, MonthlyReport
from workshop.reports.sections import front_facts, missing_section
from workshop.reports.snapshot import TeamSnapshot


def month_report(snapshot: TeamSnapshot) -> MonthlyReport | None:
    return next((report for report in snapshot.monthly_reports if report.month == snapshot.period.slug), None)


def _this_month(report: MonthlyReport | None) -> tuple[Block, ...]:
    if report is None:
        return (Paragraph(_("The report for this month has not been written yet. Write it on the Reports page "
                            "(step 6): a draft is filled in from your PDSA cycles.")),)
    blocks: list[Block] = []
    for name in ("tested", "learned", "next_steps"):
        blocks += [Heading(2, MONTHLY.label(name)), Paragraph(getattr(report, name) or _("Nothing written."))]
    return tuple(blocks)


def monthly_document(snapshot: TeamSnapshot) -> Document:
    if not snapshot.period.is_month:
        raise InvalidInput(_("Choose the month the report is for."), field="period")
    report = month_report(snapshot)
    missing = (*snapshot.missing,
               *(() if report else (_("The report for this month has not been written yet (step 6)."),)))
    blocks = (
        front_facts(snapshot),
        *missing_section(missing),
        Heading(1, _("This month")), *_this_month(report),
        Heading(1, _("Measures")), latest_signals(snapshot.measures),
        Heading(1, _("Self-assessment")), *chosen_level(report), scale_table(report.self_score if report else None),
        Heading(2, _("Self-assessment over the months")), *score_history(snapshot.monthly_reports),
    )
    return Document(_("Monthly report"), _("{team}, {month}").format(team=snapshot.team.name,
                                                                     month=snapshot.period.label),
                    blocks, get_language())
