"""The period a document covers: a month for the monthly report, otherwise the whole work or two dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import ipywidgets

from widgets.components.fields import choice_field, date_field
from workshop.i18n import _
from workshop.reports import DocumentKind, ReportPeriod
from workshop.reports.period_months import month_start, months_to_report
from workshop.reports.records.monthly import month_label
from workshop.store import Store

WHOLE_WORK = "whole"
BETWEEN_DATES = "dates"


class PeriodChoice:
    def __init__(self, store: Store, team_id: int, kind: DocumentKind, on_change: Callable[[], None], *,
                 today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        # The same months as the monthly report's form, newest (the current month) first.
        months = months_to_report(store, team_id, today=today)
        self.month = choice_field(_("Month"), [(month_label(month), month) for month in months])
        self.scope = ipywidgets.RadioButtons(
            options=[(_("The whole work"), WHOLE_WORK), (_("Between two dates"), BETWEEN_DATES)],
            value=WHOLE_WORK, description=_("Period"), style={"description_width": "220px"})
        # From the start of the team's work, which may come before the collaborative's start.
        self.start = date_field(_("From"), month_start(months[-1]))
        self.end = date_field(_("To"), today)
        self.widget = ipywidgets.VBox()
        self.show_for(kind)
        self.scope.observe(lambda _change: self.show_for(self.kind), names="value")
        for control in (self.month, self.scope, self.start, self.end):
            control.observe(lambda _change: on_change(), names="value")

    def show_for(self, kind: DocumentKind) -> None:
        self.kind = kind
        if kind.monthly:
            self.widget.children = [self.month]
        elif self.scope.value == BETWEEN_DATES:
            self.widget.children = [self.scope, self.start, self.end]
        else:
            self.widget.children = [self.scope]

    def period(self) -> ReportPeriod:
        """The chosen period; :class:`InvalidInput` when it ends before it starts."""
        if self.kind.monthly:
            first = month_start(self.month.value)
            return ReportPeriod.month(first.year, first.month)
        if self.scope.value == WHOLE_WORK:
            return ReportPeriod()
        return ReportPeriod(self.start.date, self.end.date)
