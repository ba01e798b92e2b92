"""Several choices as labelled checkboxes: usable with the keyboard (Tab, Space) and without holding Ctrl."""

from __future__ import annotations

import ipywidgets
import traitlets


class CheckboxGroup(ipywidgets.HBox):
    """A label on the left, as beside the other fields, and one checkbox per option.

    ``value`` is the tuple of the chosen values in option order, like ``SelectMultiple``'s: it can be
    observed and set.
    """

    value = traitlets.Tuple()

    def __init__(self, label: str, options: list[tuple[str, object]], value=()) -> None:
        self.options = [option for _text, option in options]
        self.boxes = [ipywidgets.Checkbox(value=option in value, description=text, indent=False,
                                          layout=ipywidgets.Layout(width="auto"))
                      for text, option in options]
        self.label = ipywidgets.Label(label, layout=ipywidgets.Layout(width="220px", justify_content="flex-end"))
        self._setting = False
        super().__init__([self.label, ipywidgets.VBox(self.boxes)], value=self._ticked())
        self.add_class("gk-checkbox-group")
        for box in self.boxes:
            box.observe(self._box_changed, names="value")
        self.observe(self._value_set, names="value")

    def _ticked(self) -> tuple:
        return tuple(option for option, box in zip(self.options, self.boxes, strict=True) if box.value)

    def _box_changed(self, _change) -> None:
        if not self._setting:
            self.value = self._ticked()

    def _value_set(self, change) -> None:
        """Tick the boxes of a value set from code; ``value`` keeps option order."""
        chosen = set(change["new"])
        self._setting = True
        try:
            for option, box in zip(self.options, self.boxes, strict=True):
                box.value = option in chosen
        finally:
            self._setting = False
        self.value = self._ticked()
