"""Choosing the target group: filters with a live count, or a count typed by hand."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets

from widgets.components.choices import CheckboxGroup
from widgets.components.fields import button, choice_field, html, paragraph, text, text_field
from workshop.i18n import _, format_number
from workshop.inventory import InsatsFilter, TargetFilters
from workshop.inventory.bands import YOUNG_ADULTS
from workshop.inventory.dimensions import sex_label
from workshop.inventory.manual import parse_count
from workshop.inventory.reasons import ReasonGroup

_MONTH_CHOICES = (None, 3, 6, 10, 12, 24)


def _age_field(label: str) -> ipywidgets.Text:
    return text_field(label, placeholder=_("any"))


class TargetChooser:
    """``count(filters)`` gives the live count; without it the team types the number itself."""

    def __init__(self, guard: Callable, count: Callable[[TargetFilters], int] | None, total: int) -> None:
        self._count, self._total = count, total
        self.age_min = _age_field(_("Youngest age"))
        self.age_max = _age_field(_("Oldest age"))
        self.young_adults = button(_("Young adults (18–24)"))
        self.young_adults.on_click(guard(lambda _button: self._young_adults()))
        self.sexes = CheckboxGroup(_("Sex (none chosen: all)"), [(sex_label(sex), sex) for sex in ("kvinna", "man")])
        groups = [group for group in ReasonGroup if group is not ReasonGroup.NOT_STATED]
        self.reasons = CheckboxGroup(_("Reasons (none chosen: all)"), [(group.label, group.value) for group in groups])
        self.months = choice_field(_("Time since case opening"), [
            (_("Any time") if months is None else _("At least {months} months").format(months=months), months)
            for months in _MONTH_CHOICES])
        self.insats = choice_field(_("Ongoing insats"), [(choice.label, choice) for choice in InsatsFilter])
        self.typed_count = text_field(_("Number in the target group"))
        self.count_label = html()
        self.count_label.add_class("gk-target-count")
        controls = [self.age_min, self.age_max, self.sexes, self.reasons, self.months, self.insats]
        for control in controls:
            control.observe(guard(lambda _change: self.refresh()), names="value")
        self.widget = ipywidgets.VBox([
            paragraph(_("Choose whom to test the new way of working with. Most teams in the pilot chose young "
                        "adults.")),
            self.young_adults, *controls,
            self.count_label if count is not None else self.typed_count,
        ])
        self.refresh()

    def _young_adults(self) -> None:
        self.age_min.value, self.age_max.value = (str(age) for age in YOUNG_ADULTS)

    def _age(self, field: ipywidgets.Text) -> int | None:
        return parse_count(field.value, field="age", label=field.description) if field.value.strip() else None

    @property
    def filters(self) -> TargetFilters:
        return TargetFilters(age_min=self._age(self.age_min), age_max=self._age(self.age_max),
                             sexes=tuple(self.sexes.value), reason_groups=tuple(self.reasons.value),
                             min_months=self.months.value, insats=self.insats.value)

    @property
    def count(self) -> int:
        if self._count is not None:
            return self._count(self.filters)
        return parse_count(self.typed_count.value, field="target_count", label=self.typed_count.description)

    def refresh(self) -> None:
        if self._count is None:
            return
        filters = self.filters
        count = self._count(filters)
        share = format_number(100 * count / self._total, 1) if self._total else "0"
        sentence = _("in the target group ({share} % of all {total}): {description}").format(
            share=share, total=format_number(self._total), description=filters.description)
        self.count_label.value = (f'<p role="status" aria-live="polite"><strong>{format_number(count)}</strong> '
                                  f"{text(sentence)}</p>")
