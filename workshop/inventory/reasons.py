"""Reasons for a case (försörjningshinder) grouped into Socialstyrelsen's main groups.

The code list ``reasons.yaml`` beside this module is meant to be edited: a
municipality adds the texts its own system writes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from workshop.i18n import N_
from workshop.inventory.mapping import normalise
from workshop.model import LABELS, Choice

CODE_LIST = Path(__file__).with_name("reasons.yaml")


class ReasonGroup(Choice):
    UNEMPLOYMENT = "unemployment"
    ILL_HEALTH = "ill_health"
    SOCIAL = "social"
    OTHER = "other"
    NOT_STATED = "not_stated"


REASON_GROUPS = tuple(group.value for group in ReasonGroup)

LABELS.update({
    ReasonGroup.UNEMPLOYMENT: N_("Unemployment"),
    ReasonGroup.ILL_HEALTH: N_("Ill health"),
    ReasonGroup.SOCIAL: N_("Social reasons"),
    ReasonGroup.OTHER: N_("Other reasons"),
    ReasonGroup.NOT_STATED: N_("Reason not stated"),
})


@cache
def _code_list(path: Path = CODE_LIST) -> tuple[dict[str, tuple[ReasonGroup, str]],
                                                 tuple[tuple[str, ReasonGroup], ...]]:
    import yaml

    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    exact = {normalise(text): (ReasonGroup(group), text) for group, texts in loaded["codes"].items() for text in texts}
    keywords = tuple((normalise(word), ReasonGroup(group))
                     for group, words in loaded.get("keywords", {}).items() for word in words)
    return exact, keywords


def reason_group(text: str, path: Path = CODE_LIST) -> tuple[ReasonGroup, bool]:
    """``(group, listed)``: the group of a reason text, and whether the code list names it exactly."""
    name = normalise(text)
    if not name:
        return ReasonGroup.NOT_STATED, True
    exact, keywords = _code_list(path)
    if name in exact:
        return exact[name][0], True
    for word, group in keywords:
        if word in name:
            return group, False
    return ReasonGroup.OTHER, False


def listed_reason(text: str, path: Path = CODE_LIST) -> tuple[str, ReasonGroup] | None:
    """The code list's own spelling of a reason text and its group, if the list names it."""
    found = _code_list(path)[0].get(normalise(text))
    return None if found is None else (found[1], found[0])
