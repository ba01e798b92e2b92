"""The demo team's inventory (FIKTIVA UPPGIFTER): read from the synthetic sample export, unga vuxna chosen."""

from __future__ import annotations

from pathlib import Path

from workshop.inventory.counting import with_target_reasons
from workshop.inventory.reading import read_export
from workshop.inventory.storage import InventoryNotes, save_inventory, save_notes
from workshop.inventory.target import TargetFilters
from workshop.store import Store

DEMO_EXPORT = Path(__file__).resolve().parents[2] / "sample_data" / "inventory" / "export_semikolon_cp1252.csv"
DEMO_ACTOR = "demo"
YOUNG_ADULTS = TargetFilters(age_min=18, age_max=24)
DEMO_EXPECTATIONS = "Att unga vuxna får rätt stöd tidigare, och att vi arbetar mer lika i gruppen. (Fiktivt exempel.)"


def seed_inventory_demo(store: Store, team_id: int) -> int:
    """Save one inventory for ``team_id`` from the sample export, with unga vuxna (18–24) as target group,
    and the team's expectations (so the demo's step 1 is done)."""
    from sample_data.inventory.generate import REFERENCE

    cases = read_export(DEMO_EXPORT).cases(on=REFERENCE)
    save_notes(store, team_id, InventoryNotes(expectations=DEMO_EXPECTATIONS), actor=DEMO_ACTOR)
    inventory = with_target_reasons(cases.summarize(), cases, YOUNG_ADULTS)
    return save_inventory(store, team_id, inventory, target=YOUNG_ADULTS, target_count=cases.count(YOUNG_ADULTS),
                          actor=DEMO_ACTOR)
