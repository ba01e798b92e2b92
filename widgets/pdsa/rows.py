"""A list of rows of fields (questions, tasks) with add and remove buttons; every edit is reported."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets

from widgets.components.fields import button, sent_as_typed


class EditableRows:
    """Rows built by ``build(number, item)``: objects with ``.widgets`` and ``.item()``.

    ``changed()`` is called after every edit; removing a row rebuilds the rest so their numbers stay right.
    """

    def __init__(self, page, items, *, build: Callable, add_label: str, remove_label: str,
                 changed: Callable[[], None]) -> None:
        self.page, self._build, self._remove_label, self._changed = page, build, remove_label, changed
        self.rows = []
        self.box = ipywidgets.VBox()
        self.add_button = button(add_label)
        self.add_button.on_click(page.guard(lambda _button: self._add()))
        for item in items:
            self._append(item)
        self._redraw()
        self.widget = ipywidgets.VBox([self.box, self.add_button])

    def _append(self, item) -> None:
        row = self._build(len(self.rows) + 1, item)
        sent_as_typed(*row.widgets)
        for field in row.widgets:
            field.observe(self.page.guard(lambda _change: self._changed()), names="value")
        self.rows.append(row)

    def _line(self, index: int) -> ipywidgets.VBox:
        remove = button(self._remove_label.format(number=index + 1))
        remove.on_click(self.page.guard(lambda _button: self._remove(index)))
        line = ipywidgets.VBox([*self.rows[index].widgets, remove])
        line.add_class("gk-section")
        return line

    def _redraw(self) -> None:
        self.box.children = [self._line(index) for index in range(len(self.rows))]

    def _add(self) -> None:
        # Only the new row is drawn: the rows above keep their place (and what is being typed in them).
        self._append(None)
        self.box.children = (*self.box.children, self._line(len(self.rows) - 1))

    def items(self) -> list:
        return [row.item() for row in self.rows]

    def _remove(self, index: int) -> None:
        kept = [item for position, item in enumerate(self.items()) if position != index]
        self.rows = []
        for item in kept:
            self._append(item)
        self._redraw()
        self._changed()
