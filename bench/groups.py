"""Benchmark: cross-groups over a collaborative's meetings, each drawn as the page draws it: with the earlier
meetings as history and the later ones planned for (``ahead``).

Prints the repeated pairs the search leaves for 40 people of 10 teams in groups of 5 over 7 meetings and for
32 people of 8 teams in groups of 4 over 6 meetings, and the CPU time of each meeting's draw and of all of
them for 200 people in groups of 5 over 7 meetings (goal: each draw under 2 s on one core), once where every
pair cost can be avoided and once where municipalities are so large that same-municipality pairs cannot.
Run: ``PYTHONPATH=. taskset -c 0 python bench/groups.py``.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: numpy's BLAS would otherwise use every core
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import time  # noqa: E402

from workshop.groups import make_groups, pair_counts  # noqa: E402

SEED = 20261206


def people(teams: int, per_team: int, teams_per_municipality: int) -> list[dict]:
    return [{"id": f"{team}-{person}", "team": team, "municipality": team // teams_per_municipality}
            for team in range(teams) for person in range(per_team)]


def meetings(participants: list[dict], *, size: int, count: int) -> tuple[list, list[float]]:
    history: list = []
    seconds = []
    for meeting in range(count):
        started = time.process_time()
        history.append(make_groups(participants, size=size, history=history, seed=SEED + meeting,
                                   ahead=count - 1 - meeting))
        seconds.append(time.process_time() - started)
    return history, seconds


def report(title: str, participants: list[dict], *, size: int, count: int) -> None:
    rounds, seconds = meetings(participants, size=size, count=count)
    found = [pair_counts(groups, participants, rounds[:meeting]) for meeting, groups in enumerate(rounds)]
    print(title)
    print(f"  repeated pairs per meeting:          {[counted.repeated for counted in found]}"
          f"  (total {sum(counted.repeated for counted in found)})")
    print(f"  same-municipality pairs per meeting: {[counted.same_municipality for counted in found]}")
    print(f"  same-team pairs:                     {sum(counted.same_team for counted in found)}")
    print(f"  CPU time per meeting (s):            {[round(each, 2) for each in seconds]}")
    print(f"  CPU time for {count} meetings:           {sum(seconds):6.2f} s (slowest meeting {max(seconds):.2f} s)")


def main() -> None:
    report("40 people, 10 teams of 4 (2 per municipality), groups of 5, 7 meetings",
           people(10, 4, 2), size=5, count=7)
    report("32 people, 8 teams of 4 (2 per municipality), groups of 4, 6 meetings",
           people(8, 4, 2), size=4, count=6)
    report("200 people, 50 teams of 4 (2 per municipality), groups of 5, 7 meetings (goal: under 2 s)",
           people(50, 4, 2), size=5, count=7)
    report("200 people, 40 teams of 5 (10 per municipality), groups of 5, 7 meetings (goal: under 2 s)",
           people(40, 5, 10), size=5, count=7)


if __name__ == "__main__":
    main()
