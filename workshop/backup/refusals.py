"""Why a backup file is refused, in words a social worker can act on.

Each refusal is an :class:`InvalidInput`: the page shows it as it is, and the
database is left exactly as it was. No message repeats the file's content.
"""

from __future__ import annotations

from workshop.errors import DuplicateName, InvalidInput
from workshop.i18n import _

FIELD = "backup"


class BackupRefused(InvalidInput):
    """The file cannot be imported; nothing was changed."""


def not_a_backup() -> BackupRefused:
    return BackupRefused(_("This file is not a backup from the kit. Choose a file whose name ends in "
                           ".genombrott.zip. Nothing was imported."), field=FIELD)


def damaged() -> BackupRefused:
    return BackupRefused(_("The backup file is damaged or incomplete (it may have been cut off while it was "
                           "copied). Nothing was imported. Copy the file again, or make a new backup."), field=FIELD)


def too_large(limit_mb: int) -> BackupRefused:
    return BackupRefused(_("The file is larger than {limit} MB, which is the most the kit reads here. "
                           "Nothing was imported.").format(limit=limit_mb), field=FIELD)


def unpacks_too_large() -> BackupRefused:
    return BackupRefused(_("The file unpacks to far more than a backup of the kit can hold, so it was not "
                           "opened. Nothing was imported."), field=FIELD)


def changed_after_made() -> BackupRefused:
    return BackupRefused(_("The backup file has been changed after it was made, so it cannot be trusted. "
                           "Nothing was imported. Use the file as the kit made it."), field=FIELD)


def newer_kit() -> BackupRefused:
    return BackupRefused(_("The backup was made by a newer version of the kit. Update the kit here first, "
                           "then import the backup again. Nothing was imported."), field=FIELD)


def unknown_content(where: str) -> BackupRefused:
    return BackupRefused(_("The backup holds something the kit does not recognise ({where}); it may have been "
                           "edited by hand. Nothing was imported.").format(where=where), field=FIELD)


def in_table(table: str, column: str | None = None) -> str:
    """Where in the file a problem is, for :func:`unknown_content`."""
    if column is None:
        return _("table {table}").format(table=table)
    return _("table {table}, column {column}").format(table=table, column=column)


class NameTaken(DuplicateName):
    """The backup's team or collaborative already exists here: import it as a new one, or cancel."""


def team_exists(name: str) -> NameTaken:
    return NameTaken(_("There is already a team called “{name}” in this collaborative. Import the backup as a "
                       "new team, or cancel. Nothing was overwritten.").format(name=name), field=FIELD)


def collaborative_exists(name: str) -> NameTaken:
    return NameTaken(_("There is already a collaborative called “{name}”. Import the backup as a new "
                       "collaborative, or cancel. Nothing was overwritten.").format(name=name), field=FIELD)
