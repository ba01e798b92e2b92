"""Cross-groups (tvärgrupper) for a collaborative's meetings: people of different teams mixed in small
groups, pairs that already met kept apart, from participant lists pasted per team.

>>> people, left_out = participants_of([TeamList("Lag A", "Ankeby", "Anna*\\nBo"), TeamList("Lag B", "Ankeby", "2")])
>>> groups = make_groups(people, size=2, seed=1)
>>> pair_counts(groups, people).same_team
0
"""

from importlib import import_module
from typing import Any

from workshop.groups.counts import PairCounts, pair_counts
from workshop.groups.participants import LIST_HELP, Participant, TeamList, parse_team_list, participants_of
from workshop.groups.people import group_count
from workshop.groups.rounds import draw_groups, group_counts, history_of
from workshop.groups.saved import SavedGroups, earlier_groups, meeting_groups, save_groups

__all__ = ["LIST_HELP", "PairCounts", "Participant", "SavedGroups", "TeamList", "draw_groups", "earlier_groups",
           "group_count", "group_counts", "history_of", "make_groups", "meeting_groups", "pair_counts",
           "parse_team_list", "participants_of", "save_groups"]


def __getattr__(name: str) -> Any:
    if name == "make_groups":  # loaded on first use: the search needs numpy, which showing saved groups does not
        return import_module("workshop.groups.search").make_groups
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
