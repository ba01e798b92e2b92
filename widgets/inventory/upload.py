"""Uploading an export: the file input, the sheet choice, the inventory date and a progress bar."""

from __future__ import annotations

import datetime as dt

import ipywidgets

from widgets.components.fields import choice_field, date_field, paragraph
from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.inventory.files import EXTENSIONS, size_limit_message, upload_limit_mb


class UploadSection:
    """Reads the uploaded file, then forgets its bytes (the upload's value is emptied at once)."""

    def __init__(self, view) -> None:
        self.view = view
        guard = view.page.guard
        self.upload = ipywidgets.FileUpload(accept=",".join(EXTENSIONS), multiple=False,
                                            description=_("Choose the export file"),
                                            layout=ipywidgets.Layout(width="auto"))
        self.upload.observe(guard(self._uploaded), names="value")
        self.sheet = choice_field(_("Sheet"), [])
        self.sheet.layout = ipywidgets.Layout(width="640px", display="none")  # its own: the shown one is shared
        self.sheet.observe(guard(self._sheet_chosen), names="value")
        self.date = date_field(_("Inventory date"), dt.date.today())
        self.date.observe(guard(lambda _change: view.recount()), names="value")
        self.progress = ipywidgets.FloatProgress(value=0, min=0, max=1, description=_("Reading"),
                                                 layout=ipywidgets.Layout(display="none"))
        self._data: bytes | None = None
        self._name = ""
        self.widget = ipywidgets.VBox([
            paragraph(_("Upload the list from your case-management system (CSV, TXT, XLSX, XLS or ODS, at most "
                        "{limit} MB). Personal identity numbers and names are removed as soon as the file is "
                        "read and are never saved; only counts are kept.").format(limit=upload_limit_mb())),
            self.date, self.upload, self.progress, self.sheet,
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
        if not files:
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
        self.view.read(export)
        self.sheet.options = [(name, name) for name in export.sheets]
        self.sheet.value = export.sheet
        self.sheet.layout.display = "" if len(export.sheets) > 1 else "none"
