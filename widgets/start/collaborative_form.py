"""The fields of a collaborative, shared by 'create' and 'edit'."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import choice_field, date_field, heading, text_field
from widgets.start.seminar_list import SeminarList
from workshop.i18n import _
from workshop.model import Area, Collaborative, CollaborativeDetails


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
        self.seminars = SeminarList(guard, current.seminars if current else ())
        self.widgets: list[ipywidgets.Widget] = [
            self.name, self.area, self.region, self.period_start, self.period_end,
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
        )
