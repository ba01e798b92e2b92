"""The cycles a team should come back to, for the PGSA page and the Start page."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import html, section, text
from workshop.i18n import _, format_date
from workshop.pdsa import CycleNudge, NudgeKind, cycle_nudges
from workshop.steps import JOURNEY


def nudge_text(nudge: CycleNudge) -> str:
    cycle = _("{idea}, cycle {number} “{title}”").format(idea=nudge.change_idea_title, number=nudge.number,
                                                         title=nudge.title)
    if nudge.kind is NudgeKind.STUDY_MISSING:
        return _("{cycle}: the period ended {date} but Study is empty. What did you learn?").format(
            cycle=cycle, date=format_date(nudge.end))
    return _("{cycle}: done without a decision in Act. Adopt, adapt or abandon?").format(cycle=cycle)


def nudge_list(nudges: list[CycleNudge]) -> str:
    """The nudges as a list (markup), each with a symbol and words, not colour alone."""
    items = "".join(f'<li><span aria-hidden="true">⚠</span> {text(nudge_text(nudge))}</li>' for nudge in nudges)
    return f'<ul class="gk-message gk-message-warning gk-message-list">{items}</ul>'


def nudge_section(page) -> list[ipywidgets.Widget]:
    """For the Start page: the cycles to follow up, with a link to the PGSA page (nothing when there are none)."""
    nudges = cycle_nudges(page.store, page.session.team_id)
    if not nudges:
        return []
    step = next(step for step in JOURNEY if step.key == "pdsa")
    label = _("Open the PDSA cycles")
    link = f'<p><a href="{text(page.session.link(step.notebook))}">{text(label)}</a></p>'
    return [section(_("To follow up"), html(nudge_list(nudges) + link))]
