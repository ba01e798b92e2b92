"""The aim statement as one sentence, assembled from its parts while the team writes."""

from __future__ import annotations

from decimal import Decimal

from workshop.aims.model import AimDetails
from workshop.i18n import _, format_date, format_number

GAP = "…"


def _amount(typed: str, number: Decimal | None, unit: str) -> str:
    if not typed.strip():
        return GAP
    shown = format_number(number) if number is not None else typed.strip()
    # A no-break space keeps "80 %" together when the sentence is wrapped.
    return f"{shown}\u00a0{unit.strip()}" if unit.strip() else shown


def aim_sentence(aim: AimDetails) -> str:
    """For example "Andelen nybesök där AUDIT används för unga vuxna ska öka från 20 % till 80 % senast 31 dec. 2026."

    Missing parts are shown as "…" so the team sees what is left to write.
    """
    parts = {
        "what": aim.what.strip() or GAP,
        "whom": aim.for_whom.strip() or GAP,
        "baseline": _amount(aim.baseline, aim.baseline_number, aim.unit),
        "target": _amount(aim.target, aim.target_number, aim.unit),
        "date": format_date(aim.by_when) if aim.by_when else GAP,
    }
    baseline, target = aim.baseline_number, aim.target_number
    if baseline is not None and target is not None and target > baseline:
        template = _("{what} for {whom} will increase from {baseline} to {target} by {date}.")
    elif baseline is not None and target is not None and target < baseline:
        template = _("{what} for {whom} will decrease from {baseline} to {target} by {date}.")
    else:
        template = _("{what} for {whom} will change from {baseline} to {target} by {date}.")
    sentence = template.format(**parts)
    return sentence[0].upper() + sentence[1:]
