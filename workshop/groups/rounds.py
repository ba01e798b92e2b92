"""A meeting's draw with the collaborative's earlier meetings as history: the same person is known again by team
and first name (or by place in the team's list when the team gave only a count), whatever their place in the list.

>>> groups = draw_groups(people, size=4, earlier=[meeting_before], seed=1)   # groups of Participant
>>> counts = group_counts(groups, earlier=[meeting_before])                  # PairCounts
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from workshop.groups.counts import PairCounts, pair_counts
from workshop.groups.participants import Participant
from workshop.groups.people import Round
from workshop.validation import name_key

Groups = Sequence[Sequence[Participant]]


def person_key(person: Participant) -> Hashable:
    """Who a participant is from one meeting to the next."""
    return (person.team, name_key(person.name)) if person.name else (person.team, person.number)


def history_of(earlier: Sequence[Groups], people: Sequence[Participant]) -> list[Round]:
    """Earlier meetings' groups as rounds of ``people``'s ids; people not taking part now keep their own key."""
    ids = {person_key(person): person.id for person in people}
    return [[[ids.get(person_key(person), person_key(person)) for person in group] for group in groups]
            for groups in earlier]


def draw_groups(people: Sequence[Participant], *, size: int, earlier: Sequence[Groups] = (),
                seed: int | None = None, ahead: int | None = None) -> list[list[Participant]]:
    """:func:`workshop.groups.make_groups` on participants, with ``earlier`` meetings' groups as history and
    ``ahead`` later meetings planned with this one (the search's own number if not given)."""
    from workshop.groups.search import AHEAD, make_groups  # numpy: only when groups are drawn

    by_id: dict[Hashable, Participant] = {person.id: person for person in people}
    drawn = make_groups(people, size=size, history=history_of(earlier, people), seed=seed,
                         ahead=AHEAD if ahead is None else ahead)
    return [[by_id[person_id] for person_id in group] for group in drawn]


def group_counts(groups: Groups, *, earlier: Sequence[Groups] = ()) -> PairCounts:
    """The unwanted pairs of ``groups``: same team, met at an earlier meeting, same municipality."""
    people = [person for group in groups for person in group]
    return pair_counts([[person.id for person in group] for group in groups], people, history_of(earlier, people))
