"""Typing an inventory by hand, for teams whose system gives no export: counts only."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, paragraph, section
from widgets.inventory.target import TargetChooser
from workshop.i18n import _
from workshop.inventory import manual_inventory
from workshop.inventory.bands import AGE_BANDS, DURATION_BANDS, UNKNOWN, age_label, duration_label
from workshop.inventory.dimensions import SEXES, sex_label
from workshop.inventory.manual import parse_count
from workshop.inventory.reasons import ReasonGroup

INSATS_LINES = 4
_CELL = ipywidgets.Layout(width="110px")


def _cell(label: str) -> ipywidgets.Text:
    # The full label stays tied to the field for screen readers; the grid's headings show it to the eye.
    return ipywidgets.Text(description=label, tooltip=label, placeholder="0", continuous_update=False, layout=_CELL,
                           style={"description_width": "0px"})


def _count(field: ipywidgets.Text) -> int:
    return parse_count(field.value, field="count", label=field.description)


class ManualSection:
    def __init__(self, page, view) -> None:
        self.view = view
        guard = page.guard
        bands = [*AGE_BANDS.keys, UNKNOWN]
        self.age_sex = {(band, sex): _cell(f"{age_label(band)}, {sex_label(sex)}") for band in bands
                        for sex in SEXES}
        header = ipywidgets.HBox([ipywidgets.Label(_("Age"), layout=_CELL),
                                  *(ipywidgets.Label(sex_label(sex), layout=_CELL) for sex in SEXES)])
        grid = [header] + [ipywidgets.HBox([ipywidgets.Label(age_label(band), layout=_CELL),
                                            *(self.age_sex[band, sex] for sex in SEXES)]) for band in bands]
        self.reasons = {group.value: self._labelled(group.label)
                        for group in ReasonGroup if group is not ReasonGroup.NOT_STATED}
        self.durations = {key: self._labelled(duration_label(key)) for key in DURATION_BANDS.keys}
        self.insatser = [(ipywidgets.Text(description=_("Insats {number}").format(number=number),
                                          continuous_update=False, style={"description_width": "220px"}),
                          self._labelled(_("Number with insats {number}").format(number=number)))
                         for number in range(1, INSATS_LINES + 1)]
        self.without_insats = self._labelled(_("Number without any insats"))
        self.target = TargetChooser(guard, None, 0)
        self.save = button(_("Save the typed inventory"), primary=True)
        self.save.on_click(guard(lambda _button: self._save()))
        self.widget = section(
            _("Type the numbers instead"),
            paragraph(_("For teams whose system gives no export: type how many clients you have in each group. "
                        "Empty fields count as 0. What the other tables leave out counts as not stated.")),
            *grid,
            paragraph(_("Reason (main group)")), *self.reasons.values(),
            paragraph(_("Time since case opening")), *self.durations.values(),
            paragraph(_("Ongoing insatser")), *(ipywidgets.HBox(list(line)) for line in self.insatser),
            self.without_insats,
            paragraph(_("Target group")), self.target.widget, self.save)

    @staticmethod
    def _labelled(label: str) -> ipywidgets.Text:
        return ipywidgets.Text(description=label, placeholder="0", continuous_update=False,
                               style={"description_width": "220px"})

    def inventory(self):
        named = {name.value: _count(count) for name, count in self.insatser if name.value.strip()}
        without = self.without_insats.value.strip()
        return manual_inventory(
            self.view.upload.inventory_date,
            age_sex={key: _count(field) for key, field in self.age_sex.items()},
            reasons={key: parse_count(field.value, field="reasons", label=field.description)
                     for key, field in self.reasons.items()},
            durations={key: parse_count(field.value, field="durations", label=field.description)
                       for key, field in self.durations.items()},
            insatser=named,
            without_insats=parse_count(without, field="without_insats", label=self.without_insats.description)
            if without else None)

    def _save(self) -> None:
        self.view.save(self.inventory(), self.target.filters, self.target.count)
