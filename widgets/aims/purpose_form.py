"""Purpose: why first, then how and what (the golden circle); and the object of the work."""

from __future__ import annotations

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import heading, paragraph
from widgets.components.record_form import RecordForm
from workshop.aims import PURPOSE, PurposeDetails, get_purpose, save_purpose, with_target_group
from workshop.i18n import _


class PurposeForm:
    def __init__(self, view) -> None:
        self.view = view
        self.purpose = get_purpose(view.store, view.team_id)
        shown = with_target_group(self.purpose.details, view.target_group)
        self.autosave = Autosave(self._save)
        self.fields = RecordForm(PURPOSE, shown, changed=view.page.guard(self.autosave.changed))
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
        self.purpose = save_purpose(self.view.store, self.view.team_id, self.details(),
                                    expected_version=self.purpose.version, actor=self.view.actor)
