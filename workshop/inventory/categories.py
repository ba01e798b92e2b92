"""Category values of an export (reasons, insatser) as known categories, never as the file's free text.

A cell can hold anything, a client's name too ("Praktik hos …"). What is kept
and shown is a category the kit knows: a reason from ``reasons.yaml`` or its
main group, an insats from ``insatser.yaml``, or "Övrigt". Values not found
there are shown to the team once, when it reads the export, and the team sorts
each; its choices are kept in its mapping profile under a one-way key, so the
value itself is never stored and the next import of the same kind asks nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workshop.inventory.mapping import Role, normalise
from workshop.inventory.reasons import ReasonGroup

INSATS_LIST = Path(__file__).with_name("insatser.yaml")
OTHER = "Övrigt"
"""What a value sorted under no known insats is called (and the code list's text for other reasons)."""
GROUP_TEXTS = {ReasonGroup.UNEMPLOYMENT: "Arbetslöshet", ReasonGroup.ILL_HEALTH: "Ohälsa",
               ReasonGroup.SOCIAL: "Sociala skäl", ReasonGroup.OTHER: OTHER}
"""The reason text kept for a value the team sorted under a main group (each is in ``reasons.yaml``)."""
REASON_CHOICES = tuple(group.value for group in GROUP_TEXTS)


@cache
def _insatser(path: Path = INSATS_LIST) -> dict[str, str]:
    import yaml

    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))["insatser"]
    return {normalise(spelling): name for name, others in loaded.items() for spelling in (name, *(others or ()))}


def insats_names() -> tuple[str, ...]:
    """The known insatser, in the code list's order."""
    return tuple(dict.fromkeys(_insatser().values()))


def known_insats(text: str) -> str | None:
    """The known insats a text names (``"jobbtorget"`` → ``"Jobbtorg"``), or None."""
    return _insatser().get(normalise(text))


def decision_key(role: Role, text: str) -> str:
    """A one-way key for a value of a column: the team's choice is kept under it, the value never."""
    return hashlib.blake2b(f"{role.value}\n{normalise(text)}".encode(), digest_size=16).hexdigest()


def is_choice(role: Role, choice: str) -> bool:
    return choice in REASON_CHOICES if role is Role.REASON else (choice == OTHER or choice in insats_names())


@dataclass(frozen=True)
class Unrecognised:
    """A value of the export that is no known category: shown once to the team, never stored."""

    role: Role
    text: str
    suggestion: str
    """A reason's main group by keyword, else "other"; for an insats, "Övrigt"."""

    @property
    def key(self) -> str:
        return decision_key(self.role, self.text)
