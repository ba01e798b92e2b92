"""The team's aims as a pandas table (for JupyterLab and reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from dataclasses import asdict

from workshop.aims.sentence import aim_sentence
from workshop.aims.services import list_aims
from workshop.store import Store


def aims_table(store: Store, team_id: int) -> pd.DataFrame:
    """One row per aim, newest first, with the assembled sentence."""
    import pandas

    return pandas.DataFrame([{**asdict(aim), "sentence": aim_sentence(aim)} for aim in list_aims(store, team_id)])
