"""The PICK chart: change ideas sorted by impact (high/low) and effort (easy/hard) to choose what to test first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from workshop.i18n import N_, _
from workshop.improvement.model import ChangeIdea, Effort, Impact


class PickQuadrant(StrEnum):
    IMPLEMENT = "implement"
    CHALLENGE = "challenge"
    POSSIBLE = "possible"
    KILL = "kill"

    @property
    def label(self) -> str:
        # Own labels: the shared LABELS table would mix this up with other choices named "implement".
        return _(_LABELS[self.value])


_LABELS = {
    "implement": N_("Implement (high impact, easy)"),
    "challenge": N_("Challenge (high impact, hard)"),
    "possible": N_("Possible (low impact, easy)"),
    "kill": N_("Kill – set aside (low impact, hard)"),
}

QUADRANTS = {
    (Impact.HIGH, Effort.EASY): PickQuadrant.IMPLEMENT,
    (Impact.HIGH, Effort.HARD): PickQuadrant.CHALLENGE,
    (Impact.LOW, Effort.EASY): PickQuadrant.POSSIBLE,
    (Impact.LOW, Effort.HARD): PickQuadrant.KILL,
}


def pick_quadrant(idea: ChangeIdea) -> PickQuadrant | None:
    """Where the idea lies, or ``None`` until both impact and effort are judged."""
    if idea.impact is None or idea.effort is None:
        return None
    return QUADRANTS[(idea.impact, idea.effort)]


@dataclass(frozen=True)
class PickMatrix:
    cells: dict[PickQuadrant, tuple[ChangeIdea, ...]]
    unrated: tuple[ChangeIdea, ...]


def pick_matrix(ideas: Iterable[ChangeIdea]) -> PickMatrix:
    ideas = tuple(ideas)
    return PickMatrix(
        cells={quadrant: tuple(idea for idea in ideas if pick_quadrant(idea) is quadrant) for quadrant in PickQuadrant},
        unrated=tuple(idea for idea in ideas if pick_quadrant(idea) is None),
    )
