"""The storyboard as slides for the browser: the PowerPoint's content, and small counts still masked."""

import datetime as dt

from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.reports import team_snapshot
from workshop.reports.blocks import Chart, Facts, Table
from workshop.reports.presenter import storyboard_slides

EXEMPEL, PAHITTSTA = 1, 2


def test_the_demo_team_s_slides_follow_the_storyboard(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL)
    titles = [slide.title for slide in storyboard_slides(snapshot)]
    assert titles[:5] == ["Storyboard: " + snapshot.team.name, "Målgrupp", "Mål och syfte", "Drivkraftsdiagram",
                          "Resultat: " + snapshot.measures[0].measure.name]
    assert titles.count("PGSA-cykler") == len(snapshot.cycles) > 0
    results = [slide for slide in storyboard_slides(snapshot) if slide.title.startswith("Resultat: ")]
    assert len(results) == len(snapshot.measures)
    charted = [result for result in snapshot.measures if result.judged.analysis is not None]
    assert sum(any(isinstance(block, Chart) for block in slide.blocks) for slide in results) == len(charted)


def test_a_team_with_nothing_recorded_gets_a_cover_and_what_is_missing(demo_store):
    slides = storyboard_slides(team_snapshot(demo_store, PAHITTSTA))
    assert [slide.title for slide in slides][-1] == "Det här saknas"
    assert "Inget mål är skrivet ännu (steg 2)." in slides[-1].blocks[1].items


def test_small_counts_stay_masked_on_the_slides(demo_store):
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40},
                                 reasons={"unemployment": 41})
    save_inventory(demo_store, PAHITTSTA, inventory, target=TargetFilters(18, 24), target_count=3, actor="test")
    target = next(slide for slide in storyboard_slides(team_snapshot(demo_store, PAHITTSTA))
                  if slide.title == "Målgrupp")
    facts = dict(item for block in target.blocks if isinstance(block, Facts) for item in block.items)
    assert facts["Klienter i målgruppen"] == "<5"
    counts = [row[-1] for block in target.blocks if isinstance(block, Table) for row in block.rows]
    assert "<5" in counts and "3" not in counts
