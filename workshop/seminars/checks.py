"""What a meeting must be to be saved (refusals), and what the program shows for a second look (flags).

Refused: a time that is not a time, an end before its start, a link that is not a web address, a task tied to a
step that does not exist. Flagged: a meeting outside the collaborative's period, meetings that overlap, an
agenda that runs past the meeting's end or lies outside its day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from workshop.errors import InvalidInput
from workshop.i18n import _, format_date, format_time
from workshop.seminars.model import AgendaItem, AgendaKind, Meeting, MeetingDetails, ProgramFlag, Task
from workshop.steps import STEP_KEYS
from workshop.validation import clean_choice, clean_paragraphs, clean_text, parse_date

TITLE_LENGTH = 200
PLACE_LENGTH = 300
LINK_LENGTH = 500
MAX_ITEMS = 40
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
_LINK = re.compile(r"https?://\S+")


def clean_time(value: dt.time | str | None, *, field: str, label: str, required: bool = False) -> dt.time | None:
    """A time of day typed "9.30" or "09:30" (or given as a time); None when empty and not required."""
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    text = (value or "").strip()
    if not text:
        if required:
            raise InvalidInput(_("Fill in {label}.").format(label=label.lower()), field=field)
        return None
    match = _TIME.fullmatch(text)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidInput(_("{label}: write the time as HH:MM, for example 09:30 (now “{text}”).").format(
            label=label, text=text), field=field)
    return dt.time(int(match[1]), int(match[2]))


def _refuse_end_before_start(start: dt.time | None, end: dt.time | None, *, field: str, what: str) -> None:
    if start is not None and end is not None and end <= start:
        raise InvalidInput(_("{what} ends at {end}, before it starts at {start}. Check the times.").format(
            what=what, end=format_time(end), start=format_time(start)), field=field)


def _clean_item(item: AgendaItem, number: int) -> AgendaItem:
    label = _("Agenda item {number}").format(number=number)
    start = clean_time(item.start, field="agenda", label=label, required=True)
    end = clean_time(item.end, field="agenda", label=label, required=True)
    title = clean_text(item.title, field="agenda", label=label, max_length=TITLE_LENGTH)
    _refuse_end_before_start(start, end, field="agenda", what=_("“{title}”").format(title=title))
    assert start is not None and end is not None  # required above
    return AgendaItem(start, end, title, clean_choice(AgendaKind, item.kind, field="agenda"))


def _clean_task(task: Task, *, field: str, label: str) -> Task:
    text = clean_text(task.text, field=field, label=label, max_length=TITLE_LENGTH)
    if task.step is not None and task.step not in STEP_KEYS:
        raise InvalidInput(_("Choose one of the journey's steps, or none."), field=field)
    return Task(text=text, step=task.step or None)


def _clean_list(items: Sequence, *, field: str, label: str) -> None:
    if len(items) > MAX_ITEMS:
        raise InvalidInput(_("{label} can have at most {limit} lines.").format(label=label, limit=MAX_ITEMS),
                           field=field)


def clean_meeting(details: MeetingDetails) -> MeetingDetails:
    """The details tidied and checked, or :class:`InvalidInput` naming the field; nothing is saved then."""
    date = parse_date(details.date, field="date", label=_("Date")) if isinstance(details.date, str) else details.date
    if date is None:
        raise InvalidInput(_("The meeting has no date. Fill in the date (YYYY-MM-DD)."), field="date")
    start = clean_time(details.start_time, field="start_time", label=_("Starts at"))
    end = clean_time(details.end_time, field="end_time", label=_("Ends at"))
    _refuse_end_before_start(start, end, field="end_time", what=_("The meeting"))
    link = clean_text(details.video_link, field="video_link", label=_("Video link"), required=False,
                      max_length=LINK_LENGTH)
    if link and not _LINK.fullmatch(link):
        raise InvalidInput(_("The video link must be a web address starting with https://."), field="video_link")
    for items, field, label in ((details.agenda, "agenda", _("The agenda")),
                                (details.bring, "bring", _("Bring to the meeting")),
                                (details.next_time, "next_time", _("Until next time"))):
        _clean_list(items, field=field, label=label)
    agenda = tuple(sorted((_clean_item(item, number) for number, item in enumerate(details.agenda, 1)),
                          key=lambda item: item.start))
    return MeetingDetails(
        date=date, start_time=start, end_time=end,
        place=clean_text(details.place, field="place", label=_("Place"), required=False, max_length=PLACE_LENGTH),
        video_link=link,
        theme=clean_paragraphs(details.theme, field="theme", label=_("Theme")),
        agenda=agenda,
        bring=tuple(_clean_task(task, field="bring", label=_("Bring to the meeting")) for task in details.bring),
        next_time=tuple(_clean_task(task, field="next_time", label=_("Until next time"))
                        for task in details.next_time),
    )


def _span(meeting: Meeting) -> tuple[dt.time, dt.time]:
    """The meeting's hours; a meeting without times takes its whole day."""
    return meeting.start_time or dt.time.min, meeting.end_time or dt.time.max


def _overlaps(first: Meeting, second: Meeting) -> bool:
    if first.date is None or first.date != second.date:
        return False
    (start_a, end_a), (start_b, end_b) = _span(first), _span(second)
    return start_a < end_b and start_b < end_a


def program_flags(meetings: Sequence[Meeting], period_start: dt.date | None,
                  period_end: dt.date | None) -> list[ProgramFlag]:
    """What the facilitator should look at once more, meeting by meeting."""
    flags = []
    for meeting in meetings:
        flags += [ProgramFlag(meeting.id, message) for message in _meeting_flags(meeting, period_start, period_end)]
        flags += [ProgramFlag(meeting.id, _("Overlaps with {other} on {date}.").format(
                      other=other.title, date=format_date(other.date)))
                  for other in meetings if other.id != meeting.id and other.date is not None
                  and _overlaps(meeting, other)]
    return flags


def _meeting_flags(meeting: Meeting, period_start: dt.date | None, period_end: dt.date | None) -> list[str]:
    flags = []
    if meeting.date is None:
        flags.append(_("The meeting has no date."))
    elif (period_start and meeting.date < period_start) or (period_end and meeting.date > period_end):
        flags.append(_("The date {date} lies outside the collaborative's period.").format(
            date=format_date(meeting.date)))
    start, end = _span(meeting)
    late = [item for item in meeting.agenda if item.end > end]
    early = [item for item in meeting.agenda if item.start < start]
    if late:
        flags.append(_("The agenda runs past the meeting's end at {end}: “{title}” ends at {item_end}.").format(
            end=format_time(end), title=late[-1].title, item_end=format_time(late[-1].end)))
    if early:
        flags.append(_("“{title}” starts at {item_start}, before the meeting starts at {start}.").format(
            title=early[0].title, item_start=format_time(early[0].start), start=format_time(start)))
    return flags
