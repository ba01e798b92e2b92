"""Cross-groups (tvärgrupper) for one meeting: a greedy start improved by a tabu search over swaps.

Every pair of people placed in one group costs a weight: the same team far more than anything else, two hosts
as much (hosts are spread one per group), a pair that met in an earlier meeting's groups less, once per
earlier meeting, and two people of the same municipality least. A grouping's cost is the sum over its pairs.

The start places people one by one, the hardest first (hosts, the largest teams), in the group where they
add least. The search then swaps two people of different groups, which keeps every group's size: each step
looks at the swaps of a few people who have a cost in their group and makes the best one, even when it makes
things worse, while the people just moved may not move back for a few steps (tabu), so that it leaves a
local minimum instead of circling in it; after many steps without a better grouping it starts again from
the best one, shaken by a few random swaps. It stops at a cost no grouping goes below or after a fixed
number of steps, so the same seed always gives the same groups and no request runs on. Costs are kept as a
people × groups table, so a swap is judged with a few additions (docs/decisions.md, "Cross-groups").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from workshop.errors import UserError
from workshop.groups.people import Person, PersonId, Round, as_people
from workshop.i18n import _

SAME_TEAM = 1_000_000
TWO_HOSTS = 1_000_000
REPEATED_PAIR = 20  # per earlier meeting of the pair
SAME_MUNICIPALITY = 1

ROWS_PER_STEP = 24  # people whose swaps one step compares; all of them when fewer have a cost
TABU_STEPS = 6  # at least; up to twice that, drawn per move
STEPS_WITHOUT_GAIN = 400
MOST_STEPS = 4_000
SHAKE_SWAPS = 3


def group_count(people_count: int, size: int) -> int:
    """How many groups ``people_count`` people make in groups of at most ``size``, never leaving one alone."""
    groups = -(-people_count // size)
    if groups > 1 and people_count // groups < 2:
        groups -= 1
    return groups


def group_sizes(people_count: int, groups: int) -> list[int]:
    base, larger = divmod(people_count, groups)
    return [base + 1] * larger + [base] * (groups - larger)


def make_groups(people: Sequence[object], *, size: int, history: Sequence[Round] = (),
                seed: int | None = None) -> list[list[PersonId]]:
    """Groups of at most ``size`` people (sizes differ by at most one), each person in exactly one.

    ``people`` are objects or mappings with ``id``, ``team``, ``municipality`` and optionally ``host``;
    ``history`` holds earlier meetings' groups in the shape returned here. No group holds two people of the
    same team or two hosts; pairs from ``history`` and of one municipality are as few as the search finds.
    Requests that cannot be met raise :class:`UserError` before any search.
    """
    persons = as_people(people)
    groups = _checked_group_count(persons, size)
    rng = np.random.default_rng(seed)
    base = pair_costs(persons, history)
    start = _greedy_start(base, group_sizes(len(persons), groups), rng)
    group_of = _improved(base, start, groups, rng, good_enough=_unavoidable(persons, groups))
    if _hard_cost(base, group_of):
        # Never reached in the tests: with every team and the hosts at most one per group a grouping exists
        # (an equitable edge colouring), but a bounded search gives no proof that it finds one.
        raise UserError(_("No grouping keeps every team apart with these groups. Try another group size."))
    return _listed(persons, group_of, groups)


def _checked_group_count(people: list[Person], size: int) -> int:
    if size < 2:
        raise UserError(_("A group needs at least two people."), field="size")
    if not people:
        raise UserError(_("Nobody takes part yet. List the participants of each team first."))
    if size > len(people):
        raise UserError(_("Groups of {size} need at least {size} participants; {count} take part.").format(
            size=size, count=len(people)), field="size")
    groups = group_count(len(people), size)
    team, members = Counter(person.team for person in people).most_common(1)[0]
    if members > groups:
        raise UserError(_("{team} has {count} participants but there will be only {groups} groups, so colleagues"
                          " from {team} would share a group. Choose smaller groups or fewer participants from"
                          " {team}.").format(team=team, count=members, groups=groups), field="size")
    hosts = sum(person.host for person in people)
    if hosts > groups:
        raise UserError(_("{hosts} hosts cannot be spread one per group over {groups} groups. Choose smaller"
                          " groups or mark fewer hosts.").format(hosts=hosts, groups=groups), field="size")
    return groups


def pair_costs(people: Sequence[Person], history: Sequence[Round]) -> np.ndarray:
    """What placing each pair in one group costs (symmetric, zero diagonal)."""

    def same(values: Sequence[object]) -> np.ndarray:
        codes = {value: code for code, value in enumerate(dict.fromkeys(values))}
        coded = np.array([codes[value] for value in values])
        return coded[:, None] == coded[None, :]

    hosts = np.array([person.host for person in people])
    municipality_known = np.array([person.municipality is not None for person in people])
    cost = (SAME_TEAM * same([person.team for person in people]).astype(np.int64)
            + TWO_HOSTS * np.outer(hosts, hosts)
            + SAME_MUNICIPALITY * (same([person.municipality for person in people])
                                   & np.outer(municipality_known, municipality_known))
            + REPEATED_PAIR * earlier_meetings(people, history))
    np.fill_diagonal(cost, 0)
    return cost


def earlier_meetings(people: Sequence[Person], history: Sequence[Round]) -> np.ndarray:
    """How often each pair shared a group in ``history``; people no longer taking part are left out."""
    index = {person.id: position for position, person in enumerate(people)}
    met = np.zeros((len(people), len(people)), dtype=np.int64)
    for earlier in history:
        for group in earlier:
            members = np.array([index[member] for member in dict.fromkeys(group) if member in index], dtype=int)
            met[np.ix_(members, members)] += 1
    np.fill_diagonal(met, 0)
    return met


def _greedy_start(cost: np.ndarray, sizes: list[int], rng: np.random.Generator) -> np.ndarray:
    """Each person, hardest to place first (most hard conflicts), into the group where they add least."""
    hard = (cost >= min(SAME_TEAM, TWO_HOSTS)).sum(axis=1)
    order = np.lexsort((rng.permutation(len(cost)), -hard))
    added = np.zeros((len(cost), len(sizes)), dtype=np.int64)  # what joining each group would cost
    room = np.array(sizes)
    group_of = np.empty(len(cost), dtype=int)
    full = np.iinfo(np.int64).max
    for person in order:
        options = np.where(room > 0, added[person], full)
        group = int(rng.choice(np.flatnonzero(options == options.min())))
        group_of[person] = group
        room[group] -= 1
        added[:, group] += cost[:, person]
    return group_of


def _unavoidable(people: list[Person], groups: int) -> int:
    """A lower bound of the cost: each municipality's same-municipality pairs when spread evenly over the groups."""
    pairs = 0
    for count in Counter(person.municipality for person in people if person.municipality is not None).values():
        each, larger = divmod(count, groups)
        pairs += larger * (each + 1) * each // 2 + (groups - larger) * each * (each - 1) // 2
    return SAME_MUNICIPALITY * pairs


