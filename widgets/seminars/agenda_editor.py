"""The facilitator's editor of a meeting's agenda and of its two lists ("bring to the meeting", "until next time"):
lines are added, changed, removed and moved up or down, and saved together through the program's services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import ipywidgets

from widgets.components.fields import button, choice_field, field_row, heading, paragraph, section, text_field
from workshop.i18n import _
from workshop.seminars import AgendaItem, AgendaKind, Meeting, Task, save_meeting
from workshop.seminars.checks import clean_time
from workshop.steps import JOURNEY

Line = list[ipywidgets.Widget]
"""The fields of one line, in the order they stand on the page."""


class LineList:
    """Lines of fields that the facilitator adds, removes and moves; ``make`` builds a line's fields from its
    number (1, 2, …) and its stored value (None for a new line). Lines that are kept in another order (the
    agenda, by time) are not ``movable``."""

    def __init__(self, guard, title: str, add_label: str, make: Callable[[int, object], Line], values, *,
                 movable: bool = True) -> None:
        self.guard, self.make, self.movable = guard, make, movable
        self.lines: list[Line] = [make(number, value) for number, value in enumerate(values, 1)]
        self.box = ipywidgets.VBox()
        add = button(add_label)
        add.on_click(guard(lambda _button: self.add()))
        self.widget = ipywidgets.VBox([heading(title, 4), self.box, add])
        self._draw()

    def add(self) -> None:
        self.lines.append(self.make(len(self.lines) + 1, None))
        self._draw()

    def remove(self, index: int) -> None:
        del self.lines[index]
        self._draw()

    def move(self, index: int, step: int) -> None:
        """Move line ``index`` one place up (``step`` -1) or down (1); at either end nothing moves."""
        other = index + step
        if 0 <= other < len(self.lines):
            self.lines[index], self.lines[other] = self.lines[other], self.lines[index]
            self._draw()

    def _draw(self) -> None:
        rows = []
        for index, line in enumerate(self.lines):
            number = index + 1
            actions = [(_("Remove line {number}"), lambda index=index: self.remove(index))]
            if self.movable:
                actions = [(_("Move line {number} up"), lambda index=index: self.move(index, -1)),
                           (_("Move line {number} down"), lambda index=index: self.move(index, 1)), *actions]
            controls = []
            for label, action in actions:
                control = button(label.format(number=number))
                control.on_click(self.guard(lambda _button, action=action: action()))
                controls.append(control)
            rows.append(field_row(*line, *controls))
        self.box.children = rows


def _compact(field: ipywidgets.Widget, width: str) -> ipywidgets.Widget:
    """A field of a line: its label, which names the line, as wide as it needs, so that a line fits a row."""
    field.style = type(field.style)(description_width="initial")
    field.layout = ipywidgets.Layout(width=width)
    return field


def _agenda_line(number: int, item) -> Line:
    label = _("Agenda item {number}").format(number=number)
    return [
        _compact(text_field(_("{label}: from").format(label=label), item.start.strftime("%H:%M") if item else "",
                            placeholder="09:30"), "250px"),
        _compact(text_field(_("{label}: to").format(label=label), item.end.strftime("%H:%M") if item else "",
                            placeholder="10:30"), "240px"),
        _compact(text_field(_("{label}: title").format(label=label), item.title if item else ""), "560px"),
        _compact(choice_field(_("{label}: kind").format(label=label), [(kind.label, kind) for kind in AgendaKind],
                              item.kind if item else AgendaKind.LECTURE), "420px"),
    ]


def _task_line(number: int, task) -> Line:
    steps = [(_("– no step –"), None)] + [(f"{step.number}. {step.title}", step.key) for step in JOURNEY]
    return [
        _compact(text_field(_("Line {number}").format(number=number), task.text if task else ""), "640px"),
        _compact(choice_field(_("Line {number}: step").format(number=number), steps, task.step if task else None),
                 "420px"),
    ]


def _agenda_item(number: int, line: Line) -> AgendaItem:
    start, end, title, kind = line
    label = _("Agenda item {number}").format(number=number)
    starts = clean_time(start.value, field="agenda", label=label, required=True)
    ends = clean_time(end.value, field="agenda", label=label, required=True)
    assert starts is not None and ends is not None  # required above
    return AgendaItem(start=starts, end=ends, title=title.value, kind=kind.value)


class AgendaEditor:
    """The chosen meeting's agenda and lists; "Save" writes all three, or nothing when one line is wrong."""

    def __init__(self, page, meeting: Meeting, saved: Callable[[Meeting], None]) -> None:
        self.page, self.meeting, self.saved = page, meeting, saved
        self.agenda = LineList(page.guard, _("The agenda"), _("Add an agenda item"), _agenda_line, meeting.agenda,
                               movable=False)
        self.bring = LineList(page.guard, _("Bring to the meeting"), _("Add a line to bring"), _task_line,
                              meeting.bring)
        self.next_time = LineList(page.guard, _("Until next time"), _("Add a line for next time"), _task_line,
                                  meeting.next_time)
        self.save = button(_("Save the agenda and lists"), primary=True)
        self.save.on_click(page.guard(lambda _button: self._save()))
        self.widget: ipywidgets.Widget = section(
            _("Agenda and lists of {meeting}").format(meeting=meeting.title),
            paragraph(_("The agenda is saved in the order of its times. A line of the lists can point to a step "
                        "of the team's journey, so that the team finds it.")),
            self.agenda.widget, self.bring.widget, self.next_time.widget, self.save)

    def _save(self) -> None:
        details = replace(
            self.meeting.details,
            agenda=tuple(_agenda_item(number, line) for number, line in enumerate(self.agenda.lines, 1)),
            bring=tuple(Task(text=text.value, step=step.value) for text, step in self.bring.lines),
            next_time=tuple(Task(text=text.value, step=step.value) for text, step in self.next_time.lines))
        self.saved(save_meeting(self.page.store, self.page.session, self.meeting.id, details,
                                expected_version=self.meeting.version))
