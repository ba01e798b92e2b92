"""The storyboard's close: lessons from the learning log, the next steps, and what is still missing."""

from __future__ import annotations

from workshop.i18n import _, format_date, format_month
from workshop.palette import MUTED
from workshop.pdsa import Cycle, CycleStatus
from workshop.reports.pptx.deck import Deck
from workshop.reports.pptx.fit import Para
from workshop.reports.pptx.style import LEAD_SIZE
from workshop.reports.pptx.text import clean, shorten
from workshop.reports.records.monthly import month_start
from workshop.reports.snapshot import TeamSnapshot

_ITEM_LINES = 6
_ITEM_SPACE = 12
_LABEL_TITLE_EMS = 28.0


def _cycle_label(number: int, title: str, state: str) -> str:
    """"PGSA 2: title (state): ", the title cut to about half a line: the lead-in names, the text tells."""
    short = shorten(clean(title), _LABEL_TITLE_EMS, 1)
    named = _("PDSA {number}: {title}").format(number=number, title=short)
    return f"{named} ({state}): " if state else f"{named}: "


def lessons(deck: Deck, snapshot: TeamSnapshot) -> None:
    entries = [entry for entry in snapshot.learning if entry.learned]
    paras = [Para(clean(entry.learned), label=_cycle_label(entry.number, entry.title,
                                                           entry.decision.label if entry.decision else ""),
                  bullet=True, space_before=_ITEM_SPACE) for entry in entries]
    if paras:
        deck.paragraph_slides(_("Lessons learned"), paras, max_lines=_ITEM_LINES)


def _waiting(cycle: Cycle) -> bool:
    """A finished cycle whose next steps no later cycle has taken up yet."""
    return cycle.status is CycleStatus.DONE and bool(cycle.act.next_steps) and cycle.next_id is None


def _where_it_stands(cycle: Cycle) -> str:
    """What comes next for an open cycle whose next steps are not written yet."""
    if cycle.status is CycleStatus.PLANNED and cycle.plan.start:
        return _("Starts {date}.").format(date=format_date(cycle.plan.start))
    if cycle.status is CycleStatus.ONGOING and cycle.plan.end:
        return _("Runs until {date}; then study what happened.").format(date=format_date(cycle.plan.end))
    if cycle.status is CycleStatus.TO_STUDY:
        return _("Study the results: compare what happened with the predictions.")
    return _("The cycle is not finished yet.")


def next_steps(deck: Deck, snapshot: TeamSnapshot) -> None:
    """Open cycles, next steps no cycle has taken up yet, and the latest monthly report's plan."""
    paras = [Para(clean(cycle.act.next_steps) or _where_it_stands(cycle),
                  label=_cycle_label(cycle.number, cycle.title, cycle.status.label), bullet=True,
                  space_before=_ITEM_SPACE)
             for cycle in snapshot.cycles if cycle.status is not CycleStatus.DONE or _waiting(cycle)]
    planned = [report for report in snapshot.monthly_reports if report.next_steps]
    if planned:
        latest = planned[-1]
        month = format_month(month_start(latest.month))
        paras.append(Para(clean(latest.next_steps), bullet=True, space_before=_ITEM_SPACE,
                          label=_("Monthly report for {month}").format(month=month) + ": "))
    if paras:
        deck.paragraph_slides(_("Next steps"), paras, max_lines=_ITEM_LINES)


def missing(deck: Deck, snapshot: TeamSnapshot) -> None:
    """What the team has not recorded yet, so the audience knows why a part is not in the deck."""
    if not snapshot.missing:
        return
    intro = Para(_("The team has not recorded these yet, so the storyboard leaves them out:"), size=LEAD_SIZE,
                 colour=MUTED)
    items = [Para(text, bullet=True, space_before=_ITEM_SPACE) for text in snapshot.missing]
    deck.paragraph_slides(_("What is missing"), [intro, *items], max_lines=_ITEM_LINES)
