"""The handover document: what a new colleague needs to carry the team's work on the next day."""

from tests.unit.reports.text_reports import EXEMPEL, PAHITTSTA, TODAY, document_text
from workshop.i18n import in_language
from workshop.reports import team_snapshot
from workshop.reports.blocks import Bullets, Facts, Heading, Table
from workshop.reports.handover import handover
from workshop.steps import JOURNEY, START_NOTEBOOK


def test_the_handover_starts_with_where_to_begin_and_covers_the_whole_team(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    document = handover(snapshot)
    assert document.title == "Överlämningsdokument" and document.subtitle == snapshot.team.name
    assert document.language == "sv"
    sections = [block.text for block in document.blocks if isinstance(block, Heading) and block.level == 1]
    assert sections[0] == "Börja här"
    assert sections[1:] == ["Teamet och rollerna", "Så långt har vi kommit i varje steg", "Det här arbetar vi mot",
                            "Pågående cykler", "Mått och var data kommer ifrån", "Förändringsidéer",
                            "Lärdomar hittills", "Kontakter", "Vilken sida du öppnar för vad"]
    start = document.blocks[document.blocks.index(Heading(1, "Börja här")) + 1]
    assert start.items[0] == "Det här arbetar vi mot: " + snapshot.aim_sentence
    assert "Nästa steg att arbeta med: Steg 6: Rapport (ej påbörjat)." in start.items
    assert "2 PGSA-cykler pågår" in start.items[2]


def test_open_cycles_name_their_owner_dates_and_next_move(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    text = document_text(handover(snapshot))
    assert snapshot.open_cycles
    for cycle in snapshot.open_cycles:
        assert cycle.plan.owner in text and cycle.title in text
    assert "Skriv ner vad som händer (Göra); när perioden är slut, studera resultatet (Studera)." in text
    done = [cycle for cycle in snapshot.cycles if cycle not in snapshot.open_cycles]
    assert done and all(cycle.do.what_happened not in text for cycle in done)


def test_each_measure_says_where_its_data_comes_from_and_who_collects_it(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    document = handover(snapshot)
    facts = {block.items[0][1]: dict(block.items) for block in document.blocks
             if isinstance(block, Facts) and block.items[0][0] == "Datakälla"}
    for result in snapshot.measures:
        measure = result.measure
        shown = facts[measure.data_source]
        assert shown["Vem samlar in"] == measure.collector
        assert shown["Hur ofta"] == measure.frequency.label
        assert shown["Täljare"] == measure.numerator
    signals = next(block for block in document.blocks if isinstance(block, Table) and block.header[0] == "Mått")
    assert [row[2] for row in signals.rows] == [result.judged.headline for result in snapshot.measures]


def test_members_steps_lessons_and_pages_are_all_there(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    document = handover(snapshot)
    tables = {block.header: block for block in document.blocks if isinstance(block, Table)}
    assert [row[0] for row in tables[("Roll", "Namn")].rows] == [m.role.label for m in snapshot.team.members]
    assert [row[0] for row in tables[("Steg", "Status")].rows] == [step.heading for step in JOURNEY]
    assert [row[1] for row in tables[("Steg", "Status")].rows] == [snapshot.progress[s.key].label for s in JOURNEY]
    pages = tables[("Sida (fil)", "Använd den för att")]
    assert [row[0] for row in pages.rows] == [f"Start ({START_NOTEBOOK})",
                                              *(f"{step.heading} ({step.notebook})" for step in JOURNEY)]
    lessons = tables[("Förändringsidé", "Cykel", "Vad vi lärde oss", "Beslut")]
    assert [row[2] for row in lessons.rows] == [entry.learned for entry in snapshot.learning]
    assert "key=" not in document_text(document), "a link with the team's key would open its data to anyone"


def test_a_team_with_nothing_recorded_gets_a_handover_that_says_what_is_missing(demo_store):
    snapshot = team_snapshot(demo_store, PAHITTSTA, today=TODAY)
    document = handover(snapshot)
    missing = document.blocks.index(Heading(1, "Det här saknas ännu"))
    assert document.blocks[missing + 2] == Bullets(snapshot.missing)
    text = document_text(document)
    assert "Teamet har inte skrivit sitt mål ännu (steg 2)." in text
    assert "Inga PGSA-cykler under perioden (steg 4)." in text


def test_the_handover_is_in_english_when_the_language_is_english(demo_store):
    with in_language("en"):
        document = handover(team_snapshot(demo_store, EXEMPEL, today=TODAY))
    assert document.language == "en" and document.title == "Handover document"
    assert Heading(1, "Start here") in document.blocks
