"""The self-assessment in the text reports: the whole 0.5–5.0 scale with its definitions, and the scores so far."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.i18n import _
from workshop.reports.blocks import Block, Chart, Line, Paragraph, Table
from workshop.reports.records.assessment_scale import ASSESSMENT_SCALE, SCORES
from workshop.reports.records.monthly import MonthlyReport, month_label


def scale_table(chosen: float | None) -> Table:
    """Every level with its definition; the team's level is marked in words and set in bold."""
    rows = tuple((level.score_text, level.label, level.definition, _("Our level") if level.score == chosen else "")
                 for level in ASSESSMENT_SCALE)
    marked = frozenset(index for index, level in enumerate(ASSESSMENT_SCALE) if level.score == chosen)
    return Table((_("Score"), _("Level"), _("What it means"), _("Our assessment")), rows,
                 caption=_("The assessment scale for collaboratives (IHI), 0.5–5.0"), strong_rows=marked)


def score_history(reports: Sequence[MonthlyReport]) -> tuple[Block, ...]:
    """The scored months in a table, and as a chart once there are two of them."""
    scored = [report for report in reports if report.level is not None]
    if not scored:
        return (Paragraph(_("No self-assessment has been saved yet.")),)
    table = Table((_("Month"), _("Self-assessment"), _("Level")),
                  tuple((month_label(report.month), level.score_text, level.label)
                        for report in scored if (level := report.level) is not None),
                  caption=_("Self-assessment per month"))
    if len(scored) < 2:
        return (table,)

    def figure():
        from workshop.reports.score_chart import score_figure

        return score_figure(list(scored))

    chart = Chart(_("Self-assessment per month"), tuple(month_label(report.month) for report in scored),
                  (Line(_("Self-assessment"), tuple(report.self_score for report in scored)),),
                  value_range=(0, max(SCORES)), figure=figure)
    return chart, table


def chosen_level(report: MonthlyReport | None) -> tuple[Block, ...]:
    """The month's score in words: "Our level: 2,5 – Changes tested, but no improvement"."""
    level = report.level if report is not None else None
    if report is None or level is None:
        return (Paragraph(_("The team has not chosen a level for this month yet.")),)
    blocks: list[Block] = [Paragraph(_("Our level: {score} – {label}").format(score=level.score_text,
                                                                              label=level.label), strong=True)]
    if report.score_reason:
        blocks.append(Paragraph(report.score_reason))
    return tuple(blocks)
