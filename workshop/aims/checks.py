"""Friendly checks of an aim statement. They never block saving a draft; they say what would make it clearer.

"Some is not a number, soon is not a time" (Berwick): a good aim says how much, by when.
"""

from __future__ import annotations

import datetime as dt

from workshop.aims.model import AimDetails
from workshop.i18n import _
from workshop.improvement.hints import Hint


def _number_hints(aim: AimDetails) -> list[Hint]:
    hints = []
    for code, typed, number, label in (
        ("baseline_not_number", aim.baseline, aim.baseline_number, _("the baseline (where you are now)")),
        ("target_not_number", aim.target, aim.target_number, _("the target (how much)")),
    ):
        if number is None:
            message = _("Some is not a number: write {label} as a number, for example 20.").format(label=label)
            if typed.strip():
                message = _("“{typed}” is not a number: write {label} as a number, for example 20.").format(
                    typed=typed.strip(), label=label)
            hints.append(Hint(code, message))
    if aim.baseline_number is not None and aim.baseline_number == aim.target_number:
        hints.append(Hint("target_equals_baseline",
                          _("The target is the same as the baseline. How much do you want to change?")))
    return hints


def _date_hints(aim: AimDetails, today: dt.date) -> list[Hint]:
    if aim.by_when is None:
        return [Hint("no_date", _("Soon is not a time: choose the date by which the aim is reached."))]
    if aim.by_when < today:
        return [Hint("date_in_past", _("The date has already passed. Choose a date ahead of you."))]
    return []


def aim_hints(aim: AimDetails, *, today: dt.date, has_target_group: bool) -> list[Hint]:
    """What is missing or unclear in ``aim``, in the order of the sentence; empty when the aim is clear."""
    hints = []
    if not aim.what.strip():
        hints.append(Hint("what_missing", _("Say what will change, for example “the share of new visits "
                                            "where AUDIT and DUDIT are used”.")))
    if not aim.for_whom.strip():
        message = (_("Say for whom: the target group you chose in step 1.") if has_target_group
                   else _("No target group yet: say for whom, or choose the target group in step 1."))
        hints.append(Hint("no_target_group", message))
    return hints + _number_hints(aim) + _date_hints(aim, today)
