"""On a team's Start page: the next meeting with what to bring, and the faculty's latest score of the team."""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.components.fields import html, paragraph, section
from workshop.i18n import _
from workshop.steps import PROGRAM_NOTEBOOK

# The program and the scores are imported on use: the Start page's load time and memory are measured.


def next_meeting_section(page, collaborative_id: int) -> ipywidgets.Widget:
    from widgets.seminars.markup import task_list, when, where
    from workshop.seminars import next_meeting

    meeting = next_meeting(page.store, collaborative_id)
    whole = _("The whole program")
    program = f'<p><a href="{escape(page.session.link(PROGRAM_NOTEBOOK))}">{escape(whole)}</a></p>'
    if meeting is None:
        return section(_("Next meeting"), paragraph(_("No meeting is planned yet.")), html(program))
    place = where(meeting)
    parts = [f"<p><strong>{escape(meeting.title)}</strong>: {escape(when(meeting))}"
             + (f" · {place}" if place else "") + "</p>"]
    if meeting.theme:
        parts.append(f"<p>{escape(meeting.theme)}</p>")
    if meeting.bring:
        bring = _("Bring to the meeting")
        parts.append(f"<h3>{escape(bring)}</h3>{task_list(meeting.bring, page.session)}")
    return section(_("Next meeting"), html("".join(parts) + program))


def faculty_score_section(page, team_id: int) -> list[ipywidgets.Widget]:
    """The faculty's latest score with why and what they suggest; nothing before the first."""
    from workshop.reports.records.faculty_score import list_faculty_scores
    from workshop.reports.records.monthly import month_label

    scores = list_faculty_scores(page.store, team_id)
    if not scores:
        return []
    latest = scores[-1]
    lines = [_("{month}: {score} – {label}").format(month=month_label(latest.month), score=latest.level.score_text,
                                                     label=latest.level.label)]
    markup = f"<p><strong>{escape(lines[0])}</strong></p>"
    for title, value in ((_("Why this level?"), latest.justification), (_("What we suggest next"), latest.suggestion)):
        if value:
            markup += f"<p>{escape(title)} {escape(value)}</p>"
    return [section(_("The faculty's score"), html(markup))]
