"""The knowledge catalog: short cards of approaches a team can test, with measures and sources.

>>> from workshop.knowledge import load_catalog, add_entry_as_idea
>>> catalog = load_catalog()                       # shipped entries + the configured local folder
>>> [problem.describe() for problem in catalog.problems]   # files that could not be used, with line and field
>>> entry = catalog.get("audit-dudit-screening")
>>> add_entry_as_idea(store, team_id, entry, driver_id=driver.id, actor="team:3")
"""

from workshop.knowledge.choices import (
    LevelCount,
    TeamChoices,
    accept_measure,
    add_entry_as_idea,
    prevention_overview,
    team_choices,
)
from workshop.knowledge.loader import SHIPPED_DIR, EntryError, load_catalog, read_entry
from workshop.knowledge.model import Bilingual, Catalog, CatalogEntry, CatalogProblem, Source, SuggestedMeasure

__all__ = [
    "SHIPPED_DIR", "Bilingual", "Catalog", "CatalogEntry", "CatalogProblem", "EntryError", "LevelCount", "Source",
    "SuggestedMeasure", "TeamChoices", "accept_measure", "add_entry_as_idea", "load_catalog", "prevention_overview",
    "read_entry", "team_choices",
]
