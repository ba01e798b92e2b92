"""Cross-groups (tvärgrupper) for one meeting, planned together with later ones: a greedy start improved by a
tabu search over swaps.

Every pair of people placed in one group costs a weight: the same team far more than anything else, two hosts
as much (hosts are spread one per group), a pair that met in an earlier meeting's groups less, once per
earlier meeting, and two people of the same municipality least. A grouping's cost is the sum over its pairs.

Drawn meeting by meeting, the best groups for each meeting alone can leave a later meeting where every
grouping repeats a pair. So the meeting asked for is planned together with ``ahead`` later ones: the search
works on all of them at once, a pair costing also once for each two planned meetings it meets in, and only
the first meeting's groups are returned; the next draw plans again from the groups really kept. A pair from
an earlier meeting costs more in the first meeting than in the later ones, so that where repeats cannot be
avoided the plan leaves them to later meetings, which are planned again anyway.

The start places each planned meeting's people one by one, the hardest first (hosts, the largest teams), in
the group where they add least. The search then swaps two people of different groups in one meeting, which
keeps every group's size: each step looks at the swaps of a few people who have a cost in their group and
makes the best one, even when it makes things worse, while the people just moved may not move back for a few
steps (tabu), so that it leaves a local minimum instead of circling in it; after many steps without a better
plan it starts again from the best one, shaken by a few random swaps. It stops at a cost no plan goes below
or after a fixed number of steps, so the same seed always gives the same groups and no request runs on.
Costs are kept as a meetings × people × groups table, so a swap is judged with a few additions and updates
the other meetings' tables with a few more (docs/decisions.md, "Cross-groups").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from workshop.errors import UserError
from workshop.groups.people import Person, PersonId, Round, as_people, group_count
from workshop.i18n import _

SAME_TEAM = 1_000_000
TWO_HOSTS = 1_000_000
REPEATED_PAIR = 20  # per earlier meeting of the pair, or per other planned meeting
REPEATED_NOW = 60  # per earlier meeting of a pair placed together in the meeting asked for
SAME_MUNICIPALITY = 1

ROWS_PER_STEP = 24  # people whose swaps one step compares; all of them when fewer have a cost
TABU_STEPS = 6  # at least; up to twice that, drawn per move
STEPS_WITHOUT_GAIN = 400
MOST_STEPS = 4_000
STEPS_PER_PERSON = 40  # a smaller budget for a plan of few people and meetings: it has few groupings to try
SHAKE_SWAPS = 3
AHEAD = 2  # later meetings planned together with the one asked for, where the caller does not say


def group_sizes(people_count: int, groups: int) -> list[int]:
    base, larger = divmod(people_count, groups)
    return [base + 1] * larger + [base] * (groups - larger)


def make_groups(people: Sequence[object], *, size: int, history: Sequence[Round] = (),
                seed: int | None = None, ahead: int = AHEAD) -> list[list[PersonId]]:
    """Groups of at most ``size`` people (sizes differ by at most one), each person in exactly one.

    ``people`` are objects or mappings with ``id``, ``team``, ``municipality`` and optionally ``host``;
    ``history`` holds earlier meetings' groups in the shape returned here. No group holds two people of the
    same team or two hosts; pairs from ``history`` and of one municipality are as few as the search finds.
    The meeting is planned together with ``ahead`` later ones (only its own groups are returned), so that
    it leaves room for them to avoid repeated pairs too: pass the number of the collaborative's meetings
    still to come after this one where it is known (0 for its last), since planning for meetings that never
    come can cost the real ones a repeat. Requests that cannot be met raise :class:`UserError` before any
    search.
    """
    if ahead < 0:
        raise ValueError("ahead must be zero or more")
    persons = as_people(people)
    groups = _checked_group_count(persons, size)
    rng = np.random.default_rng(seed)
    cost = meeting_costs(persons, history, 1 + ahead)
    plan = _planned(cost, group_sizes(len(persons), groups), rng,
                    good_enough=(1 + ahead) * _unavoidable(persons, groups))
    if _hard_cost(cost[0], plan[0]):
        # Never reached in the tests: with every team and the hosts at most one per group a grouping exists
        # (an equitable edge colouring), but a bounded search gives no proof that it finds one.
        raise UserError(_("No grouping keeps every team apart with these groups. Try another group size."))
    return _listed(persons, plan[0], groups)


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


def meeting_costs(people: Sequence[Person], history: Sequence[Round], meetings: int) -> np.ndarray:
    """What placing each pair in one group costs in each of ``meetings`` planned meetings (symmetric, zero
    diagonal); a pair from ``history`` costs more in the first, the one asked for, than in the later ones."""

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
    )
    np.fill_diagonal(cost, 0)
    repeated = np.full(meetings, REPEATED_PAIR)
    repeated[0] = REPEATED_NOW
    return cost + repeated[:, None, None] * earlier_meetings(people, history)


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


def _together(group_of: np.ndarray) -> np.ndarray:
    """1 for each pair sharing a group in ``group_of``, 0 elsewhere and on the diagonal."""
    together = (group_of[:, None] == group_of[None, :]).astype(np.int64)
    np.fill_diagonal(together, 0)
    return together


def _planned(cost: np.ndarray, sizes: list[int], rng: np.random.Generator, *, good_enough: int) -> np.ndarray:
    """The best plan of groupings, one row per meeting of ``cost``, that a tabu search over swaps finds from
    greedy starts, restarting from the best when stuck; it stops early at a cost no plan goes below."""
    met = np.zeros_like(cost[0])
    starts = []
    for meeting_cost in cost:
        starts.append(_greedy_start(meeting_cost + REPEATED_PAIR * met, sizes, rng))
        met += _together(starts[-1])
    search = _Plan(cost, np.array(starts), len(sizes), rng)
    best_total, best = search.total, search.group_of.copy()
    unchanged = 0
    for step in range(min(MOST_STEPS, STEPS_PER_PERSON * cost.shape[0] * cost.shape[1])):
        if best_total <= good_enough:
            break
        if unchanged >= STEPS_WITHOUT_GAIN:
            search = _Plan(cost, best.copy(), len(sizes), rng)
            search.shake(SHAKE_SWAPS)
            unchanged = 0
        unchanged += 1
        if search.step(step, best_total) and search.total < best_total:
            best_total, best, unchanged = search.total, search.group_of.copy(), 0
    return best


class _Plan:
    """Several meetings' groupings (``group_of[t, p]``) under one tabu search.

    ``met[p, q]`` counts the planned meetings where p and q share a group. In meeting t a pair costs its
    ``cost`` plus REPEATED_PAIR for every other planned meeting where it meets too, and ``load[t, p, g]`` is
    what p's pairs with the members of group g in meeting t cost. The plan's total counts each pair's cost
    once per meeting it meets in and REPEATED_PAIR once per two planned meetings it meets in.
    """

    def __init__(self, cost: np.ndarray, group_of: np.ndarray, groups: int, rng: np.random.Generator) -> None:
        self.cost, self.group_of, self.rng = cost, group_of, rng
        self.everyone = np.arange(group_of.shape[1])
        self.meetings = np.arange(len(group_of))
        together = [_together(row) for row in group_of]
        self.met = sum(together, np.zeros_like(cost[0]))
        self.load = np.stack([(meeting_cost + REPEATED_PAIR * (self.met - pairs))
                              @ (row[:, None] == np.arange(groups)[None, :]).astype(np.int64)
                              for meeting_cost, row, pairs in zip(cost, group_of, together, strict=True)])
        self._own()
        # Each pair appears twice in these symmetric tables; met * (met - 1) // 2 counts its two-meeting pairs.
        self.total = (sum(int((meeting_cost * pairs).sum()) for meeting_cost, pairs in zip(cost, together, strict=True))
                      + REPEATED_PAIR * int((self.met * (self.met - 1) // 2).sum())) // 2
        self.tabu_until = np.zeros(self.load.shape, dtype=np.int64)  # step until which p may join g in t

    def step(self, step: int, best_total: int) -> bool:
        """Make the best allowed swap in one meeting of a person who has a cost there, even a worse one;
        False when none is allowed."""
        with_cost = np.flatnonzero(self.own > 0)
        if not len(with_cost):
            return False
        meeting = int(self.rng.choice(with_cost)) // len(self.everyone)
        rows = np.flatnonzero(self.own[meeting] > 0)
        if len(rows) > ROWS_PER_STEP:
            rows = self.rng.choice(rows, ROWS_PER_STEP, replace=False)
        group_of, load, own = self.group_of[meeting], self.load[meeting], self.own[meeting]
        # Swapping i (in a) with j (in b) changes the cost by load[i, b] - own[i] + load[j, a] - own[j] - 2 c[i, j],
        # where c[i, j] counts the other planned meetings where i and j meet.
        delta = (load[rows][:, group_of] - own[rows, None] + load[:, group_of[rows]].T - own[None, :]
                 - 2 * (self.cost[meeting][rows] + REPEATED_PAIR * self.met[rows]))
        tabu_until = self.tabu_until[meeting]
        tabu = (tabu_until[rows][:, group_of] > step) | (step < tabu_until[:, group_of[rows]].T)
        allowed = (group_of[rows, None] != group_of[None, :]) & (~tabu | (self.total + delta < best_total))
        if not allowed.any():
            return False
        delta = np.where(allowed, delta, np.iinfo(np.int64).max)
        row, j = divmod(int(self.rng.choice(np.flatnonzero(delta == delta.min()))), len(group_of))
        i = int(rows[row])
        tabu_until[i, group_of[i]] = tabu_until[j, group_of[j]] = (
            step + TABU_STEPS + self.rng.integers(0, TABU_STEPS + 1))
        self.total += int(delta[row, j])
        self._swap(meeting, i, j)
        return True

    def shake(self, swaps: int) -> None:
        """A few random swaps, to leave a region the search keeps returning to."""
        for _swap in range(swaps):
            meeting = int(self.rng.integers(len(self.group_of)))
            i, j = (int(person) for person in self.rng.choice(len(self.everyone), 2, replace=False))
            a, b = self.group_of[meeting, i], self.group_of[meeting, j]
            if a != b:
                load, own = self.load[meeting], self.own[meeting]
                self.total += int(load[i, b] - own[i] + load[j, a] - own[j]
                                  - 2 * (self.cost[meeting, i, j] + REPEATED_PAIR * self.met[i, j]))
                self._swap(meeting, i, j)

    def _swap(self, meeting: int, i: int, j: int) -> None:
        group_of = self.group_of[meeting]
        a, b = int(group_of[i]), int(group_of[j])
        in_a = np.flatnonzero(group_of == a)
        in_b = np.flatnonzero(group_of == b)
        in_a, in_b = in_a[in_a != i], in_b[in_b != j]
        # In this meeting only i's and j's groups change; what a pair costs here stays.
        load = self.load[meeting]
        change = self._costs_of(meeting, j) - self._costs_of(meeting, i)
        load[:, a] += change
        load[:, b] -= change
        # In every other meeting, i's and j's pairs with the members of a and b change their cost.
        for other in self.meetings[self.meetings != meeting]:
            groups, load = self.group_of[other], self.load[other]
            gained = REPEATED_PAIR * (np.bincount(groups[in_b], minlength=load.shape[1])
                                      - np.bincount(groups[in_a], minlength=load.shape[1]))
            load[i] += gained
            load[j] -= gained
            for members, sign in ((in_b, REPEATED_PAIR), (in_a, -REPEATED_PAIR)):
                load[members, groups[i]] += sign
                load[members, groups[j]] -= sign
        for person, left, joined in ((i, in_a, in_b), (j, in_b, in_a)):
            self.met[person, left] -= 1
            self.met[left, person] -= 1
            self.met[person, joined] += 1
            self.met[joined, person] += 1
        group_of[i], group_of[j] = b, a
        self._own()

    def _costs_of(self, meeting: int, person: int) -> np.ndarray:
        """What each person sharing a group with ``person`` in ``meeting`` costs."""
        costs = self.cost[meeting][:, person] + REPEATED_PAIR * (
            self.met[:, person] - (self.group_of[meeting] == self.group_of[meeting, person]))
        costs[person] = 0
        return costs

    def _own(self) -> None:
        self.own = self.load[self.meetings[:, None], self.everyone[None, :], self.group_of]


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
