"""One measure with every field of its operational definition; a conflict keeps what the person typed."""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.aims.inputs import number_text, text_area, typed_number
from widgets.components.conflict import conflict_choices
from widgets.components.fields import button, choice_field, html, text, text_field, with_help
from workshop.errors import EditConflict, UserError
from workshop.i18n import _
from workshop.improvement import (
    SUGGESTED_CHART,
    ChartKind,
    Direction,
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

_TEXTS = ("name", "numerator", "denominator", "inclusion", "exclusion", "data_source", "collector",
          "baseline_period")
_CHOICES = ("kind", "unit", "frequency", "direction", "chart", "driver_id")
_NUMBERS = {"fixed_denominator": True, "rate_per": True, "baseline_value": False, "target_value": False}


def _options(kind) -> list[tuple[str, object]]:
    return [(member.label, member) for member in kind]


class MeasureForm:
    def __init__(self, page, section) -> None:
        self.page, self.section = page, section
        self.measure: Measure | None = None
        self.name = text_field(_("Name of the measure"))
        self.kind = choice_field(_("Type of measure"), _options(MeasureKind), MeasureKind.OUTCOME)
        self.unit = choice_field(_("Unit"), _options(MeasureUnit), MeasureUnit.PERCENT)
        self.numerator = text_area(_("Numerator"))
        self.denominator = text_area(_("Denominator"))
        self.fixed_denominator = text_field(_("Fixed denominator"))
        self.rate_per = text_field(_("Per how many"), placeholder="100")
        self.inclusion = text_area(_("Included"))
        self.exclusion = text_area(_("Excluded"))
        self.data_source = text_area(_("Data source"))
        self.collector = text_field(_("Who collects"))
        self.frequency = choice_field(_("How often"), _options(Frequency), Frequency.WEEK)
        self.baseline_period = text_field(_("Baseline period"), placeholder=_("e.g. weeks 1–8 2026"))
        self.baseline_value = text_field(_("Baseline value"))
        self.target_value = text_field(_("Target value"))
        self.direction = choice_field(_("Better is"), _options(Direction), Direction.HIGHER)
        self.chart = choice_field(_("Chart"), _options(ChartKind), ChartKind.RUN)
        self.driver_id = choice_field(_("Belongs to"), [(_("The aim"), None)])
        self.chart_hint = html("")
        self.target_group_button = button("")
        self.target_group_button.on_click(page.guard(lambda _button: self._use_target_group()))
        self.unit.observe(page.guard(self._unit_changed), names="value")
        self.save_button = button(_("Add the measure"), primary=True)
        self.save_button.on_click(page.guard(lambda _button: self.save()))
        self.cancel_button = button(_("Empty the form"))
        self.cancel_button.on_click(page.guard(lambda _button: self.load(None)))
        self.status = html("")
        self.conflict_box = ipywidgets.VBox()
        self.heading = html("")
        self.widget = ipywidgets.VBox([
            self.heading, self.name, self.kind, self.unit,
            with_help(self.numerator, _("What is counted.")),
            with_help(self.denominator, _("What the count is divided by.")),
            with_help(self.fixed_denominator, _("Optional: one number for every period, for example the number in "
                                                "the target group.")),
            self.target_group_button,
            with_help(self.rate_per, _("For a rate, for example per 100 visits.")), self.inclusion, self.exclusion,
            self.data_source,
            self.collector, self.frequency, self.baseline_period, self.baseline_value, self.target_value,
            self.direction, self.chart, self.chart_hint, self.driver_id,
            ipywidgets.HBox([self.save_button, self.cancel_button]), self.status, self.conflict_box,
        ])
        self.widget.add_class("gk-measure-form")
        self.refresh_links()
        self.load(None)

    def refresh_links(self) -> None:
        """The aim and the team's drivers, plus a removed driver the measure still points at."""
        diagram = driver_diagram(self.page.store, self.page.session.team_id)
        options = [(_("The aim"), None)] + [(driver.title, driver.id) for driver in diagram.drivers]
        current = self.driver_id.value
        if current is not None and current not in {value for _label, value in options}:
            options.append((_("(removed driver)"), current))
        self.driver_id.options = options
        self.driver_id.value = current

    def _target_group_offer(self) -> None:
        group = self.section.target_group
        self.target_group_button.layout.display = None if group is not None else "none"
        if group is not None:
            self.target_group_button.description = _(
                "Use the target group as denominator ({count})").format(count=group.count)

    def _use_target_group(self) -> None:
        group = self.section.target_group
        self.fixed_denominator.value = str(group.count)
        if not self.denominator.value.strip():
            self.denominator.value = group.description

    def _unit_changed(self, change) -> None:
        unit = change["new"]
        fitting = (ChartKind.RUN, SUGGESTED_CHART[unit])
        if self.chart.value not in fitting:
            self.chart.value = ChartKind.RUN
        self._show_chart_hint()

    def _show_chart_hint(self) -> None:
        suggestion = SUGGESTED_CHART[self.unit.value].label
        self.chart_hint.value = '<p class="gk-muted">{}</p>'.format(text(_(
            "Suggested: a run chart to start with; with 20 values or more, {chart}.").format(chart=suggestion)))

    def load(self, measure: Measure | None) -> None:
        """Show ``measure`` (or an empty form for a new one)."""
        self.measure = measure
        details = measure or MeasureDetails("", kind=MeasureKind.OUTCOME, unit=MeasureUnit.PERCENT,
                                            frequency=Frequency.WEEK)
        for name in _TEXTS:
            getattr(self, name).value = getattr(details, name)
        for name in _NUMBERS:
            getattr(self, name).value = number_text(getattr(details, name))
        self.refresh_links()
        for name in _CHOICES:
            getattr(self, name).value = getattr(details, name)
        title = _("Change the measure") if measure else _("New measure")
        self.heading.value = f"<h4>{escape(title)}</h4>"
        self.save_button.description = _("Save the measure") if measure else _("Add the measure")
        self.status.value = ""
        self.conflict_box.children = []
        self._target_group_offer()
        self._show_chart_hint()

    def details(self) -> MeasureDetails:
        values = {name: getattr(self, name).value for name in (*_TEXTS, *_CHOICES)}
        labels = {"fixed_denominator": _("Fixed denominator"), "rate_per": _("Per how many"),
                  "baseline_value": _("Baseline value"), "target_value": _("Target value")}
        for name, whole in _NUMBERS.items():
            values[name] = typed_number(getattr(self, name).value, field=name, label=labels[name], whole=whole)
        catalog_entry = self.measure.catalog_entry if self.measure else None
        return MeasureDetails(**values, catalog_entry=catalog_entry)

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
            self._show_status("warning", problem.message)
            return
        self.section.measure_saved(saved)

    def _show_status(self, kind: str, message: str) -> None:
        self.status.value = (f'<div role="status" aria-live="polite" class="gk-message gk-message-{kind}">'
                             f"{text(message)}</div>")

    def _show_conflict(self, message: str) -> None:
        """Keep the person's input; offer to keep theirs over the colleague's, or to see the colleague's."""
        self._show_status("error", message)
        self.conflict_box.children = [conflict_choices(self.page.guard, self._keep_mine,
                                                       self._show_theirs)]

    def _latest(self) -> Measure:
        return get_measure(self.page.store, self.page.session.team_id, self.measure.id)

    def _keep_mine(self) -> None:
        self.save(over_version=self._latest().version)

    def _show_theirs(self) -> None:
        self.load(self._latest())
