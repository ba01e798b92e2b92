"""One measure with every field of its operational definition; a conflict keeps what the person typed."""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.components.conflict import conflict_choices
from widgets.components.fields import button, html, text
from widgets.components.messages import MessageArea
from widgets.components.record_form import RecordForm
from workshop.errors import EditConflict, UserError
from workshop.i18n import _
from workshop.improvement import (
    SUGGESTED_CHART,
    ChartKind,
    Frequency,
    Measure,
    MeasureDetails,
    MeasureKind,
    MeasureUnit,
    add_measure,
    driver_diagram,
    get_measure,
    update_measure,
)
from workshop.improvement.records import MEASURE

_NEW = MeasureDetails(name="", kind=MeasureKind.OUTCOME, unit=MeasureUnit.PERCENT, frequency=Frequency.WEEK)
"""What an empty form starts from."""


class MeasureForm:
    def __init__(self, page, section) -> None:
        self.page, self.section = page, section
        self.measure: Measure | None = None
        self.fields = RecordForm(MEASURE, _NEW)
        self.chart_hint = html("")
        self.target_group_button = button("")
        self.target_group_button.layout = ipywidgets.Layout(width="auto", align_self="flex-start")  # shown, hidden
        self.target_group_button.on_click(page.guard(lambda _button: self._use_target_group()))
        self.fields["unit"].observe(page.guard(self._unit_changed), names="value")
        self.save_button = button(_("Add the measure"), primary=True)
        self.save_button.on_click(page.guard(lambda _button: self.save()))
        self.cancel_button = button(_("Empty the form"))
        self.cancel_button.on_click(page.guard(lambda _button: self.load(None)))
        self.status = MessageArea()
        self.conflict_box = ipywidgets.VBox()
        self.heading = html("")
        self.widget = ipywidgets.VBox([
            self.heading,
            *self.fields.shown("name", "kind", "unit", "numerator", "denominator", "fixed_denominator"),
            self.target_group_button,
            *self.fields.shown("rate_per", "inclusion", "exclusion", "data_source", "collector", "frequency",
                               "baseline_period", "baseline_value", "target_value", "direction", "chart"),
            self.chart_hint, *self.fields.shown("driver_id"),
            ipywidgets.HBox([self.save_button, self.cancel_button]), self.status.widget, self.conflict_box,
        ])
        self.widget.add_class("gk-measure-form")
        self.load(None)

    def _link_options(self, current: int | None) -> None:
        """The aim and the team's drivers, plus a removed driver the measure still points at."""
        diagram = driver_diagram(self.page.store, self.page.session.team_id)
        options = [(_(MEASURE.field("driver_id").empty), None)]
        options += [(driver.title, driver.id) for driver in diagram.drivers]
        if current is not None and current not in {value for _label, value in options}:
            options.append((_("(removed driver)"), current))
        self.fields["driver_id"].options = options

    def refresh_links(self) -> None:
        """The drivers to choose from, as the diagram is now; the choice made stays."""
        choice = self.fields["driver_id"]
        current = choice.value
        self._link_options(current)
        choice.value = current

    def _target_group_offer(self) -> None:
        group = self.section.target_group
        self.target_group_button.layout.display = None if group is not None else "none"
        if group is not None:
            self.target_group_button.description = _(
                "Use the target group as denominator ({count})").format(count=group.count)

    def _use_target_group(self) -> None:
        group = self.section.target_group
        self.fields["fixed_denominator"].value = str(group.count)
        if not self.fields["denominator"].value.strip():
            self.fields["denominator"].value = group.description

    def _unit_changed(self, change) -> None:
        unit = change["new"]
        fitting = (ChartKind.RUN, SUGGESTED_CHART[unit])
        if self.fields["chart"].value not in fitting:
            self.fields["chart"].value = ChartKind.RUN
        self._show_chart_hint()

    def _show_chart_hint(self) -> None:
        suggestion = SUGGESTED_CHART[self.fields["unit"].value].label
        self.chart_hint.value = '<p class="gk-muted">{}</p>'.format(text(_(
            "Suggested: a run chart to start with; with 20 values or more, {chart}.").format(chart=suggestion)))

    def load(self, measure: Measure | None) -> None:
        """Show ``measure`` (or an empty form for a new one)."""
        self.measure = measure
        shown = measure or _NEW
        self._link_options(shown.driver_id)
        self.fields.show(shown)
        title = _("Change the measure") if measure else _("New measure")
        self.heading.value = f"<h4>{escape(title)}</h4>"
        self.save_button.description = _("Save the measure") if measure else _("Add the measure")
        self.status.clear()
        self.conflict_box.children = []
        self._target_group_offer()
        self._show_chart_hint()

    def details(self) -> MeasureDetails:
        return self.fields.value()

    def save(self, *, over_version: int | None = None) -> None:
        store, session = self.page.store, self.page.session
        try:
            details = self.details()
            if self.measure is None:
                saved = add_measure(store, session.team_id, details, actor=session.actor)
            else:
                version = self.measure.version if over_version is None else over_version
                saved = update_measure(store, session.team_id, self.measure.id, details,
                                       expected_version=version, actor=session.actor)
        except EditConflict as conflict:
            self._show_conflict(conflict.message)
            return
        except UserError as problem:
            self.status.show(problem.message, "warning")
            return
        self.section.measure_saved(saved)

    def _show_conflict(self, message: str) -> None:
        """Keep the person's input; offer to keep theirs over the colleague's, or to see the colleague's."""
        self.status.show(message, "error")
        self.conflict_box.children = [conflict_choices(self.page.guard, self._keep_mine,
                                                       self._show_theirs)]

    def _latest(self) -> Measure:
        return get_measure(self.page.store, self.page.session.team_id, self.measure.id)

    def _keep_mine(self) -> None:
        self.save(over_version=self._latest().version)

    def _show_theirs(self) -> None:
        self.load(self._latest())
