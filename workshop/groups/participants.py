"""Who takes part in a meeting's cross-groups, pasted per team: first names of staff, or just a count.

Only staff take part in the groups, never clients. A name ending in ``*`` is a group host. Blank lines are
left out; a team with no names and no count does not take part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop.errors import InvalidInput, UserError
from workshop.i18n import N_, _
from workshop.validation import clean_text, name_key

LIST_HELP = N_("First names of staff (never clients), one per line, or only how many take part."
               " Put * after the name of a group host.")
HOST_MARK = "*"
MAX_NAME_LENGTH = 40
MAX_PER_TEAM = 60


@dataclass(frozen=True)
class Participant:
    id: str
    team: str
    municipality: str
    number: int
    """Place in the team's list, from 1."""
    name: str = ""
    """Empty when the team gave only a count."""
    host: bool = False

    @property
    def label(self) -> str:
        return self.name or _("{team}, person {number}").format(team=self.team, number=self.number)


@dataclass(frozen=True)
class TeamList:
    team: str
    municipality: str
    text: str


def parse_team_list(listed: TeamList) -> list[Participant]:
    """The team's participants from its pasted list; :class:`InvalidInput` names the team and the line."""
    lines = [line.strip() for line in listed.text.splitlines() if line.strip()]
    if len(lines) == 1 and lines[0].isdigit():
        return _counted(listed, int(lines[0]))
    if len(lines) > MAX_PER_TEAM:
        raise _too_many(listed.team, len(lines))
    participants: list[Participant] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        host = line.endswith(HOST_MARK)
        name = clean_text(line.removesuffix(HOST_MARK), field="participants", label=_("Name"),
                          max_length=MAX_NAME_LENGTH)
        if name.isdigit():
            raise InvalidInput(_("{team}: write either names, one per line, or only a number (line {line} is"
                                 " “{text}”).").format(team=listed.team, line=number, text=name),
                               field="participants")
        if name_key(name) in seen:
            raise InvalidInput(_("{team}: {name} is listed twice. Add an initial to tell them apart, for example"
                                 " “{name} B”.").format(team=listed.team, name=name), field="participants")
        seen.add(name_key(name))
        participants.append(Participant(id=f"{listed.team}#{number}", team=listed.team,
                                        municipality=listed.municipality, number=number, name=name, host=host))
    return participants


def _counted(listed: TeamList, count: int) -> list[Participant]:
    if count > MAX_PER_TEAM:
        raise _too_many(listed.team, count)
    return [Participant(id=f"{listed.team}#{number}", team=listed.team, municipality=listed.municipality,
                        number=number) for number in range(1, count + 1)]


def _too_many(team: str, count: int) -> InvalidInput:
    return InvalidInput(_("{team}: at most {limit} participants per team ({count} listed).").format(
        team=team, limit=MAX_PER_TEAM, count=count), field="participants")


def participants_of(lists: Sequence[TeamList]) -> tuple[list[Participant], list[str]]:
    """Everyone taking part, and a sentence for each team left out because it listed nobody."""
    participants: list[Participant] = []
    left_out: list[str] = []
    for listed in lists:
        team_participants = parse_team_list(listed)
        if not team_participants:
            left_out.append(_("{team} has no participants listed and is not in the groups.").format(team=listed.team))
        participants += team_participants
    if not participants:
        raise UserError(_("Nobody takes part yet. List the participants of each team first."), field="participants")
    return participants, left_out
