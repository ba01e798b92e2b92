"""Entering a measure's points: the editable table, one new point, a pasted block, a CSV file, exclusions."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import (
    button,
    choice_field,
    field_row,
    heading,
    html,
    paragraph,
    section,
    sent_as_typed,
    sentence_field,
    text,
    text_field,
)
from workshop.i18n import _, format_number
from workshop.results import (
    MeasureSeries,
    Point,
    PointEntry,
    parse_csv,
    parse_pasted,
    remove_point,
    save_points,
    set_point_excluded,
    uses_denominator,
)
from workshop.results.paste import columns_wanted
from workshop.results.periods import example

# Each row starts with its period as the first field's label; the other fields are named in the column
# headings, so their own labels (period and all, for screen readers) take no room.
_PERIOD_WIDTH, _NUMBER_WIDTH, _NOTE_WIDTH = 110, 150, 330
_CELL = ipywidgets.Layout(width=f"{_PERIOD_WIDTH + _NUMBER_WIDTH}px")
_SMALL_CELL = ipywidgets.Layout(width=f"{_NUMBER_WIDTH}px")
_NOTE = ipywidgets.Layout(width=f"{_NOTE_WIDTH}px")
_CELL_STYLE = {"description_width": f"{_PERIOD_WIDTH}px"}
_NAMED_BY_HEADING = {"description_width": "0px"}


def _number_text(value: float | None) -> str:
    return "" if value is None else format_number(value)


class GridRow:
    """One stored point in the table: its numbers and note, saved automatically."""

    def __init__(self, point: Point, ratio: bool, changed: Callable[[str], None],
                 include: Callable[[Point], None], remove: Callable[[Point], None]) -> None:
        self.point = point
        label = point.period.label
        if ratio:
            self.numerator = ipywidgets.Text(_number_text(point.numerator), description=label, layout=_CELL,
                                             style=_CELL_STYLE)
            self.denominator = ipywidgets.Text(_number_text(point.denominator),
                                               description=_("Denominator, {period}").format(period=label),
                                               layout=_SMALL_CELL, style=_NAMED_BY_HEADING)
            fields = [self.numerator, self.denominator]
        else:
            self.value = ipywidgets.Text(_number_text(point.value), description=label, layout=_CELL,
                                         style=_CELL_STYLE)
            fields = [self.value]
        self.note = ipywidgets.Text(point.note, description=_("Annotation, {period}").format(period=label),
                                    layout=_NOTE, style=_NAMED_BY_HEADING)
        self.fields = [*fields, self.note]
        sent_as_typed(*self.fields)
        for field in self.fields:
            field.observe(lambda _change: changed(point.period.key), names="value")
        status = []
        if point.excluded:
            excluded = _("Excluded: {reason}").format(reason=point.exclusion_reason)
            status.append(html(f'<span class="gk-excluded"><span aria-hidden="true">✕</span> {text(excluded)}</span>'))
            include_button = button(_("Include {period} again").format(period=label))
            include_button.on_click(lambda _button: include(point))
            status.append(include_button)
        self.remove_button = button(_("Remove {period}").format(period=label))
        self.remove_button.on_click(lambda _button: remove(point))
        self.widget = field_row(*self.fields, *status, self.remove_button)
        self.widget.add_class("gk-grid-row")

    def entry(self) -> PointEntry:
        numbers = ({"numerator": self.numerator.value, "denominator": self.denominator.value}
                   if hasattr(self, "numerator") else {"value": self.value.value})
        return PointEntry(self.point.period.key, note=self.note.value, where=self.point.period.label, **numbers)


def column_headings(ratio: bool) -> ipywidgets.HBox:
    """The table's heading row: what each column of numbers is, above its fields."""
    numbers = ([(_("Numerator"), _NUMBER_WIDTH), (_("Denominator"), _NUMBER_WIDTH)] if ratio
               else [(_("Value"), _NUMBER_WIDTH)])
    cells = [(_("Period"), _PERIOD_WIDTH), *numbers, (_("Annotation"), _NOTE_WIDTH)]
    row = ipywidgets.HBox([html(f'<span class="gk-column-heading">{text(name)}</span>') for name, _width in cells])
    for cell, (_name, width) in zip(row.children, cells, strict=True):
        cell.layout = ipywidgets.Layout(width=f"{width}px")
    row.add_class("gk-grid-headings")
    return row


