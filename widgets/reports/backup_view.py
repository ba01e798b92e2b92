"""Backup and move: a team saves its whole workspace in one file; a facilitator saves the whole collaborative
and imports a backup after seeing what it holds.

The uploaded file's bytes are read at once and the upload emptied; only the
checked backup waits, in the kernel, for the person's choice.
"""

from __future__ import annotations

import ipywidgets

from widgets.components.download import file_link, fits_in_link
from widgets.components.fields import button, heading, html, paragraph, section, text
from widgets.components.messages import MessageArea
from widgets.errors import guarded
from workshop.backup import (
    Backup,
    Kind,
    existing_name,
    export_collaborative,
    export_team,
    import_backup,
    preview,
    read_backup,
    refusals,
)
from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.inventory.files import upload_limit_mb
from workshop.reports import GeneratedFile
from workshop.session import Role


class BackupSection:
    def __init__(self, page) -> None:
        self.page = page
        self.messages = MessageArea()
        self.guard = guarded(self.messages.show)
        self.link = html("")
        self.backup: Backup | None = None
        explanation = paragraph(_("A backup holds everything saved here, with its history, in one file: to keep, "
                                  "or to move the work to another installation of the kit. It holds the "
                                  "inventory's counts as they are (also those under 5), so keep it as carefully "
                                  "as the database itself."))
        importing = self._import_part() if page.session.role is Role.FACILITATOR else []
        self.widget = section(_("Backup"), explanation, *self._download_buttons(), self.link, *importing,
                              self.messages.widget)

    def _download_buttons(self) -> list[ipywidgets.Button]:
        """The team's backup when a team is in view; the whole collaborative's for its facilitator."""
        buttons = []
        if self.page.session.team_id is not None:
            self.team_button = button(_("Download a backup"), primary=self.page.session.role is Role.TEAM)
            self.team_button.on_click(self.guard(
                lambda _button: self._offer(export_team(self.page.store, self.page.session.team_id))))
            buttons.append(self.team_button)
        if self.page.session.role is Role.FACILITATOR:
            self.collaborative_button = button(_("Download a backup of the whole collaborative"))
            self.collaborative_button.on_click(self.guard(
                lambda _button: self._offer(export_collaborative(self.page.store, self.page.session.collaborative_id))))
            buttons.append(self.collaborative_button)
        return buttons

    def _import_part(self) -> list[ipywidgets.Widget]:
        self.upload = ipywidgets.FileUpload(accept=".zip", multiple=False,
                                            description=_("Choose a backup file"),
                                            layout=ipywidgets.Layout(width="auto", align_self="flex-start"))
        self.upload.observe(self.guard(self._uploaded), names="value")
        self.preview = html("")
        self.import_button = button(_("Import"), primary=True)
        self.import_button.on_click(self.guard(lambda _button: self._import(as_new=False)))
        self.import_new_button = button("", primary=True)
        self.import_new_button.on_click(self.guard(lambda _button: self._import(as_new=True)))
        self.cancel_button = button(_("Cancel"))
        self.cancel_button.on_click(self.guard(lambda _button: self._cancel()))
        self.choices = ipywidgets.HBox()
        return [heading(_("Import a backup")),
                paragraph(_("A team's backup becomes a team of this collaborative; a collaborative's backup becomes "
                            "a collaborative of its own. You see what the file holds before anything is imported, "
                            "and nothing here is ever overwritten (at most {limit} MB).").format(
                                limit=upload_limit_mb())),
                self.upload, self.preview, self.choices]

    def _offer(self, made: GeneratedFile) -> None:
        self.messages.clear()
        if not fits_in_link(made):
            raise InvalidInput(_("The backup is too large to download here. Make it on the command line: "
                                 "workshop backup export."))
        self.link.value = file_link(made)

    def _uploaded(self, change) -> None:
        if not change["new"]:
            return
        content = bytes(change["new"][0]["content"])
        self.upload.value = ()  # the kernel keeps no copy of the file in a widget
        self._cancel()
        if len(content) > upload_limit_mb() * 1024 * 1024:
            raise refusals.too_large(upload_limit_mb())
        backup = read_backup(content)
        taken = existing_name(self.page.store, backup, self._target(backup))
        self.backup = backup
        shown = preview(backup)
        summary = "".join(f"<p>{text(line)}</p>" for line in shown.summary())
        counts = "".join(f"<li>{text(line)}</li>" for line in shown.count_lines())
        self.preview.value = (f'<div role="status">{summary}<ul class="gk-columns">{counts}</ul>'
                              f"{self._taken_markup(backup.kind, taken)}</div>")
        self.import_new_button.description = (_("Import as a new team") if backup.kind is Kind.TEAM
                                              else _("Import as a new collaborative"))
        self.choices.children = [self.import_new_button if taken else self.import_button, self.cancel_button]

    @staticmethod
    def _taken_markup(kind: Kind, taken: str | None) -> str:
        if not taken:
            return ""
        words = (_("There is already a team called “{name}” in this collaborative.") if kind is Kind.TEAM
                 else _("There is already a collaborative called “{name}”.")).format(name=taken)
        return f"<p><strong>⚠ {text(words)}</strong></p>"

    def _target(self, backup: Backup) -> int | None:
        return self.page.session.collaborative_id if backup.kind is Kind.TEAM else None

    def _import(self, *, as_new: bool) -> None:
        if self.backup is None:
            return
        imported = import_backup(self.page.store, self.backup, collaborative_id=self._target(self.backup),
                                 as_new=as_new, actor=self.page.session.actor)
        if imported.kind is Kind.TEAM:
            done = _("The team “{name}” was imported into this collaborative. It keeps its code: the team opens "
                     "it from the Start page with the same code as before.").format(name=imported.name)
        else:
            done = _("The collaborative “{name}” was imported. Open it from the Start page with its facilitator "
                     "code.").format(name=imported.name)
        self.page.navigate(self.page.session, message=done)  # the page shows the collaborative as it is now

    def _cancel(self) -> None:
        self.backup = None
        self.preview.value = ""
        self.choices.children = []
        self.messages.clear()


def backup_section(page) -> ipywidgets.Widget:
    """The backup section of a page for its session (team or facilitator); an import re-renders ``page``."""
    return BackupSection(page).widget
