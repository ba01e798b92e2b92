"""The domain's small typed objects. They are replaced, never mutated in place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from workshop.i18n import N_, _


class Area(StrEnum):
    SOCIAL_ASSISTANCE = "social_assistance"
    SUBSTANCE_MISUSE = "substance_misuse"
    BOTH = "both"

    @property
    def label(self) -> str:
        return _(_AREA_LABELS[self])


_AREA_LABELS = {
    Area.SOCIAL_ASSISTANCE: N_("Social assistance"),
    Area.SUBSTANCE_MISUSE: N_("Substance misuse and dependence"),
    Area.BOTH: N_("Social assistance and substance misuse"),
}


class MemberRole(StrEnum):
    PROCESS_LEAD = "process_lead"
    UNIT_MANAGER = "unit_manager"
    CASE_WORKER = "case_worker"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_ROLE_LABELS[self])


_ROLE_LABELS = {
    MemberRole.PROCESS_LEAD: N_("Process lead"),
    MemberRole.UNIT_MANAGER: N_("Unit manager"),
    MemberRole.CASE_WORKER: N_("Case worker"),
    MemberRole.OTHER: N_("Other role"),
}


class SeminarKind(StrEnum):
    KICKOFF = "kickoff"
    LEARNING_SEMINAR = "learning_seminar"
    FINAL_MEETING = "final_meeting"

    @property
    def label(self) -> str:
        return _(_SEMINAR_LABELS[self])


_SEMINAR_LABELS = {
    SeminarKind.KICKOFF: N_("Kick-off meeting"),
    SeminarKind.LEARNING_SEMINAR: N_("Learning seminar"),
    SeminarKind.FINAL_MEETING: N_("Final meeting"),
}


class StepStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return _(_STATUS_LABELS[self])


_STATUS_LABELS = {
    StepStatus.NOT_STARTED: N_("Not started"),
    StepStatus.IN_PROGRESS: N_("In progress"),
    StepStatus.DONE: N_("Done"),
}


@dataclass(frozen=True)
class Seminar:
    kind: SeminarKind
    date: dt.date


@dataclass(frozen=True)
class Collaborative:
    id: int
    name: str
    area: Area
    region: str
    period_start: dt.date | None
    period_end: dt.date | None
    seminars: tuple[Seminar, ...] = ()
    version: int = 1


@dataclass(frozen=True)
class Member:
    role: MemberRole
    name: str = ""


@dataclass(frozen=True)
class Team:
    id: int
    collaborative_id: int
    name: str
    municipality: str
    unit: str
    area: Area
    members: tuple[Member, ...] = ()
    version: int = 1


@dataclass(frozen=True)
class TeamOverview:
    """A team with the status of each step of its journey."""

    team: Team
    progress: dict[str, StepStatus] = field(default_factory=dict)
