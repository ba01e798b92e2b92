"""The pages' navigation: the team's journey as a stepper with each step's status in symbol and word, the
facilitator's own pages, and the journey listed on the team's Start."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from workshop.i18n import N_, _
from workshop.model import StepStatus
from workshop.progress import StepState
from workshop.session import Role, Session
from workshop.steps import (
    FORUMS_NOTEBOOK,
    GROUPS_NOTEBOOK,
    JOURNEY,
    OVERVIEW_NOTEBOOK,
    PRESENTATION_NOTEBOOK,
    PROGRAM_NOTEBOOK,
    START_NOTEBOOK,
    STEPS,
    Step,
)

_STATUS_SYMBOLS = {StepStatus.NOT_STARTED: "○", StepStatus.IN_PROGRESS: "◐", StepStatus.DONE: "●"}

FACILITATOR_PAGES: tuple[tuple[str, str, str], ...] = (
    ("start", START_NOTEBOOK, N_("Start")),
    ("overview", OVERVIEW_NOTEBOOK, N_("All teams")),
    ("program", PROGRAM_NOTEBOOK, N_("Program")),
    ("cross_groups", GROUPS_NOTEBOOK, N_("Cross-groups")),
    ("presentation", PRESENTATION_NOTEBOOK, N_("Present storyboards")),
    ("forums", FORUMS_NOTEBOOK, N_("Samverkansforum")),
)
"""(page key, notebook, label msgid) of the facilitator's pages, in the order of a collaborative's work."""


def status_badge(status: StepStatus) -> str:
    return (f'<span class="gk-status gk-status-{status.value}">'
            f'<span aria-hidden="true">{_STATUS_SYMBOLS[status]}</span> {escape(status.label)}</span>')


def _current(is_current: bool) -> str:
    return ' aria-current="page"' if is_current else ""


def journey_stepper(session: Session, progress: dict[str, StepStatus], current: str | None) -> str:
    """The navigation of a team's pages (markup): Start, then steps 1–6 as an ordered list, each link named by its
    number, title and status, the page's own step marked ``aria-current``.

    A facilitator who opened a team's pages gets back to the collaborative's Start, with all its teams.
    """
    if session.role is Role.FACILITATOR:
        home = _link(_("Start – all teams"), replace(session, team_id=None).link(START_NOTEBOOK), False)
    else:
        home = _link(_("Start"), session.link(START_NOTEBOOK), current == "start")
    steps = "".join(_stepper_item(session, step, progress.get(step.key, StepStatus.NOT_STARTED), current == step.key)
                    for step in JOURNEY)
    name = escape(_("Steps"))
    return (f'<nav class="gk-stepper" aria-label="{name}"><p class="gk-stepper-home">{home}</p>'
            f'<ol class="gk-stepper-steps">{steps}</ol></nav>')


def _stepper_item(session: Session, step: Step, status: StepStatus, is_current: bool) -> str:
    # The number's full stop and the comma before the status are for screen readers, which read the link whole.
    return (f'<li class="gk-stepper-step gk-stepper-{status.value}">'
            f'<a href="{escape(session.link(step.notebook))}"{_current(is_current)}>'
            f'<span class="gk-stepper-number">{step.number}<span class="gk-visually-hidden">.</span></span> '
            f'<span class="gk-stepper-text"><span class="gk-stepper-title">{escape(step.title)}'
            f'<span class="gk-visually-hidden">,</span></span> {status_badge(status)}</span></a></li>')


def facilitator_navigation(session: Session, current: str | None) -> str:
    """The navigation of the facilitator's pages (markup): links to each, the page's own marked ``aria-current``."""
    items = "".join(f"<li>{_link(_(label), session.link(notebook), current == key)}</li>"
                    for key, notebook, label in FACILITATOR_PAGES)
    name = escape(_("Facilitator pages"))
    return f'<nav class="gk-facilitator-nav" aria-label="{name}"><ul>{items}</ul></nav>'


def step_standing(state: StepState) -> str:
    """The step's status and, until it is done, what it still needs: "Klart när ni har ett mål och …"; a step not
    yet started says first what it is for, so a new team knows where to begin."""
    intro = f"{escape(STEPS[state.step].summary)} " if state.status is StepStatus.NOT_STARTED else ""
    return (f'<p class="gk-step-standing" role="status" aria-live="polite">{intro}{status_badge(state.status)} '
            f"{escape(state.done_when)}</p>")


def _link(label: str, href: str, is_current: bool) -> str:
    return f'<a href="{escape(href)}"{_current(is_current)}>{escape(label)}</a>'


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


def where_to_go_on(session: Session, states: dict[str, StepState]) -> str:
    """The first step not done, with a link to it: a new team reads where to begin and what the step is for."""
    step = next((step for step in JOURNEY if states[step.key].status is not StepStatus.DONE), None)
    if step is None:
        return ""
    if all(state.status is StepStatus.NOT_STARTED for state in states.values()):
        intro = _("You have not started yet. Begin with step {number}, {title}: {summary}")
        label = _("Begin with step {number}")
    else:
        intro = _("Next to finish: step {number}, {title}: {summary}")
        label = _("Go on with step {number}")
    words = intro.format(number=step.number, title=step.title, summary=step.summary)
    href = escape(session.link(step.notebook))
    return (f'<p class="gk-next-step">{escape(words)} '
            f'<a href="{href}">{escape(label.format(number=step.number))}</a></p>')
