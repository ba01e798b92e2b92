"""The fields of a collaborative, shared by 'create' and 'edit'."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import choice_field, date_field, heading, text_field, with_help
from widgets.start.seminar_list import SeminarList
from workshop.i18n import _
from workshop.model import LAST_DUE_DAY, REPORT_DUE_DAY, Area, Collaborative, CollaborativeDetails


class CollaborativeForm:
    def __init__(self, guard, collaborative: Collaborative | None = None) -> None:
        current = collaborative
        self.name = text_field(_("Name of the collaborative"), current.name if current else "",
                               placeholder=_("e.g. Early support 2027"))
        self.area = choice_field(_("Area"), [(area.label, area) for area in Area],
                                 current.area if current else Area.BOTH)
        self.region = text_field(_("Region or support structure"), current.region if current else "")
        self.period_start = date_field(_("Period starts"), current.period_start if current else None)
        self.period_end = date_field(_("Period ends"), current.period_end if current else None)
        self.report_due_day = choice_field(_("Report due on day"),
                                           [(str(day), day) for day in range(1, LAST_DUE_DAY + 1)],
                                           current.report_due_day if current else REPORT_DUE_DAY)
        self.seminars = SeminarList(guard, current.seminars if current else ())
        self.widgets: list[ipywidgets.Widget] = [
            self.name, self.area, self.region, self.period_start, self.period_end,
            with_help(self.report_due_day, _("The day of the next month by which the teams send a month's "
                                             "report; after it the view of all teams marks the report missing.")),
            heading(_("Meetings: kick-off, learning seminars, final meeting")),
            self.seminars.widget,
        ]

    def details(self) -> CollaborativeDetails:
        return CollaborativeDetails(
            name=self.name.value,
            area=self.area.value,
            region=self.region.value,
            period_start=self.period_start.date,
            period_end=self.period_end.date,
            seminars=tuple(self.seminars.seminars()),
            report_due_day=self.report_due_day.value,
        )
