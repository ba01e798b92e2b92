"""The program's small objects: a meeting with its time, place, theme, agenda and two lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.i18n import N_, _
from workshop.model import LABELS, Choice, SeminarKind


class AgendaKind(Choice):
    """The kinds of work a seminar day mixes (WORKFLOW.md: doing and learning)."""

    LECTURE = "lecture"
    CROSS_GROUPS = "cross_groups"
    OWN_WORK = "own_work"
    PRESENTATIONS = "presentations"
    BREAK = "break"


class TaskKind(Choice):
    BRING = "bring"
    """What each team brings to the meeting."""
    NEXT = "next"
    """The team's work for the action period until the next meeting."""


LABELS.update({
    AgendaKind.LECTURE: N_("Lecture"),
    AgendaKind.CROSS_GROUPS: N_("Cross-groups"),
    AgendaKind.OWN_WORK: N_("Own work with guidance"),
    AgendaKind.PRESENTATIONS: N_("Presentations"),
    AgendaKind.BREAK: N_("Break"),
    TaskKind.BRING: N_("Bring to the meeting"),
    TaskKind.NEXT: N_("Until next time"),
})


@dataclass(frozen=True)
class AgendaItem:
    start: dt.time
    end: dt.time
    title: str
    kind: AgendaKind = AgendaKind.LECTURE


@dataclass(frozen=True)
class Task:
    """A line of one of the meeting's lists; ``step`` is a journey step's key (workshop.steps) or None."""

    text: str
    step: str | None = None


@dataclass(frozen=True)
class MeetingDetails:
    """What the facilitator writes about a meeting (its kind and date come with the meeting).

    Date and times may be given as text ("2027-02-11", "9.30", "09:30"); services read them.
    """

    date: dt.date | str | None = None
    start_time: dt.time | str | None = None
    end_time: dt.time | str | None = None
    place: str = ""
    video_link: str = ""
    theme: str = ""
    agenda: tuple[AgendaItem, ...] = ()
    bring: tuple[Task, ...] = ()
    next_time: tuple[Task, ...] = ()


@dataclass(frozen=True)
class Meeting(MeetingDetails):
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    id: int = 0
    collaborative_id: int = 0
    kind: SeminarKind = SeminarKind.LEARNING_SEMINAR
    number: int = 0
    """The learning seminar's number (1, 2, …); 0 for the other kinds."""
    version: int = 1

    @property
    def title(self) -> str:
        """"Lärandeseminarium 3", "Introduktionsträff"."""
        if self.kind is SeminarKind.LEARNING_SEMINAR:
            return _("Learning seminar {number}").format(number=self.number)
        return self.kind.label

    @property
    def details(self) -> MeetingDetails:
        return MeetingDetails(self.date, self.start_time, self.end_time, self.place, self.video_link, self.theme,
                              self.agenda, self.bring, self.next_time)


@dataclass(frozen=True)
class ProgramFlag:
    """Something in the program to look at; the program is saved anyway (a date may be set on purpose)."""

    meeting_id: int
    message: str


@dataclass(frozen=True)
class Program:
    collaborative_id: int
    meetings: tuple[Meeting, ...]
    flags: tuple[ProgramFlag, ...]

    def flags_of(self, meeting_id: int) -> list[str]:
        return [flag.message for flag in self.flags if flag.meeting_id == meeting_id]
