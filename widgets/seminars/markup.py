"""Small pieces of markup the seminar pages share: a table, a meeting's heading line, a list of tasks."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from widgets.components.cells import cell
from workshop.i18n import _, format_date, format_time
from workshop.seminars import Meeting, Task
from workshop.session import Session
from workshop.steps import STEPS


def table(caption: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table with a caption and a header row; ``rows`` hold markup already made safe."""
    head = "".join(f'<th scope="col">{escape(header)}</th>' for header in headers)
    body = "".join("<tr>" + "".join(cell(value) for value in row) + "</tr>" for row in rows)
    return (f'<table class="gk-table"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def when(meeting: Meeting) -> str:
    """"8 okt. 2026, 09.30–15.30"."""
    day = format_date(meeting.date) if meeting.date else _("No date")
    if meeting.start_time and meeting.end_time:
        return f"{day}, {format_time(meeting.start_time)}–{format_time(meeting.end_time)}"
    return day


def where(meeting: Meeting) -> str:
    parts = [escape(meeting.place)] if meeting.place else []
    if meeting.video_link:
        label = _("Video link")
        parts.append(f'<a href="{escape(meeting.video_link)}" target="_blank" rel="noopener">{escape(label)}</a>')
    return " · ".join(parts)


def task_list(tasks: Sequence[Task], session: Session) -> str:
    """The lines, each with a link to its step of the team's journey when it has one and the page has a team."""
    items = []
    for task in tasks:
        step = STEPS.get(task.step or "")
        link = ""
        if step is not None and session.team_id is not None:
            link = f' (<a href="{escape(session.link(step.notebook))}">{escape(f"{step.number}. {step.title}")}</a>)'
        elif step is not None:
            link = f' <span class="gk-muted">({escape(f"{step.number}. {step.title}")})</span>'
        items.append(f"<li>{escape(task.text)}{link}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""
