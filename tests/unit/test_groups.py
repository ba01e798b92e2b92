"""Cross-groups: the issue's cases, what holds for any request, refusals and the pasted participant lists."""

from __future__ import annotations

import time
from collections import Counter
from types import SimpleNamespace

import numpy as np
import pytest

from workshop.errors import InvalidInput, UserError
from workshop.groups import TeamList, make_groups, pair_counts, parse_team_list, participants_of
from workshop.groups.search import _Plan


def collaborative(teams: int, per_team: int, *, teams_per_municipality: int = 2, hosts: int = 0) -> list[dict]:
    people = [{"id": f"lag{team}-{person}", "team": f"Lag {team}",
               "municipality": f"Kommun {team // teams_per_municipality}"}
              for team in range(teams) for person in range(per_team)]
    for person in people[::per_team][:hosts]:  # the first person of as many teams as there are hosts
        person["host"] = True
    return people


def meetings(people, *, size: int, count: int, seed: int) -> list[list[list[str]]]:
    """``count`` meetings' groups, each drawn with the earlier ones as history and the later ones planned for."""
    history: list[list[list[str]]] = []
    for meeting in range(count):
        history.append(make_groups(people, size=size, history=history, seed=seed + meeting,
                                   ahead=count - 1 - meeting))
    return history


def counts(people, rounds):
    return [pair_counts(groups, people, rounds[:meeting]) for meeting, groups in enumerate(rounds)]


@pytest.mark.parametrize("seed", [0, 100])
def test_32_people_of_8_teams_in_groups_of_4_over_6_meetings(seed):
    people = collaborative(8, 4)
    per_meeting = counts(people, meetings(people, size=4, count=6, seed=seed))
    assert [(found.same_team, found.repeated) for found in per_meeting] == [(0, 0)] * 6


def test_40_people_of_10_teams_in_groups_of_5_over_7_meetings_never_share_a_team():
    people = collaborative(10, 4)
    rounds = meetings(people, size=5, count=7, seed=1)
    assert [found.same_team for found in counts(people, rounds)] == [0] * 7
    assert all(len(group) == 5 for groups in rounds for group in groups)


@pytest.mark.parametrize(("teams", "per_team", "size", "hosts"), [
    (7, 3, 4, 0), (5, 5, 5, 2), (11, 2, 3, 4), (3, 2, 2, 3), (13, 3, 6, 0), (4, 1, 3, 1),
])
def test_everyone_placed_once_in_groups_that_differ_by_at_most_one(teams, per_team, size, hosts):
    people = collaborative(teams, per_team, hosts=hosts)
    for groups in meetings(people, size=size, count=3, seed=teams):
        placed = [member for group in groups for member in group]
        assert Counter(placed) == Counter(person["id"] for person in people)
        sizes = [len(group) for group in groups]
        assert max(sizes) <= size and max(sizes) - min(sizes) <= 1 and min(sizes) >= 2
        assert pair_counts(groups, people).same_team == 0
        host_ids = {person["id"] for person in people if person.get("host")}
        assert all(sum(member in host_ids for member in group) <= 1 for group in groups)
        assert all(group[0] in host_ids for group in groups if host_ids & set(group))  # the host is named first


def test_same_seed_same_groups_and_people_as_objects_or_mappings():
    people = collaborative(6, 3)
    as_objects = [SimpleNamespace(host=False, **person) for person in people]
    history = meetings(people, size=3, count=2, seed=5)
    assert make_groups(people, size=3, history=history, seed=9) == make_groups(as_objects, size=3, history=history,
                                                                                 seed=9)


def test_the_search_keeps_municipalities_apart_where_it_can():
    # 4 municipalities of 2 teams of 3 in groups of 4: one person per municipality in each group is possible.
    people = collaborative(8, 3)
    groups = make_groups(people, size=4, seed=3)
    assert pair_counts(groups, people).same_municipality == 0


def test_the_plan_kept_up_to_date_swap_by_swap_is_the_plan_counted_afresh():
    rng = np.random.default_rng(1)
    cost = rng.integers(0, 5, (3, 20, 20))
    cost = cost + cost.transpose(0, 2, 1)
    for meeting_cost in cost:
        np.fill_diagonal(meeting_cost, 0)
    plan = _Plan(cost, np.array([rng.permutation(np.arange(20) % 5) for _meeting in range(3)]), 5, rng)
    for step in range(300):
        if step % 3:
            plan.step(step, best_total=10**9)
        else:
            plan.shake(2)
    afresh = _Plan(cost, plan.group_of.copy(), 5, rng)
    assert (afresh.total, afresh.met.tolist(), afresh.load.tolist()) == (plan.total, plan.met.tolist(),
                                                                           plan.load.tolist())


