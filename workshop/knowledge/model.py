"""Catalog entries as small frozen objects; their texts are bilingual data, not translations."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import _, get_language
from workshop.improvement.model import (
    ChartKind,
    Direction,
    Frequency,
    MeasureDetails,
    MeasureKind,
    MeasureUnit,
    PreventionLevel,
)
from workshop.model import Area


@dataclass(frozen=True)
class Bilingual:
    """A text written in Swedish and (usually) English; English falls back to Swedish."""

    sv: str
    en: str = ""

    def current(self, language: str | None = None) -> str:
        """The text in ``language`` (default: the page's language)."""
        return self.en if (language or get_language()) == "en" and self.en else self.sv


_MEASURE_TEXTS = ("numerator", "denominator", "inclusion", "exclusion", "data_source", "collector")


@dataclass(frozen=True)
class SuggestedMeasure:
    """A measure with its full operational definition, ready to add to the team's measures."""

    name: Bilingual
    kind: MeasureKind
    unit: MeasureUnit
    numerator: Bilingual
    denominator: Bilingual
    inclusion: Bilingual
    exclusion: Bilingual
    data_source: Bilingual
    collector: Bilingual
    frequency: Frequency
    direction: Direction
    chart: ChartKind
    rate_per: int | None = None

    def details(self, catalog_entry: str, language: str | None = None) -> MeasureDetails:
        """The measure in ``language`` (default: the page's), tied to the card it came from."""
        return MeasureDetails(
            name=self.name.current(language), kind=self.kind, unit=self.unit, rate_per=self.rate_per,
            frequency=self.frequency, direction=self.direction, chart=self.chart, catalog_entry=catalog_entry,
            **{key: getattr(self, key).current(language) for key in _MEASURE_TEXTS},
        )


@dataclass(frozen=True)
class Source:
    publisher: str
    title: str
    year: int | None
    url: str

    def citation(self) -> str:
        year = str(self.year) if self.year else _("n.d.")
        return f"{self.publisher} ({year}). {self.title}."


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    title: Bilingual
    area: Area
    prevention_level: PreventionLevel
    summary: Bilingual
    core_components: tuple[Bilingual, ...]
    getting_started: tuple[Bilingual, ...]
    measures: tuple[SuggestedMeasure, ...]
    cautions: tuple[Bilingual, ...]
    sources: tuple[Source, ...]
    evidence: Bilingual
    local: bool = False
    file: str = ""

    def serves(self, area: Area | None) -> bool:
        """Whether the entry belongs to ``area`` (entries for both areas belong to each)."""
        return area is None or self.area in (area, Area.BOTH)

    def mentions(self, words: str) -> bool:
        """Whether every word of a free-text search occurs in the entry's texts (either language)."""
        texts = [self.title, self.summary, self.evidence, *self.core_components, *self.getting_started,
                 *self.cautions]
        haystack = " ".join(f"{text.sv} {text.en}" for text in texts).casefold()
        return all(word in haystack for word in words.casefold().split())


@dataclass(frozen=True)
class CatalogProblem:
    """Why one file (or one part of it) could not be used: where, which field, what is wrong."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None

    def describe(self) -> str:
        where = self.file if self.line is None else _("{file}, line {line}").format(file=self.file, line=self.line)
        if self.field:
            where = _("{where}, field “{field}”").format(where=where, field=self.field)
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    problems: tuple[CatalogProblem, ...] = ()

    def get(self, entry_id: str | None) -> CatalogEntry | None:
        return next((entry for entry in self.entries if entry.id == entry_id), None)

    def find(self, *, area: Area | None = None, level: PreventionLevel | None = None,
             words: str = "") -> tuple[CatalogEntry, ...]:
        return tuple(entry for entry in self.entries
                     if entry.serves(area) and (level is None or entry.prevention_level is level)
                     and entry.mentions(words))
