"""Question 2: the team's measures, hints about what is missing, and the form."""

from __future__ import annotations

import ipywidgets

from widgets.aims.measure_form import MeasureForm
from widgets.components.fields import button, heading, html, paragraph, text
from widgets.page_state import SAVED
from workshop.i18n import _, format_number
from workshop.improvement import Measure, list_measures, measure_hints, set_measure_removed
from workshop.inventory import TargetGroup


class MeasuresSection:
    def __init__(self, page, target_group: TargetGroup | None) -> None:
        self.page, self.target_group = page, target_group
        self.hints = html("")
        self.list_box = ipywidgets.VBox()
        self.undo_box = ipywidgets.VBox()
        self.form = MeasureForm(page, self)
        self.widget = ipywidgets.VBox([heading(_("Your measures")), self.hints, self.undo_box, self.list_box,
                                       self.form.widget])
        self.refresh()
        page.state.subscribe(self.form.refresh_links, SAVED)  # a driver saved in the editor can be chosen

    def refresh(self) -> None:
        measures = list_measures(self.page.store, self.page.session.team_id)
        hints = measure_hints(measures)
        self.hints.value = "".join(
            f'<div class="gk-message gk-message-info" data-hint="{hint.code}"><span aria-hidden="true">ℹ</span> '
            f"{text(hint.message)}</div>" for hint in hints)
        if not measures:
            self.list_box.children = [paragraph(_("No measures yet. Add the first one with the form below."))]
            return
        self.list_box.children = [self._row(measure) for measure in measures]

    def _row(self, measure: Measure) -> ipywidgets.Widget:
        target = "" if measure.target_value is None else _("target {value}").format(
            value=format_number(measure.target_value))
        summary = " · ".join(part for part in (measure.kind.label, measure.unit.label, measure.frequency.label,
                                               target) if part)
        edit = button(_("Change “{name}”").format(name=measure.name))
        edit.on_click(self.page.guard(lambda _button: self.form.load(measure)))
        remove = button(_("Remove “{name}”").format(name=measure.name))
        remove.on_click(self.page.guard(lambda _button: self._remove(measure)))
        row = ipywidgets.VBox([html(f"<p><strong>{text(measure.name)}</strong><br>"
                                    f'<span class="gk-muted">{text(summary)}</span></p>'),
                               ipywidgets.HBox([edit, remove])])
        row.add_class("gk-measure")
        return row

    def measure_saved(self, measure: Measure) -> None:
        self.form.load(None)
        self.refresh()
        # Said last: whoever reads it finds the form already empty for the next measure.
        self.page.say(_("The measure “{name}” is saved.").format(name=measure.name), "success")

    def _remove(self, measure: Measure) -> None:
        session = self.page.session
        removed = set_measure_removed(self.page.store, session.team_id, measure.id, True,
                                      expected_version=measure.version, actor=session.actor)
        undo = button(_("Undo"))
        undo.on_click(self.page.guard(lambda _button: self._undo(removed)))
        self.undo_box.children = [ipywidgets.HBox([
            paragraph(_("The measure “{name}” is removed.").format(name=measure.name)), undo])]
        if self.form.measure is not None and self.form.measure.id == measure.id:
            self.form.load(None)
        self.refresh()

    def _undo(self, removed: Measure) -> None:
        session = self.page.session
        set_measure_removed(self.page.store, session.team_id, removed.id, False, expected_version=removed.version,
                            actor=session.actor)
        self.undo_box.children = []
        self.refresh()
