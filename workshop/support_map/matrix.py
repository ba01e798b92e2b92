"""Needs × supports, and the support map as a table to download."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from workshop.i18n import _
from workshop.spreadsheet import neutralised
from workshop.store import Store
from workshop.support_map.model import Need, Support, SupportMatrix
from workshop.support_map.needs import team_needs
from workshop.support_map.records import SUPPORT
from workshop.support_map.supports import list_supports


def support_matrix(store: Store, team_id: int) -> SupportMatrix:
    """The team's listed needs and supports; labels in the page's language."""
    return SupportMatrix(team_needs(store, team_id), tuple(list_supports(store, team_id)))


def _row(support: Support, covered: tuple[Need, ...] = ()) -> dict[str, str]:
    return {
        _("Support"): support.name,
        **dict(SUPPORT.labelled(support, "provider", "scope")),
        _("Needs covered"): "; ".join(need.label for need in covered),
        **dict(SUPPORT.labelled(support, "target_groups", "prevention_level", "how_to_reach", "contact")),
    }


def _table(matrix: SupportMatrix) -> tuple[list[str], list[dict[str, str]]]:
    """The columns, and one row per support with every cell safe to open in a spreadsheet."""
    rows = [{key: neutralised(value) for key, value in _row(support, matrix.covered(support)).items()}
            for support in matrix.supports]
    return list(_row(Support(name="")).keys()), rows


def support_table(store: Store, team_id: int) -> pd.DataFrame:
    """The support map as a pandas DataFrame, one row per support."""
    import pandas as pd

    columns, rows = _table(support_matrix(store, team_id))
    return pd.DataFrame(rows, columns=columns)


def support_csv(matrix: SupportMatrix) -> bytes:
    """The table as CSV the way Swedish Excel reads it: semicolons, UTF-8 with a byte-order mark (without pandas:
    the support map's page offers it at once)."""
    columns, rows = _table(matrix)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([row[column] for column in columns] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
