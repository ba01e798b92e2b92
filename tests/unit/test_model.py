"""Fixed choices keep their own labels."""

from __future__ import annotations

from workshop.i18n import N_
from workshop.model import LABELS, Choice, StepStatus


class _Verdict(Choice):
    DONE = "done"


def test_two_choices_with_the_same_value_keep_their_own_labels():
    LABELS.update({_Verdict.DONE: N_("Decided")})
    assert _Verdict.DONE == StepStatus.DONE == "done"
    assert _Verdict.DONE.label == "Decided"
    assert StepStatus.DONE.label == "Klart"
