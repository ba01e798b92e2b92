"""Stable keys for the needs a support covers, so the ticks survive a change of language.

A key is ``<kind>:<value>`` and never contains a label in some language:

- ``reason:<reason group>`` – a reason group of step 1's inventory, e.g. ``reason:unemployment``
- ``age:<age band>`` – an age band of the inventory, e.g. ``age:18-24``
- ``insats:<name>`` – an insats of the inventory by the name it has there, e.g. ``insats:Arbetsträning``
- ``typed:<id>`` – a need the team typed itself, by its ``support_need`` row id, e.g. ``typed:4``

Labels are looked up when the map is read, in the page's language.
"""

from __future__ import annotations

from enum import StrEnum

from workshop.errors import InvalidInput
from workshop.i18n import LANGUAGES, _, in_language
from workshop.inventory.bands import age_label
from workshop.inventory.reasons import ReasonGroup
from workshop.validation import name_key


class NeedKind(StrEnum):
    REASON = "reason"
    AGE = "age"
    INSATS = "insats"
    TYPED = "typed"


def need_key(kind: NeedKind, value: str | int) -> str:
    return f"{kind.value}:{value}"


def typed_key(need_id: int) -> str:
    return need_key(NeedKind.TYPED, need_id)


def parse_need_key(key: str) -> tuple[NeedKind, str]:
    """The kind and value of ``key``, or :class:`InvalidInput` for anything that is not a need key."""
    kind, separator, value = str(key).partition(":")
    valid = (separator and value and kind in NeedKind._value2member_map_
             and (kind != NeedKind.TYPED or value.isdigit()))
    if not valid:
        raise InvalidInput(_("“{key}” is not a need of the support map.").format(key=key), field="needs")
    return NeedKind(kind), value


def typed_id(key: str) -> int | None:
    """The row id of a typed need's key; ``None`` for a need from the inventory."""
    kind, value = parse_need_key(key)
    return int(value) if kind is NeedKind.TYPED else None


def category_label(kind: NeedKind, value: str) -> str:
    """An inventory category's name in the current language (an insats keeps the name the inventory gives it)."""
    if kind is NeedKind.REASON and value in ReasonGroup._value2member_map_:
        return ReasonGroup(value).label
    if kind is NeedKind.AGE:
        return age_label(value)
    return value


def category_names(kind: NeedKind, value: str) -> set[str]:
    """The category's name in every language, compared as names are (case and spacing do not count)."""
    names = set()
    for language in LANGUAGES:
        with in_language(language):
            names.add(name_key(category_label(kind, value)))
    return names
