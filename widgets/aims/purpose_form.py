"""Purpose: why first, then how and what (the golden circle); and the object of the work."""

from __future__ import annotations

import ipywidgets

from widgets.aims.inputs import text_area
from widgets.autosave import Autosave
from widgets.components.fields import heading, paragraph
from workshop.aims import PURPOSE, PurposeDetails, get_purpose, save_purpose, with_target_group
from workshop.i18n import _
from workshop.inventory import TargetGroup


class PurposeForm:
    def __init__(self, page, target_group: TargetGroup | None) -> None:
        self.page = page
        self.purpose = get_purpose(page.store, page.session.team_id)
        shown = with_target_group(self.purpose.details, target_group)
        self.fields = {field.name: text_area(_(field.label), getattr(shown, field.name)) for field in PURPOSE}
        self.autosave = Autosave(self._save)
        for field in self.fields.values():
            field.observe(page.guard(self.autosave.changed), names="value")
        circle = [self.fields[name] for name in ("why", "how", "what")]
        object_of_work = [self.fields[name] for name in ("for_whom", "need", "goal")]
        self.widget = ipywidgets.VBox([
            heading(_("Purpose: why – how – what")),
            paragraph(_("Answer why first: a shared why keeps the work going when people change.")),
            *circle,
            heading(_("The object of the work"), level=4),
            paragraph(_("For whom you work, which need lies behind it, and which goal you share.")),
            *object_of_work,
            self.autosave.status,
        ])

    def details(self) -> PurposeDetails:
        return PurposeDetails(**{name: field.value for name, field in self.fields.items()})

    def _save(self) -> None:
        session = self.page.session
        self.purpose = save_purpose(self.page.store, session.team_id, self.details(),
                                    expected_version=self.purpose.version, actor=session.actor)
