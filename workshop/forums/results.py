"""A round's result from the members' ratings: median and spread per statement, disagreement, weak areas.

Nothing is computed from fewer answers than the forum's minimum (at least 3): with two answers each member
could read the other's. A statement that fewer members rated than that minimum (the others said "don't
know") shows no figures either.

Disagreement is the mean distance of the ratings from their median, in scale steps: 0 when all agree, 2 when
half say 1 and half say 5. Unlike the range, one member far from the rest does not make a whole forum look
divided; unlike the interquartile range, it still means something with three answers.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workshop.forums.statements import AREAS, AssessmentArea, Statement

DISAGREEMENT_HIGHLIGHTED = 1.0
"""From one scale step on average members see a statement differently enough to talk about it."""
MOST_DISAGREEMENT = 3
WEAK_AREA_BELOW = 4.0
"""An area whose score is below "mostly true" is worth a discussion."""
WEAKEST_AREAS = 2


def disagreement(ratings: Iterable[int]) -> float:
    values = list(ratings)
    middle = statistics.median(values)
    return sum(abs(value - middle) for value in values) / len(values)


@dataclass(frozen=True)
class StatementResult:
    statement: Statement
    rated: int
    """How many members rated it (the others said "don't know")."""
    median: float | None = None
    lowest: int | None = None
    highest: int | None = None
    disagreement: float | None = None

    @property
    def shown(self) -> bool:
        return self.median is not None


@dataclass(frozen=True)
class AreaResult:
    area: AssessmentArea
    statements: tuple[StatementResult, ...]

    @property
    def score(self) -> float | None:
        """The median of the area's shown statement medians."""
        medians = [result.median for result in self.statements if result.median is not None]
        return statistics.median(medians) if medians else None


@dataclass(frozen=True)
class RoundResult:
    answers: int
    min_answers: int
    areas: tuple[AreaResult, ...] = ()
    """Empty until enough members answered."""

    @property
    def ready(self) -> bool:
        return self.answers >= self.min_answers

    @property
    def statements(self) -> tuple[StatementResult, ...]:
        return tuple(result for area in self.areas for result in area.statements)

    def most_disagreement(self) -> tuple[StatementResult, ...]:
        """The statements members see most differently (at most three, from one scale step on)."""
        divided = [result for result in self.statements
                   if result.disagreement is not None and result.disagreement >= DISAGREEMENT_HIGHLIGHTED]
        return tuple(sorted(divided, key=lambda result: -(result.disagreement or 0))[:MOST_DISAGREEMENT])

    def weakest_areas(self) -> tuple[AreaResult, ...]:
        """The lowest-scored areas below "mostly true", whose discussion questions the page offers."""
        weak = [area for area in self.areas if area.score is not None and area.score < WEAK_AREA_BELOW]
        return tuple(sorted(weak, key=lambda area: area.score or 0)[:WEAKEST_AREAS])

    def area(self, key: str) -> AreaResult | None:
        return next((area for area in self.areas if area.area.key == key), None)


def _statement_result(statement: Statement, ratings: list[int], min_answers: int) -> StatementResult:
    if len(ratings) < min_answers:
        return StatementResult(statement, len(ratings))
    return StatementResult(statement, len(ratings), float(statistics.median(ratings)), min(ratings), max(ratings),
                           disagreement(ratings))


def round_result(answers: list[Mapping[str, int]], min_answers: int) -> RoundResult:
    """The result of one round's answers (each a statement key -> rating); figures only from enough answers."""
    if len(answers) < min_answers:
        return RoundResult(len(answers), min_answers)
    areas = tuple(
        AreaResult(area, tuple(
            _statement_result(statement, [answer[statement.key] for answer in answers if statement.key in answer],
                              min_answers)
            for statement in area.statements))
        for area in AREAS)
    return RoundResult(len(answers), min_answers, areas)


@dataclass(frozen=True)
class Change:
    """A statement's or area's median now minus the previous round's (positive: the forum sees it better)."""

    key: str
    before: float
    now: float

    @property
    def difference(self) -> float:
        return self.now - self.before


def statement_changes(previous: RoundResult, current: RoundResult) -> dict[str, Change]:
    before = {result.statement.key: result.median for result in previous.statements if result.median is not None}
    return {result.statement.key: Change(result.statement.key, before[result.statement.key], result.median)
            for result in current.statements
            if result.median is not None and result.statement.key in before}


def area_changes(previous: RoundResult, current: RoundResult) -> dict[str, Change]:
    changes = {}
    for area in current.areas:
        earlier = previous.area(area.area.key)
        if area.score is not None and earlier is not None and earlier.score is not None:
            changes[area.area.key] = Change(area.area.key, earlier.score, area.score)
    return changes
