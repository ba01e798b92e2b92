"""Uploading an export: the file input, the sheet choice, the inventory date and a progress bar."""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets

from widgets.components.fields import choice_field, date_field, html, paragraph
from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.inventory.files import EXTENSIONS, size_limit_message, upload_limit_mb

READ_MARK = {"name": "", "type": "", "size": 0, "content": memoryview(b""),
             "last_modified": dt.datetime(1970, 1, 1, tzinfo=dt.UTC)}
"""Stands in the upload's value for a file that was read: the button counts "(1)", no bytes or name kept."""


def _too_large_notice(limit_mb: int) -> str:
    """An empty live region beside the upload button: the page template fills it with the message, and sends
    nothing, when the chosen file is over the limit (Voilà would drop such a message without a word)."""
    message = _("The file is too large (at most {limit} MB).").format(limit=limit_mb)
    return (f'<div class="gk-upload-too-large" role="alert" '
            f'data-max-bytes="{limit_mb * 1024 * 1024}" data-message="{escape(message)}"></div>')


class UploadSection:
    """Reads the uploaded file, then forgets its bytes (the upload's value is emptied at once, and holds
    :data:`READ_MARK` once the file was read, so the button's count says a file was read)."""

    def __init__(self, page, view) -> None:
        self.view = view
        guard = page.guard
        self.upload = ipywidgets.FileUpload(accept=",".join(EXTENSIONS), multiple=False,
                                            description=_("Choose the export file"),
                                            layout=ipywidgets.Layout(width="auto"))
        self.upload.observe(guard(self._uploaded), names="value")
        self.sheet = choice_field(_("Sheet"), [])
        self.sheet.layout = ipywidgets.Layout(width="640px", display="none")  # its own: the shown one is shared
        self.sheet.observe(guard(self._sheet_chosen), names="value")
        self.date = date_field(_("Inventory date"), dt.date.today())
        self.date.observe(guard(lambda _change: view.recount()), names="value")
        self.too_large = html(_too_large_notice(upload_limit_mb()))
        self.progress = ipywidgets.FloatProgress(value=0, min=0, max=1, description=_("Reading"),
                                                 layout=ipywidgets.Layout(display="none"))
        self._data: bytes | None = None
        self._name = ""
        self._marking = False
        self.widget = ipywidgets.VBox([
            paragraph(_("Upload the list from your case-management system (CSV, TXT, XLSX, XLS or ODS, at most "
                        "{limit} MB). Personal identity numbers and names are removed as soon as the file is "
                        "read and are never saved; only counts are kept.").format(limit=upload_limit_mb())),
            self.date, self.upload, self.too_large, self.progress, self.sheet,
        ])

    @property
    def inventory_date(self) -> dt.date:
        day = self.date.date
        if day is None:
            raise InvalidInput(_("Choose the inventory date."), field="inventory_date")
        return day

    def _show_progress(self, fraction: float, _stage: str) -> None:
        self.progress.value = fraction

    def _uploaded(self, change) -> None:
        files = change["new"]
        if not files or self._marking:
            return
        chosen = files[0]
        self._data, self._name = bytes(chosen["content"]), chosen["name"]
        self.upload.value = ()  # the kernel keeps no copy of the file in a widget
        self._read(None)

    def _sheet_chosen(self, change) -> None:
        export = self.view.export
        if change["new"] and self._data is not None and export is not None and change["new"] != export.sheet:
            self._read(change["new"])

    def _read(self, sheet: str | None) -> None:
        from workshop.inventory import read_export

        if len(self._data) > upload_limit_mb() * 1024 * 1024:
            self._data = None
            raise InvalidInput(size_limit_message(upload_limit_mb()), field="file")
        self.progress.layout.display = ""
        try:
            export = read_export(self._data, self._name, sheet=sheet, progress=self._show_progress,
                                 today=self.inventory_date)
        finally:
            self.progress.layout.display = "none"
        if not export.sheets or len(export.sheets) < 2:
            self._data = None  # nothing more to read from it
        self._mark_read()
        self.view.read(export)
        self.sheet.options = [(name, name) for name in export.sheets]
        self.sheet.value = export.sheet
        self.sheet.layout.display = "" if len(export.sheets) > 1 else "none"

    def _mark_read(self) -> None:
        self._marking = True
        try:
            self.upload.value = (READ_MARK,)
        finally:
            self._marking = False
