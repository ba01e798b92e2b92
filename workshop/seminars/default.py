"""The pilot's program (WORKFLOW.md, seed 000): an introductory meeting, six learning seminars and a final meeting.

Each meeting takes the team one step further on its journey: what to bring is the work of the period before,
"until next time" is the step the seminar introduced. A day mixes lectures, cross-groups, own work with
guidance and presentations, as the pilot's seminars did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.i18n import N_, _
from workshop.model import SeminarKind
from workshop.seminars.model import AgendaItem, AgendaKind, MeetingDetails, Task

LEARNING_SEMINARS = 6
WEEKS_BETWEEN = 5
DAY_START, DAY_END = dt.time(9, 30), dt.time(15, 30)


@dataclass(frozen=True)
class PlannedMeeting:
    kind: SeminarKind
    theme: str
    bring: tuple[tuple[str, str | None], ...]
    next_time: tuple[tuple[str, str | None], ...]
    """(msgid, journey step key)."""


PILOT_PROGRAM: tuple[PlannedMeeting, ...] = (
    PlannedMeeting(SeminarKind.KICKOFF, N_("The breakthrough method, the knowledge summaries and how we will work"),
                   ((N_("How many clients you have and what your case-management system can tell about them"),
                     "inventory"), (N_("Your expectations of the work"), "inventory")),
                   ((N_("Make the target-group inventory and choose whom to test with"), "inventory"),)),
    PlannedMeeting(SeminarKind.LEARNING_SEMINAR, N_("Aims and measures: what do we want to achieve, and how will "
                                                    "we know?"),
                   ((N_("Your target-group inventory and chosen target group"), "inventory"),),
                   ((N_("Write your aim, choose measures and draw your driver diagram"), "aims"),)),
    PlannedMeeting(SeminarKind.LEARNING_SEMINAR, N_("Changes from the knowledge summaries and the map of support"),
                   ((N_("Your aim, measures and driver diagram"), "aims"),),
                   ((N_("Choose change ideas, tie them to your drivers and map the support"), "changes"),)),
    PlannedMeeting(SeminarKind.LEARNING_SEMINAR, N_("PDSA: test on a small scale"),
                   ((N_("Your change ideas and map of support"), "changes"),),
                   ((N_("Plan and run your first PDSA cycle: one client, one case worker, one time"), "pdsa"),)),
    PlannedMeeting(SeminarKind.LEARNING_SEMINAR, N_("Measure and follow: run charts and control charts"),
                   ((N_("Your first PDSA cycles"), "pdsa"), (N_("Your monthly report"), "reports")),
                   ((N_("Enter your measurements every week or month and read the charts"), "results"),)),
    PlannedMeeting(SeminarKind.LEARNING_SEMINAR, N_("Study and act: from test to everyday work"),
                   ((N_("Your charts with the cycles drawn on them"), "results"),
                    (N_("Your monthly report"), "reports")),
                   ((N_("Ramp up your cycles and decide: adopt, adapt or abandon"), "pdsa"),)),
    PlannedMeeting(SeminarKind.LEARNING_SEMINAR, N_("Sustain and spread the changes"),
                   ((N_("Your storyboard"), "reports"), (N_("Your monthly report"), "reports")),
                   ((N_("Write your final report and your plan for continuing"), "reports"),)),
    PlannedMeeting(SeminarKind.FINAL_MEETING, N_("The teams' results"),
                   ((N_("Your storyboard and final report"), "reports"),),
                   ((N_("Keep measuring and tell other units what you learned"), "reports"),)),
)


def _agenda(kind: SeminarKind, theme: str) -> tuple[AgendaItem, ...]:
    closing = (AgendaItem(dt.time(14, 30), DAY_END, _("Presentations: the teams' results"), AgendaKind.PRESENTATIONS)
               if kind is SeminarKind.FINAL_MEETING else
               AgendaItem(dt.time(14, 30), DAY_END, _("Presentations and the work until next time"),
                          AgendaKind.PRESENTATIONS))
    return (
        AgendaItem(DAY_START, dt.time(10, 30), theme, AgendaKind.LECTURE),
        AgendaItem(dt.time(10, 45), dt.time(12, 0), _("Cross-groups: experience exchange"), AgendaKind.CROSS_GROUPS),
        AgendaItem(dt.time(13, 0), dt.time(14, 15), _("Own work with guidance"), AgendaKind.OWN_WORK),
        closing,
    )


def planned_details(planned: PlannedMeeting, date: dt.date | None) -> MeetingDetails:
    """The meeting's details in the page's language."""
    theme = _(planned.theme)
    return MeetingDetails(
        date=date, start_time=DAY_START, end_time=DAY_END, theme=theme, agenda=_agenda(planned.kind, theme),
        bring=tuple(Task(text=_(text), step=step) for text, step in planned.bring),
        next_time=tuple(Task(text=_(text), step=step) for text, step in planned.next_time),
    )


def planned_for(kind: SeminarKind, number: int) -> PlannedMeeting:
    """The pilot's meeting for a meeting of ``kind`` (a learning seminar's ``number`` counts from 1)."""
    if kind is SeminarKind.KICKOFF:
        return PILOT_PROGRAM[0]
    if kind is SeminarKind.FINAL_MEETING:
        return PILOT_PROGRAM[-1]
    return PILOT_PROGRAM[min(max(number, 1), LEARNING_SEMINARS)]


def default_dates(first: dt.date) -> list[dt.date]:
    """One meeting every five weeks from ``first``, on the same weekday."""
    return [first + dt.timedelta(weeks=WEEKS_BETWEEN * index) for index in range(len(PILOT_PROGRAM))]
