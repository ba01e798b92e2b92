"""Purpose: why first, then how and what (the golden circle); and the object of the work."""

from __future__ import annotations

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import heading, paragraph
from widgets.components.record_form import RecordForm
from workshop.aims import PURPOSE, PurposeDetails, get_purpose, save_purpose, with_target_group
from workshop.i18n import _
from workshop.inventory import TargetGroup


class PurposeForm:
    def __init__(self, page, target_group: TargetGroup | None) -> None:
        self.page = page
        self.purpose = get_purpose(page.store, page.session.team_id)
        shown = with_target_group(self.purpose.details, target_group)
        self.autosave = Autosave(self._save)
        self.fields = RecordForm(PURPOSE, shown, changed=page.guard(self.autosave.changed))
        self.widget = ipywidgets.VBox([
            heading(_("Purpose: why – how – what")),
            paragraph(_("Answer why first: a shared why keeps the work going when people change.")),
            *self.fields.shown("why", "how", "what"),
            heading(_("The object of the work"), level=4),
            paragraph(_("For whom you work, which need lies behind it, and which goal you share.")),
            *self.fields.shown("for_whom", "need", "goal"),
            self.autosave.status,
        ])

    def details(self) -> PurposeDetails:
        return self.fields.value()

    def _save(self) -> None:
        session = self.page.session
        self.purpose = save_purpose(self.page.store, session.team_id, self.details(),
                                    expected_version=self.purpose.version, actor=session.actor)
