"""A team's own data as pandas DataFrames, for notebooks in JupyterLab (docs/data.md).

Opened with the team's code or link, as the pages are; a facilitator's code or link gives every team of its
collaborative. Nothing here reaches another team or collaborative, and nothing here writes: saves go through
the kit's services with ``data.actor`` (refused, as on the pages, once the code has changed).

>>> from workshop.data import open_team
>>> data = open_team("Exempelkommun – försörjningsstöd", "demo-team-exempel")
>>> data.points(start=dt.date(2026, 9, 1))          # one row per point: period, value, phase, exclusion, note
>>> data.inventory_counts()                          # counts masked ("<5", "x") unless own_counts=True

Every frame's columns and dtypes are declared in its module (``MEASURES``, ``POINTS``, …) and listed in
docs/data.md; an empty frame has them too.
"""

from __future__ import annotations

from workshop.data.masking import mask_counts, mask_table
from workshop.data.notebook import show_user_errors_as_messages
from workshop.data.opening import facilitator_session, link_session, team_session
from workshop.data.team_data import TeamData
from workshop.i18n import DEFAULT_LANGUAGE
from workshop.store import Store


def open_team(team: int | str, code: str, *, collaborative: int | str | None = None,
              language: str = DEFAULT_LANGUAGE, store: Store | None = None) -> TeamData:
    """The team's data, for whoever knows its code; ``team`` is its name (as on the start page) or number."""
    return TeamData(*team_session(team, code, collaborative=collaborative, language=language, store=store))


def open_facilitator(collaborative: int | str, code: str, *, language: str = DEFAULT_LANGUAGE,
                     store: Store | None = None) -> TeamData:
    """Every team's data of the collaborative, for whoever knows the facilitator's code."""
    return TeamData(*facilitator_session(collaborative, code, language=language, store=store))


def open_link(link: str, *, store: Store | None = None) -> TeamData:
    """The data a team's or facilitator's link gives (the whole address, or its part after ``?``)."""
    return TeamData(*link_session(link, store=store))


show_user_errors_as_messages()

__all__ = ["TeamData", "mask_counts", "mask_table", "open_facilitator", "open_link", "open_team"]
