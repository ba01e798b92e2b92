"""What a document will hold for the team and period, read from the store without making the file.

The team looks before a seminar: the list of what is missing, each item with a
link to the step where it is filled in, says what to do first.
"""

from __future__ import annotations

from widgets.components.fields import text
from workshop.i18n import _, format_date, ngettext
from workshop.reports import DocumentKind, TeamSnapshot
from workshop.reports.records.monthly import month_label
from workshop.reports.snapshot import Missing
from workshop.session import Session
from workshop.steps import STEPS
from workshop.suppression import is_masked, suppression_legend


def preview_markup(snapshot: TeamSnapshot, kind: DocumentKind, session: Session) -> str:
    rows = "".join(f'<tr><th scope="row">{text(label)}</th><td>{text(value)}</td></tr>'
                   for label, value in _contents(snapshot, kind))
    caption = _("What “{document}” will contain").format(document=kind.title)
    table = f'<table class="gk-table"><caption>{text(caption)}</caption><tbody>{rows}</tbody></table>'
    return f'<div aria-live="polite">{table}{_legend_markup(snapshot)}{_missing_markup(snapshot, session)}</div>'


def _legend_markup(snapshot: TeamSnapshot) -> str:
    """The legend of "<5" and "x", when the target group's size is shown masked."""
    target = snapshot.target_group
    if target is None or not target.description or not is_masked(target.count):
        return ""
    return f"<p>{text(suppression_legend())}</p>"


def _contents(snapshot: TeamSnapshot, kind: DocumentKind) -> list[tuple[str, str]]:
    period = snapshot.period.label
    measures_with_chart = sum(1 for result in snapshot.measures if result.judged.analysis is not None)
    contents = [
        (_("Team"), snapshot.team.name),
        (_("Period"), period[:1].upper() + period[1:]),
        (_("Target group"), _target_group_line(snapshot)),
        (_("Aim"), snapshot.aim_sentence or _("Not written yet")),
        (_("Measures"), ngettext("{count} measure, {charts} with a chart", "{count} measures, {charts} with a chart",
                                 len(snapshot.measures)).format(count=len(snapshot.measures),
                                                                charts=measures_with_chart)),
        (_("Change ideas"), str(len(snapshot.change_ideas))),
        (_("PDSA cycles"), ngettext("{count} cycle, {open} not finished", "{count} cycles, {open} not finished",
                                    len(snapshot.cycles)).format(count=len(snapshot.cycles),
                                                                 open=len(snapshot.open_cycles))),
        (_("Lessons learned"), str(len(snapshot.learning))),
    ]
    if kind.monthly:
        contents.append((_("Monthly report"), _monthly_line(snapshot)))
    return contents


def _target_group_line(snapshot: TeamSnapshot) -> str:
    target = snapshot.target_group
    if target is None:
        return _("No inventory saved yet")
    day = format_date(target.inventory_date)
    if not target.description:
        return _("Inventory of {date}; no target group chosen yet").format(date=day)
    return _("{description}: {count} people (inventory of {date})").format(
        description=target.description, count=target.count, date=day)


def _monthly_line(snapshot: TeamSnapshot) -> str:
    month = snapshot.period.slug
    saved = any(report.month == month for report in snapshot.monthly_reports)
    if saved:
        return _("Saved for {month}").format(month=month_label(month))
    return _("Not written yet for {month}: write it under “Monthly report” below").format(month=month_label(month))


def _missing_markup(snapshot: TeamSnapshot, session: Session) -> str:
    if not snapshot.missing:
        complete = _("Nothing is missing: every part of the document has content.")
        return f"<p>{text(complete)}</p>"
    heading = _("Still missing")
    advice = _("The document says so where these belong. Fill them in before the seminar:")
    items = "".join(f"<li>{text(sentence)}{_step_link(sentence, session)}</li>" for sentence in snapshot.missing)
    return f"<h3>{text(heading)}</h3><p>{text(advice)}</p><ul>{items}</ul>"


def _step_link(item: Missing, session: Session) -> str:
    step = STEPS[item.step]
    return f' <a href="{text(session.link(step.notebook))}">{text(step.heading)}</a>'
