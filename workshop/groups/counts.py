"""What a facilitator sees about a grouping: the pairs that share a group and should not have."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from workshop.groups.people import PersonId, Round, as_people


@dataclass(frozen=True)
class PairCounts:
    same_team: int
    repeated: int
    """Pairs that shared a group in an earlier meeting too (each pair once, however often they met)."""
    same_municipality: int
    """Pairs of different teams from the same municipality."""


def pair_counts(groups: Round, people: Sequence[object], history: Sequence[Round] = ()) -> PairCounts:
    """Count ``groups``' unwanted pairs; ``people`` as for :func:`workshop.groups.make_groups`."""
    by_id = {person.id: person for person in as_people(people)}
    met: set[frozenset[PersonId]] = {
        frozenset(pair) for earlier in history for group in earlier for pair in combinations(group, 2)}
    same_team = repeated = same_municipality = 0
    for group in groups:
        for first, second in combinations(group, 2):
            one, other = by_id[first], by_id[second]
            same_team += one.team == other.team
            repeated += frozenset((first, second)) in met
            same_municipality += (one.team != other.team and one.municipality is not None
                                  and one.municipality == other.municipality)
    return PairCounts(same_team=same_team, repeated=repeated, same_municipality=same_municipality)
