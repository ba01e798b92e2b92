"""Backup and move: a team's whole workspace (or a collaborative's) in one file, imported elsewhere after a preview.

>>> backup_file = export_team(store, team_id)              # GeneratedFile: sakerhetskopia-<team>-<date>.genombrott.zip
>>> backup = read_backup(backup_file.content)              # checked; refuses a damaged, newer or foreign file
>>> preview(backup).lines()                                # what it holds, made when, by which version
>>> existing_name(other_store, backup, collaborative_id)    # a team of that name is already there?
>>> import_backup(other_store, backup, collaborative_id=collaborative_id, as_new=True, actor="facilitator:1")

The file format is described in docs/backup.md.
"""

from workshop.backup.dumping import export_collaborative, export_team
from workshop.backup.format import Kind
from workshop.backup.preview import Preview, preview
from workshop.backup.reading import Backup, read_backup, read_backup_file
from workshop.backup.refusals import BackupRefused, NameTaken
from workshop.backup.restoring import Imported, existing_name, import_backup

__all__ = [
    "Backup",
    "BackupRefused",
    "Imported",
    "Kind",
    "NameTaken",
    "Preview",
    "existing_name",
    "export_collaborative",
    "export_team",
    "import_backup",
    "preview",
    "read_backup",
    "read_backup_file",
]
