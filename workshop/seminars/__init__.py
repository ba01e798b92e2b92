"""The collaborative's program: its meetings with time, place, theme, agenda, what to bring and the work until
the next meeting; the pilot's program as a default; and the faculty's monthly score of each team.

>>> from workshop.seminars import get_program, next_meeting, save_faculty_score
"""

from workshop.seminars.default import PILOT_PROGRAM
from workshop.seminars.model import (
    AgendaItem,
    AgendaKind,
    Meeting,
    MeetingDetails,
    Program,
    ProgramFlag,
    Task,
    TaskKind,
)
from workshop.seminars.services import (
    add_meeting,
    apply_default_program,
    get_program,
    next_meeting,
    remove_meeting,
    save_meeting,
)

__all__ = [
    "PILOT_PROGRAM", "AgendaItem", "AgendaKind", "Meeting", "MeetingDetails", "Program", "ProgramFlag", "Task",
    "TaskKind", "add_meeting", "apply_default_program", "get_program", "next_meeting", "remove_meeting",
    "save_meeting",
]
