"""The support map (kartläggning av stöd och insatser): what support exists, for which needs, and the gaps.

>>> from workshop.support_map import SupportDetails, SupportScope, add_support, support_matrix
>>> debts = add_team_need(store, team_id, "Skulder", actor="team:3")
>>> add_support(store, team_id, SupportDetails(name="Budget- och skuldrådgivning", scope=SupportScope.INTERNAL,
...                                            needs=(debts.key, "reason:unemployment")), actor="team:3")
>>> support_matrix(store, team_id).gaps        # needs that no support covers

A support stores the stable keys of the needs it covers (see :mod:`workshop.support_map.keys`); labels are
looked up when read, in the page's language.
"""

from workshop.support_map.demo import seed_changes_demo
from workshop.support_map.keys import NeedKind, need_key, typed_key
from workshop.support_map.matrix import support_csv, support_matrix, support_table
from workshop.support_map.model import Need, Support, SupportDetails, SupportMatrix, SupportScope, TeamNeeds
from workshop.support_map.needs import add_team_need, remove_team_need, team_needs
from workshop.support_map.supports import (
    add_support,
    clean_support,
    insatser_not_on_the_map,
    list_supports,
    set_support_removed,
    update_support,
)

__all__ = [
    "Need", "NeedKind", "Support", "SupportDetails", "SupportMatrix", "SupportScope", "TeamNeeds", "add_support",
    "add_team_need", "clean_support", "insatser_not_on_the_map", "list_supports", "need_key", "remove_team_need",
    "seed_changes_demo", "set_support_removed", "support_csv", "support_matrix", "support_table", "team_needs",
    "typed_key", "update_support",
]
