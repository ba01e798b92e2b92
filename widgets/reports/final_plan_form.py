"""The final report's own texts: how the team keeps the changes going, and what it tells other units.

The form saves shortly after each edit and on the button; a save by a colleague
in between is refused as a conflict, and what this person typed stays on screen.
"""

from __future__ import annotations

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.conflict import conflict_choices
from widgets.components.fields import button, html, paragraph, section, sent_as_typed
from workshop.errors import EditConflict
from workshop.i18n import _
from workshop.reports.records.final_plan import FINAL_PLAN, FinalPlanDetails, get_final_plan, save_final_plan
from workshop.store.records import Field

# The questions are longer than the usual label column: each stands above its box, whole.
_STACKED_STYLE = """<style>
.gk-stacked-label { flex-direction: column; align-items: flex-start; height: auto; }
.gk-stacked-label > label.widget-label { width: auto; max-width: 760px; white-space: normal; text-align: left;
  margin: 0.6em 0 0.3em 0; }
</style>"""


def plan_text(field: Field, value: str) -> ipywidgets.Textarea:
    """One of the plan's texts: its question as the label, above the box, and an example until the team writes."""
    example = _(field.placeholder) if field.placeholder else ""
    area = ipywidgets.Textarea(value=value, description=_(field.label), placeholder=example, rows=5,
                               style={"description_width": "initial"}, layout=ipywidgets.Layout(width="760px"))
    area.add_class("gk-stacked-label")
    return area


class FinalPlanForm:
    def __init__(self, page, store, team_id: int) -> None:
        self.page, self.store, self.team_id = page, store, team_id
        self.record = ("final_plan", team_id)  # its version read or saved lives in page.state
        self.editor_box = ipywidgets.VBox()
        self.show()
        self.widget = section(
            _("Plan for continuing (for the final report)"),
            paragraph(_("In the pilot every team ended with a final report that also held the plan for continuing "
                        "the work after the collaborative. The managers' fifth step is to tell other units what is "
                        "being tested and to invite them to work together. Write the plan here: the final report "
                        "takes these texts as they are, and everything else from what the team has recorded.")),
            html(_STACKED_STYLE), self.editor_box,
        )

    def show(self) -> None:
        """The plan as stored now; what was on screen is replaced."""
        plan = get_final_plan(self.store, self.team_id)
        self.page.state.remember_version(self.record, plan.version)
        self.texts = {field.name: plan_text(field, getattr(plan, field.name)) for field in FINAL_PLAN}
        self.autosave = Autosave(self.save)
        sent_as_typed(*self.texts.values())
        for area in self.texts.values():
            area.observe(self.page.guard(self.autosave.changed), names="value")
        self.save_button = button(_("Save the plan"), primary=True)
        self.save_button.on_click(self.page.guard(lambda _button: self.autosave.save_now()))
        self.conflict_box = ipywidgets.VBox()
        self.editor_box.children = [*self.texts.values(), self.save_button, self.autosave.status, self.conflict_box]

    def details(self) -> FinalPlanDetails:
        return FinalPlanDetails(**{name: area.value for name, area in self.texts.items()})

    def save(self) -> None:
        try:
            saved = save_final_plan(self.store, self.team_id, self.details(),
                                    expected_version=self.page.state.version(self.record),
                                    actor=self.page.session.actor)
        except EditConflict:
            # What the person typed stays; they keep theirs over the colleague's, or see the colleague's.
            self.conflict_box.children = [conflict_choices(self.page.guard, self._keep_mine, self.show)]
            raise
        self.page.state.remember_version(self.record, saved.version)
        self.conflict_box.children = []

    def _keep_mine(self) -> None:
        self.page.state.remember_version(self.record, get_final_plan(self.store, self.team_id).version)
        self.autosave.save_now()


def final_plan_form(page, store, team_id: int) -> ipywidgets.Widget:
    """The plan for continuing of ``team_id`` for the reports page (``page`` guards callbacks)."""
    return FinalPlanForm(page, store, team_id).widget
