"""Step 2's view: the three questions, each a section with its forms, built from the store."""

from __future__ import annotations

import datetime as dt

from widgets.aims import texts
from widgets.aims.aim_builder import AimBuilder
from widgets.aims.diagram_view import DiagramView
from widgets.aims.driver_editor import DriverEditor
from widgets.aims.measures_section import MeasuresSection
from widgets.aims.purpose_form import PurposeForm
from widgets.components.fields import html, section
from widgets.page import Page
from workshop.aims import team_target_group
from workshop.i18n import _

STYLE = """<style>
.gk-pick tbody td { width: 22em; }
.gk-aim-sentence { font-size: 1.15em; background: var(--gk-color-paler); padding: 0.5em 0.8em;
  border-radius: var(--gk-radius); }
</style>"""


class AimsView:
    """Each part reaches the page itself; a part that shows what another saved follows the page's SAVED."""

    def __init__(self, page: Page, *, today: dt.date | None = None) -> None:
        target_group = team_target_group(page.store, page.session.team_id)
        self.purpose = PurposeForm(page, target_group)
        self.aim = AimBuilder(page, target_group, today or dt.date.today())
        self.diagram = DiagramView(page)
        self.measures = MeasuresSection(page, target_group)
        self.drivers = DriverEditor(page)
        self.children = [
            html(STYLE),
            texts.introduction(),
            section(_("1. What are we trying to accomplish?"), texts.question_aim(), self.purpose.widget,
                    self.aim.widget),
            section(_("2. How will we know that a change is an improvement?"), texts.question_measures(),
                    self.measures.widget),
            section(_("3. What changes can we make that will result in improvement?"), texts.question_changes(),
                    self.drivers.widget, self.diagram.widget),
        ]