class EntrySection:
    """Everything for entering data of one measure; ``refreshed(series)`` redraws what depends on it."""

    def __init__(self, page, panel, series: MeasureSeries) -> None:
        self.page, self.panel = page, panel
        self.series = series
        self.messages = panel.messages
        self.guard = panel.guard
        self.ratio = uses_denominator(series.measure)
        self.autosave = Autosave(self._save_grid)
        self.dirty: set[str] = set()
        self.rows: dict[str, GridRow] = {}
        self.grid = ipywidgets.VBox()
        self.grid.add_class("gk-grid")
        self._build_grid()

        next_period = series.points[-1].period.next().label if series.points else ""
        self.new_period = text_field(_("Period"), next_period, placeholder=example(series.measure.frequency))
        if self.ratio:
            self.new_numerator = text_field(_("Numerator"))
            self.new_denominator = text_field(_("Denominator"))
            new_fields = [self.new_numerator, self.new_denominator]
        else:
            self.new_value = text_field(_("Value"))
            new_fields = [self.new_value]
        self.new_note = text_field(_("Note (optional)"))
        self.add_button = button(_("Add the point"), primary=True)
        self.add_button.on_click(self.guard(lambda _button: self._add_point()))

        self.paste_area = ipywidgets.Textarea(
            continuous_update=False, description=_("Paste here"), placeholder=_("{columns}, one row per period").format(
                columns=columns_wanted(series.measure)),
            layout=ipywidgets.Layout(width="640px", height="160px"), style={"description_width": "220px"})
        self.paste_button = button(_("Save the pasted values"), primary=True)
        self.paste_button.on_click(self.guard(lambda _button: self._save_block(parse_pasted(
            self.paste_area.value, series.measure), clear=self.paste_area)))
        self.upload = ipywidgets.FileUpload(accept=".csv,.txt", multiple=False, description=_("Choose a CSV file"))
        self.import_button = button(_("Import the file"))
        self.import_button.on_click(self.guard(lambda _button: self._import_file()))

        included = [(point.period.label, point.period.key) for point in series.points if not point.excluded]
        self.exclude_period = choice_field(_("Point to exclude"), included or [(_("– no points yet –"), None)])
        self.exclude_reason = sentence_field(_("Why it is excluded"),
                                             placeholder=_("for example: the system was down that week"))
        self.exclude_button = button(_("Exclude the point"))
        self.exclude_button.on_click(self.guard(lambda _button: self._exclude()))

        self.widget = section(
            _("Enter values"),
            self.messages.widget,
            heading(_("The values so far")),
            paragraph(_("Change a number or a note; it is saved by itself.")),
            self.grid, self.autosave.status,
            heading(_("Add a point")),
            self.new_period, *new_fields, self.new_note, self.add_button,
            heading(_("Paste from a spreadsheet")),
            paragraph(_("Mark the cells in Excel or LibreOffice ({columns}, without the heading row), copy them "
                        "and paste them here. Decimal commas are fine; periods already entered get the new "
                        "values.").format(columns=columns_wanted(series.measure))),
            self.paste_area, self.paste_button,
            heading(_("Import a CSV file")),
            paragraph(_("The same columns, separated by semicolons or commas; a heading row is allowed.")),
            ipywidgets.HBox([self.upload, self.import_button]),
            heading(_("Exclude a point")),
            paragraph(_("An excluded point stays on the chart but is left out of the median, the limits and the "
                        "rules. Say why, so the team remembers.")),
            self.exclude_period, self.exclude_reason, self.exclude_button,
        )

    def _measure(self) -> tuple:
        """Where every save here goes: the store, the team, this measure."""
        return self.page.store, self.page.session.team_id, self.series.measure.id

    def _build_grid(self) -> None:
        self.rows = {point.period.key: GridRow(point, self.ratio, self._changed, self.guard(self._include),
                                               self.guard(self._remove))
                     for point in self.series.points}
        if self.rows:
            self.grid.children = [column_headings(self.ratio), *(row.widget for row in self.rows.values())]
        else:
            self.grid.children = [paragraph(_("No values yet."), css_class="gk-muted")]

    def _changed(self, period_key: str) -> None:
        self.dirty.add(period_key)
        self.autosave.changed()

    def _save_grid(self) -> None:
        if not self.dirty:
            return
        entries = [self.rows[key].entry() for key in sorted(self.dirty)]
        versions = {key: self.rows[key].point.version for key in self.dirty}
        saved = save_points(*self._measure(), entries, actor=self.page.session.actor, expected_versions=versions)
        self.dirty.clear()
        self.series = saved.series
        for point in saved.series.points:
            self.rows[point.period.key].point = point
        self.panel.saved(saved.series, redraw_entry=False)

    def _add_point(self) -> None:
        numbers = ({"numerator": self.new_numerator.value, "denominator": self.new_denominator.value}
                   if self.ratio else {"value": self.new_value.value})
        entry = PointEntry(self.new_period.value, note=self.new_note.value or None, **numbers)
        saved = save_points(*self._measure(), [entry], actor=self.page.session.actor)
        self.panel.saved(saved.series, message=_("The point is saved."))

    def _save_block(self, entries: list[PointEntry], *, clear: ipywidgets.Widget | None = None) -> None:
        saved = save_points(*self._measure(), entries, actor=self.page.session.actor)
        if clear is not None:
            clear.value = ""
        self.panel.saved(saved.series, message=_("{added} new points saved and {updated} updated.").format(
            added=saved.added, updated=saved.updated))

    def _import_file(self) -> None:
        if not self.upload.value:
            self.messages.show(_("Choose a CSV file first."), "warning")
            return
        content = bytes(self.upload.value[0]["content"])
        self._save_block(parse_csv(content, self.series.measure))

    def _exclude(self) -> None:
        key = self.exclude_period.value
        if key is None:
            self.messages.show(_("Choose the point to exclude first."), "warning")
            return
        series = set_point_excluded(*self._measure(), key, self.exclude_reason.value,
                                    expected_version=self.rows[key].point.version, actor=self.page.session.actor)
        self.panel.saved(series, message=_("The point is excluded."))

    def _include(self, point: Point) -> None:
        series = set_point_excluded(*self._measure(), point.period.key, None,
                                    expected_version=self.rows[point.period.key].point.version,
                                    actor=self.page.session.actor)
        self.panel.saved(series, message=_("The point counts again."))

    def _remove(self, point: Point) -> None:
        series = remove_point(*self._measure(), point.period.key,
                              expected_version=self.rows[point.period.key].point.version, actor=self.page.session.actor)
        self.panel.saved(series, message=_("{period} is removed.").format(period=point.period.label))
