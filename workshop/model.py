"""The domain's small typed objects. They are replaced, never mutated in place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

from workshop.i18n import N_, _

D = TypeVar("D")


def details_of(stored: Any, kind: type[D]) -> D:
    """The ``kind`` part of ``stored`` (a dataclass that extends ``kind``), copied by field name."""
    return kind(**{part.name: getattr(stored, part.name) for part in fields(kind)})  # type: ignore[arg-type]


class Choice(StrEnum):
    """A fixed choice stored by its English code, shown by its translated label."""

    @property
    def label(self) -> str:
        return _(LABELS[self])


class Area(Choice):
    SOCIAL_ASSISTANCE = "social_assistance"
    SUBSTANCE_MISUSE = "substance_misuse"
    BOTH = "both"


class MemberRole(Choice):
    PROCESS_LEAD = "process_lead"
    UNIT_MANAGER = "unit_manager"
    CASE_WORKER = "case_worker"
    OTHER = "other"


class SeminarKind(Choice):
    KICKOFF = "kickoff"
    LEARNING_SEMINAR = "learning_seminar"
    FINAL_MEETING = "final_meeting"


class StepStatus(Choice):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ChoiceLabels(dict):
    """Label msgids by (choice type, member).

    Members are strings, so two choices with the same value ("implement") would share one
    key in a plain dict; keying by type as well keeps each choice's own label.
    """

    def update(self, labels: dict[Choice, str]) -> None:  # type: ignore[override]
        super().update({(type(member), member): msgid for member, msgid in labels.items()})

    def __getitem__(self, member: Choice) -> str:
        return super().__getitem__((type(member), member))


LABELS = ChoiceLabels()
"""Each module that defines choices adds their labels with ``LABELS.update({...})``."""

LABELS.update({
    Area.SOCIAL_ASSISTANCE: N_("Social assistance"),
    Area.SUBSTANCE_MISUSE: N_("Substance misuse and dependence"),
    Area.BOTH: N_("Social assistance and substance misuse"),
    MemberRole.PROCESS_LEAD: N_("Process lead"),
    MemberRole.UNIT_MANAGER: N_("Unit manager"),
    MemberRole.CASE_WORKER: N_("Case worker"),
    MemberRole.OTHER: N_("Other role"),
    SeminarKind.KICKOFF: N_("Kick-off meeting"),
    SeminarKind.LEARNING_SEMINAR: N_("Learning seminar"),
    SeminarKind.FINAL_MEETING: N_("Final meeting"),
    StepStatus.NOT_STARTED: N_("Not started"),
    StepStatus.IN_PROGRESS: N_("In progress"),
    StepStatus.DONE: N_("Done"),
})


@dataclass(frozen=True)
class Seminar:
    kind: SeminarKind
    date: dt.date


REPORT_DUE_DAY = 10
"""A month's report is due on the 10th of the next month unless the collaborative chose another day (the pilot's
rule: the month's figures are in the case-management system by then, and the review comes before the next
seminar)."""
LAST_DUE_DAY = 28
"""The last day a monthly report can be due on: every month has it."""


@dataclass(frozen=True)
class CollaborativeDetails:
    """What people fill in about a collaborative."""

    name: str
    area: Area | str = Area.BOTH
    region: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    seminars: tuple[Seminar, ...] = ()
    report_due_day: int = REPORT_DUE_DAY
    """The day of the next month by which a month's report is due (1–28: a day every month has)."""


@dataclass(frozen=True)
class Collaborative(CollaborativeDetails):
    id: int = 0
    version: int = 1

    @property
    def details(self) -> CollaborativeDetails:
        return details_of(self, CollaborativeDetails)


@dataclass(frozen=True)
class Member:
    role: MemberRole
    name: str = ""


@dataclass(frozen=True)
class TeamDetails:
    """What people fill in about a team. Roles are enough; names are optional."""

    name: str
    municipality: str
    unit: str = ""
    area: Area | str = Area.BOTH
    members: tuple[Member, ...] = ()
    region: str = ""
    """The team's regional support structure (RSS); may differ between a collaborative's teams."""


@dataclass(frozen=True)
class Team(TeamDetails):
    id: int = 0
    collaborative_id: int = 0
    version: int = 1

    @property
    def details(self) -> TeamDetails:
        return details_of(self, TeamDetails)


@dataclass(frozen=True)
class TeamOverview:
    """A team with the status of each step of its journey."""

    team: Team
    progress: dict[str, StepStatus] = field(default_factory=dict)
