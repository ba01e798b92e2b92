"""The form of a forum: its name and level, the table, the hours, the object and the purpose."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import text_area, text_field, with_help
from widgets.components.record_form import RecordForm
from workshop.forums.forums import MIN_ANSWERS
from workshop.forums.model import ForumDetails
from workshop.forums.records import FORUM_TEXTS
from workshop.forums.seats import parse_seats, seats_text
from workshop.i18n import _, format_number


def _number(value: object) -> str:
    return format_number(value) if isinstance(value, (int, float)) else str(value or "")  # type: ignore[arg-type]


class ForumForm:
    def __init__(self, shown: ForumDetails) -> None:
        self.texts = RecordForm(FORUM_TEXTS, shown, changed=lambda _change: None)
        self.seats = text_area(_("At the table"), seats_text(shown.seats), rows=6)
        self.meetings = text_field(_("Meetings a year"), _number(shown.meetings_per_year))
        self.hours = text_field(_("Hours per meeting"), _number(shown.hours_per_meeting))
        self.preparation = text_field(_("Preparation, hours"), _number(shown.preparation_hours))
        self.min_answers = text_field(_("Fewest answers"), _number(shown.min_answers))
        self.children: list[ipywidgets.Widget] = [
            *self.texts.shown("name", "level"),
            with_help(self.seats, _("One line per person: organisation – role. No names are needed.")),
            self.meetings, self.hours,
            with_help(self.preparation, _("Preparation and follow-up per person and meeting.")),
            with_help(self.min_answers, _("A result is shown only when at least this many members have answered "
                                          "(at least {least}).").format(least=MIN_ANSWERS)),
            *self.texts.shown("for_whom", "need", "goal", "why", "how", "what"),
        ]

    def value(self) -> ForumDetails:
        return self.texts.value(seats=parse_seats(self.seats.value), meetings_per_year=self.meetings.value,
                                hours_per_meeting=self.hours.value, preparation_hours=self.preparation.value,
                                min_answers=self.min_answers.value)
