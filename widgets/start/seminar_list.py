"""Editing a collaborative's seminar dates: a row per meeting, added and removed freely."""

from __future__ import annotations

import datetime as dt

import ipywidgets

from widgets.components.fields import ChoiceField, DateField, button, choice_field, date_field, field_row
from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.model import Seminar, SeminarKind


class SeminarList:
    def __init__(self, guard, seminars: tuple[Seminar, ...] = ()) -> None:
        self.guard = guard
        self.rows: list[tuple[ChoiceField, DateField]] = []
        self.box = ipywidgets.VBox()
        self.add_button = button(_("Add a meeting"))
        self.add_button.on_click(guard(lambda _button: self.add()))
        for seminar in seminars:
            self.add(seminar.kind, seminar.date)
        self.widget = ipywidgets.VBox([self.box, self.add_button])

    def add(self, kind: SeminarKind | None = None, date: dt.date | None = None) -> None:
        if kind is None:
            kind = SeminarKind.KICKOFF if not self.rows else SeminarKind.LEARNING_SEMINAR
        number = len(self.rows) + 1
        kind_field = choice_field(_("Meeting {number}").format(number=number),
                                  [(k.label, k) for k in SeminarKind], kind)
        date = date_field(_("Date of meeting {number}").format(number=number), date)
        self.rows.append((kind_field, date))
        self._redraw()

    def remove(self, index: int) -> None:
        del self.rows[index]
        self._redraw()

    def _redraw(self) -> None:
        lines = []
        for index, (kind_field, date) in enumerate(self.rows):
            remove = button(_("Remove meeting {number}").format(number=index + 1))
            remove.on_click(self.guard(lambda _button, index=index: self.remove(index)))
            lines.append(field_row(kind_field, date, remove))
        self.box.children = lines

    def seminars(self) -> list[Seminar]:
        chosen = []
        for index, (kind_field, date) in enumerate(self.rows):
            day = date.date
            if day is None:
                raise InvalidInput(_("Meeting {number} has no date. Add a date or remove the meeting.").format(
                    number=index + 1), field="seminars")
            chosen.append(Seminar(kind_field.value, day))
        return chosen
