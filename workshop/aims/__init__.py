"""Step 2, "Mål och mått": the aim statement (several per team over time, one active) and the purpose.

Measures and the driver diagram belong to the shared model in :mod:`workshop.improvement`.

>>> from workshop.aims import AimDetails, add_aim, aim_hints, aim_sentence
>>> aim = add_aim(store, team_id, AimDetails(what="andelen nybesök med AUDIT", for_whom="unga vuxna", baseline="20",
...                                          target="80", unit="%", by_when=dt.date(2027, 5, 31)), actor="team:2")
>>> aim_sentence(aim)
'Andelen nybesök med AUDIT för unga vuxna ska öka från 20 % till 80 % senast 31 maj 2027.'
"""

from workshop.aims.checks import aim_hints
from workshop.aims.demo import seed_aims_demo
from workshop.aims.model import Aim, AimDetails, Purpose, PurposeDetails
from workshop.aims.purpose import PURPOSE, get_purpose, save_purpose
from workshop.aims.records import AIM
from workshop.aims.sentence import aim_sentence
from workshop.aims.services import activate_aim, active_aim, add_aim, clean_aim, get_aim, list_aims, update_aim
from workshop.aims.tables import aims_table
from workshop.aims.target_group import team_target_group, with_target_group

__all__ = [
    "AIM", "PURPOSE", "Aim", "AimDetails", "Purpose", "PurposeDetails", "activate_aim", "active_aim", "add_aim",
    "aim_hints", "aim_sentence", "aims_table", "clean_aim", "get_aim", "get_purpose", "list_aims", "save_purpose",
    "seed_aims_demo", "team_target_group", "update_aim", "with_target_group",
]
