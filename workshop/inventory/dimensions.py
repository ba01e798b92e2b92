"""The dimensions an inventory's counts are stored in: (dimension, category, subcategory) -> count.

Apart from the counting itself (``summary``), so that reading stored counts needs no pandas."""

from workshop.i18n import _
from workshop.inventory.bands import UNKNOWN

AGE_SEX, REASON_GROUP, REASON, DURATION, INSATS, WITHOUT_INSATS, INFLOW, TARGET_REASON_GROUP = (
    "age_sex", "reason_group", "reason", "duration", "insats", "without_insats", "inflow_month",
    "target_reason_group")
SEXES = ("kvinna", "man", UNKNOWN)


def sex_label(key: str) -> str:
    return {"kvinna": _("Women"), "man": _("Men")}.get(key) or _("Sex not known")
