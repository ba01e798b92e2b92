"""An inventory typed by hand, for teams whose system gives no export: aggregate counts only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from workshop.errors import InvalidInput
from workshop.i18n import _, parse_decimal
from workshop.inventory.bands import AGE_BANDS, DURATION_BANDS, UNKNOWN, Bands
from workshop.inventory.reasons import REASON_GROUPS, ReasonGroup
from workshop.inventory.summary import Inventory, age_sex_table, bands_counts, in_order, largest_first
from workshop.validation import clean_text


def parse_count(text: str | int | None, *, field: str, label: str) -> int:
    """A typed count: empty is 0; a whole number 0 or more, spaces allowed (``1 234``)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return 0
    try:
        number = parse_decimal(str(text))
    except ValueError:
        number = None
    if number is None or number < 0 or number != number.to_integral_value():
        raise InvalidInput(_("{label}: write a whole number, 0 or more.").format(label=label), field=field)
    return int(number)


def _remainder(total: int, counts: Mapping[str, int], *, label: str, field: str) -> int:
    typed = sum(counts.values())
    if typed > total:
        raise InvalidInput(_("{label} add up to {typed}, more than the {total} clients in the age table.").format(
            label=label, typed=typed, total=total), field=field)
    return total - typed


def manual_inventory(inventory_date: dt.date, *, age_sex: Mapping[tuple[str, str], int],
                     reasons: Mapping[str, int] | None = None, durations: Mapping[str, int] | None = None,
                     insatser: Mapping[str, int] | None = None, without_insats: int | None = None,
                     age_bands: Bands = AGE_BANDS) -> Inventory:
    """An :class:`Inventory` from typed counts. Age × sex gives the total; what other tables leave
    out counts as not stated."""
    from workshop.inventory.cases import safe_label

    total = sum(age_sex.values())
    if total <= 0:
        raise InvalidInput(_("Type at least one client in the table of age and sex."), field="age_sex")
    reasons = {key: count for key, count in (reasons or {}).items() if count}
    not_stated = _remainder(total, reasons, label=_("The reasons"), field="reasons")
    reasons[ReasonGroup.NOT_STATED.value] = reasons.get(ReasonGroup.NOT_STATED.value, 0) + not_stated
    durations = {key: count for key, count in (durations or {}).items() if count}
    durations[UNKNOWN] = durations.get(UNKNOWN, 0) + _remainder(total, durations, label=_("The times since opening"),
                                                                field="durations")
    named: dict[str, int] = {}
    for name, count in (insatser or {}).items():
        name = safe_label(clean_text(name, field="insats", label=_("Name of the insats")))
        if count > total:
            raise InvalidInput(_("More clients have “{name}” than the {total} in the age table.").format(
                name=name, total=total), field="insats")
        named[name] = named.get(name, 0) + count
    if without_insats is not None and without_insats > total:
        raise InvalidInput(_("More clients are without insats than the {total} in the age table.").format(
            total=total), field="without_insats")
    return Inventory(
        inventory_date=inventory_date,
        by_age_sex=age_sex_table(age_sex, age_bands),
        by_reason=in_order(reasons, REASON_GROUPS),
        by_reason_text={},
        by_duration=bands_counts(durations, DURATION_BANDS),
        by_insats=largest_first(named),
        without_insats=without_insats,
        inflow_by_month={},
        source="manual", age_edges=age_bands.edges,
    )
