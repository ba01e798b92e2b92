"""Markup for catalog cards and their details; every text from a file or a person passes through ``text``."""

from __future__ import annotations

from widgets.components.fields import text
from workshop.i18n import _
from workshop.improvement import MeasureUnit
from workshop.knowledge import Bilingual, CatalogEntry, SuggestedMeasure

CSS = """
<style>
.gk-card { border: 1px solid var(--gk-color-border); border-radius: var(--gk-radius); padding: 0.4em 0.9em;
  margin: 0.4em 0; }
.gk-card-chosen { border-left: 6px solid var(--gk-color-success); }
.gk-tags { display: flex; flex-wrap: wrap; gap: 0.3em 1em; font-size: 0.95em; }
.gk-tag { font-weight: 600; }
.gk-details dt { font-weight: 600; }
.gk-details dd { margin: 0 0 0.3em 1.2em; }
.gk-checklist { list-style: none; padding-left: 0.4em; }
.gk-gap { font-weight: 700; }
</style>
"""


def element(tag: str, value: str, attributes: str = "") -> str:
    """``<tag>value</tag>`` with the value escaped."""
    return f"<{tag}{attributes}>{text(value)}</{tag}>"


def _items(texts: tuple[Bilingual, ...], *, tag: str = "ul", css_class: str = "", prefix: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    rows = "".join(f"<li>{prefix}{text(item.current())}</li>" for item in texts)
    return f"<{tag}{attribute}>{rows}</{tag}>"


def card_header(entry: CatalogEntry, *, chosen: bool) -> str:
    tags = [f'<span class="gk-tag">{text(entry.prevention_level.label)}</span>', text(entry.area.label)]
    if entry.local:
        tags.append(text(_("Local entry")))
    if chosen:
        chosen_label = _("Chosen by your team")
        tags.append(f'<span class="gk-tag"><span aria-hidden="true">✔</span> {text(chosen_label)}</span>')
    return (f"<h3>{text(entry.title.current())}</h3>"
            f'<div class="gk-tags">{"".join(f"<span>{tag}</span>" for tag in tags)}</div>'
            f"<p>{text(entry.summary.current())}</p>")


def _definition(measure: SuggestedMeasure) -> str:
    rows = [(_("Kind"), measure.kind.label), (_("Unit"), measure.unit.label),
            (_("Numerator"), measure.numerator.current())]
    if measure.unit in (MeasureUnit.PERCENT, MeasureUnit.RATE):
        rows.append((_("Denominator"), measure.denominator.current()))
    rows += [(_("Included"), measure.inclusion.current()), (_("Excluded"), measure.exclusion.current()),
             (_("Data source"), measure.data_source.current()), (_("Who collects"), measure.collector.current()),
             (_("How often"), measure.frequency.label), (_("Direction"), measure.direction.label),
             (_("Chart"), measure.chart.label)]
    return "".join(f"<dt>{text(label)}</dt><dd>{text(value)}</dd>" for label, value in rows if value)


def measure_definition(measure: SuggestedMeasure) -> str:
    return f'<h5>{text(measure.name.current())}</h5><dl class="gk-details">{_definition(measure)}</dl>'


def _source(entry_source) -> str:
    url = text(entry_source.url)
    return (f'<li>{text(entry_source.citation())} '
            f'<a href="{url}" target="_blank" rel="noopener noreferrer">{url}</a></li>')


def entry_details(entry: CatalogEntry) -> str:
    """Core components, the start-small checklist, cautions and sources (measures come with their buttons)."""
    parts = [element("h4", _("Core components")), _items(entry.core_components),
             element("h4", _("Get started on a small scale")),
             _items(entry.getting_started, tag="ol", css_class="gk-checklist",
                    prefix='<span aria-hidden="true">☐</span> ')]
    if entry.cautions:
        parts += [element("h4", _("Keep in mind")), _items(entry.cautions)]
    parts += [element("h4", _("Where the knowledge comes from")), f"<p>{text(entry.evidence.current())}</p>",
              f'<ul>{"".join(_source(source) for source in entry.sources)}</ul>']
    return "".join(parts)
