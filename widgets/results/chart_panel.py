"""One measure's chart with its verdict, PDSA cycles, table alternative and phases."""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.cells import cell
from widgets.components.chart_text import chart_says, described_chart, folded, judged, latest
from widgets.components.fields import button, choice_field, heading, html, paragraph, section, text
from workshop.errors import InvalidInput
from workshop.i18n import _, format_date
from workshop.results import MeasureSeries, Verdict, add_phase, analyse_series, remove_phase, verdict
from workshop.results.chart import centre_line_name, measure_figure, point_rows, state_label, value_text
from workshop.spc import Analysis

_STATE_SYMBOLS = {"point": "●", "signal": "▲", "excluded": "✕"}


def wheeler_questions() -> list[str]:
    return [
        _("Is the new behaviour of the data clearly different?"),
        _("Do you know the reason for the change?"),
        _("Is the new behaviour desirable?"),
        _("Is it intended, and expected to continue?"),
    ]


def verdict_markup(judged: Verdict) -> str:
    symbol = "▲" if judged.signal else "○"
    sentences = "".join(f"<p>{text(sentence)}</p>" for sentence in judged.sentences)
    return (f'<div class="gk-verdict" role="status"><p><strong><span aria-hidden="true">{symbol}</span> '
            f"{text(judged.headline)}</strong></p>{sentences}</div>")


def cycles_markup(cycles) -> str:
    if not cycles:
        return ""
    items = []
    for cycle in cycles:
        end = format_date(cycle.end) if cycle.end else _("ongoing")
        label = _("PDSA {number}: {title}").format(number=cycle.number, title=cycle.title)
        items.append(f"<li>{text(label)} ({text(format_date(cycle.start))} – {text(end)})</li>")
    heading = _("PDSA cycles on the chart (shaded)")
    return f'<div class="gk-cycles"><strong>{escape(heading)}</strong><ul>{"".join(items)}</ul></div>'


def measure_says(series: MeasureSeries, analysis: Analysis, headline: str) -> str:
    """The text alternative of a measure's chart: its name, its latest value and the verdict's headline."""
    shown = [row for row in point_rows(series, analysis) if row.value is not None]
    details = [latest(value_text(shown[-1].value), shown[-1].period)] if shown else []
    return chart_says(series.measure.name, *details, judged(headline))


def points_table(series: MeasureSeries, analysis: Analysis) -> str:
    """The chart as a table, for screen readers and for reading exact numbers."""
    headers = [_("Period"), _("Value"), centre_line_name(analysis.chart), _("Lower limit"), _("Upper limit"),
               _("Status"), _("Annotation")]
    head = "".join(f'<th scope="col">{escape(header)}</th>' for header in headers)
    body = []
    for row in point_rows(series, analysis):
        status = state_label(row.state) + (f": {row.exclusion_reason}" if row.exclusion_reason else "")
        cells = [_number(row.value), _number(row.centre_line), _number(row.lcl), _number(row.ucl)]
        body.append(f'<tr><th scope="row">{text(row.period)}</th>'
                    + "".join(cell(value) for value in cells)
                    + f'<td><span aria-hidden="true">{_STATE_SYMBOLS[row.state]}</span> {text(status)}</td>'
                    f"<td>{text(row.note)}</td></tr>")
    return f'<table class="gk-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def described_measure(chart: ipywidgets.Widget, series: MeasureSeries, analysis: Analysis, judged: Verdict,
                      cycles) -> ipywidgets.VBox:
    """A measure's drawn ``chart`` with its text alternative, verdict, PDSA cycles and table."""
    return described_chart(chart, measure_says(series, analysis, judged.headline), verdict_markup(judged),
                           cycles_markup(cycles), folded(points_table(series, analysis)))


def _number(value: float | None) -> str:
    return escape(value_text(value))


class ChartPanel:
    """Drawn from the stored series; the panel redraws it after every change."""

    def __init__(self, page, panel, series: MeasureSeries, cycles) -> None:
        self.page, self.panel = page, panel
        self.series = series
        self.analysis: Analysis | None = None
        self.phase_period = self.phase_reason = self.phase_button = None
        children: list[ipywidgets.Widget] = []
        if len(series.points) < 2:
            children.append(paragraph(_("Enter at least 2 points to see the chart. A run chart can be judged from "
                                        "10 points on."), css_class="gk-muted"))
        else:
            try:
                self.analysis = analyse_series(series)
            except InvalidInput as problem:
                children.append(html(f'<div class="gk-message gk-message-warning" role="status">'
                                     f"{text(problem.message)}</div>"))
        if (analysis := self.analysis) is not None:
            self.chart = bokeh_widget(lambda: measure_figure(series, analysis, cycles))
            self.judged = verdict(series, self.analysis)
            children.append(described_measure(self.chart, series, self.analysis, self.judged, cycles))
            children.append(self._phases())
        self.widget = section(_("Chart and verdict"), *children)

    def _phases(self) -> ipywidgets.Widget:
        series, judged = self.series, self.judged
        parts: list[ipywidgets.Widget] = []
        for phase in series.phases:
            remove = button(_("Remove the phase from {period}").format(period=phase.first_period.label))
            remove.on_click(self.panel.guard(lambda _button, phase=phase: self._remove_phase(phase)))
            title = _("New phase from {period}").format(period=phase.first_period.label)
            parts.append(ipywidgets.HBox([html(f"<p><strong>{text(title)}</strong> – {text(phase.reason)}</p>"),
                                          remove]))
        if judged.new_phase_from is not None:
            parts.append(html('<div class="gk-message gk-message-info" role="status"><span aria-hidden="true">ℹ'
                              "</span> " + text(_(
                                  "A sustained shift is seen from {period}. If you know why and the new level is "
                                  "here to stay, you can start a new phase there: it gets its own centre line."
                              ).format(period=judged.new_phase_from.label)) + "</div>"))
        default = judged.new_phase_from or series.points[-1].period
        choices = [(point.period.label, point.period.key) for point in series.points[1:]]
        self.phase_period = choice_field(_("New phase starts at"), choices, default.key)
        self.phase_reason = ipywidgets.Textarea(description=_("Why (what changed)"), continuous_update=False,
                                                layout=ipywidgets.Layout(width="640px", height="80px"),
                                                style={"description_width": "220px"})
        self.phase_button = button(_("Start the new phase"))
        self.phase_button.on_click(self.panel.guard(lambda _button: self._add_phase()))
        questions = "".join(f"<li>{escape(question)}</li>" for question in wheeler_questions())
        intro = _("A new phase is never started by itself. Start one only when you can answer yes to all four "
                  "questions (Wheeler):")
        parts += [html(f"<p>{escape(intro)}</p><ol>{questions}</ol>"), self.phase_period, self.phase_reason,
                  self.phase_button]
        return ipywidgets.VBox([heading(_("Phases")), self.panel.messages.widget, *parts])

    def _add_phase(self) -> None:
        series = add_phase(self.page.store, self.page.session.team_id, self.series.measure.id, self.phase_period.value,
                           self.phase_reason.value, actor=self.page.session.actor)
        self.panel.saved(series, message=_("The new phase is saved."))

    def _remove_phase(self, phase) -> None:
        series = remove_phase(self.page.store, self.page.session.team_id, self.series.measure.id, phase.id,
                              expected_version=phase.version, actor=self.page.session.actor)
        self.panel.saved(series, message=_("The phase is removed."))