def test_planning_ahead_must_be_zero_or_more():
    with pytest.raises(ValueError, match="ahead"):
        make_groups(collaborative(4, 2), size=2, seed=1, ahead=-1)


def test_history_of_people_who_no_longer_take_part_is_left_out():
    people = collaborative(4, 2)
    history = [[["lag0-0", "lag1-0", "someone-gone"], ["lag2-0", "lag3-0"]]]
    groups = make_groups(people, size=2, history=history, seed=2)
    assert pair_counts(groups, people, history).repeated == 0


def test_pair_counts_by_hand():
    people = [{"id": 1, "team": "A", "municipality": "X"}, {"id": 2, "team": "A", "municipality": "X"},
              {"id": 3, "team": "B", "municipality": "X"}, {"id": 4, "team": "C", "municipality": None},
              {"id": 5, "team": "D", "municipality": None}]
    found = pair_counts([[1, 2, 3], [4, 5]], people, history=[[[1, 3], [4, 5, 2]], [[4, 5]]])
    # 1–2 share a team; 1–3 and 2–3 a municipality (not 1–2: that is a team); 1–3 and 4–5 met before.
    assert (found.same_team, found.same_municipality, found.repeated) == (1, 2, 2)


@pytest.mark.parametrize(("people", "size", "words"), [
    (collaborative(4, 2), 1, "minst två"),
    (collaborative(4, 2), 0, "minst två"),
    (collaborative(2, 2), 5, "Grupper om 5"),
    (collaborative(1, 6), 3, "Lag 0 har 6 deltagare"),  # every person of one team
    (collaborative(3, 4), 4, "Lag 0 har 4 deltagare men det blir bara 3 grupper"),
    (collaborative(6, 2, hosts=4), 4, "4 gruppvärdar"),
    ([], 3, "Ingen är med"),
])
def test_impossible_requests_are_refused_at_once_in_swedish(people, size, words):
    started = time.perf_counter()
    with pytest.raises(UserError, match=words):
        make_groups(people, size=size, seed=1)
    assert time.perf_counter() - started < 1


def test_pasted_names_blank_lines_and_hosts():
    listed = parse_team_list(TeamList("Lag Norr", "Ankeby", "\n  Anna  \n\nBo *\n\r\nCecilia\n"))
    assert [(person.name, person.host, person.number) for person in listed] == [
        ("Anna", False, 1), ("Bo", True, 2), ("Cecilia", False, 3)]
    assert {person.team for person in listed} == {"Lag Norr"} and len({person.id for person in listed}) == 3


def test_a_count_instead_of_names():
    listed = parse_team_list(TeamList("Lag Syd", "Ankeby", " 3 \n"))
    assert [person.label for person in listed] == ["Lag Syd, person 1", "Lag Syd, person 2", "Lag Syd, person 3"]


@pytest.mark.parametrize(("text", "words"), [
    ("Anna\nBo\nanna", "Lag Norr: anna står två gånger"),
    ("Anna\n12", "Lag Norr: skriv antingen namn"),
    ("61", "högst 60 deltagare"),
    ("Anna\x07", "tecken som inte kan användas"),
])
def test_bad_lists_get_a_message_naming_the_team(text, words):
    with pytest.raises(InvalidInput, match=words):
        parse_team_list(TeamList("Lag Norr", "Ankeby", text))


def test_teams_without_participants_are_left_out_with_a_note():
    people, left_out = participants_of([TeamList("Lag A", "X", "Anna\nBo"), TeamList("Lag B", "Y", "\n\n"),
                                        TeamList("Lag C", "Y", "0")])
    assert [person.team for person in people] == ["Lag A", "Lag A"]
    assert left_out == ["Lag B har inga deltagare listade och är inte med i grupperna.",
                        "Lag C har inga deltagare listade och är inte med i grupperna."]
    with pytest.raises(UserError, match="Ingen är med"):
        participants_of([TeamList("Lag B", "Y", "")])


def test_any_municipality_value_counts_and_an_empty_one_keeps_nobody_apart():
    people = [{"id": person, "team": person, "municipality": municipality}
              for person, municipality in enumerate([0, 0, "", "", None, None])]
    assert pair_counts([[0, 1], [2, 3], [4, 5]], people).same_municipality == 1
