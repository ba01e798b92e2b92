"""The team's expectations and notes (the pilot's preparatory task), saved as the team types."""

from __future__ import annotations

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import paragraph, section, sent_as_typed
from workshop.i18n import _
from workshop.inventory import InventoryNotes, get_notes, save_notes

_WIDE = ipywidgets.Layout(width="640px", height="110px")
_LABEL_STYLE = {"description_width": "220px"}


class NotesSection:
    def __init__(self, page) -> None:
        self.page = page
        self.saved = get_notes(page.store, page.session.team_id)
        self.autosave = Autosave(self._save)
        self.expectations = ipywidgets.Textarea(value=self.saved.expectations, description=_("Expectations"),
                                                layout=_WIDE, style=_LABEL_STYLE)
        self.notes = ipywidgets.Textarea(value=self.saved.notes, description=_("Notes"), layout=_WIDE,
                                         style=_LABEL_STYLE)
        sent_as_typed(self.expectations, self.notes)
        for field in (self.expectations, self.notes):
            field.observe(page.guard(self.autosave.changed), names="value")
        self.widget = section(
            _("Expectations and notes"),
            paragraph(_("What do you expect of the work, and what did the inventory teach you? Never write "
                        "anything that identifies a client.")),
            self.expectations, self.notes, self.autosave.status)

    def _save(self) -> None:
        session = self.page.session
        self.saved = save_notes(self.page.store, session.team_id,
                                InventoryNotes(self.expectations.value, self.notes.value, self.saved.version),
                                actor=session.actor)
