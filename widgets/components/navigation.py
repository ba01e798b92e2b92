"""Links along the team's journey, with each step's status in words and symbols."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from workshop.i18n import _
from workshop.model import StepStatus
from workshop.progress import StepState
from workshop.session import Role, Session
from workshop.steps import JOURNEY, START_NOTEBOOK

_STATUS_SYMBOLS = {StepStatus.NOT_STARTED: "○", StepStatus.IN_PROGRESS: "◐", StepStatus.DONE: "●"}


def status_badge(status: StepStatus) -> str:
    return (f'<span class="gk-status gk-status-{status.value}">'
            f'<span aria-hidden="true">{_STATUS_SYMBOLS[status]}</span> {escape(status.label)}</span>')


def step_navigation(session: Session, progress: dict[str, StepStatus], current: str | None) -> str:
    """The navigation bar of a team's pages (markup).

    A facilitator who opened a team's pages gets back to the collaborative's Start, with all its teams.
    """
    if session.role is Role.FACILITATOR:
        start = _nav_item(_("Start – all teams"), replace(session, team_id=None).link(START_NOTEBOOK), False)
    else:
        start = _nav_item(_("Start"), session.link(START_NOTEBOOK), current == "start")
    items = [start]
    for step in JOURNEY:
        label = f"{step.number}. {step.title}"
        status = progress.get(step.key, StepStatus.NOT_STARTED)
        items.append(_nav_item(f"{label} ({status.label.lower()})", session.link(step.notebook), current == step.key))
    navigation_label = _("Steps")
    return f'<nav class="gk-nav" aria-label="{escape(navigation_label)}">{"".join(items)}</nav>'


def step_standing(state: StepState) -> str:
    """The step's status and, until it is done, what it still needs: "Klart när ni har ett mål och …"."""
    return (f'<p class="gk-step-standing" role="status" aria-live="polite">{status_badge(state.status)} '
            f"{escape(state.done_when)}</p>")


def _nav_item(label: str, href: str, is_current: bool) -> str:
    current = ' aria-current="page"' if is_current else ""
    return f'<a href="{escape(href)}"{current}>{escape(label)}</a>'


def journey_list(session: Session, states: dict[str, StepState]) -> str:
    """The six steps with what each is for, its status, what it still needs, and a link."""
    rows = []
    for step in JOURNEY:
        state = states[step.key]
        label = _("Open step {number}").format(number=step.number)
        action = f'<a href="{escape(session.link(step.notebook))}">{escape(label)}</a>'
        rows.append(
            f"<li><strong>{step.number}. {escape(step.title)}</strong> – {status_badge(state.status)}<br>"
            f'<span class="gk-muted">{escape(step.summary)}</span><br>{escape(state.done_when)}<br>{action}</li>'
        )
    return f'<ol class="gk-steps">{"".join(rows)}</ol>'