def _improved(cost: np.ndarray, group_of: np.ndarray, groups: int, rng: np.random.Generator, *,
              good_enough: int) -> np.ndarray:
    """The best grouping a tabu search over swaps finds from ``group_of``, restarting from the best when stuck;
    it stops early at a cost no grouping goes below."""
    search = _Search(cost, group_of, groups, rng)
    best_total, best = search.total, group_of.copy()
    unchanged = 0
    for step in range(MOST_STEPS):
        if best_total <= good_enough:
            break
        if unchanged >= STEPS_WITHOUT_GAIN:
            search = _Search(cost, best.copy(), groups, rng)
            search.shake(SHAKE_SWAPS)
            unchanged = 0
        unchanged += 1
        if search.step(step, best_total) and search.total < best_total:
            best_total, best, unchanged = search.total, search.group_of.copy(), 0
    return best


class _Search:
    """One grouping under a tabu search. ``load[p, g]`` is what p's pairs with the members of group g cost."""

    def __init__(self, cost: np.ndarray, group_of: np.ndarray, groups: int, rng: np.random.Generator) -> None:
        self.cost, self.group_of, self.rng = cost, group_of, rng
        self.everyone = np.arange(len(group_of))
        self.load = cost @ (group_of[:, None] == np.arange(groups)[None, :]).astype(np.int64)
        self.own = self.load[self.everyone, group_of]
        self.total = int(self.own.sum()) // 2
        self.tabu_until = np.zeros(self.load.shape, dtype=np.int64)  # step until which p may not join g

    def step(self, step: int, best_total: int) -> bool:
        """Make the best allowed swap of a person who has a cost, even a worse one; False when none is allowed."""
        rows = np.flatnonzero(self.own > 0)
        if len(rows) > ROWS_PER_STEP:
            rows = self.rng.choice(rows, ROWS_PER_STEP, replace=False)
        group_of, load, own = self.group_of, self.load, self.own
        # Swapping i (in a) with j (in b) changes the cost by load[i, b] - own[i] + load[j, a] - own[j] - 2 c[i, j].
        delta = (load[rows][:, group_of] - own[rows, None] + load[:, group_of[rows]].T - own[None, :]
                 - 2 * self.cost[rows])
        joins_b = self.tabu_until[rows][:, group_of]  # until when i may not join j's group
        joins_a = self.tabu_until[:, group_of[rows]].T  # until when j may not join i's group
        tabu = (joins_b > step) | (joins_a > step)
        allowed = (group_of[rows, None] != group_of[None, :]) & (~tabu | (self.total + delta < best_total))
        if not allowed.any():
            return False
        delta = np.where(allowed, delta, np.iinfo(np.int64).max)
        row, j = divmod(int(self.rng.choice(np.flatnonzero(delta == delta.min()))), len(group_of))
        i = int(rows[row])
        self.tabu_until[i, group_of[i]] = self.tabu_until[j, group_of[j]] = (
            step + TABU_STEPS + self.rng.integers(0, TABU_STEPS + 1))
        self.total += int(delta[row, j])
        self._swap(i, j)
        return True

    def shake(self, swaps: int) -> None:
        """A few random swaps, to leave a region the search keeps returning to."""
        for _swap in range(swaps):
            i, j = self.rng.choice(len(self.group_of), 2, replace=False)
            if self.group_of[i] != self.group_of[j]:
                self.total += int(self.load[i, self.group_of[j]] - self.own[i] + self.load[j, self.group_of[i]]
                                  - self.own[j] - 2 * self.cost[i, j])
                self._swap(int(i), int(j))

    def _swap(self, i: int, j: int) -> None:
        a, b = int(self.group_of[i]), int(self.group_of[j])
        self.load[:, a] += self.cost[:, j] - self.cost[:, i]
        self.load[:, b] += self.cost[:, i] - self.cost[:, j]
        self.group_of[i], self.group_of[j] = b, a
        self.own = self.load[self.everyone, self.group_of]


def _hard_cost(cost: np.ndarray, group_of: np.ndarray) -> bool:
    together = group_of[:, None] == group_of[None, :]
    return bool((cost[together] >= min(SAME_TEAM, TWO_HOSTS)).any())


def _listed(people: list[Person], group_of: np.ndarray, groups: int) -> list[list[PersonId]]:
    """Groups in a stable order: each with its host first, then as ``people`` listed them."""
    members: list[list[int]] = [[] for _group in range(groups)]
    for position in sorted(range(len(people)), key=lambda p: (not people[p].host, p)):
        members[int(group_of[position])].append(position)
    members.sort(key=lambda group: min(group))
    return [[people[position].id for position in group] for group in members]
